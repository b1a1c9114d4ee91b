// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdentityListQuery.h"

#include <QString>
#include <QStringList>

#include <optional>

// How a search for identities is put to Kratos: one filter at a time, as the admin API takes
// them. The Identities page's "Search by" and `kratos-desk identities find --by` share it.
class IdentitySearch
{
public:
    enum class Mode
    {
        Identifier,       // credentials_identifier: the exact login identifier
        IdentifierPrefix, // preview_credentials_identifier_similar
        Ids,              // ids: one or more identity ids
        ExternalId,       // GET /admin/identities/by/external/{id}: not a list query
        Organisation      // organization_id
    };

    // The list query for `text` in `mode`; ExternalId gives no filter (it is looked up one at a time).
    static IdentityListQuery query(Mode mode, const QString &text);
    // Identity ids separated by white space, commas or semicolons.
    static QStringList splitIds(const QString &text);
    // True for text shaped like a UUID, as every Kratos identity id is.
    static bool isUuid(const QString &text);
    // The command line's names: "identifier", "prefix", "id", "external-id", "organisation".
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);
    static QStringList modeNames();
};
