// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProfile.h"

#include "ChangeReason.h"

#include <QHostAddress>
#include <QUuid>

ConnectionProfile ConnectionProfile::create(const QString &name)
{
    ConnectionProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = name;
    return p;
}

QString ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return QObject::tr("The profile needs a name.");
    if (demo)
        return QString();
    if (!adminUrl.isValid() || adminUrl.host().isEmpty())
        return QObject::tr("The admin URL must be a full URL such as http://127.0.0.1:4434 or "
                           "https://<slug>.projects.oryapis.com.");
    if (adminUrl.scheme() != QLatin1String("http") && adminUrl.scheme() != QLatin1String("https"))
        return QObject::tr("The admin URL must start with http:// or https://.");
    if (!publicUrl.isEmpty() &&
        (!publicUrl.isValid() || publicUrl.host().isEmpty() ||
         (publicUrl.scheme() != QLatin1String("http") && publicUrl.scheme() != QLatin1String("https"))))
        return QObject::tr("The public URL must be empty or a full http:// or https:// URL.");
    if (timeoutSeconds < 1 || timeoutSeconds > 600)
        return QObject::tr("The request timeout must be between 1 and 600 seconds.");
    const QString ticketProblem = ChangeReason::validateTemplate(ticketUrl);
    if (!ticketProblem.isEmpty())
        return ticketProblem;
    return syslog.validate();
}

bool ConnectionProfile::exposesTokenInTransit() const
{
    if (adminUrl.scheme() != QLatin1String("http"))
        return false;
    const QString host = adminUrl.host();
    if (host == QLatin1String("localhost"))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

AuditLog::Scope ConnectionProfile::auditScope() const
{
    AuditLog::Scope scope;
    scope.profileId = id;
    scope.profileName = name;
    scope.authority = adminUrl.authority();
    scope.environment = environmentName(environment);
    scope.syslog = syslog;
    scope.requireReason = requireReason;
    scope.ticketUrl = ticketUrl;
    return scope;
}

QColor ConnectionProfile::color() const
{
    switch (environment) {
    case Environment::Production:
        return QColor(0xc6, 0x28, 0x28);
    case Environment::Staging:
        return QColor(0xef, 0x8f, 0x00);
    case Environment::Development:
        return QColor(0x2e, 0x7d, 0x32);
    case Environment::Custom:
        return customColor.isValid() ? customColor : QColor(0x45, 0x5a, 0x64);
    }
    return {};
}

QString ConnectionProfile::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Development:
        return QStringLiteral("development");
    case Environment::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<ConnectionProfile::Environment> ConnectionProfile::environmentFromName(const QString &name)
{
    for (Environment e :
         {Environment::Production, Environment::Staging, Environment::Development, Environment::Custom}) {
        if (environmentName(e) == name)
            return e;
    }
    return std::nullopt;
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("admin_url"), adminUrl.toString()},
                  {QStringLiteral("environment"), environmentName(environment)},
                  {QStringLiteral("read_only"), readOnly},
                  {QStringLiteral("timeout_seconds"), timeoutSeconds}};
    if (!publicUrl.isEmpty())
        o.insert(QStringLiteral("public_url"), publicUrl.toString());
    if (customColor.isValid())
        o.insert(QStringLiteral("color"), customColor.name());
    if (!caFile.isEmpty())
        o.insert(QStringLiteral("ca_file"), caFile);
    if (demo)
        o.insert(QStringLiteral("demo"), true);
    if (syslog.enabled())
        o.insert(QStringLiteral("syslog"), syslog.toJson());
    o.insert(QStringLiteral("require_reason"), requireReason);
    if (!ticketUrl.isEmpty())
        o.insert(QStringLiteral("ticket_url"), ticketUrl);
    return o;
}

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &o, QString *error)
{
    ConnectionProfile p;
    p.id = o.value(QLatin1String("id")).toString();
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = o.value(QLatin1String("name")).toString();
    p.adminUrl = QUrl(o.value(QLatin1String("admin_url")).toString(), QUrl::StrictMode);
    p.publicUrl = QUrl(o.value(QLatin1String("public_url")).toString(), QUrl::StrictMode);
    const auto env = environmentFromName(o.value(QLatin1String("environment")).toString(QStringLiteral("development")));
    if (!env) {
        *error = QObject::tr("unknown environment \"%1\"").arg(o.value(QLatin1String("environment")).toString());
        return std::nullopt;
    }
    p.environment = *env;
    p.customColor = QColor(o.value(QLatin1String("color")).toString());
    p.readOnly = o.value(QLatin1String("read_only")).toBool();
    p.timeoutSeconds = o.value(QLatin1String("timeout_seconds")).toInt(30);
    p.caFile = o.value(QLatin1String("ca_file")).toString();
    p.demo = o.value(QLatin1String("demo")).toBool();
    p.syslog = SyslogTarget::fromJson(o.value(QLatin1String("syslog")).toObject());
    p.requireReason = o.value(QLatin1String("require_reason")).toBool(p.isProduction());
    p.ticketUrl = o.value(QLatin1String("ticket_url")).toString().trimmed();
    const QString problem = p.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return p;
}
