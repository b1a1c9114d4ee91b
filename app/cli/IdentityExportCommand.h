// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ExportJob.h"

#include <QString>
#include <QStringList>

class CliContext;
class QFile;

// `kratos-desk identities export`: every identity, read page by page and written as it comes
// (memory stays small whatever the count), through the window's ExportJob and audited alike.
// Identities that cannot be read are named and left out; a page that is not a list, or paging
// that loops, stops the export with what was written kept as a partial result.
class IdentityExportCommand
{
public:
    static int run(CliContext &cli, const QStringList &args);

private:
    struct Options
    {
        ExportJob::Spec spec;
        QString state;  // only identities in this state; empty: all
        QString schema; // only identities of this schema; empty: all
        bool toFile = false;
    };
    // What the page loop found: the first thing that stopped it, and how far it got.
    struct Progress
    {
        QString error;
        ApiError failure;
        qint64 seen = 0;
        qsizetype unreadable = 0;
    };

    // The options, or an exit code (>= 0) when the command is done already.
    static int parse(CliContext &cli, const QStringList &args, Options *options);
    static ExportJob::Format formatFor(const CliContext &cli);
    // Reads every page and hands the identities `options` keeps to `job`.
    static Progress streamPages(CliContext &cli, ExportJob &job, const Options &options);
    // The export's end: the audit outcome, the message and the exit code (`standardOutput`
    // is flushed first when the export went there).
    static int finish(CliContext &cli, ExportJob &job, const Options &options, Progress progress,
                      QFile *standardOutput);
};
