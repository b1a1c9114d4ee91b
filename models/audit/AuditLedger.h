// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which trails have ever been written: ledger.json in the trail folder, so that a trail deleted
// together with its head is told apart from one that never had a record. It is no defence against
// someone who deletes it too, or the whole folder; the collector's checkpoints are (AuditAnchors).
class AuditLedger final
{
public:
    // The ledger for the trails in `directory`.
    static QString pathFor(const QString &directory);
    // True when `trailFileName` ("prod.jsonl") was written to before.
    static bool has(const QString &ledgerPath, const QString &trailFileName);
    // Notes that `trailFileName` holds records; empty on success, else the problem.
    static QString add(const QString &ledgerPath, const QString &trailFileName);
};
