// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionText.h"
#include "AuditedCall.h"
#include "KratosClient.h"
#include "NextReason.h"
#include "PublicFlowClient.h"

#include <QObject>

#include <optional>

class AuditLog;

// The support toolkit's actions on one identity's addresses: send a verification or recovery
// message through Kratos's public self-service API flows (PUBLIC-FLOWS.md §2-3), and mark an
// address verified or unverified by an admin JSON Patch (§6.3). Each is confirmed by the caller
// with the describe…() wording and audited like every change: intent first, outcome after.
// Sending changes the server (a message is queued, the address status becomes `sent`), so a
// read-only profile refuses it; probe() only reads which method a flow uses.
class SupportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportActions)

public:
    // What a send did: the flow as the server answered, and the courier message it queued (found
    // by recipient, template and creation time); no message means Kratos queued nothing.
    struct Sent
    {
        SelfServiceFlow flow;
        std::optional<CourierMessage> message;
    };

    SupportActions(KratosClient *client, AuditLog *log, QObject *parent = nullptr);

    static ActionText describeSendVerification(const QString &label, const QString &address, const QString &method);
    // `inactive`: the identity is inactive, so the link will not work until it is activated.
    static ActionText describeSendRecovery(const QString &label, const QString &address, bool inactive = false);
    // What a recovery for an inactive identity runs into.
    static QString inactiveRecoveryWarning();
    // `bounce`: why mail to the address does not arrive, when the courier says so.
    static ActionText describeSetVerified(const QString &label, const QString &address, bool verified,
                                          const QString &bounce = {});
    // Why the public recovery flow is not offered when it uses codes, and what to do instead.
    static QString codeRecoveryExplanation();
    // The templates a send through `flow` with `method` queues for a known address.
    static QStringList templatesFor(PublicFlowClient::Flow flow, const QString &method);

    // Starts a flow to read its `active` method. Sends no message.
    void probe(PublicFlowClient::Flow flow, QObject *context, PublicFlowClient::Callback<SelfServiceFlow> done);
    // Why: recorded with the next change started here, which takes it (see NextReason).
    void setReason(const QString &reason) { m_reason.set(reason); }

    // identity.verification.send
    void sendVerification(const QString &identityId, const QString &label, const QString &address, QObject *context,
                          AuditedCall::Done<Sent> done);
    // identity.recovery.send: only with the `link` method; a `code` flow is refused unsent.
    void sendRecoveryLink(const QString &identityId, const QString &label, const QString &address, QObject *context,
                          AuditedCall::Done<Sent> done);
    // identity.address.verify / identity.address.unverify: reads the identity again to patch the
    // address at its current index, `verified` and `status` together.
    void setAddressVerified(const QString &identityId, const QString &label, const QString &addressId, bool verified,
                            QObject *context, AuditedCall::Done<Identity> done);

private:
    void send(PublicFlowClient::Flow flow, const QString &identityId, const QString &label, const QString &address,
              QObject *context, AuditedCall::Done<Sent> done);
    void findMessage(const SelfServiceFlow &sent, const QDateTime &notBefore, const QString &address,
                     const QStringList &templates, QObject *context, AuditedCall::Done<Sent> done);

    KratosClient *m_client;
    AuditLog *m_log;
    NextReason m_reason;
};
