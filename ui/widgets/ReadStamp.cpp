// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadStamp.h"

#include <QLocale>

QString ReadStamp::text(const QDateTime &readAt, const QDateTime &now)
{
    if (!readAt.isValid())
        return {};
    const QDateTime local = readAt.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return tr("read at %1").arg(QLocale().toString(local.time(), QStringLiteral("HH:mm")));
    return tr("read %1").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}
