// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitySessionChanges.h"

#include "ConfirmDialog.h"
#include "IdentitySessionsTab.h"
#include "SessionActions.h"

IdentitySessionChanges::IdentitySessionChanges(KratosClient *client, AuditLog *audit, IdentitySessionsTab *tab,
                                               QWidget *dialogParent)
    : QObject(dialogParent)
    , m_actions(new SessionActions(client, audit, this))
    , m_tab(tab)
    , m_dialogParent(dialogParent)
{}

void IdentitySessionChanges::revokeSelected(const QString &identityId, const QString &name)
{
    const Session *session = m_tab->selectedSession();
    if (!session)
        return;
    const QString sessionId = session->id;
    QString reason;
    if (!ConfirmDialog::confirmWithReason(
            m_dialogParent, ConfirmDialog::request(SessionActions::describeRevoke(sessionId, name)), &reason))
        return;
    sendRevoke(sessionId, identityId, name, reason);
}

void IdentitySessionChanges::sendRevoke(const QString &sessionId, const QString &identityId, const QString &name,
                                        const QString &reason)
{
    m_actions->setReason(reason);
    m_actions->revoke(sessionId, identityId, name, this, [=, this](const ApiResult<NoContent> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error(), [=, this]() { sendRevoke(sessionId, identityId, name, reason); });
            return;
        }
        Q_EMIT sessionsChanged(identityId);
    });
}

void IdentitySessionChanges::extendSelected(const QString &identityId, const QString &name)
{
    const Session *session = m_tab->selectedSession();
    if (!session)
        return;
    const QString sessionId = session->id;
    const QDateTime expiresAt = session->expiresAt;
    const bool expired = SessionActions::isExpired(*session, QDateTime::currentDateTimeUtc());
    QString reason;
    if (!ConfirmDialog::confirmWithReason(
            m_dialogParent, ConfirmDialog::request(SessionActions::describeExtend(sessionId, name)), &reason))
        return;
    // An expired session comes back to life: that is asked on its own.
    if (expired && !ConfirmDialog::confirm(m_dialogParent, ConfirmDialog::request(SessionActions::describeReviveExpired(
                                                               sessionId, name, expiresAt))))
        return;
    sendExtend(sessionId, identityId, name, reason);
}

void IdentitySessionChanges::sendExtend(const QString &sessionId, const QString &identityId, const QString &name,
                                        const QString &reason)
{
    m_actions->setReason(reason);
    m_actions->extend(sessionId, identityId, name, this, [=, this](const ApiResult<std::optional<Session>> &result) {
        if (!result.ok()) {
            Q_EMIT failed(result.error(), [=, this]() { sendExtend(sessionId, identityId, name, reason); });
            return;
        }
        if (result.value())
            Q_EMIT sessionUpdated(identityId, *result.value());
        else
            Q_EMIT sessionsChanged(identityId); // 204: read the new expiry back
    });
}
