// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Tolerant readers for Kratos JSON: a missing field or one of the wrong type gives the default,
// never an exception or an assertion. Unknown fields are simply not read.
namespace JsonFields {

QString string(const QJsonObject &o, QLatin1String key);
// A number outside qint64's range (or not finite) gives the fallback too.
qint64 integer(const QJsonObject &o, QLatin1String key, qint64 fallback = 0);
// The same for counts, versions and codes: the fallback when the number does not fit an int.
int smallInteger(const QJsonObject &o, QLatin1String key, int fallback = 0);
bool boolean(const QJsonObject &o, QLatin1String key, bool fallback = false);
QStringList strings(const QJsonObject &o, QLatin1String key);
// RFC 3339 with any number of fractional digits and any offset; invalid when absent or unparsable.
QDateTime dateTime(const QJsonObject &o, QLatin1String key);
QDateTime parseDateTime(const QString &text);

} // namespace JsonFields
