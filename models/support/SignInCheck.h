// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SignInEvidence.h"
#include "SignInFinding.h"

#include <QCoreApplication>

#include <optional>

// Why someone cannot sign in, worked out from what the identity page knows: the state, the
// credentials against the methods the login flow offers, unverified login addresses, courier
// messages that failed or wait, sessions, and traits the schema no longer accepts. Findings come
// most severe first, each with the fixes that apply. No network, no widgets: a pure function.
class SignInCheck
{
    Q_DECLARE_TR_FUNCTIONS(SignInCheck)

public:
    static constexpr qint64 kStaleQueueSecs = 5 * 60;        // a queued message older than this: courier stopped?
    static constexpr qint64 kRecentMessageSecs = 14 * 86400; // older messages are not looked at
    static constexpr int kManySessions = 10;                 // this many active sessions: a shared account?

    static QList<SignInFinding> run(const SignInEvidence &evidence);

    // Whether a dispatch error says the address itself is wrong (no such mailbox or domain, an
    // invalid phone number), as opposed to a full mailbox, a spam filter or a courier problem.
    static bool isHardBounce(const QString &error);
    // A courier dispatch error in words ("the mail server refused the recipient").
    static QString dispatchErrorInWords(const QString &error);
    // "a verification code", "a recovery link", … for a template type.
    static QString messageKind(const QString &templateType);
    // "password", "Google (social sign-in)", … for a credential type or login method group.
    static QString methodName(const QString &type);

private:
    static void checkState(const SignInEvidence &e, QList<SignInFinding> *out);
    static void checkAddresses(const SignInEvidence &e, QList<SignInFinding> *out);
    static void checkMessages(const SignInEvidence &e, QList<SignInFinding> *out);
    // A needed address that bounces: a blocker, once per address.
    static SignInFinding bounceFinding(const CourierMessage &m, const CourierDispatch &failure, bool forSignIn,
                                       bool forRecovery, const QDateTime &now);
    // What one recent message says (abandoned, failing, stuck in the queue, the last delivered), if anything.
    static std::optional<SignInFinding> messageFinding(const CourierMessage &m, const CourierDispatch *failure,
                                                       const QDateTime &now, bool *lastSentShown);
    static void checkSessions(const SignInEvidence &e, QList<SignInFinding> *out);
    static void checkSchema(const SignInEvidence &e, QList<SignInFinding> *out);
    static QStringList loginIdentifiers(const SignInEvidence &e);
};
