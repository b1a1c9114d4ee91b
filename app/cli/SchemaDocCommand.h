// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonKeyOrder.h"

#include <QJsonObject>
#include <QString>

class QByteArray;

// `kratos-desk schema-doc FILE|URL`: prints an identity schema's Markdown documentation (the
// same SchemaTree the Schemas page shows) to standard output. A URL is fetched without any
// credentials; Kratos's `/schemas/{id}` and a schema list entry (`{id, schema}`) both work.
// Exit codes: 0 documented, 1 documented but the schema has problems, 2 nothing to document.
class SchemaDocCommand
{
public:
    static int run(const QString &source);
    // Prints the documentation of a schema already read (`kratos-desk schemas doc ID`).
    static int print(const QJsonObject &schema, const JsonKeyOrder::Map &order, const QString &schemaId);

private:
    static bool fetch(const QString &source, QByteArray *bytes, QString *schemaId, QString *error);
};
