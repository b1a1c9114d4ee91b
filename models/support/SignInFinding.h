// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One finding of the sign-in check: how bad it is, what it means in words, and which fixes the
// identity page can offer for it. `key` is stable ("state.inactive") for tests and code; the
// title and detail are for the support person.
struct SignInFinding
{
    enum class Severity
    {
        Blocker, // the user cannot sign in (or get in) until this is fixed
        Warning, // sign-in may fail or mail may not arrive
        Info     // what the user will see; nothing wrong
    };
    enum class Fix
    {
        Activate,
        SendVerification,
        MarkVerified,
        SendRecovery,
        RevokeSessions,
        OpenMessage,
        EditIdentity
    };

    QString key;
    Severity severity = Severity::Info;
    QString title;
    QString detail;
    QList<Fix> fixes;
    QString address;   // the address a fix is about
    QString addressId; // its verifiable address id
    QString messageId; // the courier message OpenMessage opens
    QString reason;    // address.bounces: why mail to the address does not arrive, in words

    static SignInFinding make(const QString &key, Severity severity, const QString &title, const QString &detail,
                              const QList<Fix> &fixes = {})
    {
        SignInFinding f;
        f.key = key;
        f.severity = severity;
        f.title = title;
        f.detail = detail;
        f.fixes = fixes;
        return f;
    }
};
