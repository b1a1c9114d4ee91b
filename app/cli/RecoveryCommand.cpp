// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryCommand.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "GoDuration.h"
#include "IdentitiesCommand.h"
#include "IdentityActions.h"
#include "IdentityListModel.h"

#include <QCommandLineParser>

QStringList RecoveryCommand::verbs()
{
    return {QStringLiteral("link"), QStringLiteral("code")};
}

int RecoveryCommand::run(CliContext &cli, const QString &verb, const QStringList &args)
{
    if (!verbs().contains(verb)) {
        cli.fail(QStringLiteral("recovery has no command \"%1\" (it has link, code)").arg(verb));
        return CliContext::Usage;
    }
    const bool link = verb == QLatin1String("link");
    QCommandLineParser parser;
    const QCommandLineOption expires(QStringLiteral("expires-in"),
                                     QStringLiteral("How long it stays valid, a Go duration such as 1h or 30m "
                                                    "(default: the server's)."),
                                     QStringLiteral("DURATION"));
    parser.addOption(expires);
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    CliContext::addConfirmOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("IDENTITY"), QStringLiteral("The identity's id or login identifier."));
    const int parsed =
        cli.parse(&parser, args, QStringLiteral("recovery %1 IDENTITY").arg(verb),
                  link ? QStringLiteral("Creates a recovery link for the identity (audited) and prints it.")
                       : QStringLiteral("Creates a recovery code and the link to enter it (audited) "
                                        "and prints both."),
                  false, 1);
    if (parsed >= 0)
        return parsed;
    const QString expiresIn = parser.value(expires);
    if (!expiresIn.isEmpty() && !GoDuration::milliseconds(expiresIn)) {
        cli.fail(QStringLiteral("--expires-in must be a duration such as 1h, 30m or 1h30m, not \"%1\"").arg(expiresIn));
        return CliContext::Usage;
    }
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    int exit = CliContext::Done;
    const std::optional<Identity> identity =
        IdentitiesCommand::lookUp(cli, parser.positionalArguments().first(), &exit);
    if (!identity)
        return exit;
    const QString label = IdentityListModel::primaryIdentifier(*identity, &cli.schemas());
    if (cli.isDryRun())
        return cli.dryRun(QStringLiteral("Create recovery %1").arg(verb),
                          QStringLiteral("A recovery %1 for %2 (%3) would be created, valid for %4.")
                              .arg(verb, label, identity->id,
                                   expiresIn.isEmpty() ? QStringLiteral("the server's default time") : expiresIn));
    if (cli.isReadOnly()) {
        cli.fail(QStringLiteral("Create recovery %1: refused, the profile is read-only; nothing was sent").arg(verb));
        return CliContext::Refused;
    }
    // Created all the same (an agent may activate next), but never without a word.
    if (identity->state == Identity::State::Inactive)
        cli.fail(QStringLiteral("%1 is inactive: Kratos refuses this recovery %2 until it is activated "
                                "(kratos-desk identities activate %3)")
                     .arg(label, verb, identity->id));
    IdentityActions actions(cli.client(), cli.audit());
    actions.setReason(cli.reason());
    const QStringList columns =
        link ? QStringList{QStringLiteral("link"), QStringLiteral("expires_at")}
             : QStringList{QStringLiteral("code"), QStringLiteral("link"), QStringLiteral("expires_at")};
    if (link) {
        const auto r = cli.wait<RecoveryLink>(
            [&](auto done) { actions.createRecoveryLink(identity->id, label, expiresIn, &actions, done); });
        if (!r.ok()) {
            cli.fail(r.error());
            return CliContext::exitFor(r.error());
        }
        const QString expiresAt = r.value().expiresAt.toUTC().toString(Qt::ISODate);
        CliOutput::single(
            cli.format(),
            {{QStringLiteral("recovery_link"), r.value().link}, {QStringLiteral("expires_at"), expiresAt}}, columns,
            {r.value().link, expiresAt});
    } else {
        const auto r = cli.wait<RecoveryCode>(
            [&](auto done) { actions.createRecoveryCode(identity->id, label, expiresIn, &actions, done); });
        if (!r.ok()) {
            cli.fail(r.error());
            return CliContext::exitFor(r.error());
        }
        const QString expiresAt = r.value().expiresAt.toUTC().toString(Qt::ISODate);
        CliOutput::single(cli.format(),
                          {{QStringLiteral("recovery_code"), r.value().code},
                           {QStringLiteral("recovery_link"), r.value().link},
                           {QStringLiteral("expires_at"), expiresAt}},
                          columns, {r.value().code, r.value().link, expiresAt});
    }
    return CliContext::Done;
}
