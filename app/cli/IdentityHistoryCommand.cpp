// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityHistoryCommand.h"

#include "AuditLog.h"
#include "AuditTrailSearch.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "IdentitiesCommand.h"
#include "IdentityHistory.h"
#include "PlainText.h"
#include "SignInEvidenceLoader.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>

#include <cstdio>

int IdentityHistoryCommand::run(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    parser.addPositionalArgument(QStringLiteral("ID|IDENTIFIER"), QStringLiteral("The identity."));
    const int parsed =
        cli.parse(&parser, args, QStringLiteral("identities history ID|IDENTIFIER"),
                  QStringLiteral("Prints one identity's history, newest first: operator actions from this "
                                 "machine's audit trails (with their reasons), sign-ins and expiries, courier "
                                 "messages to its addresses, and its own times; then what it cannot know."),
                  true, 1);
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
    SignInEvidenceLoader loader(cli.client());
    std::optional<SignInEvidence> evidence;
    QEventLoop loop;
    QObject::connect(&loader, &SignInEvidenceLoader::loaded, &loop, [&](const SignInEvidence &loaded) {
        evidence = loaded;
        loop.quit();
    });
    loader.load(*identity);
    if (!evidence)
        loop.exec();
    const AuditTrailSearch::Found found =
        AuditTrailSearch::aboutIdentity(cli.audit()->directory(), cli.audit()->scope().authority, identity->id);
    const QList<HistoryEvent> events = IdentityHistory::build(*evidence, found.records);
    const QStringList limits = IdentityHistory::limits(*evidence, found.problem);
    if (cli.format() == CliContext::Format::Table) {
        std::fputs(PlainText::forTerminal(IdentityHistory::text(events, limits)).toUtf8().constData(), stdout);
        return CliContext::Done;
    }
    const QStringList columns{QStringLiteral("time"),    QStringLiteral("source"), QStringLiteral("what"),
                              QStringLiteral("details"), QStringLiteral("by"),     QStringLiteral("reason")};
    CliOutput out(cli.format(), columns);
    for (const HistoryEvent &e : events) {
        const QStringList cells{e.time.toUTC().toString(Qt::ISODate),
                                IdentityHistory::sourceName(e.source),
                                e.title,
                                e.detail,
                                e.by,
                                e.reason};
        QJsonObject json;
        for (int i = 0; i < cells.size(); ++i)
            json.insert(columns.at(i), cells.at(i));
        out.add(json, cells);
    }
    out.finish();
    for (const QString &limit : limits)
        cli.say(QStringLiteral("Note: ") + limit);
    return CliContext::Done;
}
