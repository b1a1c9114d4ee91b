// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

// What Kratos refuses when it loads an identity schema and valijson would recurse on without end:
// a `$ref` that leaves the document, points nowhere, or a loop of `$ref`/`allOf`/`anyOf`/`oneOf`/
// `not`/`if`/`then`/`else` that comes back to a schema without descending into the value.
class SimRefGuard
{
public:
    // Empty when the schema is safe to compile.
    static QString problem(const QJsonValue &schema);
};
