// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One line of an identity's history: when, from where, what in words, and the details.
struct HistoryEvent
{
    enum class Source
    {
        Operator, // an action in an audit trail on this machine
        SignIn,   // a session: signed in, expired
        Message,  // a courier message to one of its addresses
        Identity  // the identity's own times: created, updated, verified, credentials
    };

    QDateTime time;
    Source source = Source::Identity;
    QString title;        // "Signed in", "Deactivated identity mary@example.com"
    QString detail;       // methods and device, old → new values, the delivery error in words
    QString by;           // who: "ann@desk-7 (Prod)" for an operator, else empty
    QString reason;       // the operator's reason, when one was given
    bool problem = false; // a failed action, an undelivered message
};
