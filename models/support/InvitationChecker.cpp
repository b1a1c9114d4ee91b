// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvitationChecker.h"

#include "KratosClient.h"
#include "SignInCheck.h"

InvitationChecker::InvitationChecker(KratosClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QString InvitationChecker::signInWords(const InvitationFacts &facts, QString (*timeText)(const QDateTime &))
{
    switch (facts.signIn) {
    case InvitationFacts::SignIn::SignedIn:
        return facts.firstSignIn.isValid() ? tr("yes, first session %1").arg(timeText(facts.firstSignIn)) : tr("yes");
    case InvitationFacts::SignIn::AddressVerified:
        return tr("address verified, no session");
    case InvitationFacts::SignIn::Never:
        return tr("not yet");
    case InvitationFacts::SignIn::Unknown:
        break;
    }
    return facts.problem.isEmpty() ? tr("unknown") : tr("unknown: %1").arg(facts.problem);
}

QString InvitationChecker::stateWords(const Invitation &invitation, const InvitationFacts &facts)
{
    if (invitation.deleted || facts.missing)
        return tr("deleted");
    if (facts.read)
        return facts.active ? tr("active") : tr("revoked (inactive)");
    return invitation.revokedAt.isValid() ? tr("revoked (inactive)") : tr("unknown");
}

QString InvitationChecker::messageWords(const Invitation &invitation, const InvitationFacts &facts)
{
    if (invitation.lastDelivery == QLatin1String("link") || invitation.lastDelivery == QLatin1String("code"))
        return tr("no mail (handed over)");
    if (invitation.messageId.isEmpty())
        return invitation.sends > 0 ? tr("no message queued") : tr("not sent");
    if (facts.messageStatus.isEmpty())
        return tr("mail (status unknown)");
    return facts.messageProblem.isEmpty() ? tr("mail %1").arg(facts.messageStatus)
                                          : tr("mail %1: %2").arg(facts.messageStatus, facts.messageProblem);
}

void InvitationChecker::check(const QList<Invitation> &invitations)
{
    ++m_run; // answers of an earlier run are dropped
    m_queue = invitations.mid(0, MaxChecked);
    m_next = 0;
    m_running = true;
    next();
}

void InvitationChecker::next()
{
    // Deleted identities need no request: the trail says so.
    while (m_next < m_queue.size() && m_queue.at(m_next).deleted) {
        InvitationFacts facts;
        facts.read = true;
        facts.missing = true;
        Q_EMIT checked(m_queue.at(m_next).identityId, facts);
        ++m_next;
    }
    if (m_next >= m_queue.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const Invitation invitation = m_queue.at(m_next++);
    const quint64 run = m_run;
    m_client->getIdentity(invitation.identityId, {}, this,
                          [this, run, invitation](const ApiResult<Identity> &identity) {
                              if (run != m_run)
                                  return;
                              InvitationFacts facts;
                              if (!identity.ok()) {
                                  facts.read = identity.error().httpStatus() == 404;
                                  facts.missing = facts.read;
                                  if (!facts.read)
                                      facts.problem = identity.error().userMessage();
                                  report(invitation, facts);
                                  return;
                              }
                              facts.active = identity.value().state != Identity::State::Inactive;
                              facts.signIn = InvitationFacts::SignIn::Never;
                              for (const VerifiableAddress &address : identity.value().verifiableAddresses) {
                                  if (address.verified)
                                      facts.signIn = InvitationFacts::SignIn::AddressVerified;
                              }
                              readSessions(invitation, facts);
                          });
}

void InvitationChecker::readSessions(const Invitation &invitation, InvitationFacts facts)
{
    const quint64 run = m_run;
    SessionListQuery query;
    query.pageSize = 250;
    m_client->listIdentitySessions(
        invitation.identityId, query, this,
        [this, run, invitation, facts](const ApiResult<Page<Session>> &page) mutable {
            if (run != m_run)
                return;
            if (!page.ok() && page.error().httpStatus() != 404) {
                facts.problem = page.error().userMessage();
            } else if (page.ok()) {
                for (const Session &s : page.value().items) {
                    const QDateTime at = s.authenticatedAt.isValid() ? s.authenticatedAt : s.issuedAt;
                    if (!facts.firstSignIn.isValid() || (at.isValid() && at < facts.firstSignIn))
                        facts.firstSignIn = at;
                }
                if (!page.value().items.isEmpty())
                    facts.signIn = InvitationFacts::SignIn::SignedIn;
            }
            readMessage(invitation, facts);
        });
}

void InvitationChecker::readMessage(const Invitation &invitation, InvitationFacts facts)
{
    if (invitation.messageId.isEmpty()) {
        facts.read = facts.problem.isEmpty();
        report(invitation, facts);
        return;
    }
    const quint64 run = m_run;
    m_client->getCourierMessage(invitation.messageId, false, this,
                                [this, run, invitation, facts](const ApiResult<CourierMessage> &message) mutable {
                                    if (run != m_run)
                                        return;
                                    if (message.ok()) {
                                        facts.messageStatus = message.value().status;
                                        for (const CourierDispatch &d : message.value().dispatches) {
                                            if (d.status == QLatin1String("failed"))
                                                facts.messageProblem = SignInCheck::dispatchErrorInWords(d.errorText());
                                        }
                                    } else if (facts.problem.isEmpty()) {
                                        facts.problem = message.error().userMessage();
                                    }
                                    facts.read = facts.problem.isEmpty();
                                    report(invitation, facts);
                                });
}

void InvitationChecker::report(const Invitation &invitation, const InvitationFacts &facts)
{
    Q_EMIT checked(invitation.identityId, facts);
    next();
}
