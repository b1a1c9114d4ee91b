// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimCourierRoutes.h"
#include "SimFlows.h"
#include "SimIdentityRoutes.h"
#include "SimOptions.h"
#include "SimRecoveryRoutes.h"
#include "SimRequest.h"
#include "SimResponse.h"
#include "SimSchemaRoutes.h"
#include "SimSessionRoutes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class SimStore;

// Kratos's admin and public routes with Kratos's behaviour, over a SimStore: this class routes a
// request (prefixes, the admin token, the public port's redirects, health and version) to the
// routes of each resource, which answer it.
class SimApi
{
public:
    SimApi(SimStore &store, const SimOptions &options);

    void setBaseUrls(const QUrl &admin, const QUrl &publicUrl);
    SimResponse handle(const SimRequest &request);
    QByteArray courierSecret() const { return m_courierSecret; }
    SimFlows &flows() { return m_flows; }

private:
    SimResponse routeAdmin(const SimRequest &r, const QStringList &parts);
    SimResponse routePublic(const SimRequest &r, const QStringList &parts);
    // /health/alive, /health/ready and /version; nothing for other paths.
    std::optional<SimResponse> routeHealth(const SimRequest &r, const QStringList &parts);
    SimResponse routeIdentities(const SimRequest &r, const QStringList &parts);
    SimResponse routeSessions(const SimRequest &r, const QStringList &parts);
    SimResponse ready();
    SimResponse redirectToPublic(const SimRequest &r);

    SimStore &m_store;
    const SimOptions &m_options;
    QUrl m_adminBase;
    QUrl m_publicBase;
    QByteArray m_courierSecret;
    SimFlows m_flows;
    SimIdentityRoutes m_identities;
    SimSessionRoutes m_sessions;
    SimCourierRoutes m_courier;
    SimSchemaRoutes m_schemas;
    SimRecoveryRoutes m_recovery;
};
