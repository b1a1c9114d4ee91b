// SPDX-License-Identifier: GPL-3.0-or-later
#include "VerifiableAddress.h"

#include "JsonFields.h"

VerifiableAddress VerifiableAddress::fromJson(const QJsonObject &o)
{
    using namespace JsonFields;
    VerifiableAddress a;
    a.id = string(o, QLatin1String("id"));
    a.value = string(o, QLatin1String("value"));
    a.via = string(o, QLatin1String("via"));
    a.status = string(o, QLatin1String("status"));
    a.verified = boolean(o, QLatin1String("verified"));
    a.verifiedAt = dateTime(o, QLatin1String("verified_at"));
    a.createdAt = dateTime(o, QLatin1String("created_at"));
    a.updatedAt = dateTime(o, QLatin1String("updated_at"));
    return a;
}
