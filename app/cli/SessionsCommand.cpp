// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionsCommand.h"

#include "AllSessionsModel.h"
#include "BulkOperation.h"
#include "BulkReport.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "IdentitiesCommand.h"
#include "IdentityActions.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "PageTrail.h"
#include "SessionActions.h"

#include <QCommandLineParser>

QStringList SessionsCommand::verbs()
{
    return {QStringLiteral("list"), QStringLiteral("revoke"), QStringLiteral("revoke-all")};
}

int SessionsCommand::run(CliContext &cli, const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("list"))
        return list(cli, args);
    if (verb == QLatin1String("revoke"))
        return revoke(cli, args);
    if (verb == QLatin1String("revoke-all"))
        return revokeAll(cli, args);
    cli.fail(
        QStringLiteral("sessions has no command \"%1\" (it has %2)").arg(verb, verbs().join(QStringLiteral(", "))));
    return CliContext::Usage;
}

int SessionsCommand::list(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption identity(QStringLiteral("identity"), QStringLiteral("Only this identity's sessions."),
                                      QStringLiteral("ID|IDENTIFIER"));
    const QCommandLineOption active(QStringLiteral("active"), QStringLiteral("Only active sessions."));
    const QCommandLineOption inactive(QStringLiteral("inactive"),
                                      QStringLiteral("Only inactive sessions (revoked or expired)."));
    parser.addOptions({identity, active, inactive});
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    const int parsed = cli.parse(&parser, args, QStringLiteral("sessions list"),
                                 QStringLiteral("Lists sessions with their identity and devices, every page."), true);
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty() || (parser.isSet(active) && parser.isSet(inactive))) {
        cli.fail(QStringLiteral("sessions list takes no arguments, and --active or --inactive, not both"));
        return CliContext::Usage;
    }
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    const SchemaCatalog &catalog = cli.schemas();
    SessionListQuery query;
    query.pageSize = KratosClient::MaxSessionPageSize;
    query.expandIdentity = true;
    query.expandDevices = true;
    if (parser.isSet(active) || parser.isSet(inactive))
        query.active = parser.isSet(active);
    QString identityId;
    QString identityLabel;
    if (parser.isSet(identity)) {
        int exit = CliContext::Done;
        const std::optional<Identity> owner = IdentitiesCommand::lookUp(cli, parser.value(identity), &exit);
        if (!owner)
            return exit;
        identityId = owner->id;
        identityLabel = IdentityListModel::primaryIdentifier(*owner, &catalog);
    }
    CliOutput out(cli.format(), {QStringLiteral("id"), QStringLiteral("identity"), QStringLiteral("authenticated_at"),
                                 QStringLiteral("expires_at"), QStringLiteral("aal"), QStringLiteral("methods"),
                                 QStringLiteral("active")});
    PageTrail trail;
    for (;;) {
        const auto page = cli.wait<Page<Session>>([&](auto done) {
            if (identityId.isEmpty())
                cli.client()->listSessions(query, cli.client(), done);
            else
                cli.client()->listIdentitySessions(identityId, query, cli.client(), done);
        });
        if (!page.ok()) {
            out.finish();
            cli.fail(page.error());
            return CliContext::exitFor(page.error());
        }
        for (const Session &session : page.value().items) {
            const SessionRow row = AllSessionsModel::rowFor(session, catalog);
            out.add(session.json, {row.id, row.identityLabel.isEmpty() ? identityLabel : row.identityLabel,
                                   CliOutput::time(row.authenticatedAt), CliOutput::time(row.expiresAt), row.aal,
                                   row.methods, row.active ? QStringLiteral("yes") : QStringLiteral("no")});
        }
        cli.progress(QStringLiteral("Reading sessions"), out.count(), 0);
        if (ApiError loop = trail.follow(query.pageToken, page.value().nextPageToken, page.value().items.size());
            !loop.isNull()) {
            out.finish();
            loop.setContext(QStringLiteral("list sessions"), "GET", QStringLiteral("/admin/sessions"), QString());
            cli.fail(loop);
            return CliContext::exitFor(loop);
        }
        if (page.value().nextPageToken.isEmpty())
            break;
        query.pageToken = page.value().nextPageToken;
    }
    cli.endProgress();
    out.finish();
    return CliContext::Done;
}

int SessionsCommand::revoke(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    BulkReport::addOptions(&parser);
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    CliContext::addConfirmOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Session ids; without any, one a line on stdin."),
                                 QStringLiteral("[ID…]"));
    const int parsed = cli.parse(&parser, args, QStringLiteral("sessions revoke ID…"),
                                 QStringLiteral("Revokes sessions (the devices are signed out; the records stay, "
                                                "inactive). More than one runs as a bulk operation."),
                                 true);
    if (parsed >= 0)
        return parsed;
    const QStringList ids = IdentitiesCommand::readIds(parser.positionalArguments());
    if (ids.isEmpty()) {
        cli.fail(QStringLiteral("sessions revoke: name at least one session id (or pass them on stdin)"));
        return CliContext::Usage;
    }
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    if (cli.isReadOnly()) {
        cli.fail(QStringLiteral("Revoke sessions: refused, the profile is read-only; nothing was sent"));
        return CliContext::Refused;
    }
    const SchemaCatalog &catalog = cli.schemas();
    // Whose each session is, as the Sessions page shows it.
    QHash<QString, SessionRow> rows;
    QStringList known;
    int missing = 0;
    for (const QString &id : ids) {
        const auto session =
            cli.wait<Session>([&](auto done) { cli.client()->getSession(id, true, false, cli.client(), done); });
        if (!session.ok()) {
            cli.fail(session.error().httpStatus() == 404
                         ? QStringLiteral("no session has the id %1; it is left out").arg(id)
                         : QStringLiteral("%1: %2").arg(id, session.error().userMessage()));
            if (session.error().httpStatus() != 404 && session.error().httpStatus() != 400)
                return CliContext::exitFor(session.error());
            ++missing;
            continue;
        }
        rows.insert(id, AllSessionsModel::rowFor(session.value(), catalog));
        known.append(id);
    }
    if (known.isEmpty())
        return CliContext::NotFound;
    int exit = CliContext::Done;
    if (known.size() == 1) {
        const SessionRow row = rows.value(known.first());
        const int confirmed = cli.confirm(SessionActions::describeRevoke(row.id, row.identityLabel), QString());
        if (confirmed != CliContext::Done)
            return confirmed;
        SessionActions actions(cli.client(), cli.audit());
        actions.setReason(cli.reason());
        const ApiError error = cli.wait<NoContent>([&](auto done) {
                                      actions.revoke(row.id, row.identityId, row.identityLabel, &actions, done);
                                  })
                                   .error();
        BulkReport report(cli, parser);
        report.add(row.id, row.identityLabel, error);
        exit = report.finish();
    } else {
        QHash<QString, QString> labels;
        QHash<QString, QString> identities;
        for (const QString &id : std::as_const(known)) {
            labels.insert(id, BulkOperation::sessionLabel(id, rows.value(id).identityLabel));
            identities.insert(id, rows.value(id).identityLabel);
        }
        const ActionText text = BulkOperation::describe(BulkOperation::Action::RevokeSession, int(known.size()));
        const int confirmed = cli.confirm(text, QString::number(known.size()));
        if (confirmed != CliContext::Done)
            return confirmed;
        BulkOperation operation(cli.client(), cli.audit(), BulkOperation::Action::RevokeSession, known,
                                BulkReport::concurrency(parser), nullptr, labels);
        operation.setReason(cli.reason());
        BulkReport report(cli, parser);
        exit = report.run(&operation, identities);
    }
    return missing > 0 && exit == CliContext::Done ? CliContext::PartlyFailed : exit;
}

int SessionsCommand::revokeAll(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    BulkReport::addOptions(&parser);
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    CliContext::addConfirmOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("IDENTITY"), QStringLiteral("The identity's id or login identifier."));
    const int parsed =
        cli.parse(&parser, args, QStringLiteral("sessions revoke-all IDENTITY"),
                  QStringLiteral("Deletes every session of one identity: it is signed out everywhere."), true, 1);
    if (parsed >= 0)
        return parsed;
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    int exit = CliContext::Done;
    const std::optional<Identity> owner = IdentitiesCommand::lookUp(cli, parser.positionalArguments().first(), &exit);
    if (!owner)
        return exit;
    const QString id = owner->id;
    const QString label = IdentityListModel::primaryIdentifier(*owner, &cli.schemas());
    const int confirmed =
        cli.confirm(IdentityActions::describeRevokeAllSessions(id, label), label.isEmpty() ? id : label);
    if (confirmed != CliContext::Done)
        return confirmed;
    IdentityActions actions(cli.client(), cli.audit());
    actions.setReason(cli.reason());
    const ApiError error =
        cli.wait<NoContent>([&](auto done) { actions.revokeAllSessions(id, label, &actions, done); }).error();
    BulkReport report(cli, parser);
    report.add(id, label, error);
    return report.finish();
}
