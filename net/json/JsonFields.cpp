// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace JsonFields {

QString string(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

qint64 integer(const QJsonObject &o, QLatin1String key, qint64 fallback)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return fallback;
    // JSON numbers arrive as doubles; one outside qint64's range (1e300) or not finite has no
    // integer value, and converting it would be undefined behaviour.
    const double d = v.toDouble();
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (!std::isfinite(d) || d >= limit || d < -limit)
        return fallback;
    return static_cast<qint64>(d);
}

int smallInteger(const QJsonObject &o, QLatin1String key, int fallback)
{
    const qint64 v = integer(o, key, fallback);
    return v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max() ? static_cast<int>(v)
                                                                                        : fallback;
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
