// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "SyslogTarget.h"

#include <QColor>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// One Kratos deployment the operator works with. Everything here is safe to store in settings
// and to export: the token lives in the keychain, keyed by `id`, never in this struct.
struct ConnectionProfile
{
    enum class Environment
    {
        Production,
        Staging,
        Development,
        Custom
    };

    QString id;
    QString name;
    QUrl adminUrl;
    QUrl publicUrl;
    Environment environment = Environment::Development;
    QColor customColor;
    bool readOnly = false;
    int timeoutSeconds = 30;
    QString caFile;
    bool demo = false;   // the built-in simulator: its admin URL is assigned when it starts
    SyslogTarget syslog; // where the audit trail is also sent; off by default
    // Every change asks for a reason or ticket reference, and is refused without one. Stored
    // profiles without the setting take it from the environment: on for production.
    bool requireReason = false;
    QString ticketUrl; // "https://helpdesk.example.com/browse/{ticket}": ticket references become links

    static ConnectionProfile create(const QString &name);
    // Empty when the profile can be used; otherwise what is wrong, in words.
    QString validate() const;
    // True when a token would travel unencrypted to a host other than this machine.
    bool exposesTokenInTransit() const;
    QColor color() const;
    bool isProduction() const { return environment == Environment::Production; }
    // What the audit trail records of this profile and the rules it holds changes to.
    AuditLog::Scope auditScope() const;

    static QString environmentName(Environment environment);
    static std::optional<Environment> environmentFromName(const QString &name);

    QJsonObject toJson() const;
    static std::optional<ConnectionProfile> fromJson(const QJsonObject &o, QString *error);
};
