// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourierDispatch.h"

#include "JsonFields.h"

#include <QJsonDocument>

CourierDispatch CourierDispatch::fromJson(const QJsonObject &o)
{
    using namespace JsonFields;
    CourierDispatch d;
    d.id = string(o, QLatin1String("id"));
    d.messageId = string(o, QLatin1String("message_id"));
    d.status = string(o, QLatin1String("status"));
    d.error = o.value(QLatin1String("error")).toObject();
    d.createdAt = dateTime(o, QLatin1String("created_at"));
    d.updatedAt = dateTime(o, QLatin1String("updated_at"));
    return d;
}

QString CourierDispatch::errorText() const
{
    if (error.isEmpty())
        return QString();
    const QString message = JsonFields::string(error, QLatin1String("message"));
    const QString reason = JsonFields::string(error, QLatin1String("reason"));
    const qint64 code = JsonFields::integer(error, QLatin1String("code"));
    QString text;
    if (!message.isEmpty())
        text = reason.isEmpty() || reason == message ? message
                                                     : message + QStringLiteral(" (") + reason + QLatin1Char(')');
    else if (!reason.isEmpty())
        text = reason;
    else
        return QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact));
    return code ? text + QStringLiteral(" [code %1]").arg(code) : text;
}
