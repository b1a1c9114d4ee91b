// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryAddress.h"

#include "JsonFields.h"

RecoveryAddress RecoveryAddress::fromJson(const QJsonObject &o)
{
    using namespace JsonFields;
    RecoveryAddress a;
    a.id = string(o, QLatin1String("id"));
    a.value = string(o, QLatin1String("value"));
    a.via = string(o, QLatin1String("via"));
    a.breakGlassForOrganization = string(o, QLatin1String("break_glass_for_organization"));
    a.createdAt = dateTime(o, QLatin1String("created_at"));
    a.updatedAt = dateTime(o, QLatin1String("updated_at"));
    return a;
}
