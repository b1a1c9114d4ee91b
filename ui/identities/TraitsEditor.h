// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonKeyOrder.h"
#include "SchemaValidator.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTimer;
class TraitsForm;

// Traits two ways: the form generated from the identity schema and the JSON text, kept in step
// when the user switches between them. Whichever the user edited last is what `traits()` reads.
// Every change is validated against the schema on a worker thread, with the problems beside the
// fields when it is done: typing never waits for the validator. One validation runs at a time;
// changes made meanwhile are checked when it ends, and a slow one says so after a moment.
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

    // True while the latest change is still being checked.
    bool isValidating() const { return m_running || m_pending; }

Q_SIGNALS:
    void changed();
    // The problems beside the fields now belong to the latest change.
    void validated();

private:
    void tabChanged(int index);
    void revalidate();
    void startValidation();

    SchemaValidator m_validator;
    QTabWidget *m_tabs;
    TraitsForm *m_form;
    QLabel *m_formNote;
    QPlainTextEdit *m_json;
    QTimer *m_slowNotice;
    QLabel *m_validating;
    bool m_running = false;
    bool m_pending = false;
    bool m_jsonIsSource = false;
    bool m_syncing = false;
    int m_currentTab = 0;
};
