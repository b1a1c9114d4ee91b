// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;

// `kratos-desk identities summary ID|IDENTIFIER`: the window's "Copy for ticket" on stdout, by the
// same engine (IdentitySummaryAction): the read is recorded in the audit trail before the text is
// printed, and nothing is printed when it cannot be (exit 4).
class IdentitySummaryCommand
{
public:
    static int run(CliContext &cli, const QStringList &args);
};
