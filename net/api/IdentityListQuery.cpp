// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityListQuery.h"

QList<QPair<QString, QString>> IdentityListQuery::parameters(int size) const
{
    QList<QPair<QString, QString>> query;
    if (legacyPage) {
        query << qMakePair(QStringLiteral("page"), QString::number(*legacyPage))
              << qMakePair(QStringLiteral("per_page"), QString::number(size));
    } else {
        query << qMakePair(QStringLiteral("page_size"), QString::number(size));
        if (!pageToken.isEmpty())
            query << qMakePair(QStringLiteral("page_token"), pageToken);
    }
    for (const QString &id : ids)
        query << qMakePair(QStringLiteral("ids"), id);
    if (!credentialsIdentifier.isEmpty())
        query << qMakePair(QStringLiteral("credentials_identifier"), credentialsIdentifier);
    if (!identifierPrefix.isEmpty())
        query << qMakePair(QStringLiteral("preview_credentials_identifier_similar"), identifierPrefix);
    if (!organizationId.isEmpty())
        query << qMakePair(QStringLiteral("organization_id"), organizationId);
    for (const QString &type : includeCredentials)
        query << qMakePair(QStringLiteral("include_credential"), type);
    if (!consistency.isEmpty())
        query << qMakePair(QStringLiteral("consistency"), consistency);
    return query;
}
