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

// The admin API's /recovery/link and /recovery/code: links to the public URL, codes of six digits.
class SimRecoveryRoutes
{
public:
    SimRecoveryRoutes(SimStore &store, const QUrl &publicBase);

    SimResponse recoveryLink(const SimRequest &r);
    SimResponse recoveryCode(const SimRequest &r);

private:
    SimStore &m_store;
    const QUrl &m_publicBase; // SimApi's, set once the server listens
};
