// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimRequest.h"
#include "SimResponse.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QJsonObject;
class SimIdentity;
class SimStore;
struct SimOptions;

// The admin API's /identities routes: list (keyset and legacy paging, one filter at a time), get,
// update, patch, delete, create, batch, an identity's sessions and its credentials.
class SimIdentityRoutes
{
public:
    SimIdentityRoutes(SimStore &store, const QUrl &adminBase);

    SimResponse listIdentities(const SimRequest &r);
    SimResponse identityById(const SimRequest &r, const QString &id);
    SimResponse createIdentity(const SimRequest &r);
    SimResponse batchIdentities(const SimRequest &r);
    SimResponse identitySessions(const SimRequest &r, const QString &id);
    SimResponse deleteIdentitySessions(const QString &id);
    SimResponse deleteCredential(const SimRequest &r, const QString &id, const QString &type);

private:
    // GET /admin/identities's filters, as asked.
    struct ListFilter
    {
        QStringList ids;
        QString identifier;   // credentials_identifier
        QString similar;      // preview_credentials_identifier_similar
        QString organisation; // organization_id
        QStringList include;  // include_credential
        bool withCredentials = false;
    };
    // Kratos's 400 for a filter it refuses; none when the filter is fine.
    std::optional<SimResponse> checkFilter(const ListFilter &filter) const;
    // The ids the filter lets through, in id order; `everyone` when it lets through every identity.
    QStringList candidatesFor(const ListFilter &filter, bool *everyone) const;
    SimResponse keysetPage(const SimRequest &r, const ListFilter &filter, const QStringList &candidates,
                           bool everyone) const;
    SimResponse legacyPage(const SimRequest &r, const ListFilter &filter, const QStringList &candidates,
                           bool everyone) const;
    void appendItem(QByteArray *items, qsizetype *count, const SimIdentity &identity, const ListFilter &filter) const;

    SimStore &m_store;
    const QUrl &m_adminBase; // SimApi's, set once the server listens
};
