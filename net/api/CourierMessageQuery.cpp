// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourierMessageQuery.h"

QList<QPair<QString, QString>> CourierMessageQuery::parameters(int size) const
{
    QList<QPair<QString, QString>> query{qMakePair(QStringLiteral("page_size"), QString::number(size))};
    if (!pageToken.isEmpty())
        query << qMakePair(QStringLiteral("page_token"), pageToken);
    if (!status.isEmpty())
        query << qMakePair(QStringLiteral("status"), status);
    if (!recipient.isEmpty())
        query << qMakePair(QStringLiteral("recipient"), recipient);
    return query;
}
