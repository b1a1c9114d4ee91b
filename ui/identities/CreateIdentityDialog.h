// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"
#include "IdentitySchema.h"

#include <QDialog>
#include <QList>

class ErrorBanner;
class AuditLog;
class IdentityActions;
class KratosClient;
class QComboBox;
class QLabel;
class QPushButton;
class SchemaListModel;
class TraitsEditor;
class ValidationSummary;

// Creates an identity: pick a schema, fill in the traits (in the form generated from the schema,
// or as JSON, starting from the schema's required traits), check them against the schema, confirm, create. A failure
// keeps what the user typed.
class CreateIdentityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateIdentityDialog)

public:
    // The schemas come from the connection's schema list, loaded once per connection.
    CreateIdentityDialog(KratosClient *client, AuditLog *audit, SchemaListModel *schemas, QWidget *parent = nullptr);

    void create();
    // A starting point for the traits of `schema`: its required properties, empty.
    static QJsonObject traitsTemplate(const QJsonObject &schema);
    TraitsEditor *traitsEditor() const { return m_traits; }

Q_SIGNALS:
    void created(const Identity &identity);

private:
    void schemaChosen(int index);
    void schemasLoaded();
    void send(const QJsonObject &body);

    KratosClient *m_client;
    IdentityActions *m_actions;
    SchemaListModel *m_list;
    QList<IdentitySchema> m_schemas;
    QJsonObject m_sent; // the confirmed body of the last send, until the user changes something
    QString m_reason;   // why, as given in the confirmation of m_sent
    QComboBox *m_schema;
    QComboBox *m_state;
    TraitsEditor *m_traits;
    ValidationSummary *m_problems;
    ErrorBanner *m_error;
    QPushButton *m_create;
};
