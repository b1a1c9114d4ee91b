// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditRecord.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>

#include <sys/types.h>

// Appends audit records to the per-profile trail files, on the audit thread. Records queued in a
// row are written together and made durable with one fdatasync before anyone hears they are
// written; each line carries its sequence number and the SHA-256 of the line before.
//
// Nothing is chained onto a damaged trail. Before its first write to a file the writer checks it
// whole (AuditTrailCheck: chain, numbering, head), and before every later write that it is still
// the file it wrote (same inode, not shorter; grown or with another head, as when the command
// line appended beside the window, it is checked whole again). Writes to one trail are serialised
// across processes by flock on "<trail>.lock". A trail that fails either is sealed: renamed, with
// its head and forwarding cursor, to "<name>.sealed-<UTC time>", kept for the security officer,
// and a new trail is started whose first record, audit.trail.broken, names the reason, the
// sealed file and the last record that still verified. A folder in the file's place, or a file
// that cannot be read or written, is a problem reported instead (every change is then refused).
class AuditWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditWriter)

public:
    struct Item
    {
        quint64 ticket = 0;
        QString path;       // the trail file
        QString headPath;   // its head record: line count and last hash
        QString ledgerPath; // AuditLedger: which trails were written before
        AuditRecord record;
        // An audit.checkpoint: the writer fills in the trail, the last record and its hash.
        bool checkpoint = false;
    };

    explicit AuditWriter(QObject *parent = nullptr);

    // Called on the audit thread, in order. Items appended in one turn of the event loop are
    // flushed together once the loop turns.
    void append(const Item &item);
    // Forgets what is known of `path`: the next write reads the file again.
    void reset(const QString &path);
    // Writes whatever is queued now.
    void flush();

    // The words of a checkpoint record, which AuditAnchors finds in a collector's file.
    // `record` gives the profile id, host, operator and time.
    static QString checkpointSummary(const AuditRecord &record, const QByteArray &trail, qint64 sequence,
                                     const QByteArray &hash);

Q_SIGNALS:
    // On the audit thread; `problem` is empty when every ticket is on disk.
    void written(const QList<quint64> &tickets, const QString &problem);
    // `path` was found damaged, sealed as `sealedPath` (empty when the file itself was gone) and
    // started again; emitted before the written() of the records that found it.
    void trailRestarted(const QString &path, const QString &reason, const QString &sealedPath);

private:
    struct Chain
    {
        QByteArray lastHash;
        QByteArray firstLineHash; // the trail's identity in checkpoints
        qint64 lines = 0;
        qint64 size = 0;
        dev_t device = 0;
        ino_t inode = 0;
        bool known = false;
        bool needsNewline = false; // the file's last line lacks its LF
        bool ledgered = false;
    };
    QString load(const QString &path, const QString &headPath, const QString &ledgerPath, QList<Item> &items,
                 const QString &damage);
    static QString seal(const QString &path, const QString &headPath, QString *sealedPath);
    // Damage since the last write (removed, replaced, cut short), or empty; `moved` when the file
    // grew or its head changed, as when another instance appended: then it is checked whole again.
    static QString stillOurs(const QString &path, const QString &headPath, const Chain &chain, bool *moved);
    QString writeGroup(const QString &path, const QString &headPath, QList<Item> &items);
    // The items as trail lines chained onto `chain`, which then describes the trail with them.
    static QByteArray chainRecords(QList<Item> &items, Chain *chain);
    static QString writeHead(const QString &headPath, const Chain &chain);

    QList<Item> m_pending;
    QHash<QString, Chain> m_chains;
    bool m_flushQueued = false;
};
