// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditRecord.h"

#include <QList>
#include <QString>

#include <functional>

// Reads this machine's audit trails for what was done to one identity: every trail in the folder
// (one a profile, the command line's too) and those imported from other desks (AuditTrailImport,
// their records' origin set), the records written against the same server (admin URL authority)
// that name the identity, as itself or as the owner of a session. Bounded: a line
// over MaxLineBytes is skipped, a file is read up to MaxFileBytes. Runs on any thread.
namespace AuditTrailSearch {

constexpr qint64 MaxFileBytes = qint64(256) * 1024 * 1024;
constexpr qint64 MaxLineBytes = 1024 * 1024;

struct Found
{
    QList<AuditRecord> records; // in each trail's order, trail after trail
    QString problem;            // a trail that could not be read whole, in words; empty when all were
};

// Which records a search keeps: a line is read only when it holds one of `needles`, and its record
// kept when `keep` says so.
struct Match
{
    QList<QByteArray> needles;
    std::function<bool(const AuditRecord &)> keep;
};

Found matching(const QString &directory, const QString &authority, const Match &match);
Found aboutIdentity(const QString &directory, const QString &authority, const QString &identityId);
// Every record of the trails imported from other desks or a collector, written against `authority`.
Found imported(const QString &directory, const QString &authority);

} // namespace AuditTrailSearch
