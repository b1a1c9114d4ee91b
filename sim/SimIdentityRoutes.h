// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimRequest.h"
#include "SimResponse.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

class QJsonObject;
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
    SimStore &m_store;
    const QUrl &m_adminBase; // SimApi's, set once the server listens
};
