// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditImportCommand.h"

#include "AuditLog.h"
#include "AuditTrailImport.h"
#include "CliContext.h"
#include "PlainText.h"

#include <QCommandLineParser>

#include <cstdio>

int AuditImportCommand::run(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("Another operator's trail (<profile>.jsonl, its .head beside it)."));
    const int parsed =
        cli.parse(&parser, args, QStringLiteral("audit import FILE…"),
                  QStringLiteral("Verifies other operators' audit trails and keeps them on this machine: "
                                 "identity histories then show their actions, marked as imported. A "
                                 "trail that does not verify is not imported."),
                  false);
    if (parsed >= 0)
        return parsed;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        cli.fail(QStringLiteral("audit import takes one or more trail files"));
        return CliContext::Usage;
    }
    int refused = 0;
    for (const QString &file : files) {
        const AuditTrailImport::Result r = AuditTrailImport::importFile(file, cli.audit()->directory());
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
