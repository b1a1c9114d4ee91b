// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRecord.h"

#include "ApiError.h"

#include <QJsonArray>
#include <QUuid>

#include <pwd.h>
#include <unistd.h>

namespace {

QLatin1String key(const char *name)
{
    return QLatin1String(name);
}

} // namespace

QString AuditRecord::phaseName(Phase phase)
{
    return phase == Phase::Intent ? QStringLiteral("intent") : QStringLiteral("outcome");
}

QString AuditRecord::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Partial:
        return QStringLiteral("partial");
    }
    return {};
}

AuditRecord::Outcome AuditRecord::outcomeFromName(const QString &name)
{
    for (Outcome o : {Outcome::Succeeded, Outcome::Failed, Outcome::Refused, Outcome::Partial}) {
        if (outcomeName(o) == name)
            return o;
    }
    return Outcome::Pending;
}

QString AuditRecord::newActionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString AuditRecord::osAccount()
{
    // The user database, not $USER: the environment is whatever the caller set.
    const uid_t uid = ::getuid();
    long size = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    QByteArray buffer(size > 0 ? int(size) : 16384, '\0');
    passwd entry{};
    passwd *found = nullptr;
    if (::getpwuid_r(uid, &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found && found->pw_name &&
        *found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid:%1").arg(uid);
}

QString AuditRecord::targetWords() const
{
    if (targets.size() == 1) {
        const AuditTarget &t = targets.first();
        return t.label.isEmpty() ? t.id : t.label;
    }
    if (targets.isEmpty())
        return QString();
    const QString kind = targets.first().kind;
    return QStringLiteral("%1 %2s").arg(targets.size()).arg(kind.isEmpty() ? QStringLiteral("target") : kind);
}

AuditRecord AuditRecord::outcomeOf(Outcome result, const QString &words, const ApiError &error) const
{
    AuditRecord r;
    r.actionId = actionId;
    r.action = action;
    r.summary = words;
    r.targets = targets;
    r.change = change;
    r.reason = reason;
    r.phase = Phase::Outcome;
    r.outcome = result;
    r.httpStatus = error.httpStatus();
    r.errorId = error.errorId();
    return r;
}

AuditRecord::Outcome AuditRecord::outcomeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Outcome::Succeeded;
    case ApiError::Kind::ReadOnly:
    case ApiError::Kind::AuditTrail:
    case ApiError::Kind::ReasonRequired:
    case ApiError::Kind::Configuration:
        return Outcome::Refused;
    default:
        return Outcome::Failed;
    }
}

QJsonObject AuditRecord::toJson() const
{
    QJsonArray whom;
    for (const AuditTarget &t : targets)
        whom.append(QJsonObject{{key("kind"), t.kind}, {key("id"), t.id}, {key("label"), t.label}});
    QJsonObject o{{key("seq"), sequence},
                  {key("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                  {key("operator"), operatorName},
                  {key("host"), host},
                  {key("profile_id"), profileId},
                  {key("profile"), profileName},
                  {key("authority"), authority},
                  {key("environment"), environment},
                  {key("action_id"), actionId},
                  {key("action"), action},
                  {key("summary"), summary},
                  {key("phase"), phaseName(phase)},
                  {key("outcome"), outcomeName(outcome)},
                  {key("targets"), whom},
                  {key("prev"), previousHash}};
    if (!change.isEmpty())
        o.insert(key("change"), change);
    if (!reason.isEmpty())
        o.insert(key("reason"), reason);
    if (httpStatus > 0)
        o.insert(key("status"), httpStatus);
    if (!errorId.isEmpty())
        o.insert(key("error_id"), errorId);
    return o;
}

AuditRecord AuditRecord::fromJson(const QJsonObject &o)
{
    AuditRecord r;
    r.sequence = o.value(key("seq")).toInteger();
    r.time = QDateTime::fromString(o.value(key("time")).toString(), Qt::ISODateWithMs);
    r.operatorName = o.value(key("operator")).toString();
    r.host = o.value(key("host")).toString();
    r.profileId = o.value(key("profile_id")).toString();
    r.profileName = o.value(key("profile")).toString();
    r.authority = o.value(key("authority")).toString();
    r.environment = o.value(key("environment")).toString();
    r.actionId = o.value(key("action_id")).toString();
    r.action = o.value(key("action")).toString();
    r.summary = o.value(key("summary")).toString();
    r.phase = o.value(key("phase")).toString() == QLatin1String("outcome") ? Phase::Outcome : Phase::Intent;
    r.outcome = outcomeFromName(o.value(key("outcome")).toString());
    for (const QJsonValue &v : o.value(key("targets")).toArray()) {
        const QJsonObject t = v.toObject();
        r.targets.append(
            {t.value(key("kind")).toString(), t.value(key("id")).toString(), t.value(key("label")).toString()});
    }
    r.change = o.value(key("change")).toObject();
    r.reason = o.value(key("reason")).toString();
    r.httpStatus = o.value(key("status")).toInt();
    r.errorId = o.value(key("error_id")).toString();
    r.previousHash = o.value(key("prev")).toString();
    return r;
}
