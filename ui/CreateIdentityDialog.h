#pragma once

#include "Identity.h"
#include "IdentitySchema.h"
#include "SchemaValidator.h"

#include <QDialog>
#include <QList>

class ErrorBanner;
class KratosClient;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Creates an identity: pick a schema, fill in the traits (a template with the schema's required
// traits to start from), check them against the schema, confirm, create. A failure keeps what the
// user typed.
class CreateIdentityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateIdentityDialog)

public:
    explicit CreateIdentityDialog(KratosClient *client, QWidget *parent = nullptr);

    void create();
    // A starting point for the traits of `schema`: its required properties, empty.
    static QJsonObject traitsTemplate(const QJsonObject &schema);

Q_SIGNALS:
    void created(const Identity &identity);

private:
    void schemaChosen(int index);

    KratosClient *m_client;
    QList<IdentitySchema> m_schemas;
    SchemaValidator m_validator;
    QComboBox *m_schema;
    QComboBox *m_state;
    QPlainTextEdit *m_traits;
    QLabel *m_problems;
    ErrorBanner *m_error;
    QPushButton *m_create;
};
