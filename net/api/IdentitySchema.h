// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonKeyOrder.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// An identity schema container from GET /schemas: its id and the raw JSON Schema document, with
// the order of its keys as the server wrote them.
struct IdentitySchema
{
    QString id;
    QJsonObject schema;
    JsonKeyOrder::Map keyOrder; // the order the schema writes its keys in (pointers into `schema`)

    static std::optional<IdentitySchema> fromJson(const QJsonObject &o);
};
