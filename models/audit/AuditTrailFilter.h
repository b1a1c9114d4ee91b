// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// What the audit viewer shows and exports: one row per action (an intent is folded into its
// outcome; an intent with no outcome stays, as an action whose result was never recorded),
// filtered by operator, action, target text (id or label) and time. The exports carry the
// records' own field names, untranslated; CSV cells are neutralised against formula injection.
struct AuditTrailFilter
{
    enum class Source
    {
        Any,
        ThisComputer, // this machine's own trail
        Imported      // trails imported from other desks or a syslog collector (AuditRecord::origin set)
    };

    QString operatorName; // exact; empty for everyone
    QString action;       // exact; empty for every action
    QString text;         // contained in a target's id or label, the summary or the reason
    QDateTime from;       // inclusive; invalid for no bound
    QDateTime to;
    Source source = Source::Any;

    bool matches(const AuditRecord &record) const;
    QList<AuditRecord> apply(const QList<AuditRecord> &rows) const;

    // The records as the viewer lists them, in trail order.
    static QList<AuditRecord> actions(const QList<AuditRecord> &records);
    static QByteArray toCsv(const QList<AuditRecord> &rows);
    static QByteArray toJsonLines(const QList<AuditRecord> &rows);
    static QStringList csvColumns();
};
