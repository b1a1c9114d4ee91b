// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityEditDialog.h"

#include "ScreenFit.h"

#include "IdentityActions.h"

#include "ErrorBanner.h"
#include "JsonPointer.h"
#include "KratosClient.h"
#include "ReasonField.h"
#include "TraitsEditor.h"
#include "TraitsForm.h"
#include "ValidationSummary.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QString pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return value.isNull() || value.isUndefined() ? QStringLiteral("null") : QString();
}

// Parses an editor: any JSON value; "null" or empty means null. Reports the line of a syntax error.
bool parse(const QString &text, const QString &what, QJsonValue *out, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("null")) {
        *out = QJsonValue(QJsonValue::Null);
        return true;
    }
    QJsonParseError pe;
    const QByteArray bytes = trimmed.toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = int(bytes.left(pe.offset).count('\n')) + 1;
        *error = QObject::tr("%1: %2 on line %3").arg(what, pe.errorString()).arg(line);
        return false;
    }
    *out = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return true;
}

// A value on one line of the review, cut where it would not fit a screen.
QString shown(const QJsonValue &value)
{
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    return text.size() > 200 ? text.left(199) + QChar(0x2026) : text;
}

QPlainTextEdit *editor(const QString &name, const QJsonValue &value, QWidget *parent)
{
    auto *e = new QPlainTextEdit(pretty(value), parent);
    e->setObjectName(name);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    e->setTabChangesFocus(true);
    return e;
}

} // namespace

IdentityEditDialog::IdentityEditDialog(KratosClient *client, AuditLog *audit, const Identity &identity,
                                       const QString &label, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_actions(new IdentityActions(client, audit, this))
    , m_identity(identity)
    , m_label(label)
    , m_traits(new TraitsEditor(this))
    , m_metadataPublic(editor(QStringLiteral("metadataPublicEdit"), identity.metadataPublic, this))
    , m_metadataAdmin(editor(QStringLiteral("metadataAdminEdit"), identity.metadataAdmin, this))
    , m_externalId(new QLineEdit(identity.externalId, this))
    , m_preview(new QPlainTextEdit(this))
    , m_problems(new ValidationSummary(this))
    , m_error(new ErrorBanner(this))
    , m_reason(new ReasonField(this)) // made before the buttons: Tab reaches it after the preview
    , m_review(new QPushButton(tr("Review changes"), this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    setWindowTitle(tr("Edit identity %1").arg(identity.id));
    m_error->setObjectName(QStringLiteral("editErrorBanner"));
    m_preview->setObjectName(QStringLiteral("patchPreview"));
    m_preview->setAccessibleName(tr("Changes to send"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true); // nothing to type there: Tab moves on to the reason
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlaceholderText(tr("The changes to send appear here after \"Review changes\"."));
    m_externalId->setObjectName(QStringLiteral("externalIdEdit"));
    m_externalId->setAccessibleName(tr("External ID"));
    m_externalId->setPlaceholderText(tr("none: the ID of this person in another system, e.g. a CRM"));
    m_externalId->setToolTip(tr("Kratos's external_id: unique across identities, and searchable. Empty removes it."));
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setEnabled(false);

    m_traits->setTraits(identity.traits);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_traits, tr("Traits"));
    tabs->addTab(m_metadataPublic, tr("Public metadata"));
    tabs->addTab(m_metadataAdmin, tr("Admin metadata"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_review, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *general = new QFormLayout;
    general->addRow(tr("E&xternal ID"), m_externalId);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(general);
    layout->addWidget(tabs, 3);
    layout->addWidget(m_problems);
    layout->addWidget(new QLabel(tr("Changes to send (old → new):"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_review, &QPushButton::clicked, this, &IdentityEditDialog::review);
    connect(m_apply, &QPushButton::clicked, this, &IdentityEditDialog::apply);
    // Retry sends the reviewed changes again; after further edits it reviews them first.
    connect(m_error, &ErrorBanner::retryRequested, this, [this]() {
        if (m_apply->isEnabled())
            apply();
        else
            review();
    });
    for (QPlainTextEdit *e : {m_metadataPublic, m_metadataAdmin})
        connect(e, &QPlainTextEdit::textChanged, this, &IdentityEditDialog::invalidate);
    connect(m_externalId, &QLineEdit::textChanged, this, &IdentityEditDialog::invalidate);
    connect(m_reason, &ReasonField::changed, this, &IdentityEditDialog::updateApply);
    QWidget::setTabOrder(m_externalId, tabs); // as it reads: the external ID above the tabs
    connect(m_traits, &TraitsEditor::changed, this, &IdentityEditDialog::invalidate);

    m_review->setEnabled(false);
    m_problems->setText(tr("Loading the identity schema…"));
    m_client->getIdentitySchema(identity.schemaId, this, [this](const ApiResult<IdentitySchema> &schema) {
        // What the user typed meanwhile stays: the form starts from the current traits.
        QJsonObject current;
        QString error;
        const bool parsed = m_traits->traits(&current, &error);
        if (!schema.ok()) {
            m_traits->setSchema({}, tr("The schema could not be loaded (%1); traits are checked by Kratos only.")
                                        .arg(schema.error().userMessage()));
            m_problems->setText(tr("The schema could not be loaded (%1); traits are checked by Kratos only.")
                                    .arg(schema.error().userMessage()));
        } else {
            m_traits->setSchema(schema.value().schema, QString(), schema.value().keyOrder);
            m_problems->clear();
        }
        if (parsed)
            m_traits->setTraits(current);
        m_review->setEnabled(true);
    });
    ScreenFit::resize(this, QSize(720, 640));
}

QString IdentityEditDialog::fieldName(const QString &patchPath) const
{
    if (patchPath.startsWith(QLatin1String("/traits/")))
        return m_traits->validator().hasSchema() ? m_traits->validator().titleAt(QLatin1Char('#') + patchPath)
                                                 : JsonPointer::unescape(patchPath.section(QLatin1Char('/'), -1));
    if (patchPath.startsWith(QLatin1String("/metadata_public")))
        return tr("Public metadata");
    if (patchPath.startsWith(QLatin1String("/metadata_admin")))
        return tr("Admin metadata");
    if (patchPath == QLatin1String("/external_id"))
        return tr("External ID");
    return patchPath;
}

void IdentityEditDialog::invalidate()
{
    m_reviewed = false;
    m_apply->setEnabled(false);
    m_preview->clear();
}

void IdentityEditDialog::updateApply()
{
    m_apply->setEnabled(m_reviewed && m_reason->isSatisfied());
}

bool IdentityEditDialog::review()
{
    invalidate();
    m_error->clear();
    QJsonObject traits;
    QJsonValue metaPublic;
    QJsonValue metaAdmin;
    QString error;
    if (!m_traits->traits(&traits, &error) ||
        !parse(m_metadataPublic->toPlainText(), tr("Public metadata"), &metaPublic, &error) ||
        !parse(m_metadataAdmin->toPlainText(), tr("Admin metadata"), &metaAdmin, &error)) {
        m_problems->setText(error);
        return false;
    }
    const QList<SchemaValidator::Problem> problems =
        m_traits->form()->inFieldOrder(m_traits->validator().validateTraits(traits));
    if (!problems.isEmpty()) {
        m_problems->setProblems(tr("Fix these before reviewing (schema \"%1\"):").arg(m_identity.schemaId), problems);
        return false;
    }
    m_problems->clear();
    JsonPatch patch = JsonPatch::diff(m_identity.traits, traits, QStringLiteral("/traits"));
    for (const auto &[from, to, path] :
         {std::tuple{m_identity.metadataPublic, metaPublic, QStringLiteral("/metadata_public")},
          std::tuple{m_identity.metadataAdmin, metaAdmin, QStringLiteral("/metadata_admin")}}) {
        const JsonPatch part = JsonPatch::diff(from.isUndefined() ? QJsonValue(QJsonValue::Null) : from, to, path);
        for (const JsonPatch::Operation &op : part.operations()) {
            // metadata_admin is absent (not null) when empty: replacing it would fail, adding works.
            if (op.op == JsonPatch::Op::Replace && op.path == QLatin1String("/metadata_admin") && from.isNull())
                patch.add(op.path, op.value);
            else if (op.op == JsonPatch::Op::Add)
                patch.add(op.path, op.value);
            else if (op.op == JsonPatch::Op::Remove)
                patch.remove(op.path);
            else
                patch.replace(op.path, op.value);
        }
    }
    // external_id is absent when empty: set it with add, clear it with remove.
    const QString externalId = m_externalId->text().trimmed();
    if (externalId != m_identity.externalId) {
        if (m_identity.externalId.isEmpty())
            patch.add(QStringLiteral("/external_id"), externalId);
        else if (externalId.isEmpty())
            patch.remove(QStringLiteral("/external_id"));
        else
            patch.replace(QStringLiteral("/external_id"), externalId);
    }
    m_patch = patch;
    if (patch.isEmpty()) {
        m_preview->setPlainText(tr("No changes."));
        return false;
    }
    // Each change as the user thinks of it: which field, what it was, what it becomes.
    const QJsonObject before{{QStringLiteral("traits"), m_identity.traits},
                             {QStringLiteral("metadata_public"), m_identity.metadataPublic},
                             {QStringLiteral("metadata_admin"), m_identity.metadataAdmin}};
    QJsonObject withExternal = before;
    if (!m_identity.externalId.isEmpty())
        withExternal.insert(QStringLiteral("external_id"), m_identity.externalId);
    QStringList lines;
    for (const JsonPatch::Operation &op : patch.operations()) {
        bool existed = false;
        const QJsonValue old = JsonPointer::resolve(withExternal, op.path, &existed);
        const QString from = existed && !old.isUndefined() ? shown(old) : tr("(not set)");
        const QString to = op.op == JsonPatch::Op::Remove ? tr("(removed)") : shown(op.value);
        lines.append(tr("%1 (%2): %3 → %4").arg(fieldName(op.path), op.path, from, to));
    }
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
    m_reviewed = true;
    updateApply();
    return true;
}

void IdentityEditDialog::apply()
{
    if (m_patch.isEmpty())
        return;
    m_apply->setEnabled(false);
    m_review->setEnabled(false);
    m_actions->setReason(m_reason->reason());
    m_actions->update(m_identity, m_label, m_patch, this, [this](const ApiResult<Identity> &result) {
        m_review->setEnabled(true);
        if (!result.ok()) {
            // The edits stay as they are; Kratos's reason is shown.
            m_error->showError(result.error());
            updateApply();
            return;
        }
        Q_EMIT identityChanged(result.value());
        accept();
    });
}
