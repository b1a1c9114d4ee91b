// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "AuditWriter.h"
#include "SyslogForwarder.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

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
{
    m_thread.setObjectName(QStringLiteral("audit"));
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &AuditWriter::written, this, &AuditLog::onWritten, Qt::QueuedConnection);
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
    // Everything posted before this call is written before it returns.
    QMetaObject::invokeMethod(m_writer, &AuditWriter::flush, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_forwarderThread.quit();
    m_forwarderThread.wait();
}

void AuditLog::setProfile(const Scope &scope)
{
    m_scope = scope;
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

void AuditLog::write(AuditRecord record, QObject *context, Written written)
{
    record.time = QDateTime::currentDateTimeUtc();
    record.operatorName = m_operator;
    record.host = m_host;
    record.profileId = profileFileId();
    record.profileName = m_scope.profileName;
    record.authority = m_scope.authority;
    record.environment = m_scope.environment;
    if (record.phase == AuditRecord::Phase::Outcome && record.outcome != AuditRecord::Outcome::Refused)
        Q_EMIT actionRecorded(record);
    AuditWriter::Item item;
    item.ticket = m_nextTicket++;
    item.path = filePath(record.profileId);
    item.headPath = headPath(record.profileId);
    item.record = std::move(record);
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
    Verification v;
    const QList<QByteArray> lines = readLines(filePath(profileId));
    v.lines = int(lines.size());
    QByteArray expected = AuditWriter::genesisHash();
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        if (o.isEmpty() || o.value(QLatin1String("prev")).toString().toLatin1() != expected) {
            v.ok = false;
            v.firstBrokenLine = i + 1;
            v.reason = o.isEmpty()
                           ? QObject::tr("line %1 is not a valid audit record").arg(i + 1)
                           : QObject::tr("line %1 does not follow line %2: a line was changed, inserted or removed")
                                 .arg(i + 1)
                                 .arg(i);
            return v;
        }
        expected = AuditWriter::hashOf(lines.at(i));
    }
    QFile head(headPath(profileId));
    if (head.open(QIODevice::ReadOnly)) {
        const QJsonObject h = QJsonDocument::fromJson(head.readAll()).object();
        const int count = h.value(QLatin1String("lines")).toInt();
        if (count != lines.size() ||
            h.value(QLatin1String("last")).toString().toLatin1() != (lines.isEmpty() ? QByteArray() : expected)) {
            v.ok = false;
            v.firstBrokenLine = int(std::min<qsizetype>(count, lines.size())) + 1;
            v.reason = count > lines.size()
                           ? QObject::tr("the trail ends after line %1 but %2 lines were written: its end was cut off")
                                 .arg(lines.size())
                                 .arg(count)
                           : QObject::tr("the last line does not match the recorded end of the trail");
        }
    } else if (!lines.isEmpty()) {
        v.ok = false;
        v.firstBrokenLine = v.lines;
        v.reason = QObject::tr("the trail's head record is missing");
    }
    return v;
}
