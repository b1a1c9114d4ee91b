// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerVersion.h"

#include "JsonFields.h"

std::optional<ServerVersion> ServerVersion::fromJson(const QJsonObject &o)
{
    ServerVersion v{JsonFields::string(o, QLatin1String("version"))};
    if (v.version.isEmpty())
        return std::nullopt;
    return v;
}
