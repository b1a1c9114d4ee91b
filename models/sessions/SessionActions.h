// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionText.h"
#include "AuditedCall.h"
#include "KratosClient.h"
#include "NextReason.h"

#include <QObject>

class AuditLog;

// Revoking and extending one session, audited against the session and the identity it belongs
// to. Holds ids and labels only (see IdentityActions).
class SessionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionActions)

public:
    SessionActions(KratosClient *client, AuditLog *log, QObject *parent = nullptr);

    static ActionText describeRevoke(const QString &sessionId, const QString &identityLabel);
    static ActionText describeExtend(const QString &sessionId, const QString &identityLabel);
    // The second question before extending a session that has expired: extending revives it.
    static ActionText describeReviveExpired(const QString &sessionId, const QString &identityLabel,
                                            const QDateTime &expiredAt);
    static bool isExpired(const Session &session, const QDateTime &now);

    // Why: recorded with the next change started here, which takes it (see NextReason).
    void setReason(const QString &reason) { m_reason.set(reason); }

    // session.revoke
    void revoke(const QString &sessionId, const QString &identityId, const QString &identityLabel, QObject *context,
                AuditedCall::Done<NoContent> done);
    // session.extend
    void extend(const QString &sessionId, const QString &identityId, const QString &identityLabel, QObject *context,
                AuditedCall::Done<std::optional<Session>> done);

private:
    KratosClient *m_client;
    AuditLog *m_log;
    NextReason m_reason;
};
