// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionText.h"
#include "AuditedCall.h"
#include "KratosClient.h"
#include "NextReason.h"

#include <QObject>

class AuditLog;

// The account-changing workflows on one identity: what the confirmation says, the audited call
// (intent on disk first, then the request, then the outcome) and the result. Holds ids and
// labels only, never a pointer into a model, so a reply or a cleared view while a confirmation
// is open cannot leave it dangling. Needs no widget: the window and the command line share it.
class IdentityActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityActions)

public:
    IdentityActions(KratosClient *client, AuditLog *log, QObject *parent = nullptr);

    static ActionText describeSetState(const QString &id, const QString &label, bool activate);
    // The deactivation confirmation's option: revoke every session right after.
    static QString revokeSessionsOption();
    static ActionText describeDeactivateAndRevoke(const QString &id, const QString &label);
    static ActionText describeDelete(const QString &id, const QString &label);
    static ActionText describeDeleteCredential(const QString &id, const QString &label, const QString &type,
                                               const QString &identifier);
    // The patch's operations, one a line ("replace /traits/email: \"new@example.com\"").
    static ActionText describeUpdate(const QString &id, const QString &label, const JsonPatch &patch);
    static ActionText describeRevokeAllSessions(const QString &id, const QString &label);

    // Why: recorded with the next change started here (deactivateAndRevoke's two records both
    // carry it). That change takes it; each change needs its own.
    void setReason(const QString &reason) { m_reason.set(reason); }

    // identity.activate / identity.deactivate
    void setState(const QString &id, const QString &label, bool activate, QObject *context,
                  AuditedCall::Done<Identity> done);
    // identity.deactivate, then identity.sessions.revoke (two records). `stateDone` hears of the
    // deactivation; only when it succeeded are the sessions revoked and `revokeDone` called.
    void deactivateAndRevoke(const QString &id, const QString &label, QObject *context,
                             AuditedCall::Done<Identity> stateDone, AuditedCall::Done<NoContent> revokeDone);
    // identity.update: `before` is the identity the patch was made from (its old values are recorded).
    void update(const Identity &before, const QString &label, const JsonPatch &patch, QObject *context,
                AuditedCall::Done<Identity> done);
    // identity.delete
    void remove(const QString &id, const QString &label, QObject *context, AuditedCall::Done<NoContent> done);
    // identity.credential.delete
    void deleteCredential(const QString &id, const QString &label, const QString &type, const QString &identifier,
                          QObject *context, AuditedCall::Done<NoContent> done);
    // identity.sessions.revoke
    void revokeAllSessions(const QString &id, const QString &label, QObject *context,
                           AuditedCall::Done<NoContent> done);
    // identity.create: `label` is the new identity's identifier from the form.
    void create(const QJsonObject &body, const QString &label, QObject *context, AuditedCall::Done<Identity> done);
    // identity.invite: a create recorded as an invitation, with how it is handed over (`delivery`:
    // "mail", "link" or "code"); the Invitations view finds invitations by this action.
    void invite(const QJsonObject &body, const QString &label, const QString &delivery, QObject *context,
                AuditedCall::Done<Identity> done);
    // identity.recovery_link.create / identity.recovery_code.create (the link and code are never recorded)
    void createRecoveryLink(const QString &id, const QString &label, const QString &expiresIn, QObject *context,
                            AuditedCall::Done<RecoveryLink> done);
    void createRecoveryCode(const QString &id, const QString &label, const QString &expiresIn, QObject *context,
                            AuditedCall::Done<RecoveryCode> done);

    static AuditTarget target(const QString &id, const QString &label);
    // The label, or the id when there is none: how records name the identity.
    static QString named(const QString &id, const QString &label);

private:
    // `done`, after a 409 has been explained by naming the identity that has the value (IdentityClash).
    AuditedCall::Done<Identity> explainingClash(const QString &ownId, const QStringList &values, QObject *context,
                                                AuditedCall::Done<Identity> done);

    void createRecorded(const AuditRecord &intentRecord, const QJsonObject &body, const QString &doneWords,
                        QObject *context, AuditedCall::Done<Identity> done);

    // `r` with the reason for this change taken.
    AuditRecord withReason(AuditRecord r);

    KratosClient *m_client;
    AuditLog *m_log;
    NextReason m_reason;
};
