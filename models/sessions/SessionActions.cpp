// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionActions.h"

#include <QLocale>

namespace {

AuditRecord sessionIntent(const QString &action, const QString &summary, const QString &sessionId,
                          const QString &identityId, const QString &identityLabel, const QString &reason)
{
    AuditRecord r;
    r.action = action;
    r.reason = reason;
    r.summary = summary;
    r.targets = {{QStringLiteral("session"), sessionId, QStringLiteral("session of ") + identityLabel},
                 {QStringLiteral("identity"), identityId, identityLabel}};
    return r;
}

} // namespace

SessionActions::SessionActions(KratosClient *client, AuditLog *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
{}

ActionText SessionActions::describeRevoke(const QString &sessionId, const QString &identityLabel)
{
    return {tr("Revoke session"),
            tr("Session %1 of %2 will be revoked: that device is signed out. The session record stays, marked "
               "inactive.")
                .arg(sessionId, identityLabel),
            tr("Revoke"), true};
}

ActionText SessionActions::describeExtend(const QString &sessionId, const QString &identityLabel)
{
    return {tr("Extend session"),
            tr("Session %1 of %2 will be extended: its expiry moves to now plus the session lifespan configured in "
               "Kratos. Each extension pushes it further.")
                .arg(sessionId, identityLabel),
            tr("Extend"), false};
}

ActionText SessionActions::describeReviveExpired(const QString &sessionId, const QString &identityLabel,
                                                 const QDateTime &expiredAt)
{
    return {tr("Revive an expired session?"),
            tr("Session %1 of %2 expired on %3. Extending it revives it: whoever holds that session token, on the "
               "device it was issued to or anywhere it was copied, is signed in again without a password. Extend "
               "it only if you know the user is at that device.")
                .arg(sessionId, identityLabel, QLocale().toString(expiredAt.toLocalTime(), QLocale::LongFormat)),
            tr("Revive session"), true};
}

bool SessionActions::isExpired(const Session &session, const QDateTime &now)
{
    return session.expiresAt.isValid() && session.expiresAt <= now;
}

void SessionActions::revoke(const QString &sessionId, const QString &identityId, const QString &identityLabel,
                            QObject *context, AuditedCall::Done<NoContent> done)
{
    AuditedCall::run<NoContent>(
        m_log,
        sessionIntent(QStringLiteral("session.revoke"),
                      QStringLiteral("Revoke session %1 of %2").arg(sessionId, identityLabel), sessionId, identityId,
                      identityLabel, m_reason.take()),
        context,
        [client = m_client, sessionId, context](AuditedCall::Done<NoContent> sent) {
            client->revokeSession(sessionId, context, std::move(sent));
        },
        QStringLiteral("Revoked session %1 of %2").arg(sessionId, identityLabel), std::move(done));
}

void SessionActions::extend(const QString &sessionId, const QString &identityId, const QString &identityLabel,
                            QObject *context, AuditedCall::Done<std::optional<Session>> done)
{
    AuditedCall::run<std::optional<Session>>(
        m_log,
        sessionIntent(QStringLiteral("session.extend"),
                      QStringLiteral("Extend session %1 of %2").arg(sessionId, identityLabel), sessionId, identityId,
                      identityLabel, m_reason.take()),
        context,
        [client = m_client, sessionId, context](AuditedCall::Done<std::optional<Session>> sent) {
            client->extendSession(sessionId, context, std::move(sent));
        },
        QStringLiteral("Extended session %1 of %2").arg(sessionId, identityLabel), std::move(done),
        [](AuditRecord &outcome, const ApiResult<std::optional<Session>> &result) {
            if (result.ok() && result.value() && result.value()->expiresAt.isValid())
                outcome.change.insert(QStringLiteral("expires_at"),
                                      result.value()->expiresAt.toUTC().toString(Qt::ISODate));
        });
}
