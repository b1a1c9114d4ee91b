// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class CliContext;

// `kratos-desk audit import FILE…`: other operators' trail files verified and kept on this machine
// (AuditTrailImport), so that identity histories show what was done from their desks. One line a
// file: imported, already there, or not imported and why. Exit 0 when every file is in, 1 when one
// was refused (a trail that does not verify), 2 without a file.
class AuditImportCommand
{
public:
    static int run(CliContext &cli, const QStringList &args);
};
