// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// One invitation as the audit trails tell it (InvitationLedger): whom, when, by whom and how,
// and what was done about it since. What the server says now is InvitationFacts.
struct Invitation
{
    QString identityId;
    QString email;
    QDateTime invitedAt;
    QString invitedBy; // the operator's account
    QString origin;    // the imported trail it came from; empty for this machine's own
    QString delivery;  // "mail", "link" or "code"
    QString reason;
    int sends = 0;        // recovery mails, links and codes since, the first included
    QDateTime lastSentAt; // the latest of them
    QString lastDelivery; // how the latest went: "mail", "link" or "code"
    QString messageId;    // the latest recovery mail's courier message
    QDateTime revokedAt;  // deactivated since (cleared by a later activation)
    bool deleted = false;
};
