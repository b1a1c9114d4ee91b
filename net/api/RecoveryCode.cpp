// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryCode.h"

#include "JsonFields.h"

std::optional<RecoveryCode> RecoveryCode::fromJson(const QJsonObject &o)
{
    RecoveryCode r{JsonFields::string(o, QLatin1String("recovery_link")),
                   JsonFields::string(o, QLatin1String("recovery_code")),
                   JsonFields::dateTime(o, QLatin1String("expires_at"))};
    if (r.code.isEmpty())
        return std::nullopt;
    return r;
}
