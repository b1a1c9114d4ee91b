// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class CliContext;
class QCommandLineParser;
struct AuditRecord;
struct AuditTrailFilter;

// `kratos-desk audit show|verify|export`: the audit viewer from a terminal, over the trail of
// --profile NAME (the last profile without it) or, with --admin-url, the "command-line" trail.
// Rows are actions as the viewer lists them (an intent folded into its outcome).
class AuditCommand
{
public:
    static int run(CliContext &cli, const QString &verb, const QStringList &args);
    static QStringList verbs()
    {
        return {QStringLiteral("show"), QStringLiteral("verify"), QStringLiteral("export"), QStringLiteral("import")};
    }

private:
    static void addOptions(QCommandLineParser *parser, const QString &verb);
    // --action, --text, --operator, --since and --until; Done, or Usage having said why.
    static int readFilter(CliContext &cli, const QCommandLineParser &parser, AuditTrailFilter *filter);
    // To `file`, or stdout when it is empty.
    static int exportRows(CliContext &cli, const QList<AuditRecord> &rows, const QString &file);
    // verify, with --anchors FILE: the collector's checkpoints too.
    static int verify(CliContext &cli, const QString &profileId, const QString &anchorsFile);
    // Done, or PartlyFailed naming the trail's unreadable lines when `error` says some were skipped.
    static int unreadable(CliContext &cli, const QString &error);
};
