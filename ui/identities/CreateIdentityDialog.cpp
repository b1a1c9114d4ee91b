// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateIdentityDialog.h"

#include "ScreenFit.h"

#include "IdentityActions.h"
#include "IdentityListModel.h"

#include "ConfirmDialog.h"
#include "ErrorBanner.h"
#include "KratosClient.h"
#include "SchemaListModel.h"
#include "TraitsEditor.h"
#include "TraitsForm.h"
#include "ValidationSummary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QJsonValue templateFor(const QJsonObject &node)
{
    const QString type = node.value(QLatin1String("type")).toString();
    if (type == QLatin1String("object") || node.contains(QLatin1String("properties"))) {
        QJsonObject out;
        const QJsonObject props = node.value(QLatin1String("properties")).toObject();
        for (const QJsonValue &required : node.value(QLatin1String("required")).toArray()) {
            const QString key = required.toString();
            out.insert(key, templateFor(props.value(key).toObject()));
        }
        return out;
    }
    if (type == QLatin1String("array"))
        return QJsonArray();
    if (type == QLatin1String("boolean"))
        return false;
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return 0;
    if (node.value(QLatin1String("enum")).isArray())
        return node.value(QLatin1String("enum")).toArray().first();
    return QString();
}

} // namespace

CreateIdentityDialog::CreateIdentityDialog(KratosClient *client, AuditLog *audit, SchemaListModel *schemas,
                                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_actions(new IdentityActions(client, audit, this))
    , m_list(schemas)
    , m_schema(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_traits(new TraitsEditor(this))
    , m_problems(new ValidationSummary(this))
    , m_error(new ErrorBanner(this))
    , m_create(new QPushButton(tr("Create…"), this))
{
    setWindowTitle(tr("Create identity"));
    m_error->setObjectName(QStringLiteral("createErrorBanner"));
    m_schema->setObjectName(QStringLiteral("schemaCombo"));
    m_state->setObjectName(QStringLiteral("stateCombo"));
    m_state->addItem(tr("active"), QStringLiteral("active"));
    m_state->addItem(tr("inactive"), QStringLiteral("inactive"));
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Schema"), m_schema);
    form->addRow(tr("State"), m_state);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Traits:"), this));
    layout->addWidget(m_traits, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreateIdentityDialog::create);
    connect(m_schema, &QComboBox::currentIndexChanged, this, &CreateIdentityDialog::schemaChosen);

    connect(m_list, &SchemaListModel::loaded, this, &CreateIdentityDialog::schemasLoaded);
    connect(m_list, &SchemaListModel::failed, this, [this](const ApiError &error) {
        m_problems->clear();
        m_error->showError(error);
    });
    // Retry loads the schemas when they are missing, sends the confirmed identity again when
    // nothing changed since, and otherwise starts over with the check and the confirmation.
    connect(m_error, &ErrorBanner::retryRequested, this, [this] {
        if (m_schemas.isEmpty()) {
            if (!m_list->isLoading())
                m_list->reload();
        } else if (!m_sent.isEmpty()) {
            send(m_sent);
        } else {
            create();
        }
    });
    connect(m_traits, &TraitsEditor::changed, this, [this]() { m_sent = QJsonObject(); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this]() { m_sent = QJsonObject(); });
    if (m_list->rowCount() > 0 && !m_list->isLoading()) {
        schemasLoaded();
    } else {
        m_problems->setText(tr("Loading identity schemas…"));
        if (!m_list->isLoading())
            m_list->reload();
    }
    ScreenFit::resize(this, QSize(620, 520));
}

void CreateIdentityDialog::schemasLoaded()
{
    if (!m_schemas.isEmpty())
        return; // chosen already: a later reload must not reset what the user is typing
    m_schemas = m_list->schemas();
    m_problems->clear();
    m_error->clear();
    const QSignalBlocker block(m_schema);
    for (const IdentitySchema &s : std::as_const(m_schemas))
        m_schema->addItem(s.id);
    schemaChosen(0);
}

QJsonObject CreateIdentityDialog::traitsTemplate(const QJsonObject &schema)
{
    return templateFor(schema.value(QLatin1String("properties")).toObject().value(QLatin1String("traits")).toObject())
        .toObject();
}

void CreateIdentityDialog::schemaChosen(int index)
{
    if (index < 0 || index >= m_schemas.size())
        return;
    const QJsonObject schema = m_schemas.at(index).schema;
    m_traits->setSchema(schema, QString(), m_schemas.at(index).keyOrder);
    m_traits->setTraits(traitsTemplate(schema));
    m_problems->clear();
    m_create->setEnabled(true);
}

void CreateIdentityDialog::create()
{
    m_error->clear();
    QJsonObject traits;
    QString error;
    if (!m_traits->traits(&traits, &error)) {
        m_problems->setText(error);
        return;
    }
    const QList<SchemaValidator::Problem> problems =
        m_traits->form()->inFieldOrder(m_traits->validator().validateTraits(traits));
    if (!problems.isEmpty()) {
        m_problems->setProblems(tr("Fix these before creating (schema \"%1\"):").arg(m_schema->currentText()),
                                problems);
        return;
    }
    m_problems->clear();
    const QString schemaId = m_schema->currentText();
    const ConfirmDialog::Request request{tr("Create identity"),
                                         tr("A new %1 identity with schema \"%2\" will be created with these traits. "
                                            "It has no password until one is set through recovery.")
                                             .arg(m_state->currentData().toString(), schemaId),
                                         tr("Create"), false, QString()};
    if (!ConfirmDialog::confirmWithReason(this, request, &m_reason))
        return;
    send(QJsonObject{{QStringLiteral("schema_id"), schemaId},
                     {QStringLiteral("traits"), traits},
                     {QStringLiteral("state"), m_state->currentData().toString()}});
}

void CreateIdentityDialog::send(const QJsonObject &body)
{
    m_error->clear();
    m_sent = body;
    m_create->setEnabled(false);
    m_actions->setReason(m_reason); // a retry of the confirmed body keeps the reason given for it
    Identity typed;
    typed.traits = body.value(QLatin1String("traits")).toObject();
    m_actions->create(body, IdentityListModel::primaryIdentifier(typed), this,
                      [this](const ApiResult<Identity> &result) {
                          m_create->setEnabled(true);
                          if (!result.ok()) {
                              m_error->showError(result.error()); // the traits stay as typed
                              return;
                          }
                          Q_EMIT created(result.value());
                          accept();
                      });
}
