// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoDuration.h"

#include <QRegularExpression>

namespace GoDuration {

std::optional<qint64> milliseconds(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d{1,15})(ms|h|m|s)"));
    // Go's time.Duration is int64 nanoseconds: about 292 years.
    constexpr qint64 maxMs = 9223372036854LL;
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype pos = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != pos)
            return std::nullopt;
        pos = m.capturedEnd();
        const qint64 value = m.captured(1).toLongLong();
        const QString unit = m.captured(2);
        const qint64 factor = unit == QLatin1String("h")   ? 3600000
                              : unit == QLatin1String("m") ? 60000
                              : unit == QLatin1String("s") ? 1000
                                                           : 1;
        if (value > (maxMs - total) / factor)
            return std::nullopt;
        total += value * factor;
    }
    if (pos != text.size())
        return std::nullopt;
    return total;
}

QString inOneUnit(qint64 ms)
{
    if (ms > 0 && ms % 3600000 == 0)
        return QString::number(ms / 3600000) + QLatin1Char('h');
    if (ms > 0 && ms % 60000 == 0)
        return QString::number(ms / 60000) + QLatin1Char('m');
    if (ms > 0 && ms % 1000 == 0)
        return QString::number(ms / 1000) + QLatin1Char('s');
    return QString::number(ms) + QStringLiteral("ms");
}

QString normalized(const QString &text)
{
    const std::optional<qint64> ms = milliseconds(text);
    return ms ? inOneUnit(*ms) : text;
}

} // namespace GoDuration
