// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionListQuery.h"

QList<QPair<QString, QString>> SessionListQuery::parameters(int size) const
{
    QList<QPair<QString, QString>> query{qMakePair(QStringLiteral("page_size"), QString::number(size))};
    if (!pageToken.isEmpty())
        query << qMakePair(QStringLiteral("page_token"), pageToken);
    if (active)
        query << qMakePair(QStringLiteral("active"), *active ? QStringLiteral("true") : QStringLiteral("false"));
    if (expandIdentity)
        query << qMakePair(QStringLiteral("expand"), QStringLiteral("identity"));
    if (expandDevices)
        query << qMakePair(QStringLiteral("expand"), QStringLiteral("devices"));
    return query;
}
