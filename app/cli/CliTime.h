// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// Times the command line takes for --since and --until: ISO 8601 ("2026-12-01",
// "2026-12-01T09:00:00Z") or a span back from now ("30s", "10m", "2h", "7d", "2w").
namespace CliTime {

std::optional<QDateTime> parse(const QString &text, const QDateTime &now);
// What --since/--until say about the format, for help and errors.
QString formats();

} // namespace CliTime
