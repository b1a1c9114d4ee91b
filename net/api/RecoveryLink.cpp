// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryLink.h"

#include "JsonFields.h"

std::optional<RecoveryLink> RecoveryLink::fromJson(const QJsonObject &o)
{
    RecoveryLink r{JsonFields::string(o, QLatin1String("recovery_link")),
                   JsonFields::dateTime(o, QLatin1String("expires_at"))};
    if (r.link.isEmpty())
        return std::nullopt;
    return r;
}
