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

// The admin API's /sessions routes: every session with keyset paging, one session, revoke, extend.
class SimSessionRoutes
{
public:
    SimSessionRoutes(SimStore &store, const SimOptions &options);

    SimResponse listSessions(const SimRequest &r);
    SimResponse sessionById(const SimRequest &r, const QString &id);
    SimResponse extendSession(const QString &id);

private:
    SimStore &m_store;
    const SimOptions &m_options;
};
