// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;
struct CourierMessage;

// `kratos-desk courier list|get`: the Courier page from a terminal. Lists never carry a body;
// `get --reveal` asks first (unless --yes; a production profile needs --confirm reveal), reads
// the body through CourierActions (audited, the body never recorded) and wipes it once printed.
class CourierCommand
{
public:
    static int run(CliContext &cli, const QString &verb, const QStringList &args);
    static QStringList verbs();
    static QStringList columns();
    static QStringList cells(const CourierMessage &message);

private:
    static int list(CliContext &cli, const QStringList &args);
    static int get(CliContext &cli, const QStringList &args);
};
