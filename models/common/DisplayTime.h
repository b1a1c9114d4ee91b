// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// A point in time as lists and panes show it: local time in ISO order, "2026-12-06 14:02", the
// same in every language and never an ambiguous short date ("12/6/26"). Empty when invalid.
namespace DisplayTime {

QString cell(const QDateTime &t);

} // namespace DisplayTime
