// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditRecord.h"
#include "Invitation.h"

#include <QList>

// Who was invited on one server, read from this machine's audit trails and those imported from
// other desks (AuditTrailSearch): every successful identity.invite, and what followed on those
// identities (recovery mails, links and codes; deactivation, activation, deletion). Kratos itself
// keeps no invitations, so a team sees each other's only through imported trails. Runs on any
// thread; at most MaxInvitations, newest first.
namespace InvitationLedger {

constexpr int MaxInvitations = 2000;

struct Read
{
    QList<Invitation> invitations;
    QString problem;            // a trail that could not be read whole, or the cap reached; empty otherwise
    QList<AuditRecord> records; // what read() found, for merging with records written since
};

Read read(const QString &directory, const QString &authority);
// The same from records already read (any order; copies of one record count once).
Read fromRecords(QList<AuditRecord> records);

} // namespace InvitationLedger
