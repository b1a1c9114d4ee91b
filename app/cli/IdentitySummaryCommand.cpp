// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitySummaryCommand.h"

#include "ApiError.h"
#include "CliContext.h"
#include "IdentitiesCommand.h"
#include "IdentitySummaryAction.h"
#include "PlainText.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <cstdio>

int IdentitySummaryCommand::run(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    CliContext::addConnectionOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("ID|IDENTIFIER"), QStringLiteral("The identity."));
    const int parsed = cli.parse(&parser, args, QStringLiteral("identities summary ID|IDENTIFIER"),
                                 QStringLiteral("Prints a summary of one identity for a support ticket: state, "
                                                "addresses, credential types, last sign-in, active sessions, the "
                                                "last courier message and the sign-in check's findings. Never a "
                                                "secret; the read is recorded in the audit trail."),
                                 false, 1);
    if (parsed >= 0)
        return parsed;
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    int exit = CliContext::Done;
    const std::optional<Identity> identity =
        IdentitiesCommand::lookUp(cli, parser.positionalArguments().first(), &exit);
    if (!identity)
        return exit;
    IdentitySummaryAction action(cli.client(), cli.audit());
    QString text;
    QString problem;
    bool finished = false;
    QEventLoop loop;
    action.summarise(*identity, [&](const QString &summary, const QString &why) {
        text = summary;
        problem = why;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    if (!problem.isEmpty()) {
        const ApiError error(ApiError::Kind::AuditTrail, problem);
        cli.fail(error);
        return CliContext::exitFor(error);
    }
    std::fputs(PlainText::forTerminal(text).toUtf8().constData(), stdout);
    return CliContext::Done;
}
