// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ApiError;
class KratosClient;
class QLabel;
class QPushButton;
class QTableView;
class SessionListModel;
struct Session;

// The identity pane's Sessions tab: the identity's sessions, and Extend, Revoke and Revoke all.
// The buttons ask the pane (which confirms, sends and audits); Revoke and Extend need a selected
// session, Revoke all a listed one, and none is offered for an identity that is gone.
class IdentitySessionsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitySessionsTab)

public:
    explicit IdentitySessionsTab(KratosClient *client, QWidget *parent = nullptr);

    void load(const QString &identityId);
    void clear();
    // False for no identity or a deleted one: nothing can be done to its sessions.
    void setLive(bool live);
    const Session *selectedSession() const;
    // The server's answer to an extend: the row shows it.
    void updateSession(const Session &session);

Q_SIGNALS:
    void revokeRequested();
    void extendRequested();
    void revokeAllRequested();
    void loadFailed(const ApiError &error);

private:
    void updateButtons();

    SessionListModel *m_sessions;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_revoke;
    QPushButton *m_extend;
    QPushButton *m_revokeAll;
    bool m_live = false;
};
