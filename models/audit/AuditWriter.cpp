// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditWriter.h"

#include "AuditLedger.h"
#include "AuditTrailCheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

AuditWriter::AuditWriter(QObject *parent)
    : QObject(parent)
{}

QString AuditWriter::checkpointSummary(const AuditRecord &record, const QByteArray &trail, qint64 sequence,
                                       const QByteArray &hash)
{
    // Spaces would make the words ambiguous to AuditAnchors; none of these has any in practice.
    const auto word = [](QString s) {
        return s.isEmpty() ? QStringLiteral("-") : s.replace(QLatin1Char(' '), QLatin1Char('_'));
    };
    return QStringLiteral("Audit checkpoint of trail %1 (profile %2 on %3 by %4) at %5: record %6 ends in %7")
        .arg(QString::fromLatin1(trail), word(record.profileId), word(record.host), word(record.operatorName),
             record.time.toUTC().toString(Qt::ISODateWithMs))
        .arg(sequence)
        .arg(QString::fromLatin1(hash));
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

QString AuditWriter::stillOurs(const QString &path, const QString &headPath, const Chain &chain, bool *moved)
{
    *moved = false;
    if (chain.lines == 0)
        return {};
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("the trail file was removed while the app was writing to it");
    if (st.st_dev != chain.device || st.st_ino != chain.inode)
        return QStringLiteral("the trail file was replaced by another file while the app was writing to it");
    if (st.st_size < chain.size)
        return QStringLiteral("the trail file was cut short while the app was writing to it");
    // Grown, or a head not as written: another instance of the app (the command line beside the
    // window) may have appended. The whole trail is checked again before anything is added.
    QFile head(headPath);
    const QJsonObject h =
        head.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(head.read(4096)).object() : QJsonObject();
    *moved = st.st_size > chain.size || h.value(QLatin1String("lines")).toInteger() != chain.lines ||
             h.value(QLatin1String("last")).toString().toLatin1() != chain.lastHash;
    return {};
}

QString AuditWriter::seal(const QString &path, const QString &headPath, QString *sealedPath)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString suffix = QStringLiteral(".sealed-") + stamp;
    for (int n = 2; n < 100 && (QFileInfo::exists(path + suffix) || QFileInfo::exists(headPath + suffix)); ++n)
        suffix = QStringLiteral(".sealed-%1-%2").arg(stamp).arg(n);
    const QString cursor = path + QStringLiteral(".syslog");
    for (const QString &from : {path, headPath, cursor}) {
        const QFileInfo info(from);
        if (!info.exists() && !info.isSymLink())
            continue;
        if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(from + suffix).constData()) != 0)
            return QStringLiteral("cannot seal the damaged %1: %2")
                .arg(from, QString::fromLocal8Bit(std::strerror(errno)));
        if (from == path)
            *sealedPath = from + suffix;
    }
    return {};
}

QString AuditWriter::load(const QString &path, const QString &headPath, const QString &ledgerPath, QList<Item> &items,
                          const QString &damage)
{
    Chain &chain = m_chains[path];
    chain = Chain();
    chain.lastHash = AuditTrailCheck::genesisHash();
    const QFileInfo info(path);
    if ((info.exists() || info.isSymLink()) && !info.isFile())
        return QStringLiteral("%1 is not a regular file").arg(path);
    if (info.exists() && !info.isReadable())
        return QStringLiteral("cannot read %1").arg(path);
    const QString fileName = info.fileName();
    const bool expected = AuditLedger::has(ledgerPath, fileName);
    const AuditTrailCheck::Result found =
        AuditTrailCheck::check(path, headPath, expected, AuditTrailCheck::Words::English);
    if (found.ok && damage.isEmpty()) {
        chain.lastHash = found.lastGoodHash;
        chain.firstLineHash = found.firstLineHash;
        chain.lines = found.lines;
        chain.needsNewline = found.missingFinalNewline;
        chain.ledgered = expected;
        struct stat st
        {};
        if (found.exists && ::stat(QFile::encodeName(path).constData(), &st) == 0) {
            chain.size = st.st_size;
            chain.device = st.st_dev;
            chain.inode = st.st_ino;
        }
        chain.known = true;
        return {};
    }
    QString reason = damage;
    if (!found.ok)
        reason = reason.isEmpty() ? found.reason : reason + QStringLiteral("; ") + found.reason;
    QString sealedPath;
    const QString problem = seal(path, headPath, &sealedPath);
    if (!problem.isEmpty())
        return problem;

    // The new trail opens with what was found, stamped like the records that found it.
    const AuditRecord &like = items.first().record;
    Item broken;
    broken.path = path;
    broken.headPath = headPath;
    broken.ledgerPath = ledgerPath;
    AuditRecord &b = broken.record;
    b.time = like.time.isValid() ? like.time : QDateTime::currentDateTimeUtc();
    b.operatorName = like.operatorName;
    b.host = like.host;
    b.profileId = like.profileId;
    b.profileName = like.profileName;
    b.authority = like.authority;
    b.environment = like.environment;
    b.actionId = AuditRecord::newActionId();
    b.action = QStringLiteral("audit.trail.broken");
    b.phase = AuditRecord::Phase::Outcome;
    b.outcome = AuditRecord::Outcome::Failed;
    b.summary = QStringLiteral("The audit trail was found damaged and started again: %1").arg(reason);
    b.targets = {{QStringLiteral("file"), sealedPath.isEmpty() ? path : sealedPath,
                  QFileInfo(sealedPath.isEmpty() ? path : sealedPath).fileName()}};
    b.change = QJsonObject{{QStringLiteral("reason"), reason},
                           {QStringLiteral("sealed_as"), sealedPath},
                           {QStringLiteral("lines_found"), found.lines},
                           {QStringLiteral("last_good_seq"), found.lastGoodSequence},
                           {QStringLiteral("last_good_hash"), QString::fromLatin1(found.lastGoodHash)},
                           {QStringLiteral("previous_trail"), QString::fromLatin1(found.firstLineHash)}};
    items.prepend(broken);
    chain.known = true;
    chain.ledgered = expected;
    Q_EMIT trailRestarted(path, reason, sealedPath);
    return {};
}

QString AuditWriter::writeGroup(const QString &path, const QString &headPath, QList<Item> &items)
{
    const QString ledgerPath = items.first().ledgerPath;
    const QString folder = QFileInfo(path).absolutePath();
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // One writer at a time per trail across processes (the window and the command line): the
    // check, the records and the head happen under one lock.
    QFile lock(path + QStringLiteral(".lock"));
    if (!lock.open(QIODevice::ReadWrite))
        return QStringLiteral("cannot open %1: %2").arg(lock.fileName(), lock.errorString());
    lock.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (::flock(lock.handle(), LOCK_EX) != 0)
        return QStringLiteral("cannot lock %1: %2").arg(lock.fileName(), QString::fromLocal8Bit(std::strerror(errno)));
    QString damage;
    if (m_chains.value(path).known) {
        // The file written last time must still be the file at `path`, whole.
        bool moved = false;
        damage = stillOurs(path, headPath, m_chains.value(path), &moved);
        if (!damage.isEmpty() || moved)
            m_chains.remove(path);
    }
    if (!m_chains.value(path).known) {
        const QString problem = load(path, headPath, ledgerPath, items, damage);
        if (!problem.isEmpty()) {
            m_chains.remove(path);
            return problem;
        }
    }
    Chain &chain = m_chains[path];

    QFile f(path);
    // Unbuffered: a failed write leaves nothing in Qt's buffer to be flushed later.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return QStringLiteral("cannot open %1 for writing: %2").arg(path, f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const qint64 sizeBefore = f.size();
    Chain next = chain; // what the chain is once the records are on disk
    const QByteArray out = chainRecords(items, &next);
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
    chain.lastHash = next.lastHash;
    chain.firstLineHash = next.firstLineHash;
    chain.lines = next.lines;
    chain.needsNewline = false;
    chain.size = st.st_size;
    chain.device = st.st_dev;
    chain.inode = st.st_ino;

    if (const QString problem = writeHead(headPath, chain); !problem.isEmpty())
        return problem;
    if (!chain.ledgered) {
        const QString problem = AuditLedger::add(ledgerPath, QFileInfo(path).fileName());
        if (!problem.isEmpty())
            return QStringLiteral("cannot write %1: %2").arg(ledgerPath, problem);
        chain.ledgered = true;
    }
    return {};
}

QByteArray AuditWriter::chainRecords(QList<Item> &items, Chain *chain)
{
    // A last line without its LF (an editor, a copy) gets one: the next record is never glued to it.
    QByteArray out = chain->needsNewline ? QByteArray("\n") : QByteArray();
    for (Item &item : items) {
        if (item.checkpoint) {
            item.record.change = QJsonObject{{QStringLiteral("trail"), QString::fromLatin1(chain->firstLineHash)},
                                             {QStringLiteral("seq"), chain->lines},
                                             {QStringLiteral("hash"), QString::fromLatin1(chain->lastHash)}};
            item.record.summary = checkpointSummary(item.record, chain->firstLineHash, chain->lines, chain->lastHash);
        }
        item.record.sequence = ++chain->lines;
        item.record.previousHash = QString::fromLatin1(chain->lastHash);
        const QByteArray line = QJsonDocument(item.record.toJson()).toJson(QJsonDocument::Compact);
        chain->lastHash = AuditTrailCheck::hashOf(line);
        if (chain->lines == 1)
            chain->firstLineHash = chain->lastHash;
        out += line;
        out += '\n';
    }
    return out;
}

QString AuditWriter::writeHead(const QString &headPath, const Chain &chain)
{
    QSaveFile head(headPath);
    if (!head.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(headPath, head.errorString());
    head.write(QJsonDocument(QJsonObject{{QStringLiteral("lines"), chain.lines},
                                         {QStringLiteral("last"), QString::fromLatin1(chain.lastHash)}})
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
