#pragma once

#include "JsonKeyOrder.h"
#include "SchemaValidator.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class TraitsForm;

// Traits two ways: the form generated from the identity schema and the JSON text, kept in step
// when the user switches between them. Whichever the user edited last is what `traits()` reads.
// Every change is validated against the schema at once, with the problems beside the fields.
class TraitsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraitsEditor)

public:
    explicit TraitsEditor(QWidget *parent = nullptr);

    // Empty `schema`, or one that cannot be compiled: the JSON editor only, with `note`.
    void setSchema(const QJsonObject &schema, const QString &note = {}, const JsonKeyOrder::Map &keyOrder = {});
    void setTraits(const QJsonObject &traits);
    // False with `error` when the JSON does not parse or is not an object.
    bool traits(QJsonObject *out, QString *error) const;
    const SchemaValidator &validator() const { return m_validator; }
    TraitsForm *form() const { return m_form; }
    QPlainTextEdit *jsonEditor() const { return m_json; }
    bool formAvailable() const;
    void showForm();
    void showJson();

Q_SIGNALS:
    void changed();

private:
    void tabChanged(int index);
    void revalidate();

    SchemaValidator m_validator;
    QTabWidget *m_tabs;
    TraitsForm *m_form;
    QLabel *m_formNote;
    QPlainTextEdit *m_json;
    bool m_jsonIsSource = false;
    bool m_syncing = false;
    int m_currentTab = 0;
};
