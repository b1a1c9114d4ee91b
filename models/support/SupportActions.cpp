// SPDX-License-Identifier: GPL-3.0-or-later
#include "SupportActions.h"

#include "AuditChange.h"
#include "IdentityActions.h"

namespace {

// The intent of an action on one identity's address.
AuditRecord intentOn(const QString &action, const QString &summary, const QString &identityId, const QString &label,
                     const QJsonObject &change)
{
    AuditRecord r;
    r.action = action;
    r.summary = summary;
    r.targets = {IdentityActions::target(identityId, label)};
    r.change = change;
    return r;
}

ApiError readOnlyError(const QString &operation)
{
    ApiError e(ApiError::Kind::ReadOnly, QString());
    e.setContext(operation, "POST", QString(), QString());
    return e;
}

} // namespace

SupportActions::SupportActions(KratosClient *client, AuditLog *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
{}

ActionText SupportActions::describeSendVerification(const QString &label, const QString &address, const QString &method)
{
    return {tr("Send verification"),
            (method == QLatin1String("link")
                 ? tr("Kratos will e-mail a verification link to %1 (%2), through the server's public verification "
                      "flow. The address's status becomes \"sent\"; it counts as verified only once the user opens "
                      "the link.")
                 : tr("Kratos will e-mail a verification code, with a link to enter it, to %1 (%2), through the "
                      "server's public verification flow. The address's status becomes \"sent\"; it counts as "
                      "verified only once the user enters the code."))
                .arg(address, label),
            tr("Send"), false};
}

ActionText SupportActions::describeSendRecovery(const QString &label, const QString &address, bool inactive)
{
    QString text = tr("Kratos will e-mail a recovery link to %1 (%2), through the server's public recovery flow. "
                      "Opening it signs the user in and lets them set a new password; it also marks the address "
                      "verified.")
                       .arg(address, label);
    if (inactive)
        text += QStringLiteral("\n\n") + inactiveRecoveryWarning();
    return {tr("Send recovery link"), text, tr("Send"), false};
}

QString SupportActions::inactiveRecoveryWarning()
{
    return tr("Warning: this identity is inactive. Kratos refuses its recovery link or code until it is "
              "activated again.");
}

ActionText SupportActions::describeSetVerified(const QString &label, const QString &address, bool verified,
                                               const QString &bounce)
{
    if (verified) {
        QString text = tr("%1 of %2 will be marked verified (status \"completed\", verified now) without a message "
                          "to the user. Do this only when you know the address belongs to them.")
                           .arg(address, label);
        if (!bounce.isEmpty())
            text += QStringLiteral("\n\n") + tr("Warning: mail to this address bounces (%1). Marking it verified "
                                                "does not make it reach the user; correct the address instead.")
                                                 .arg(bounce);
        return {tr("Mark address verified"), text, tr("Mark verified"), false};
    }
    return {tr("Mark address unverified"),
            tr("%1 of %2 will be marked unverified (status \"pending\"). Where the server requires a verified "
               "address to sign in, the user is refused until they verify it again.")
                .arg(address, label),
            tr("Mark unverified"), true};
}

QString SupportActions::codeRecoveryExplanation()
{
    return tr("This server's recovery flow uses codes. A code it sends is bound to the flow this app would start, "
              "so the user could not use it. Create a recovery link or code here instead and hand it over, or ask "
              "the user to start \"Forgot password\" themselves.");
}

QStringList SupportActions::templatesFor(PublicFlowClient::Flow flow, const QString &method)
{
    const bool code = method == QLatin1String("code");
    if (flow == PublicFlowClient::Flow::Verification)
        return {code ? QStringLiteral("verification_code_valid") : QStringLiteral("verification_valid")};
    return {code ? QStringLiteral("recovery_code_valid") : QStringLiteral("recovery_valid")};
}

void SupportActions::probe(PublicFlowClient::Flow flow, QObject *context,
                           PublicFlowClient::Callback<SelfServiceFlow> done)
{
    m_client->publicFlows()->initFlow(flow, context, std::move(done));
}

void SupportActions::sendVerification(const QString &identityId, const QString &label, const QString &address,
                                      QObject *context, AuditedCall::Done<Sent> done)
{
    send(PublicFlowClient::Flow::Verification, identityId, label, address, context, std::move(done));
}

void SupportActions::sendRecoveryLink(const QString &identityId, const QString &label, const QString &address,
                                      QObject *context, AuditedCall::Done<Sent> done)
{
    send(PublicFlowClient::Flow::Recovery, identityId, label, address, context, std::move(done));
}

void SupportActions::send(PublicFlowClient::Flow flow, const QString &identityId, const QString &label,
                          const QString &address, QObject *context, AuditedCall::Done<Sent> done)
{
    const bool verification = flow == PublicFlowClient::Flow::Verification;
    const QString operation = verification ? tr("Send verification") : tr("Send recovery link");
    const QString who = IdentityActions::named(identityId, label);
    AuditRecord intent = intentOn(
        verification ? QStringLiteral("identity.verification.send") : QStringLiteral("identity.recovery.send"),
        (verification ? QStringLiteral("Send a verification message to %1 of identity %2")
                      : QStringLiteral("Send a recovery link to %1 of identity %2"))
            .arg(address, who),
        identityId, label,
        QJsonObject{{QStringLiteral("address"), address}, {QStringLiteral("flow"), PublicFlowClient::flowName(flow)}});
    intent.reason = m_reason.take();
    const QString doneWords = (verification ? QStringLiteral("Sent a verification message to %1 of identity %2")
                                            : QStringLiteral("Sent a recovery link to %1 of identity %2"))
                                  .arg(address, who);
    PublicFlowClient *flows = m_client->publicFlows();
    AuditedCall::run<Sent>(
        m_log, intent, context,
        [this, flows, flow, verification, address, context, operation](AuditedCall::Done<Sent> sent) {
            // The public client knows nothing of profiles; a read-only one is refused here, recorded.
            if (m_client->connection().readOnly) {
                sent(readOnlyError(operation));
                return;
            }
            // A new flow per send: a used or expired one answers 303/410, not a fresh flow.
            flows->initFlow(flow, context, [=, this](const ApiResult<SelfServiceFlow> &init) {
                if (!init.ok()) {
                    sent(init.error());
                    return;
                }
                const QString method = init.value().active;
                if (method != QLatin1String("code") && method != QLatin1String("link")) {
                    sent(ApiError(ApiError::Kind::Configuration,
                                  tr("The server's flow names no method this app knows (\"%1\"); nothing was sent.")
                                      .arg(method)));
                    return;
                }
                if (!verification && method == QLatin1String("code")) {
                    sent(ApiError(ApiError::Kind::Configuration,
                                  codeRecoveryExplanation() + QLatin1Char(' ') + tr("Nothing was sent.")));
                    return;
                }
                // Messages queued by the submit are created after the init was answered.
                const QDateTime notBefore = init.value().answeredAt;
                flows->submitFlow(flow, init.value().id,
                                  QJsonObject{{QStringLiteral("method"), method}, {QStringLiteral("email"), address}},
                                  context, [=, this](const ApiResult<SelfServiceFlow> &submitted) {
                                      if (!submitted.ok()) {
                                          sent(submitted.error());
                                          return;
                                      }
                                      findMessage(submitted.value(), notBefore, address, templatesFor(flow, method),
                                                  context, sent);
                                  });
            });
        },
        doneWords, std::move(done),
        [](AuditRecord &outcome, const ApiResult<Sent> &result) {
            if (!result.ok())
                return;
            if (result.value().message) {
                outcome.targets.append({QStringLiteral("courier_message"), result.value().message->id,
                                        result.value().message->templateType});
            } else {
                outcome.summary += QStringLiteral("; Kratos queued no message");
            }
        });
}

void SupportActions::findMessage(const SelfServiceFlow &sent, const QDateTime &notBefore, const QString &address,
                                 const QStringList &templates, QObject *context, AuditedCall::Done<Sent> done)
{
    CourierMessageQuery query;
    query.recipient = address;
    query.pageSize = 10;
    // Date has whole seconds; a message made in the same second as the init still counts.
    const QDateTime since = notBefore.isValid() ? notBefore.addMSecs(-notBefore.time().msec()) : QDateTime();
    m_client->listCourierMessages(query, context, [=](const ApiResult<Page<CourierMessage>> &list) {
        Sent result{sent, std::nullopt};
        if (list.ok()) {
            for (const CourierMessage &m : list.value().items) {
                if (templates.contains(m.templateType) && (!since.isValid() || m.createdAt >= since)) {
                    result.message = m;
                    break;
                }
            }
        }
        // The send itself succeeded; a list that failed only means the message is not shown.
        done(result);
    });
}

void SupportActions::setAddressVerified(const QString &identityId, const QString &label, const QString &addressId,
                                        bool verified, QObject *context, AuditedCall::Done<Identity> done)
{
    // A read-only profile's client refuses the patch (recorded as refused); the read is harmless.
    // The index must be the one the server has now (addresses are ordered by their id).
    const QString reason = m_reason.take(); // taken now: the change starts after the read
    m_client->getIdentity(identityId, {}, context, [=, this](const ApiResult<Identity> &current) {
        if (!current.ok()) {
            done(current.error());
            return;
        }
        const Identity &before = current.value();
        qsizetype index = -1;
        for (qsizetype i = 0; i < before.verifiableAddresses.size(); ++i) {
            if (before.verifiableAddresses.at(i).id == addressId)
                index = i;
        }
        if (index < 0) {
            done(ApiError(ApiError::Kind::Configuration,
                          tr("The address is no longer on this identity (it changed meanwhile); nothing was sent.")));
            return;
        }
        const QString address = before.verifiableAddresses.at(index).value;
        const QString base = QStringLiteral("/verifiable_addresses/%1/").arg(index);
        const JsonPatch patch = JsonPatch()
                                    .replace(base + QStringLiteral("verified"), verified)
                                    .replace(base + QStringLiteral("status"),
                                             verified ? QStringLiteral("completed") : QStringLiteral("pending"));
        const QString who = IdentityActions::named(identityId, label);
        AuditRecord intent =
            intentOn(verified ? QStringLiteral("identity.address.verify") : QStringLiteral("identity.address.unverify"),
                     (verified ? QStringLiteral("Mark %1 of identity %2 verified")
                               : QStringLiteral("Mark %1 of identity %2 unverified"))
                         .arg(address, who),
                     identityId, label, AuditChange::patch(patch, before.json));
        intent.reason = reason;
        AuditedCall::run<Identity>(
            m_log, intent, context,
            [client = m_client, identityId, patch, context](AuditedCall::Done<Identity> sent) {
                client->patchIdentity(identityId, patch, context, std::move(sent));
            },
            (verified ? QStringLiteral("Marked %1 of identity %2 verified")
                      : QStringLiteral("Marked %1 of identity %2 unverified"))
                .arg(address, who),
            done);
    });
}
