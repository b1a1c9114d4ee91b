// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Invitation.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

class KratosClient;

// What the server says now about one invitation: whether the identity is still there and active,
// whether the person has signed in (a session, any, or else a verified address), and how the
// latest recovery mail fared. Read-only.
struct InvitationFacts
{
    enum class SignIn
    {
        Unknown, // not read (yet), or it could not be
        Never,
        AddressVerified, // no session left, but an address was verified
        SignedIn
    };
    bool read = false;
    bool missing = false; // the identity is gone (404)
    bool active = true;
    SignIn signIn = SignIn::Unknown;
    QDateTime firstSignIn;  // the oldest session Kratos still has
    QString messageStatus;  // the courier's status of the latest mail ("sent", "abandoned", …)
    QString messageProblem; // its latest failed dispatch, in words
    QString problem;        // why something could not be read
};
Q_DECLARE_METATYPE(InvitationFacts)

// Reads InvitationFacts for invitations, one identity after another (identity, its sessions, the
// latest mail), at most MaxChecked per run, newest first as given. Each answer is reported as it
// comes, so a long list fills in while the operator works.
class InvitationChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationChecker)

public:
    static constexpr int MaxChecked = 200;

    explicit InvitationChecker(KratosClient *client, QObject *parent = nullptr);

    // The words the window and the command line show for one invitation.
    // `timeText` writes the first session's time as the caller writes times (DisplayTime::cell in
    // the window, UTC on the command line).
    static QString signInWords(const InvitationFacts &facts, QString (*timeText)(const QDateTime &));
    static QString stateWords(const Invitation &invitation, const InvitationFacts &facts);
    static QString messageWords(const Invitation &invitation, const InvitationFacts &facts);

    // Starts over (a run in progress is dropped).
    void check(const QList<Invitation> &invitations);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void checked(const QString &identityId, const InvitationFacts &facts);
    void finished();

private:
    void next();
    void readSessions(const Invitation &invitation, InvitationFacts facts);
    void readMessage(const Invitation &invitation, InvitationFacts facts);
    void report(const Invitation &invitation, const InvitationFacts &facts);

    KratosClient *m_client;
    QList<Invitation> m_queue;
    int m_next = 0;
    quint64 m_run = 0;
    bool m_running = false;
};
