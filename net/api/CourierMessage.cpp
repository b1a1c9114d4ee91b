// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourierMessage.h"

#include "JsonFields.h"

#include <QJsonArray>

std::optional<CourierMessage> CourierMessage::fromJson(const QJsonObject &o, bool withBody)
{
    using namespace JsonFields;
    CourierMessage m;
    m.id = string(o, QLatin1String("id"));
    if (m.id.isEmpty())
        return std::nullopt;
    m.status = string(o, QLatin1String("status"));
    m.typeText = string(o, QLatin1String("type"));
    // The spec says "phone", the server writes "sms": both are text messages.
    if (m.typeText == QLatin1String("email"))
        m.channel = Channel::Email;
    else if (m.typeText == QLatin1String("sms") || m.typeText == QLatin1String("phone"))
        m.channel = Channel::Sms;
    m.channelId = string(o, QLatin1String("channel"));
    m.recipient = string(o, QLatin1String("recipient"));
    m.subject = string(o, QLatin1String("subject"));
    m.templateType = string(o, QLatin1String("template_type"));
    m.sendCount = smallInteger(o, QLatin1String("send_count"));
    m.createdAt = dateTime(o, QLatin1String("created_at"));
    m.updatedAt = dateTime(o, QLatin1String("updated_at"));
    for (const QJsonValue &v : o.value(QLatin1String("dispatches")).toArray()) {
        if (v.isObject())
            m.dispatches.append(CourierDispatch::fromJson(v.toObject()));
    }
    if (withBody) {
        m.bodyIncluded = o.value(QLatin1String("body")).isString();
        m.body = string(o, QLatin1String("body"));
    }
    m.json = o;
    m.json.remove(QLatin1String("body")); // the body lives in `body` alone, where it is wiped
    return m;
}
