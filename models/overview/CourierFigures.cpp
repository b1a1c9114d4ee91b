// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourierFigures.h"

#include <QLocale>

QString CourierFigures::countText(const Count &count)
{
    if (!count.known)
        return QStringLiteral("—");
    return count.capped ? QLocale().toString(Cap) + QLatin1Char('+') : QLocale().toString(count.count);
}
