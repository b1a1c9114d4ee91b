// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SignInEvidence.h"
#include "SignInFinding.h"

#include <QCoreApplication>
#include <QString>

// An identity's state for a support ticket, as plain text that reads as Markdown: identifier, id,
// state and since when, addresses with their verification, credential types, the last sign-in,
// active sessions, the last courier message and how it fared, and the sign-in check's findings.
//
// Never a secret: no credential configuration, no code, link or body of a message, no token; a
// message is named by its kind, never by its subject (which may carry a code). Server text is put
// on one line, cut short, and its Markdown characters escaped, so that pasting it into a ticket
// shows it as written. Times are UTC (a ticket is read in other time zones).
class IdentitySummary
{
    Q_DECLARE_TR_FUNCTIONS(IdentitySummary)

public:
    static constexpr int kMaxValue = 200; // characters of one server value shown

    static QString text(const SignInEvidence &evidence, const QList<SignInFinding> &findings,
                        const QString &serverHost);
    // `untrusted` on one line, at most kMaxValue characters, Markdown characters escaped.
    static QString inert(const QString &untrusted);

private:
    static QString when(const QDateTime &time);
    static QStringList addressLines(const Identity &identity);
    static QString lastSignIn(const SignInEvidence &evidence);
    static QString lastMessage(const SignInEvidence &evidence);
    static QStringList findingLines(const QList<SignInFinding> &findings);
};
