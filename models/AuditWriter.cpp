// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

AuditWriter::AuditWriter(QObject *parent)
    : QObject(parent)
{}

QByteArray AuditWriter::genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray AuditWriter::hashOf(const QByteArray &line)
{
    return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
}

void AuditWriter::append(const Item &item)
{
    m_pending.append(item);
    if (!m_flushQueued) {
        m_flushQueued = true;
        // Queued behind every append already posted: they all go out in one write.
        QTimer::singleShot(0, this, &AuditWriter::flush);
    }
}

void AuditWriter::reset(const QString &path)
{
    m_chains.remove(path);
}

QString AuditWriter::load(const QString &path, Chain *chain)
{
    *chain = Chain();
    chain->lastHash = genesisHash();
    QFile f(path);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        chain->known = true;
        return {};
    }
    if (!info.isFile())
        return QStringLiteral("%1 is not a regular file").arg(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
    QByteArray last;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        const QByteArray trimmed = line.endsWith('\n') ? line.chopped(1) : line;
        if (trimmed.isEmpty())
            continue;
        last = trimmed;
        ++chain->lines;
    }
    if (!last.isEmpty())
        chain->lastHash = hashOf(last);
    struct stat st
    {};
    if (::fstat(f.handle(), &st) != 0)
        return QStringLiteral("cannot examine %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    chain->size = st.st_size;
    chain->device = st.st_dev;
    chain->inode = st.st_ino;
    chain->known = true;
    return {};
}

QString AuditWriter::writeGroup(const QString &path, const QString &headPath, QList<Item> &items)
{
    Chain &chain = m_chains[path];
    if (!chain.known) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile::setPermissions(QFileInfo(path).absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString problem = load(path, &chain);
        if (!problem.isEmpty()) {
            m_chains.remove(path);
            return problem;
        }
    }
    // The file written last time must still be the file at `path`, whole.
    if (chain.lines > 0) {
        struct stat st
        {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return QStringLiteral("the trail file %1 was removed while the app was writing to it").arg(path);
        if (st.st_dev != chain.device || st.st_ino != chain.inode)
            return QStringLiteral("the trail file %1 was replaced by another file while the app was writing to it")
                .arg(path);
        if (st.st_size < chain.size)
            return QStringLiteral("the trail file %1 was cut short while the app was writing to it").arg(path);
    }

    QFile f(path);
    // Unbuffered: a failed write leaves nothing in Qt's buffer to be flushed later.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return QStringLiteral("cannot open %1 for writing: %2").arg(path, f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const qint64 sizeBefore = f.size();
    QByteArray lastHash = chain.lastHash;
    qint64 lines = chain.lines;
    QByteArray out;
    for (Item &item : items) {
        item.record.sequence = ++lines;
        item.record.previousHash = QString::fromLatin1(lastHash);
        const QByteArray line = QJsonDocument(item.record.toJson()).toJson(QJsonDocument::Compact);
        lastHash = hashOf(line);
        out += line;
        out += '\n';
    }
    const bool ok = f.write(out) == out.size() && f.flush() && ::fdatasync(f.handle()) == 0;
    if (!ok) {
        const QString problem = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        // No half line left behind when the disk is full.
        if (::ftruncate(f.handle(), sizeBefore) != 0)
            qWarning("audit trail: cannot cut %s back after a failed write", qPrintable(path));
        f.close();
        m_chains.remove(path);
        return problem;
    }
    struct stat st
    {};
    ::fstat(f.handle(), &st);
    f.close();
    chain.lastHash = lastHash;
    chain.lines = lines;
    chain.size = st.st_size;
    chain.device = st.st_dev;
    chain.inode = st.st_ino;

    QSaveFile head(headPath);
    if (!head.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(headPath, head.errorString());
    head.write(QJsonDocument(QJsonObject{{QStringLiteral("lines"), lines},
                                         {QStringLiteral("last"), QString::fromLatin1(lastHash)}})
                   .toJson(QJsonDocument::Compact));
    if (!head.commit())
        return QStringLiteral("cannot write %1: %2").arg(headPath, head.errorString());
    return {};
}

void AuditWriter::flush()
{
    m_flushQueued = false;
    while (!m_pending.isEmpty()) {
        // One group per file, in order: records of one profile never overtake each other.
        QList<Item> group;
        const QString path = m_pending.first().path;
        const QString headPath = m_pending.first().headPath;
        while (!m_pending.isEmpty() && m_pending.first().path == path)
            group.append(m_pending.takeFirst());
        const QString problem = writeGroup(path, headPath, group);
        QList<quint64> tickets;
        tickets.reserve(group.size());
        for (const Item &item : std::as_const(group))
            tickets.append(item.ticket);
        Q_EMIT written(tickets, problem);
    }
}
