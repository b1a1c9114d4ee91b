// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;

// `kratos-desk verification send ADDRESS`: the support toolkit's "Send verification" through
// Kratos's public verification flow (SupportActions), for the identity whose login identifier
// is ADDRESS; says which courier message it queued.
class VerificationCommand
{
public:
    static int run(CliContext &cli, const QString &verb, const QStringList &args);
    static QStringList verbs() { return {QStringLiteral("send")}; }
};
