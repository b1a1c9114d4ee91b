// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvitationJob.h"

#include "Countdown.h"
#include "IdentityActions.h"
#include "InviteeList.h"
#include "KratosClient.h"
#include "SupportActions.h"

#include <utility>

InvitationJob::InvitationJob(KratosClient *client, AuditLog *log, QObject *parent)
    : QObject(parent)
    , m_identities(new IdentityActions(client, log, this))
    , m_support(new SupportActions(client, log, this))
    , m_countdown(new Countdown(this))
{
    connect(m_countdown, &Countdown::ticked, this, &InvitationJob::waiting);
    connect(m_countdown, &Countdown::done, this, [this]() {
        Q_EMIT waiting(0);
        const std::function<void()> again = std::exchange(m_again, nullptr);
        if (again)
            again();
    });
}

InvitationJob::~InvitationJob()
{
    wipeSecrets();
}

QString InvitationJob::deliveryName(Delivery delivery)
{
    switch (delivery) {
    case Delivery::Mail:
        return QStringLiteral("mail");
    case Delivery::Link:
        return QStringLiteral("link");
    case Delivery::Code:
        return QStringLiteral("code");
    }
    return {};
}

std::optional<InvitationJob::Delivery> InvitationJob::deliveryFromName(const QString &name)
{
    for (const Delivery d : {Delivery::Mail, Delivery::Link, Delivery::Code}) {
        if (deliveryName(d) == name)
            return d;
    }
    return std::nullopt;
}

QString InvitationJob::deliveryWords(Delivery delivery)
{
    switch (delivery) {
    case Delivery::Mail:
        return tr("Kratos e-mails a recovery link");
    case Delivery::Link:
        return tr("a recovery link to hand over");
    case Delivery::Code:
        return tr("a recovery code to hand over");
    }
    return {};
}

ActionText InvitationJob::describe(const QList<Invitee> &invitees, Delivery delivery, const QString &schemaId)
{
    const QString who = invitees.size() == 1 ? invitees.first().email : tr("%Ln people", nullptr, int(invitees.size()));
    QString text = tr("Creates an active identity for %1 with the schema \"%2\".")
                       .arg(who, schemaId.isEmpty() ? tr("(server default)") : schemaId);
    text += QLatin1Char(' ');
    switch (delivery) {
    case Delivery::Mail:
        text += tr("Then Kratos e-mails each a recovery link through the public recovery flow; opening it signs "
                   "them in to set a password.");
        break;
    case Delivery::Link:
        text += tr("Then an admin recovery link is created for each, shown here for you to hand over. It is not "
                   "recorded.");
        break;
    case Delivery::Code:
        text += tr("Then an admin recovery code and its link are created for each, shown here for you to hand "
                   "over. They are not recorded.");
        break;
    }
    text += QLatin1Char(' ') + tr("Each step is recorded in the audit trail.");
    return {tr("Invite"), text, tr("Invite"), false};
}

int InvitationJob::failedCount() const
{
    int failed = 0;
    for (const Result &r : m_results)
        failed += r.problem.isEmpty() ? 0 : 1;
    return failed;
}

void InvitationJob::wipeSecrets()
{
    for (Result &r : m_results) {
        r.link.fill(QLatin1Char(' '));
        r.link.clear();
        r.code.fill(QLatin1Char(' '));
        r.code.clear();
    }
}

void InvitationJob::start(const QList<Invitee> &invitees, const QString &schemaId, const QString &emailTrait,
                          Delivery delivery, const QString &expiresIn)
{
    if (m_running)
        return;
    wipeSecrets();
    m_invitees = invitees;
    m_results.clear();
    for (const Invitee &invitee : invitees)
        m_results.append(Result{invitee, {}, false, {}, {}, {}, {}, {}, {}});
    m_schemaId = schemaId;
    m_emailTrait = emailTrait.isEmpty() ? QStringLiteral("email") : emailTrait;
    m_delivery = delivery;
    m_expiresIn = expiresIn;
    m_next = 0;
    m_cancelled = false;
    m_running = true;
    m_waitsInARow = 0;
    if (delivery != Delivery::Mail) {
        next();
        return;
    }
    // A recovery mail is only of use when the flow sends links: ask before anyone is created.
    m_support->probe(PublicFlowClient::Flow::Recovery, this, [this](const ApiResult<SelfServiceFlow> &probe) {
        QString problem;
        if (!probe.ok())
            problem = tr("The public recovery flow cannot be started: %1 Nobody was invited.")
                          .arg(probe.error().userMessage());
        else if (probe.value().active != QLatin1String("link"))
            problem = SupportActions::codeRecoveryExplanation() + QLatin1Char(' ') + tr("Nobody was invited.");
        if (problem.isEmpty()) {
            next();
            return;
        }
        for (Result &r : m_results)
            r.problem = problem;
        finish();
    });
}

void InvitationJob::next()
{
    if (m_cancelled || m_next >= m_invitees.size()) {
        if (m_cancelled) {
            for (int i = m_next; i < m_results.size(); ++i)
                m_results[i].problem = tr("Not invited: the run was stopped.");
        }
        finish();
        return;
    }
    const int index = m_next++;
    const Invitee &invitee = m_invitees.at(index);
    m_identities->setReason(m_reason);
    m_identities->invite(InviteeList::createBody(invitee, m_schemaId, m_emailTrait), invitee.email,
                         deliveryName(m_delivery), this, [this, index](const ApiResult<Identity> &created) {
                             if (!created.ok()) {
                                 if (!waitThen(created.error(), [this, index]() {
                                         m_next = index; // the same person again
                                         next();
                                     }))
                                     settle(index, created.error().userMessage());
                                 return;
                             }
                             m_waitsInARow = 0;
                             m_results[index].identityId = created.value().id;
                             deliver(index);
                         });
}

void InvitationJob::deliver(int index)
{
    const QString id = m_results.at(index).identityId;
    const QString email = m_results.at(index).invitee.email;
    auto failed = [this, index](const ApiError &error) {
        if (!waitThen(error, [this, index]() { deliver(index); }))
            settle(index, tr("Created, but not handed over: %1").arg(error.userMessage()));
    };
    switch (m_delivery) {
    case Delivery::Mail:
        m_support->setReason(m_reason);
        m_support->sendRecoveryLink(
            id, email, email, this, [this, index, failed](const ApiResult<SupportActions::Sent> &sent) {
                if (!sent.ok())
                    return failed(sent.error());
                Result &r = m_results[index];
                r.delivered = true;
                if (sent.value().message) {
                    r.messageId = sent.value().message->id;
                    r.messageStatus = sent.value().message->status;
                }
                settle(index, r.messageId.isEmpty() ? tr("Kratos queued no message for this address.") : QString());
            });
        return;
    case Delivery::Link:
        m_identities->setReason(m_reason);
        m_identities->createRecoveryLink(id, email, m_expiresIn, this,
                                         [this, index, failed](const ApiResult<RecoveryLink> &link) {
                                             if (!link.ok())
                                                 return failed(link.error());
                                             Result &r = m_results[index];
                                             r.delivered = true;
                                             r.link = link.value().link;
                                             r.expiresAt = link.value().expiresAt;
                                             settle(index, {});
                                         });
        return;
    case Delivery::Code:
        m_identities->setReason(m_reason);
        m_identities->createRecoveryCode(id, email, m_expiresIn, this,
                                         [this, index, failed](const ApiResult<RecoveryCode> &code) {
                                             if (!code.ok())
                                                 return failed(code.error());
                                             Result &r = m_results[index];
                                             r.delivered = true;
                                             r.code = code.value().code;
                                             r.link = code.value().link;
                                             r.expiresAt = code.value().expiresAt;
                                             settle(index, {});
                                         });
        return;
    }
}

bool InvitationJob::waitThen(const ApiError &error, std::function<void()> again)
{
    const int wait = error.retryAfterSeconds();
    if (error.httpStatus() != 429 || wait < 0 || wait > MaxRetryAfterSeconds || m_waitsInARow >= MaxRateLimitWaits)
        return false;
    ++m_waitsInARow;
    m_again = std::move(again);
    m_countdown->start(wait);
    return true;
}

void InvitationJob::settle(int index, const QString &problem)
{
    if (problem.isEmpty())
        m_waitsInARow = 0;
    m_results[index].problem = problem;
    Q_EMIT progressed(m_next, int(m_invitees.size()));
    next();
}

void InvitationJob::finish()
{
    m_running = false;
    Q_EMIT finished();
}
