// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;

// `kratos-desk recovery link|code IDENTITY`: an admin recovery link, or a code with its link,
// through IdentityActions (audited; the link and code themselves are never recorded). The
// secret goes to stdout only.
class RecoveryCommand
{
public:
    static int run(CliContext &cli, const QString &verb, const QStringList &args);
    static QStringList verbs();
};
