// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionDevice.h"

#include "JsonFields.h"

SessionDevice SessionDevice::fromJson(const QJsonObject &o)
{
    using namespace JsonFields;
    return {string(o, QLatin1String("id")), string(o, QLatin1String("ip_address")),
            string(o, QLatin1String("user_agent")), string(o, QLatin1String("location"))};
}
