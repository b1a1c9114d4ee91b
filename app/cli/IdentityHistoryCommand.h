// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;

// `kratos-desk identities history ID|IDENTIFIER`: the window's History tab on stdout, by the same
// engine (IdentityHistory over SignInEvidenceLoader and AuditTrailSearch): newest first, times in
// UTC, then what the history cannot know. `--output json|jsonl` gives one object an event.
class IdentityHistoryCommand
{
public:
    static int run(CliContext &cli, const QStringList &args);
};
