// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityCredential.h"

#include "JsonFields.h"

IdentityCredential IdentityCredential::fromJson(const QString &key, const QJsonObject &o)
{
    using namespace JsonFields;
    IdentityCredential c;
    c.type = string(o, QLatin1String("type"));
    if (c.type.isEmpty())
        c.type = key;
    c.identifiers = strings(o, QLatin1String("identifiers"));
    c.version = smallInteger(o, QLatin1String("version"));
    c.createdAt = dateTime(o, QLatin1String("created_at"));
    c.updatedAt = dateTime(o, QLatin1String("updated_at"));
    c.hasConfig = o.value(QLatin1String("config")).isObject();
    c.config = o.value(QLatin1String("config")).toObject();
    return c;
}
