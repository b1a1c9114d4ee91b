// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditImportCommand.h"

#include "AuditLog.h"
#include "AuditSyslogImport.h"
#include "AuditTrailImport.h"
#include "CliContext.h"
#include "PlainText.h"

#include <QCommandLineParser>

#include <cstdio>

int AuditImportCommand::run(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QStringLiteral("Another operator's trail (<profile>.jsonl, its .head beside it), or a syslog "
                       "collector's file of this app's records."));
    const int parsed =
        cli.parse(&parser, args, QStringLiteral("audit import FILE…"),
                  QStringLiteral("Verifies other operators' audit trails, or the trails a syslog collector "
                                 "holds, and keeps them on this machine: identity histories, invitations and "
                                 "the audit viewer then show their actions, marked as imported. A trail, or "
                                 "the part of one, that does not verify is not imported."),
                  false);
    if (parsed >= 0)
        return parsed;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        cli.fail(QStringLiteral("audit import takes one or more trail files"));
        return CliContext::Usage;
    }
    // A syslog collector's files are read together: a trail may go on in the next (rotated) file.
    QStringList collectorFiles;
    QList<AuditTrailImport::Result> results;
    for (const QString &file : files) {
        if (AuditSyslogImport::isCollectorFile(file))
            collectorFiles.append(file);
        else
            results.append(AuditTrailImport::importFile(file, cli.audit()->directory()));
    }
    if (!collectorFiles.isEmpty()) {
        const AuditSyslogImport::Result collected =
            AuditSyslogImport::importFiles(collectorFiles, cli.audit()->directory());
        cli.say(QStringLiteral("%1: %2 lines, %3 records of this app")
                    .arg(collectorFiles.join(QStringLiteral(", ")))
                    .arg(collected.lines)
                    .arg(collected.records));
        for (const QString &note : collected.notes)
            cli.say(QStringLiteral("Note: ") + note);
        if (collected.trails.isEmpty())
            results.append({collectorFiles.join(QStringLiteral(", ")), false, false, 0, QString(),
                            QStringLiteral("Not imported: no record of this app in it."), QString(), QString()});
        results.append(collected.trails);
    }
    int refused = 0;
    for (const AuditTrailImport::Result &r : std::as_const(results)) {
        const QString &file = r.file;
        QString line;
        if (!r.problem.isEmpty()) {
            ++refused;
            line = QStringLiteral("%1: %2").arg(file, r.problem);
        } else {
            line = QStringLiteral("%1: %2 %3 records by %4")
                       .arg(file, r.already ? QStringLiteral("already imported,") : QStringLiteral("imported"))
                       .arg(r.records)
                       .arg(r.origin);
            if (!r.note.isEmpty())
                line += QStringLiteral(" (%1)").arg(r.note);
        }
        std::fputs(PlainText::forTerminal(line + QLatin1Char('\n')).toUtf8().constData(),
                   r.problem.isEmpty() ? stdout : stderr);
    }
    return refused > 0 ? CliContext::PartlyFailed : CliContext::Done;
}
