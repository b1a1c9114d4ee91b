// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchemaTree.h"
#include "SchemaValidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <vector>

class QFormLayout;
class QLabel;
class QVBoxLayout;

// A form generated from an identity schema's `traits`: a line edit for text, e-mail, phone and
// URI (with a calendar for dates), a combo box for enum/const, a check box for booleans, a
// validated line edit for numbers with the schema's limits, add/remove rows for arrays of
// scalars, a group per nested object, and a small JSON editor for whatever a form cannot express
// (oneOf, arrays of objects, mixed types). Only what the user touches is written back over the
// traits it was given, so opening and saving without a change gives exactly the same traits.
class TraitsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraitsForm)

public:
    explicit TraitsForm(QWidget *parent = nullptr);
    ~TraitsForm() override;

    // Builds the form for `schema`. False (and an empty form) when it has no traits properties.
    bool setSchema(const QJsonObject &schema, const JsonKeyOrder::Map &keyOrder = {});
    bool isAvailable() const { return !m_fields.empty(); }
    void setTraits(const QJsonObject &traits);
    // The traits given to setTraits with every touched field applied; `error` names a field
    // whose text cannot be read (JSON that does not parse).
    QJsonObject traits(QString *error = nullptr) const;
    // Validation problems (paths "#/traits/…") beside their fields; the rest above the form.
    void showProblems(const QList<SchemaValidator::Problem> &problems);
    // For tests: the message shown beside the field at `path` ("/email", "/name/first").
    QString problemAt(const QString &path) const;
    QString generalProblems() const;
    // The problems in the order of the fields they belong to; those of no field last.
    QList<SchemaValidator::Problem> inFieldOrder(QList<SchemaValidator::Problem> problems) const;

Q_SIGNALS:
    void edited();

private:
    enum class Editor
    {
        Text,
        Date,
        Number,
        Integer,
        Boolean,
        Choice,
        List,
        Json
    };
    struct Field
    {
        Editor editor = Editor::Text;
        QString path; // JSON Pointer inside traits
        const SchemaNode *node = nullptr;
        const SchemaNode *itemNode = nullptr; // List: the items schema
        Editor itemEditor = Editor::Text;
        QWidget *widget = nullptr;
        QVBoxLayout *rows = nullptr; // List: one row per item
        QLabel *error = nullptr;
        bool touched = false;
    };

    void addFields(const SchemaNode *object, const QString &path, QFormLayout *form);
    static Editor editorFor(const SchemaNode *node);
    QWidget *createScalar(Editor editor, const SchemaNode *node, Field *field, QWidget *parent);
    // A list's rows with their Add button, and the JSON box for what the schema gives no form.
    QWidget *createList(Field *field, QWidget *cell);
    QWidget *createJson(Field *field, QWidget *cell);
    void writeScalar(QWidget *widget, Editor editor, const SchemaNode *node, const QJsonValue &value) const;
    QJsonValue readScalar(QWidget *widget, Editor editor, const SchemaNode *node) const;
    QWidget *addListRow(Field *field, const QJsonValue &value);
    void touch(Field *field);
    // The field a problem at "#/traits/…" belongs to: its own, else the nearest one above it.
    Field *fieldFor(const QString &problemPath) const;

    std::unique_ptr<SchemaTree> m_tree;
    std::vector<std::unique_ptr<Field>> m_fields;
    QJsonObject m_traits;
    QWidget *m_body = nullptr;
    QLabel *m_general;
    QVBoxLayout *m_layout;
    bool m_filling = false;
};
