// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;

// `kratos-desk profiles list|add|set-token`: the window's connection profiles, shared with it.
// A token is never an argument: set-token reads it from stdin, or from the terminal with echo
// off, and puts it straight into the keychain.
class ProfilesCommand
{
public:
    static int run(CliContext &cli, const QString &verb, const QStringList &args);
    static QStringList verbs() { return {QStringLiteral("list"), QStringLiteral("add"), QStringLiteral("set-token")}; }

private:
    static int list(CliContext &cli, const QStringList &args);
    static int add(CliContext &cli, const QStringList &args);
    static int setToken(CliContext &cli, const QStringList &args);
};
