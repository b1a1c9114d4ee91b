// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;

// `kratos-desk audit show|verify|export`: the audit viewer from a terminal, over the trail of
// --profile NAME (the last profile without it) or, with --admin-url, the "command-line" trail.
// Rows are actions as the viewer lists them (an intent folded into its outcome).
class AuditCommand
{
public:
    static int run(CliContext &cli, const QString &verb, const QStringList &args);
    static QStringList verbs() { return {QStringLiteral("show"), QStringLiteral("verify"), QStringLiteral("export")}; }
};
