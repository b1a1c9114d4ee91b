// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayTime.h"

namespace DisplayTime {

QString cell(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace DisplayTime
