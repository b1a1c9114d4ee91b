// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditRecord.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <sys/types.h>

// Appends audit records to the per-profile trail files, on the audit thread. Records queued in a
// row are written together and made durable with one fdatasync before anyone hears they are
// written; each line carries its sequence number and the SHA-256 of the line before. A file that
// was removed, replaced or cut short since the last write is noticed and not written into: the
// writer reports a problem instead until the profile's chain is reset.
class AuditWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditWriter)

public:
    struct Item
    {
        quint64 ticket = 0;
        QString path;     // the trail file
        QString headPath; // its head record: line count and last hash
        AuditRecord record;
    };

    explicit AuditWriter(QObject *parent = nullptr);

    // Called on the audit thread, in order. Items appended in one turn of the event loop are
    // flushed together once the loop turns.
    void append(const Item &item);
    // Forgets what is known of `path`: the next write reads the file again.
    void reset(const QString &path);
    // Writes whatever is queued now.
    void flush();

    static QByteArray genesisHash();
    static QByteArray hashOf(const QByteArray &line);

Q_SIGNALS:
    // On the audit thread; `problem` is empty when every ticket is on disk.
    void written(const QList<quint64> &tickets, const QString &problem);

private:
    struct Chain
    {
        QByteArray lastHash;
        qint64 lines = 0;
        qint64 size = 0;
        dev_t device = 0;
        ino_t inode = 0;
        bool known = false;
    };
    QString load(const QString &path, Chain *chain);
    QString writeGroup(const QString &path, const QString &headPath, QList<Item> &items);

    QList<Item> m_pending;
    QHash<QString, Chain> m_chains;
    bool m_flushQueued = false;
};
