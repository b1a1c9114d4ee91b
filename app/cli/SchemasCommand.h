// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;

// `kratos-desk schemas list|doc`: the connection's identity schemas with the login identifier
// traits each one marks, and a schema's Markdown documentation (by id from the connection, or
// from a file or URL without one, as `schema-doc` does).
class SchemasCommand
{
public:
    static int run(CliContext &cli, const QString &verb, const QStringList &args);
    static QStringList verbs() { return {QStringLiteral("list"), QStringLiteral("doc")}; }
};
