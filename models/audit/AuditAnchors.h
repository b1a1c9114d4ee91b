// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Checks a local audit trail against the checkpoints a syslog collector holds. The local chain is
// plain SHA-256: whoever can write the file can rewrite a record and recompute every hash and the
// head. The collector's copy is out of their reach, so each audit.checkpoint it received (the
// trail's identity, a record number and that record's hash) must still be reproduced by the local
// trail. Reads any collector file whose lines keep the message text (rsyslog's default file
// formats do): the checkpoint's words are in the message, its fields in the structured data.
class AuditAnchors final
{
public:
    struct Checkpoint
    {
        QByteArray trail; // hash of the trail's first line
        QString profileId;
        QString host;
        QString operatorName;
        QDateTime time;
        qint64 sequence = 0;
        QByteArray hash;
    };
    struct Report
    {
        bool ok = true;
        QString failure;         // the first checkpoint the trail no longer reproduces, in words
        int checked = 0;         // checkpoints of this trail that were reproduced
        int earlier = 0;         // checkpoints of the trail this one replaced after damage (not checked)
        qint64 anchoredUpTo = 0; // the highest record a reproduced checkpoint covers
        qint64 lines = 0;        // records in the local trail
        QStringList gaps;        // checkpoints the collector lacks, records after the last one
    };

    // Every checkpoint in `collectorFile` (lines of at most 1 MiB are read; longer ones skipped).
    static QList<Checkpoint> read(const QString &collectorFile, QString *error);
    // One line of a collector's file, if it holds a checkpoint.
    static bool parse(const QByteArray &line, Checkpoint *out);
    // Checks `anchors` of the trail's profile, host and operator against the trail at `trailPath`.
    static Report verify(const QList<Checkpoint> &anchors, const QString &trailPath, const QString &profileId,
                         const QString &host, const QString &operatorName);

private:
    // What one pass over the local trail finds.
    struct TrailScan
    {
        qint64 lines = 0;
        QByteArray firstLine;             // the hash of record 1: which trail this is
        QDateTime restartedAt;            // when it replaced a broken trail, if it did
        QHash<qint64, QByteArray> hashes; // of the records the collector's checkpoints name
        QList<Checkpoint> local;          // the checkpoints the trail itself holds
    };
    // The checkpoints of this profile, host and operator, oldest first.
    static QList<Checkpoint> of(const QList<Checkpoint> &anchors, const QString &profileId, const QString &host,
                                const QString &operatorName);
    static TrailScan scan(const QString &trailPath, const QSet<qint64> &wanted);
    // Every checkpoint of the collector against the trail; false (with the failure) at the first that fails.
    static bool checkAnchors(const QList<Checkpoint> &mine, const TrailScan &trail, Report *report,
                             QSet<QString> *received);
    // The trail's own checkpoints the collector lacks, and the records after the last one it holds.
    static void listGaps(const TrailScan &trail, const QSet<QString> &received, Report *report);
};
