// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "JsonFields.h"

#include <QJsonArray>

std::optional<Session> Session::fromJson(const QJsonObject &o)
{
    using namespace JsonFields;
    Session s;
    s.id = string(o, QLatin1String("id"));
    if (s.id.isEmpty())
        return std::nullopt;
    s.json = o;
    s.active = boolean(o, QLatin1String("active"));
    s.expiresAt = dateTime(o, QLatin1String("expires_at"));
    s.authenticatedAt = dateTime(o, QLatin1String("authenticated_at"));
    s.issuedAt = dateTime(o, QLatin1String("issued_at"));
    s.aal = string(o, QLatin1String("authenticator_assurance_level"));
    for (const QJsonValue &v : o.value(QLatin1String("authentication_methods")).toArray()) {
        if (v.isObject())
            s.authenticationMethods.append(AuthenticationMethod::fromJson(v.toObject()));
    }
    if (o.value(QLatin1String("identity")).isObject())
        s.identity = Identity::fromJson(o.value(QLatin1String("identity")).toObject());
    s.devicesIncluded = o.value(QLatin1String("devices")).isArray();
    for (const QJsonValue &v : o.value(QLatin1String("devices")).toArray()) {
        if (v.isObject())
            s.devices.append(SessionDevice::fromJson(v.toObject()));
    }
    return s;
}
