// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthenticationMethod.h"

#include "JsonFields.h"

AuthenticationMethod AuthenticationMethod::fromJson(const QJsonObject &o)
{
    using namespace JsonFields;
    return {string(o, QLatin1String("method")), string(o, QLatin1String("aal")),
            dateTime(o, QLatin1String("completed_at")), string(o, QLatin1String("provider")),
            string(o, QLatin1String("organization"))};
}
