// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;

// `kratos-desk sessions list|revoke|revoke-all`: the Sessions page and the identity's sessions
// from a terminal, through SessionActions, IdentityActions and BulkOperation.
class SessionsCommand
{
public:
    static int run(CliContext &cli, const QString &verb, const QStringList &args);
    static QStringList verbs();

private:
    static int list(CliContext &cli, const QStringList &args);
    static int revoke(CliContext &cli, const QStringList &args);
    static int revokeAll(CliContext &cli, const QStringList &args);
};
