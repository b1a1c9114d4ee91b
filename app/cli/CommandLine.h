// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// `kratos-desk GROUP VERB …`: the subcommands, run without a window, display or widget
// application. Knows the command table that the help, the shell completion and the manual
// page list, and hands each group to its command class.
class CommandLine
{
public:
    struct Group
    {
        QString name;      // "identities"
        QStringList verbs; // "find", "get", …
        QString summary;
    };
    static const QList<Group> &groups();
    // True when `first` (argv[1]) names a subcommand: the process then opens no window.
    static bool handles(const QString &first);
    // Runs `arguments` (argv without the program); `environmentToken` is KRATOS_ADMIN_TOKEN.
    static int run(const QStringList &arguments, QString environmentToken);
    // What `kratos-desk --help` adds after the window's options: the commands and exit codes.
    static QString commandsHelp();
    // `kratos-desk completion bash|zsh`: a completion script for the shell.
    static QString completion(const QString &shell);
};
