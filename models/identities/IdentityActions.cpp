// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityActions.h"

#include "IdentityClash.h"

#include "AuditChange.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

AuditRecord intent(const QString &action, const QString &summary, const QList<AuditTarget> &targets,
                   const QJsonObject &change = {})
{
    AuditRecord r;
    r.action = action;
    r.summary = summary;
    r.targets = targets;
    r.change = change;
    return r;
}

// identity.recovery_link.create / identity.recovery_code.create: the validity asked for, never
// what the server answers.
AuditRecord recoveryIntent(const QString &kind, const QString &id, const QString &label, const QString &expiresIn)
{
    QJsonObject change;
    if (!expiresIn.isEmpty())
        change.insert(QStringLiteral("expires_in"), expiresIn);
    return intent(QStringLiteral("identity.recovery_%1.create").arg(kind),
                  QStringLiteral("Create a recovery %1 for identity %2").arg(kind, IdentityActions::named(id, label)),
                  {IdentityActions::target(id, label)}, change);
}

} // namespace

IdentityActions::IdentityActions(KratosClient *client, AuditLog *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
{}

QString IdentityActions::named(const QString &id, const QString &label)
{
    return label.isEmpty() || label == id ? id : label;
}

AuditTarget IdentityActions::target(const QString &id, const QString &label)
{
    return {QStringLiteral("identity"), id, label};
}

ActionText IdentityActions::describeSetState(const QString &id, const QString &label, bool activate)
{
    if (activate)
        return {tr("Activate identity"), tr("%1 (%2) will be set to active: they can sign in again.").arg(label, id),
                tr("Activate"), false};
    return {tr("Deactivate identity"),
            tr("%1 (%2) will be set to inactive: they can no longer sign in until someone activates them again. "
               "Their current sessions are not revoked.")
                .arg(label, id),
            tr("Deactivate"), true};
}

QString IdentityActions::revokeSessionsOption()
{
    return tr("Also revoke all sessions (sign them out on every device now)");
}

ActionText IdentityActions::describeDeactivateAndRevoke(const QString &id, const QString &label)
{
    return {tr("Deactivate identity"),
            tr("%1 (%2) will be set to inactive: they can no longer sign in until someone activates them again. "
               "Then every session of theirs is revoked: they are signed out on every device at once.")
                .arg(label, id),
            tr("Deactivate"), true};
}

ActionText IdentityActions::describeDelete(const QString &id, const QString &label)
{
    return {tr("Delete identity"),
            tr("%1 (%2) will be deleted for good, with its credentials and sessions. This cannot be undone.")
                .arg(label, id),
            tr("Delete"), true};
}

ActionText IdentityActions::describeDeleteCredential(const QString &id, const QString &label, const QString &type,
                                                     const QString &identifier)
{
    const QString what =
        identifier.isEmpty() ? tr("the %1 credential").arg(type) : tr("the %1 link %2").arg(type, identifier);
    return {tr("Delete credential"),
            tr("%1 will be removed from %2 (%3). They can no longer sign in with it; other credentials stay.")
                .arg(what, label, id),
            tr("Delete"), true};
}

ActionText IdentityActions::describeUpdate(const QString &id, const QString &label, const JsonPatch &patch)
{
    QStringList lines;
    for (const JsonPatch::Operation &op : patch.operations()) {
        QString line = JsonPatch::opName(op.op) + QLatin1Char(' ') + op.path;
        if (op.op != JsonPatch::Op::Remove)
            line +=
                QStringLiteral(": ") +
                QString::fromUtf8(QJsonDocument(QJsonArray{op.value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        lines.append(line);
    }
    return {tr("Edit identity"),
            tr("Identity %1 will be changed by %Ln operation(s):", nullptr, int(patch.operations().size()))
                    .arg(named(id, label)) +
                QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
            tr("Save"), false};
}

ActionText IdentityActions::describeRevokeAllSessions(const QString &id, const QString &label)
{
    return {tr("Revoke all sessions"),
            tr("Every session of %1 (%2) will be deleted: they are signed out on every device.").arg(label, id),
            tr("Revoke all"), true};
}

AuditRecord IdentityActions::withReason(AuditRecord r)
{
    r.reason = m_reason.take();
    return r;
}

void IdentityActions::setState(const QString &id, const QString &label, bool activate, QObject *context,
                               AuditedCall::Done<Identity> done)
{
    const QString state = activate ? QStringLiteral("active") : QStringLiteral("inactive");
    const QString who = named(id, label);
    AuditRecord r =
        intent(activate ? QStringLiteral("identity.activate") : QStringLiteral("identity.deactivate"),
               (activate ? QStringLiteral("Activate identity ") : QStringLiteral("Deactivate identity ")) + who,
               {target(id, label)});
    const JsonPatch patch = JsonPatch().replace(QStringLiteral("/state"), state);
    r.change = AuditChange::patch(
        patch, {{QStringLiteral("state"), activate ? QStringLiteral("inactive") : QStringLiteral("active")}});
    AuditedCall::run<Identity>(
        m_log, withReason(r), context,
        [client = m_client, id, patch, context](AuditedCall::Done<Identity> sent) {
            client->patchIdentity(id, patch, context, std::move(sent));
        },
        (activate ? QStringLiteral("Activated identity ") : QStringLiteral("Deactivated identity ")) + who,
        std::move(done));
}

void IdentityActions::deactivateAndRevoke(const QString &id, const QString &label, QObject *context,
                                          AuditedCall::Done<Identity> stateDone,
                                          AuditedCall::Done<NoContent> revokeDone)
{
    const QString reason = m_reason.take();
    m_reason.set(reason);
    setState(id, label, false, context,
             [this, id, label, context, reason, stateDone = std::move(stateDone),
              revokeDone = std::move(revokeDone)](const ApiResult<Identity> &result) {
                 stateDone(result);
                 if (!result.ok())
                     return;
                 m_reason.set(reason);
                 revokeAllSessions(id, label, context, revokeDone);
             });
}

void IdentityActions::update(const Identity &before, const QString &label, const JsonPatch &patch, QObject *context,
                             AuditedCall::Done<Identity> done)
{
    const QString id = before.id;
    const QString who = named(id, label);
    const AuditRecord r = intent(QStringLiteral("identity.update"), QStringLiteral("Update identity ") + who,
                                 {target(id, label)}, AuditChange::patch(patch, before.json));
    QJsonArray written; // the trait values the patch sets: what a 409 can be about
    for (const JsonPatch::Operation &op : patch.operations())
        if (op.op != JsonPatch::Op::Remove && op.path.startsWith(QLatin1String("/traits")))
            written.append(op.value);
    AuditedCall::run<Identity>(
        m_log, withReason(r), context,
        [client = m_client, id, patch, context](AuditedCall::Done<Identity> sent) {
            client->patchIdentity(id, patch, context, std::move(sent));
        },
        QStringLiteral("Updated identity ") + who,
        explainingClash(id, IdentityClash::candidates({}, {{QStringLiteral("written"), written}}), context,
                        std::move(done)));
}

AuditedCall::Done<Identity> IdentityActions::explainingClash(const QString &ownId, const QStringList &values,
                                                             QObject *context, AuditedCall::Done<Identity> done)
{
    return [client = m_client, ownId, values, context, done = std::move(done)](const ApiResult<Identity> &result) {
        if (result.ok()) {
            done(result);
            return;
        }
        IdentityClash::explain(client, result.error(), ownId, values, context,
                               [done](const ApiError &error) { done(ApiResult<Identity>(error)); });
    };
}

void IdentityActions::remove(const QString &id, const QString &label, QObject *context,
                             AuditedCall::Done<NoContent> done)
{
    const QString who = named(id, label);
    AuditedCall::run<NoContent>(
        m_log,
        withReason(
            intent(QStringLiteral("identity.delete"), QStringLiteral("Delete identity ") + who, {target(id, label)})),
        context,
        [client = m_client, id, context](AuditedCall::Done<NoContent> sent) {
            client->deleteIdentity(id, context, std::move(sent));
        },
        QStringLiteral("Deleted identity ") + who, std::move(done));
}

void IdentityActions::deleteCredential(const QString &id, const QString &label, const QString &type,
                                       const QString &identifier, QObject *context, AuditedCall::Done<NoContent> done)
{
    const QString who = named(id, label);
    QJsonObject change{{QStringLiteral("credential_type"), type}};
    if (!identifier.isEmpty())
        change.insert(QStringLiteral("identifier"), identifier);
    AuditedCall::run<NoContent>(
        m_log,
        withReason(intent(QStringLiteral("identity.credential.delete"),
                          QStringLiteral("Delete the %1 credential of identity %2").arg(type, who), {target(id, label)},
                          change)),
        context,
        [client = m_client, id, type, identifier, context](AuditedCall::Done<NoContent> sent) {
            client->deleteIdentityCredential(id, type, identifier, context, std::move(sent));
        },
        QStringLiteral("Deleted the %1 credential of identity %2").arg(type, who), std::move(done));
}

void IdentityActions::revokeAllSessions(const QString &id, const QString &label, QObject *context,
                                        AuditedCall::Done<NoContent> done)
{
    const QString who = named(id, label);
    AuditedCall::run<NoContent>(
        m_log,
        withReason(intent(QStringLiteral("identity.sessions.revoke"),
                          QStringLiteral("Revoke all sessions of identity ") + who, {target(id, label)})),
        context,
        [client = m_client, id, context](AuditedCall::Done<NoContent> sent) {
            client->deleteIdentitySessions(id, context, std::move(sent));
        },
        QStringLiteral("Revoked all sessions of identity ") + who, std::move(done));
}

void IdentityActions::create(const QJsonObject &body, const QString &label, QObject *context,
                             AuditedCall::Done<Identity> done)
{
    const AuditRecord r = intent(QStringLiteral("identity.create"), QStringLiteral("Create identity ") + label,
                                 {target(QString(), label)}, AuditChange::fields(body));
    createRecorded(r, body, QStringLiteral("Created identity ") + label, context, std::move(done));
}

void IdentityActions::invite(const QJsonObject &body, const QString &label, const QString &delivery, QObject *context,
                             AuditedCall::Done<Identity> done)
{
    QJsonObject change = AuditChange::fields(body);
    change.insert(QStringLiteral("delivery"), delivery);
    const AuditRecord r = intent(QStringLiteral("identity.invite"), QStringLiteral("Invite ") + label,
                                 {target(QString(), label)}, change);
    createRecorded(r, body, QStringLiteral("Invited ") + label, context, std::move(done));
}

void IdentityActions::createRecorded(const AuditRecord &intentRecord, const QJsonObject &body, const QString &doneWords,
                                     QObject *context, AuditedCall::Done<Identity> done)
{
    // The outcome names the id the server gave the new identity.
    AuditedCall::run<Identity>(
        m_log, withReason(intentRecord), context,
        [client = m_client, body, context](AuditedCall::Done<Identity> sent) {
            client->createIdentity(body, context, std::move(sent));
        },
        doneWords,
        explainingClash(QString(), IdentityClash::candidates({}, body.value(QLatin1String("traits")).toObject()),
                        context, std::move(done)),
        [](AuditRecord &outcome, const ApiResult<Identity> &result) {
            if (result.ok() && !outcome.targets.isEmpty())
                outcome.targets.first().id = result.value().id;
        });
}

void IdentityActions::createRecoveryLink(const QString &id, const QString &label, const QString &expiresIn,
                                         QObject *context, AuditedCall::Done<RecoveryLink> done)
{
    AuditedCall::run<RecoveryLink>(
        m_log, withReason(recoveryIntent(QStringLiteral("link"), id, label, expiresIn)), context,
        [client = m_client, id, expiresIn, context](AuditedCall::Done<RecoveryLink> sent) {
            client->createRecoveryLink(id, expiresIn, QString(), context, std::move(sent));
        },
        QStringLiteral("Created a recovery link for identity ") + named(id, label), std::move(done));
}

void IdentityActions::createRecoveryCode(const QString &id, const QString &label, const QString &expiresIn,
                                         QObject *context, AuditedCall::Done<RecoveryCode> done)
{
    AuditedCall::run<RecoveryCode>(
        m_log, withReason(recoveryIntent(QStringLiteral("code"), id, label, expiresIn)), context,
        [client = m_client, id, expiresIn, context](AuditedCall::Done<RecoveryCode> sent) {
            client->createRecoveryCode(id, expiresIn, QString(), context, std::move(sent));
        },
        QStringLiteral("Created a recovery code for identity ") + named(id, label), std::move(done));
}
