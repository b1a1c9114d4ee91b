#include "JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace JsonFields {

QString string(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

qint64 integer(const QJsonObject &o, QLatin1String key, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? static_cast<qint64>(v.toDouble()) : fallback;
}

bool boolean(const QJsonObject &o, QLatin1String key, bool fallback)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? v.toBool() : fallback;
}

QStringList strings(const QJsonObject &o, QLatin1String key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(key).toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

QDateTime dateTime(const QJsonObject &o, QLatin1String key)
{
    return parseDateTime(string(o, key));
}

QDateTime parseDateTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Go writes up to nine fractional digits; Qt reads milliseconds. Trim the rest.
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    QString normalized = text;
    normalized.replace(fraction, QStringLiteral("\\1"));
    QDateTime t = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(normalized, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace JsonFields
