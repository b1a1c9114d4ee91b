// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QFile;
class QJsonObject;

// Reads one audit trail file and its head and says whether they are whole: every line a record,
// numbered 1, 2, 3, … in its "seq", each naming the SHA-256 of the line before in "prev", and the
// head's line count and last hash those of the file's end. Shared by AuditLog::verify (what the
// operator is told) and AuditWriter (which appends only onto a whole trail and seals any other),
// so that the app never chains a new record onto a trail that verify would call broken.
//
// `expected` says that records were written to this trail before (the ledger has it): a trail
// that is then missing with its head was deleted, not never written.
class AuditTrailCheck final
{
public:
    struct Result
    {
        bool ok = true;
        qint64 lines = 0;                 // complete lines found
        qint64 firstBrokenLine = 0;       // 1-based; 0 when no one line is to blame (a missing file, a cut end)
        QString reason;                   // in words, empty when ok
        qint64 lastGoodSequence = 0;      // the last record that still verifies, 0 for none
        QByteArray lastGoodHash;          // its hash (hex), the genesis hash for none
        QByteArray firstLineHash;         // the trail's identity: the hash of line 1, empty for an empty trail
        bool missingFinalNewline = false; // the last line is whole but has no LF after it
        bool exists = false;              // the trail file exists
        QString restartReason;            // line 1 is audit.trail.broken: why the trail was started again
        QDateTime restartedAt;            // and when
    };

    enum class Words
    {
        Translated, // for the operator
        English     // for an audit record, whose words are never translated
    };
    static Result check(const QString &trailPath, const QString &headPath, bool expected,
                        Words words = Words::Translated);
    static QByteArray genesisHash();
    static QByteArray hashOf(const QByteArray &line);

private:
    // What the head file says: how many lines the writer wrote and the hash of the last.
    struct Head
    {
        bool present = false;
        qint64 lines = -1; // -1: unreadable
        QByteArray last;
    };
    // What walking the lines leaves for the comparison with the head.
    struct Walk
    {
        QByteArray hashAtHead; // of line `Head::lines`
        QByteArray beforeLast; // of the line before the last
        bool lastHadNewline = true;
    };
    static Head readHead(const QString &headPath);
    // Follows the chain line by line; false (with `r` saying where it broke) at the first break.
    static bool walkLines(QFile &file, qint64 headLines, Words words, Result *r, Walk *walk);
    static void readFirstLine(const QJsonObject &line, const QByteArray &hash, Result *r);
    static void compareWithHead(const Head &head, const Walk &walk, Words words, Result *r);
};
