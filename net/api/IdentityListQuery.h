// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// Parameters of GET /admin/identities. Kratos accepts at most one of the four filters (ids,
// credentials identifier, identifier prefix, organisation); KratosClient refuses a query with
// more before sending it.
struct IdentityListQuery
{
    int pageSize = 250;
    QString pageToken;
    QStringList ids;
    QString credentialsIdentifier;
    QString identifierPrefix; // preview_credentials_identifier_similar
    QString organizationId;
    QStringList includeCredentials;
    QString consistency;           // "strong", "eventual" or empty for the project default
    std::optional<int> legacyPage; // deprecated page/per_page paging, for servers that need it

    int filterCount() const
    {
        return int(!ids.isEmpty()) + int(!credentialsIdentifier.isEmpty()) + int(!identifierPrefix.isEmpty()) +
               int(!organizationId.isEmpty());
    }
    // The URL query parameters, in the order sent, for a page of `size`.
    QList<QPair<QString, QString>> parameters(int size) const;
};
