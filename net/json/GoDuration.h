// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Durations as Kratos reads them (Go's time.ParseDuration, whole numbers of h, m, s, ms). Kratos's
// v26.2.0 API document accepts one unit only in `expires_in` (`^[0-9]+(ns|us|ms|s|m|h)$`), so a
// user's "1h30m" is sent as "90m".
namespace GoDuration {

// Milliseconds, or nothing for text that is not a sequence of <digits><unit>, or past Go's limit.
std::optional<qint64> milliseconds(const QString &text);
// The same duration in the largest unit that expresses it exactly ("90m", "2h", "1500ms").
QString inOneUnit(qint64 milliseconds);
// `text` in one unit; text that does not parse is returned as it is, for the server to judge.
QString normalized(const QString &text);

} // namespace GoDuration
