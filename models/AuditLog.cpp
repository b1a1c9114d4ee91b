#include "AuditLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QByteArray kGenesis(64, '0');

QByteArray sha256Hex(const QByteArray &line)
{
    return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
}

QString outcomeName(AuditEvent::Outcome outcome)
{
    switch (outcome) {
    case AuditEvent::Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case AuditEvent::Outcome::Failed:
        return QStringLiteral("failed");
    case AuditEvent::Outcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QList<QByteArray> readLines(const QString &path, bool *exists)
{
    QFile f(path);
    *exists = f.open(QIODevice::ReadOnly);
    QList<QByteArray> lines;
    if (!*exists)
        return lines;
    for (QByteArray line : f.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace

AuditLog::AuditLog(const QString &directory)
    : m_directory(directory)
{}

QString AuditLog::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void AuditLog::setProfile(const QString &profileId, const QString &profileName)
{
    m_profileId = profileId;
    m_profileName = profileName;
}

QString AuditLog::filePath(const QString &profileId) const
{
    return QDir(m_directory).filePath(profileId + QStringLiteral(".jsonl"));
}

QString AuditLog::headPath(const QString &profileId) const
{
    return QDir(m_directory).filePath(profileId + QStringLiteral(".head"));
}

void AuditLog::record(const AuditEvent &event)
{
    const QString profile = m_profileId.isEmpty() ? QStringLiteral("no-profile") : m_profileId;
    QDir().mkpath(m_directory);
    if (m_cachedProfile != profile) {
        bool exists = false;
        const QList<QByteArray> lines = readLines(filePath(profile), &exists);
        m_lastHash = lines.isEmpty() ? kGenesis : sha256Hex(lines.last());
        m_lineCount = int(lines.size());
        m_cachedProfile = profile;
    }
    const QByteArray previous = m_lastHash;

    QJsonObject o{{QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("user"), osUser()},
                  {QStringLiteral("profile_id"), profile},
                  {QStringLiteral("profile"), m_profileName},
                  {QStringLiteral("action"), event.action},
                  {QStringLiteral("targets"), QJsonArray::fromStringList(event.targets)},
                  {QStringLiteral("outcome"), outcomeName(event.outcome)},
                  {QStringLiteral("prev"), QString::fromLatin1(previous)}};
    if (event.httpStatus > 0)
        o.insert(QStringLiteral("status"), event.httpStatus);
    if (!event.errorId.isEmpty())
        o.insert(QStringLiteral("error_id"), event.errorId);
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);

    QFile f(filePath(profile));
    m_lastWriteOk =
        f.open(QIODevice::WriteOnly | QIODevice::Append) && f.write(line + '\n') == line.size() + 1 && f.flush();
    f.close();
    if (!m_lastWriteOk) {
        m_cachedProfile.clear();
        return;
    }
    m_lastHash = sha256Hex(line);
    ++m_lineCount;
    QSaveFile head(headPath(profile));
    if (head.open(QIODevice::WriteOnly)) {
        head.write(QJsonDocument(QJsonObject{{QStringLiteral("lines"), m_lineCount},
                                             {QStringLiteral("last"), QString::fromLatin1(sha256Hex(line))}})
                       .toJson(QJsonDocument::Compact));
        m_lastWriteOk = head.commit();
    }
}

QList<AuditLog::Entry> AuditLog::entries(const QString &profileId, QString *error) const
{
    bool exists = false;
    const QList<QByteArray> lines = readLines(filePath(profileId), &exists);
    QList<Entry> out;
    int number = 0;
    for (const QByteArray &line : lines) {
        ++number;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty()) {
            if (error)
                *error = QObject::tr("Line %1 of the audit log is not valid JSON.").arg(number);
            continue;
        }
        Entry e;
        e.line = number;
        e.time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        e.user = o.value(QLatin1String("user")).toString();
        e.profileId = o.value(QLatin1String("profile_id")).toString();
        e.profileName = o.value(QLatin1String("profile")).toString();
        e.action = o.value(QLatin1String("action")).toString();
        for (const QJsonValue &t : o.value(QLatin1String("targets")).toArray())
            e.targets.append(t.toString());
        e.outcome = o.value(QLatin1String("outcome")).toString();
        e.httpStatus = o.value(QLatin1String("status")).toInt();
        e.errorId = o.value(QLatin1String("error_id")).toString();
        out.append(e);
    }
    return out;
}

AuditLog::Verification AuditLog::verify(const QString &profileId) const
{
    Verification v;
    bool exists = false;
    const QList<QByteArray> lines = readLines(filePath(profileId), &exists);
    v.lines = int(lines.size());
    QByteArray expected = kGenesis;
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
        expected = sha256Hex(lines.at(i));
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
                           ? QObject::tr("the log ends after line %1 but %2 lines were written: its end was cut off")
                                 .arg(lines.size())
                                 .arg(count)
                           : QObject::tr("the last line does not match the recorded end of the log");
        }
    } else if (!lines.isEmpty()) {
        v.ok = false;
        v.firstBrokenLine = v.lines;
        v.reason = QObject::tr("the log's head record is missing");
    }
    return v;
}
