// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class ApiError;
class AuditLog;
class IdentitySessionsTab;
class KratosClient;
class SessionActions;
class QWidget;
struct Session;

// Revoke and Extend on the identity pane's Sessions tab: the confirmation (with its own question
// for reviving an expired session), the audited call, and what came of it. Only ids and labels
// cross a confirmation's event loop: the pane may show another identity when the answer comes,
// and the signals name whose sessions they are about.
class IdentitySessionChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitySessionChanges)

public:
    using Retry = std::function<void()>;

    // Confirmations open over `dialogParent`; the selected session is read from `tab`.
    IdentitySessionChanges(KratosClient *client, AuditLog *audit, IdentitySessionsTab *tab, QWidget *dialogParent);

    void revokeSelected(const QString &identityId, const QString &name);
    void extendSelected(const QString &identityId, const QString &name);

Q_SIGNALS:
    void failed(const ApiError &error, const IdentitySessionChanges::Retry &retry);
    // The identity's sessions changed on the server: read them again.
    void sessionsChanged(const QString &identityId);
    // The server answered an extend with the session as it is now.
    void sessionUpdated(const QString &identityId, const Session &session);

private:
    void sendRevoke(const QString &sessionId, const QString &identityId, const QString &name, const QString &reason);
    void sendExtend(const QString &sessionId, const QString &identityId, const QString &name, const QString &reason);

    SessionActions *m_actions;
    IdentitySessionsTab *m_tab;
    QWidget *m_dialogParent;
};
