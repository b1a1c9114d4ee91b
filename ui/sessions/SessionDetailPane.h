// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QWidget>

#include <optional>

class ErrorBanner;
class KratosClient;
class ListNote;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

// One session of the Sessions page, read again from the server with its identity and devices:
// every field, the authentication methods with provider and time, the devices. Its buttons
// only ask; the page confirms and acts.
class SessionDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionDetailPane)

public:
    explicit SessionDetailPane(KratosClient *client, QWidget *parent = nullptr);

    // Shows what the list knows at once, then the session as the server has it now.
    void showSession(const QString &sessionId, const QString &identityLabel);
    void clear();
    const std::optional<Session> &session() const { return m_session; }
    QString sessionId() const { return m_sessionId; }
    QString identityLabel() const { return m_identityLabel; }
    // The session was revoked: read it again.
    void refresh();
    // Why the session is not in the list beside the pane (empty: it is); see ListNote.
    void setListNote(const QString &text, bool offerShowInList);
    // The server no longer has the session (404): the pane keeps it and says so.
    bool isGone() const { return m_gone; }

Q_SIGNALS:
    void revokeRequested();
    void openIdentityRequested(const QString &identityId);
    // "Show in list" in the note: clear what keeps the session out of the list.
    void showInListRequested();

private:
    void render();
    void showNote();

    KratosClient *m_client;
    QString m_sessionId;
    QString m_identityLabel;
    std::optional<Session> m_session;
    quint64 m_generation = 0;
    bool m_gone = false;
    QString m_listNote;
    bool m_listNoteOffersShow = false;
    ListNote *m_note;
    QLabel *m_title;
    QLabel *m_placeholder;
    ErrorBanner *m_error;
    QWidget *m_body;
    QFormLayout *m_fields;
    QTableWidget *m_methods;
    QTableWidget *m_devices;
    QPushButton *m_revoke;
    QPushButton *m_openIdentity;
};
