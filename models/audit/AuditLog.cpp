// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "AuditLedger.h"
#include "AuditTrailCheck.h"
#include "AuditWriter.h"
#include "ChangeReason.h"
#include "SyslogForwarder.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTimer>

namespace {

QList<QByteArray> readLines(const QString &path)
{
    QFile f(path);
    QList<QByteArray> lines;
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace

AuditLog::AuditLog(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_host(QSysInfo::machineHostName())
    , m_operator(AuditRecord::osAccount())
    , m_writer(new AuditWriter)
    , m_forwarder(new SyslogForwarder)
    , m_ledgerPath(AuditLedger::pathFor(directory))
    , m_checkpointTimer(new QTimer(this))
{
    m_checkpointTimer->setInterval(DefaultCheckpointMinutes * 60 * 1000);
    connect(m_checkpointTimer, &QTimer::timeout, this, &AuditLog::checkpoint);
    m_checkpointTimer->start();
    m_thread.setObjectName(QStringLiteral("audit"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &AuditWriter::written, this, &AuditLog::onWritten, Qt::QueuedConnection);
    connect(
        m_writer, &AuditWriter::trailRestarted, this,
        [this](const QString &path, const QString &reason, const QString &sealedPath) {
            // The forwarder starts on the new file from its first record (its cursor went with the seal).
            if (path == filePath(profileFileId()))
                QMetaObject::invokeMethod(m_forwarder, [forwarder = m_forwarder, path, target = m_scope.syslog]() {
                    forwarder->configure(target, path, SyslogForwarder::cursorPathFor(path));
                });
            Q_EMIT trailRestarted(reason, sealedPath);
        },
        Qt::QueuedConnection);
    m_thread.start();
    m_forwarderThread.setObjectName(QStringLiteral("syslog"));
    m_forwarder->moveToThread(&m_forwarderThread);
    connect(&m_forwarderThread, &QThread::finished, m_forwarder, &QObject::deleteLater);
    connect(m_forwarder, &SyslogForwarder::statusChanged, this, [this](int pending, const QString &state) {
        m_forwardPending = pending;
        m_forwardState = state;
        Q_EMIT forwardingChanged(pending, state);
    });
    m_forwarderThread.start();
}

AuditLog::~AuditLog()
{
    checkpoint();
    // Everything posted before this call is written before it returns.
    QMetaObject::invokeMethod(m_writer, &AuditWriter::flush, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_forwarderThread.quit();
    m_forwarderThread.wait();
}

void AuditLog::setProfile(const Scope &scope)
{
    checkpoint(); // of the trail being left
    m_scope = scope;
    m_sinceCheckpoint = 0;
    const QString path = filePath(profileFileId());
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, path]() { writer->reset(path); });
    QMetaObject::invokeMethod(m_forwarder, [forwarder = m_forwarder, path, target = scope.syslog]() {
        forwarder->configure(target, path, SyslogForwarder::cursorPathFor(path));
    });
    if (!m_problem.isEmpty()) {
        m_problem.clear();
        Q_EMIT writableChanged(true, QString());
    }
}

QString AuditLog::profileFileId() const
{
    return m_scope.profileId.isEmpty() ? QStringLiteral("no-profile") : m_scope.profileId;
}

QString AuditLog::filePath(const QString &profileId) const
{
    return QDir(m_directory).filePath(profileId + QStringLiteral(".jsonl"));
}

QString AuditLog::headPath(const QString &profileId) const
{
    return QDir(m_directory).filePath(profileId + QStringLiteral(".head"));
}

bool AuditLog::admitsChanges(QString *why) const
{
    if (m_problem.isEmpty())
        return true;
    if (why)
        *why = m_problem;
    return false;
}

void AuditLog::setCheckpointMinutes(int minutes)
{
    if (minutes <= 0) {
        m_checkpointTimer->stop();
        return;
    }
    m_checkpointTimer->start(std::min(minutes, 24 * 60) * 60 * 1000);
}

void AuditLog::checkpoint()
{
    if (m_sinceCheckpoint == 0 || !m_scope.syslog.enabled())
        return;
    m_sinceCheckpoint = 0;
    AuditRecord record;
    record.actionId = AuditRecord::newActionId();
    record.action = QStringLiteral("audit.checkpoint");
    record.phase = AuditRecord::Phase::Outcome;
    record.outcome = AuditRecord::Outcome::Succeeded;
    queue(std::move(record), nullptr, {}, true);
}

void AuditLog::write(AuditRecord record, QObject *context, Written written)
{
    record.reason = ChangeReason::clean(record.reason);
    if (lacksReason(record)) {
        // Refused before anything is written, so before anything is sent.
        QTimer::singleShot(0, context ? context : this, [written = std::move(written)]() {
            if (written)
                written(ChangeReason::missingProblem());
        });
        return;
    }
    queue(std::move(record), context, std::move(written), false);
}

bool AuditLog::lacksReason(const AuditRecord &record) const
{
    return m_scope.requireReason && record.phase == AuditRecord::Phase::Intent &&
           ChangeReason::asksFor(record.action) && ChangeReason::clean(record.reason).isEmpty();
}

void AuditLog::queue(AuditRecord record, QObject *context, Written written, bool isCheckpoint)
{
    record.time = QDateTime::currentDateTimeUtc();
    record.operatorName = m_operator;
    record.host = m_host;
    record.profileId = profileFileId();
    record.profileName = m_scope.profileName;
    record.authority = m_scope.authority;
    record.environment = m_scope.environment;
    if (!isCheckpoint && record.phase == AuditRecord::Phase::Outcome && record.outcome != AuditRecord::Outcome::Refused)
        Q_EMIT actionRecorded(record);
    AuditWriter::Item item;
    item.ticket = m_nextTicket++;
    item.path = filePath(record.profileId);
    item.headPath = headPath(record.profileId);
    item.ledgerPath = m_ledgerPath;
    item.checkpoint = isCheckpoint;
    item.record = std::move(record);
    if (!isCheckpoint)
        ++m_sinceCheckpoint; // queued counts: a checkpoint asked for now comes after it
    m_waiting.insert(item.ticket, Waiting{context, context != nullptr, std::move(written)});
    QMetaObject::invokeMethod(m_writer, [writer = m_writer, item]() { writer->append(item); });
}

void AuditLog::onWritten(const QList<quint64> &tickets, const QString &problem)
{
    if (problem.isEmpty())
        QMetaObject::invokeMethod(m_forwarder, &SyslogForwarder::trailGrew);
    const bool wasWritable = m_problem.isEmpty();
    m_problem = problem;
    if (wasWritable != problem.isEmpty())
        Q_EMIT writableChanged(problem.isEmpty(), problem);
    for (quint64 ticket : tickets) {
        const Waiting w = m_waiting.take(ticket);
        if (!w.written || (w.hasContext && !w.context))
            continue;
        w.written(problem);
    }
}

bool AuditLog::waitForWritten(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_waiting.isEmpty() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_waiting.isEmpty();
}

QList<AuditRecord> AuditLog::records(const QString &profileId, QString *error) const
{
    QList<AuditRecord> out;
    int number = 0;
    for (const QByteArray &line : readLines(filePath(profileId))) {
        ++number;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty()) {
            if (error)
                *error = QObject::tr("Line %1 of the audit trail is not valid JSON.").arg(number);
            continue;
        }
        AuditRecord r = AuditRecord::fromJson(o);
        if (r.sequence == 0)
            r.sequence = number;
        out.append(r);
    }
    return out;
}

AuditLog::Verification AuditLog::verify(const QString &profileId) const
{
    const QString path = filePath(profileId);
    const AuditTrailCheck::Result found =
        AuditTrailCheck::check(path, headPath(profileId), AuditLedger::has(m_ledgerPath, QFileInfo(path).fileName()));
    Verification v;
    v.ok = found.ok;
    v.lines = int(found.lines);
    v.firstBrokenLine = int(found.firstBrokenLine);
    v.reason = found.reason;
    v.restartReason = found.restartReason;
    v.restartedAt = found.restartedAt;
    return v;
}
