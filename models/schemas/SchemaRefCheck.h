// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

// Finds, before valijson sees a schema, what would make it recurse without end or reach outside
// the document: a `$ref` to another document or to a plain-name anchor (never fetched), a `$ref`
// that points nowhere, and a cycle of `$ref`, `allOf`, `anyOf`, `oneOf`, `not`, `if`/`then`/`else`
// or schema `dependencies` that comes back to a schema without descending into the value
// (`a → b → a`, a `$ref` to its own target, `{"anyOf":[{"$ref":"#"}]}`). Recursion through
// `properties`, `items` and the like is fine: each step goes one level into the value.
class SchemaRefCheck
{
public:
    // An empty string when valijson can be given the schema; otherwise what is wrong, in words,
    // with the JSON Pointers involved.
    static QString problem(const QJsonValue &schema);
};
