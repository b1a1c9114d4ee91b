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

// The public API's /schemas routes: the list with offset paging (each schema as its text, keys in
// their order) and one schema by id, also base64url-encoded.
class SimSchemaRoutes
{
public:
    SimSchemaRoutes(SimStore &store);

    SimResponse listSchemas(const SimRequest &r);
    SimResponse schemaById(const QString &id);

private:
    SimStore &m_store;
};
