// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditTrailImport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Reads audit records back from a syslog collector's files — rsyslog's output of what
// SyslogForwarder sent, in any line format that keeps the structured data (the admin guide's
// template, RSYSLOG_SyslogProtocol23Format) — and keeps each trail found there as an imported trail
// (AuditTrailImport's folder and naming), so that histories, invitations and the audit viewer show
// its records, marked as imported.
//
// Nothing is taken on trust. Split records are joined again (SyslogFormat::reassemble) and the
// same record sent twice is kept once; each record's trail line is rebuilt byte for byte and the
// chain followed hash by hash from the trail's first record (or from the end of a copy imported
// before, for a rotated file). Only records joined that way are kept. A gap, a fork, a record
// changed on the way or one whose parts never all came is named with the trail and record number,
// never merged. Bounded: MaxFileBytes a file, MaxTotalBytes in all, lines over MaxLineBytes skipped,
// MaxTrails trails; following the chains takes time in proportion to the records, whatever a
// hostile file holds (forks, orphans, repeats).
class AuditSyslogImport
{
    Q_DECLARE_TR_FUNCTIONS(AuditSyslogImport)

public:
    static constexpr qint64 MaxFileBytes = qint64(256) * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = qint64(512) * 1024 * 1024;
    static constexpr qint64 MaxLineBytes = 1024 * 1024;
    static constexpr int MaxParts = 10000; // of one split record
    static constexpr int MaxTrails = 1000; // followed in one import; each is a file

    struct Result
    {
        QStringList files;
        qint64 lines = 0;                       // lines read
        qint64 records = 0;                     // whole records found (parts joined, repeats once)
        qint64 otherLines = 0;                  // lines with no record of this app in them
        QStringList notes;                      // what was skipped while reading, in words
        QList<AuditTrailImport::Result> trails; // one for each trail, or part of one, found
    };

    // True when the file does not start with a trail's JSON object and one of its first thousand
    // lines holds this app's syslog structured data.
    static bool isCollectorFile(const QString &path);
    static Result importFiles(const QStringList &paths, const QString &auditDirectory);

    // The parameters of the record (or part of one) in a line of a collector's file; empty when
    // the line holds none.
    static QMap<QString, QString> recordParameters(const QByteArray &line);
    // The trail line the writer wrote for a record, rebuilt from its joined parameters; empty
    // when they cannot be one (a number that is not one, targets that are not a list).
    static QByteArray trailLine(const QMap<QString, QString> &params);
};
