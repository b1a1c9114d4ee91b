// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;

// `kratos-desk invitations send|list`: invites people (InvitationJob: the identity, then Kratos's
// recovery mail or an admin link or code, which goes to stdout only) and lists who was invited
// (InvitationLedger from the audit trails, InvitationChecker for what the server says now).
class InvitationsCommand
{
public:
    static int run(CliContext &cli, const QString &verb, const QStringList &args);
    static QStringList verbs();

private:
    static int send(CliContext &cli, const QStringList &args);
    static int list(CliContext &cli, const QStringList &args);
};
