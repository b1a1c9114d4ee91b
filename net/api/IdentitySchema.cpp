// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitySchema.h"

#include "JsonFields.h"

std::optional<IdentitySchema> IdentitySchema::fromJson(const QJsonObject &o)
{
    IdentitySchema s;
    s.id = JsonFields::string(o, QLatin1String("id"));
    if (s.id.isEmpty() || !o.value(QLatin1String("schema")).isObject())
        return std::nullopt;
    s.schema = o.value(QLatin1String("schema")).toObject();
    return s;
}
