// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTime.h"

#include <QRegularExpression>

namespace CliTime {

std::optional<QDateTime> parse(const QString &text, const QDateTime &now)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})([smhdw])$"));
    const QString trimmed = text.trimmed();
    if (const QRegularExpressionMatch m = relative.match(trimmed); m.hasMatch()) {
        const qint64 amount = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == QLatin1Char('s')   ? 1
                               : unit == QLatin1Char('m') ? 60
                               : unit == QLatin1Char('h') ? 3600
                               : unit == QLatin1Char('d') ? 86400
                                                          : 7 * 86400;
        return now.addSecs(-amount * seconds);
    }
    const QDateTime absolute = QDateTime::fromString(trimmed, Qt::ISODate);
    if (absolute.isValid())
        return absolute;
    return std::nullopt;
}

QString formats()
{
    return QStringLiteral("an ISO 8601 time such as 2026-12-01 or 2026-12-01T09:00:00Z, or a span back from now "
                          "such as 30s, 10m, 2h, 7d or 2w");
}

} // namespace CliTime
