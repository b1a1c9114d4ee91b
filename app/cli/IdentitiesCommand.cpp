// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitiesCommand.h"

#include "BulkReport.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "IdentityActions.h"
#include "IdentityChangeCommand.h"
#include "IdentityExportCommand.h"
#include "IdentityHistoryCommand.h"
#include "IdentityImporter.h"
#include "IdentityListModel.h"
#include "IdentitySearch.h"
#include "IdentitySummaryCommand.h"
#include "KratosClient.h"
#include "PageTrail.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace {

QString verifiedText(const Identity &identity)
{
    int verified = 0;
    for (const VerifiableAddress &address : identity.verifiableAddresses)
        verified += address.verified ? 1 : 0;
    return identity.verifiableAddresses.isEmpty()
               ? QStringLiteral("-")
               : QStringLiteral("%1/%2").arg(verified).arg(identity.verifiableAddresses.size());
}

} // namespace

void IdentitiesCommand::reportUnreadable(const CliContext &cli, const QList<UnreadableItem> &items)
{
    for (const UnreadableItem &item : items)
        cli.fail(QStringLiteral("identity %1 could not be read and is left out: %2")
                     .arg(item.id.isEmpty() ? QStringLiteral("(no id)") : item.id, item.reason));
}

ApiError IdentitiesCommand::listAll(CliContext &cli, IdentityListQuery query, QList<Identity> *out,
                                    qsizetype *unreadable)
{
    query.pageSize = IdentityListModel::MaxPageSize;
    PageTrail trail;
    for (;;) {
        const auto page = cli.wait<Page<Identity>>(
            [&cli, &query](auto done) { cli.client()->listIdentities(query, cli.client(), done); });
        if (!page.ok())
            return page.error();
        out->append(page.value().items);
        reportUnreadable(cli, page.value().unreadable);
        if (unreadable)
            *unreadable += page.value().unreadable.size();
        if (ApiError loop = trail.follow(query.pageToken, page.value().nextPageToken, page.value().items.size());
            !loop.isNull())
            return loop;
        if (page.value().nextPageToken.isEmpty())
            return {};
        query.pageToken = page.value().nextPageToken;
    }
}

QStringList IdentitiesCommand::verbs()
{
    return {QStringLiteral("find"),     QStringLiteral("get"),    QStringLiteral("summary"),
            QStringLiteral("history"),  QStringLiteral("export"), QStringLiteral("deactivate"),
            QStringLiteral("activate"), QStringLiteral("delete"), QStringLiteral("patch"),
            QStringLiteral("import")};
}

QStringList IdentitiesCommand::columns()
{
    return {QStringLiteral("id"),     QStringLiteral("identifier"), QStringLiteral("state"),
            QStringLiteral("schema"), QStringLiteral("verified"),   QStringLiteral("created_at")};
}

QStringList IdentitiesCommand::cells(const Identity &identity, const SchemaCatalog &catalog)
{
    return {identity.id,
            IdentityListModel::primaryIdentifier(identity, &catalog),
            identity.stateText,
            identity.schemaId,
            verifiedText(identity),
            CliOutput::time(identity.createdAt)};
}

QStringList IdentitiesCommand::readIds(const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments != QStringList{QStringLiteral("-")})
        return arguments;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QStringList ids;
    while (!in.atEnd()) {
        const QString line = QString::fromUtf8(in.readLine()).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            ids.append(line);
    }
    return ids;
}

int IdentitiesCommand::run(CliContext &cli, const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("find"))
        return find(cli, args);
    if (verb == QLatin1String("get"))
        return get(cli, args);
    if (verb == QLatin1String("summary"))
        return IdentitySummaryCommand::run(cli, args);
    if (verb == QLatin1String("history"))
        return IdentityHistoryCommand::run(cli, args);
    if (verb == QLatin1String("export"))
        return IdentityExportCommand::run(cli, args);
    if (verb == QLatin1String("deactivate"))
        return IdentityChangeCommand::run(cli, BulkOperation::Action::Deactivate, args);
    if (verb == QLatin1String("activate"))
        return IdentityChangeCommand::run(cli, BulkOperation::Action::Activate, args);
    if (verb == QLatin1String("delete"))
        return IdentityChangeCommand::run(cli, BulkOperation::Action::Delete, args);
    if (verb == QLatin1String("patch"))
        return patch(cli, args);
    if (verb == QLatin1String("import"))
        return import(cli, args);
    cli.fail(
        QStringLiteral("identities has no command \"%1\" (it has %2)").arg(verb, verbs().join(QStringLiteral(", "))));
    return CliContext::Usage;
}

std::optional<QString> IdentitiesCommand::resolve(CliContext &cli, const QString &selector, int *exit)
{
    const QString key = selector.trimmed();
    if (IdentitySearch::isUuid(key))
        return key;
    // Every identity the text names, and how: a change acts on one person or on none.
    QList<QPair<Identity, QString>> matches;
    QList<Identity> byIdentifier;
    const ApiError error = listAll(cli, IdentitySearch::query(IdentitySearch::Mode::Identifier, key), &byIdentifier);
    if (!error.isNull()) {
        cli.fail(error);
        *exit = CliContext::exitFor(error);
        return std::nullopt;
    }
    for (const Identity &identity : std::as_const(byIdentifier))
        matches.append({identity, QStringLiteral("login identifier")});
    const auto byExternal =
        cli.wait<Identity>([&cli, &key](auto done) { cli.client()->getIdentityByExternalId(key, cli.client(), done); });
    if (byExternal.ok()) {
        const bool seen = std::any_of(matches.cbegin(), matches.cend(), [&](const QPair<Identity, QString> &m) {
            return m.first.id == byExternal.value().id;
        });
        if (!seen)
            matches.append({byExternal.value(), QStringLiteral("external id")});
    } else if (byExternal.error().httpStatus() != 404) {
        cli.fail(byExternal.error());
        *exit = CliContext::exitFor(byExternal.error());
        return std::nullopt;
    }
    if (matches.isEmpty()) {
        cli.fail(QStringLiteral("no identity has the id, login identifier or external id \"%1\"").arg(key));
        *exit = CliContext::NotFound;
        return std::nullopt;
    }
    if (matches.size() > 1) {
        QStringList lines;
        for (const auto &[identity, how] : std::as_const(matches))
            lines.append(QStringLiteral("  %1  %2 (%3)")
                             .arg(identity.id, IdentityListModel::primaryIdentifier(identity, &cli.schemas()), how));
        cli.fail(QStringLiteral("\"%1\" names %2 identities; nothing was done. Name one by its id:\n%3")
                     .arg(key)
                     .arg(matches.size())
                     .arg(lines.join(QLatin1Char('\n'))));
        *exit = CliContext::Usage;
        return std::nullopt;
    }
    return matches.first().first.id;
}

std::optional<Identity> IdentitiesCommand::lookUp(CliContext &cli, const QString &key, int *exit)
{
    const std::optional<QString> resolved = resolve(cli, key, exit);
    if (!resolved)
        return std::nullopt;
    const QString id = *resolved;
    const auto identity =
        cli.wait<Identity>([&cli, &id](auto done) { cli.client()->getIdentity(id, {}, cli.client(), done); });
    if (!identity.ok()) {
        if (identity.error().httpStatus() == 404)
            cli.fail(QStringLiteral("no identity has the id \"%1\"").arg(key));
        else
            cli.fail(identity.error());
        *exit = CliContext::exitFor(identity.error());
        return std::nullopt;
    }
    return identity.value();
}

int IdentitiesCommand::find(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption by(
        QStringLiteral("by"),
        QStringLiteral("Search only by %1.").arg(IdentitySearch::modeNames().join(QStringLiteral(", "))),
        QStringLiteral("MODE"));
    const QCommandLineOption any(
        QStringLiteral("any"), QStringLiteral("Load every identity and keep those with TEXT in any trait or the id."));
    parser.addOptions({by, any});
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    parser.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("What to look for."));
    const int parsed = cli.parse(&parser, args, QStringLiteral("identities find TEXT"),
                                 QStringLiteral("Finds identities: by default the id (when TEXT is one), the exact "
                                                "login identifier, the external id, then identifiers starting with "
                                                "TEXT, whichever finds one first. Nothing on stdout and exit code 5 "
                                                "when nothing matches."),
                                 true);
    if (parsed >= 0)
        return parsed;
    if (parser.positionalArguments().size() != 1 || parser.positionalArguments().first().trimmed().isEmpty()) {
        cli.fail(QStringLiteral("identities find takes one TEXT"));
        return CliContext::Usage;
    }
    const QString text = parser.positionalArguments().first().trimmed();
    QList<IdentitySearch::Mode> modes;
    if (parser.isSet(by)) {
        const auto mode = IdentitySearch::modeFromName(parser.value(by));
        if (!mode) {
            cli.fail(
                QStringLiteral("--by must be one of %1").arg(IdentitySearch::modeNames().join(QStringLiteral(", "))));
            return CliContext::Usage;
        }
        modes = {*mode};
    } else if (!parser.isSet(any)) {
        if (IdentitySearch::isUuid(text))
            modes.append(IdentitySearch::Mode::Ids);
        modes.append({IdentitySearch::Mode::Identifier, IdentitySearch::Mode::ExternalId,
                      IdentitySearch::Mode::IdentifierPrefix});
    }
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    const SchemaCatalog &catalog = cli.schemas();

    QList<Identity> found;
    qsizetype unreadable = 0;
    if (parser.isSet(any)) {
        if (const int failed = findInAnyTrait(cli, text, &found, &unreadable); failed != CliContext::Done)
            return failed;
    }
    if (const int failed = findByModes(cli, modes, text, &found, &unreadable); failed != CliContext::Done)
        return failed;
    if (found.isEmpty()) {
        cli.say(QStringLiteral("No identity matches \"%1\".").arg(text));
        return CliContext::NotFound;
    }
    CliOutput out(cli.format(), columns());
    for (const Identity &identity : std::as_const(found))
        out.add(identity.json, cells(identity, catalog));
    out.finish();
    return unreadable > 0 ? CliContext::PartlyFailed : CliContext::Done;
}

int IdentitiesCommand::findInAnyTrait(CliContext &cli, const QString &text, QList<Identity> *found,
                                      qsizetype *unreadable)
{
    // The window's "Load all" and any-trait filter: the same model and index.
    IdentityListModel model(cli.client());
    model.setSchemas(cli.schemas());
    QEventLoop loop;
    QObject::connect(&model, &IdentityListModel::pageLoaded, &loop, [&cli, &model, &loop]() {
        cli.progress(QStringLiteral("Loading identities"), model.rowCount(), 0);
        if (model.isComplete())
            loop.quit();
    });
    QObject::connect(&model, &IdentityListModel::loadFailed, &loop, &QEventLoop::quit);
    model.loadAll();
    if (!model.isComplete() && model.lastError().isNull())
        loop.exec();
    cli.endProgress();
    if (!model.lastError().isNull()) {
        cli.fail(model.lastError());
        return CliContext::exitFor(model.lastError());
    }
    reportUnreadable(cli, model.unreadable());
    *unreadable += model.unreadable().size();
    const RowBits matches = model.matchingRows(text);
    matches.forEach(0, matches.size(), [&](int row) {
        if (const auto identity = model.identityAt(row))
            found->append(*identity);
    });
    return CliContext::Done;
}

int IdentitiesCommand::findByModes(CliContext &cli, const QList<IdentitySearch::Mode> &modes, const QString &text,
                                   QList<Identity> *found, qsizetype *unreadable)
{
    for (const IdentitySearch::Mode mode : std::as_const(modes)) {
        if (mode == IdentitySearch::Mode::ExternalId) {
            const auto r = cli.wait<Identity>(
                [&cli, &text](auto done) { cli.client()->getIdentityByExternalId(text, cli.client(), done); });
            if (r.ok())
                found->append(r.value());
            else if (r.error().httpStatus() != 404) {
                cli.fail(r.error());
                return CliContext::exitFor(r.error());
            }
        } else {
            const ApiError error = listAll(cli, IdentitySearch::query(mode, text), found, unreadable);
            if (!error.isNull() && !(mode == IdentitySearch::Mode::Ids && error.httpStatus() == 400)) {
                cli.fail(error);
                return CliContext::exitFor(error);
            }
        }
        if (!found->isEmpty())
            break;
    }
    return CliContext::Done;
}

int IdentitiesCommand::get(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    parser.addPositionalArgument(QStringLiteral("ID|IDENTIFIER"), QStringLiteral("The identity."));
    const int parsed = cli.parse(&parser, args, QStringLiteral("identities get ID|IDENTIFIER"),
                                 QStringLiteral("Prints one identity as Kratos returns it (credentials without "
                                                "secrets)."),
                                 false, 1);
    if (parsed >= 0)
        return parsed;
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    int exit = CliContext::Done;
    const std::optional<Identity> identity = lookUp(cli, parser.positionalArguments().first(), &exit);
    if (!identity)
        return exit;
    const SchemaCatalog &catalog = cli.schemas();
    QStringList addresses;
    for (const VerifiableAddress &a : identity->verifiableAddresses)
        addresses.append(
            QStringLiteral("%1 (%2, %3)")
                .arg(a.value, a.via, a.verified ? QStringLiteral("verified") : QStringLiteral("unverified")));
    QStringList recovery;
    for (const RecoveryAddress &a : identity->recoveryAddresses)
        recovery.append(QStringLiteral("%1 (%2)").arg(a.value, a.via));
    QStringList credentials;
    for (auto it = identity->credentials.cbegin(); it != identity->credentials.cend(); ++it)
        credentials.append(QStringLiteral("%1: %2").arg(it.key(), it.value().identifiers.join(QStringLiteral(", "))));
    const auto json = [](const QJsonValue &v) {
        return v.isObject() || v.isArray()
                   ? QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Indented))
                         .trimmed()
                   : v.toVariant().toString();
    };
    CliOutput::single(cli.format(), identity->json,
                      {QStringLiteral("id"), QStringLiteral("identifier"), QStringLiteral("name"),
                       QStringLiteral("state"), QStringLiteral("schema"), QStringLiteral("created_at"),
                       QStringLiteral("updated_at"), QStringLiteral("external_id"), QStringLiteral("addresses"),
                       QStringLiteral("recovery"), QStringLiteral("credentials"), QStringLiteral("traits"),
                       QStringLiteral("metadata_public"), QStringLiteral("metadata_admin")},
                      {identity->id, IdentityListModel::primaryIdentifier(*identity, &catalog),
                       IdentityListModel::displayName(*identity, &catalog), identity->stateText, identity->schemaId,
                       CliOutput::time(identity->createdAt), CliOutput::time(identity->updatedAt), identity->externalId,
                       addresses.join(QLatin1Char('\n')), recovery.join(QLatin1Char('\n')),
                       credentials.join(QLatin1Char('\n')), json(identity->traits), json(identity->metadataPublic),
                       json(identity->metadataAdmin)});
    return CliContext::Done;
}

int IdentitiesCommand::patch(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption patchFile(QStringLiteral("json-patch"),
                                       QStringLiteral("The RFC 6902 patch (\"-\": stdin)."), QStringLiteral("FILE"));
    parser.addOption(patchFile);
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    CliContext::addConfirmOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("ID|IDENTIFIER"), QStringLiteral("The identity."));
    const int parsed = cli.parse(&parser, args, QStringLiteral("identities patch ID --json-patch FILE"),
                                 QStringLiteral("Changes traits, metadata or state with a JSON Patch (add, remove, "
                                                "replace), after showing every operation. Prints the identity as "
                                                "Kratos returns it."),
                                 false);
    if (parsed >= 0)
        return parsed;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(patchFile)) {
        cli.fail(QStringLiteral("identities patch takes one identity and --json-patch FILE"));
        return CliContext::Usage;
    }
    QFile in;
    if (!cli.openInput(&in, parser.value(patchFile)))
        return CliContext::Usage;
    QJsonParseError jsonError{};
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isArray()) {
        cli.fail(QStringLiteral("%1 is not a JSON Patch array%2")
                     .arg(parser.value(patchFile),
                          jsonError.error != QJsonParseError::NoError
                              ? QStringLiteral(": %1 at offset %2").arg(jsonError.errorString()).arg(jsonError.offset)
                              : QString()));
        return CliContext::Usage;
    }
    QString problem;
    const std::optional<JsonPatch> patch = JsonPatch::fromJson(document.array(), &problem);
    if (!patch) {
        cli.fail(QStringLiteral("%1: %2").arg(parser.value(patchFile), problem));
        return CliContext::Usage;
    }
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    int exit = CliContext::Done;
    const std::optional<Identity> before = lookUp(cli, parser.positionalArguments().first(), &exit);
    if (!before)
        return exit;
    const QString label = IdentityListModel::primaryIdentifier(*before, &cli.schemas());
    const int confirmed =
        cli.confirm(IdentityActions::describeUpdate(before->id, label, *patch), label.isEmpty() ? before->id : label);
    if (confirmed != CliContext::Done)
        return confirmed;
    IdentityActions actions(cli.client(), cli.audit());
    actions.setReason(cli.reason());
    const auto after = cli.wait<Identity>([&](auto done) { actions.update(*before, label, *patch, &actions, done); });
    if (!after.ok()) {
        cli.fail(after.error());
        return CliContext::exitFor(after.error());
    }
    CliOutput::single(cli.format(), after.value().json, columns(), cells(after.value(), cli.schemas()));
    return CliContext::Done;
}

int IdentitiesCommand::import(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    CliContext::addConfirmOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Kratos's import format (\"-\": stdin)."));
    const int parsed = cli.parse(&parser, args, QStringLiteral("identities import FILE"),
                                 QStringLiteral("Creates the identities of a file in Kratos's import format (an "
                                                "array of create bodies) through the batch endpoint, and reports "
                                                "each."),
                                 true, 1);
    if (parsed >= 0)
        return parsed;
    const QString path = parser.positionalArguments().first();
    QFile in;
    if (!cli.openInput(&in, path))
        return CliContext::Usage;
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    IdentityImporter importer(cli.client(), cli.audit());
    QString problem;
    if (!importer.load(in.readAll(), &problem)) {
        cli.fail(QStringLiteral("%1: %2").arg(path, problem));
        return CliContext::Usage;
    }
    const ActionText text = IdentityImporter::describe(importer.count(), QFileInfo(path).fileName());
    const int confirmed = cli.confirm(text, QString::number(importer.count()));
    if (confirmed != CliContext::Done)
        return confirmed;
    importer.setReason(cli.reason());
    QEventLoop loop;
    QObject::connect(&importer, &IdentityImporter::progress, &loop,
                     [&cli](int done, int total) { cli.progress(QStringLiteral("Importing"), done, total); });
    QObject::connect(&importer, &IdentityImporter::finished, &loop, &QEventLoop::quit);
    importer.start();
    if (importer.isRunning())
        loop.exec();
    cli.endProgress();
    CliOutput out(cli.format(), {QStringLiteral("index"), QStringLiteral("identifier"), QStringLiteral("result"),
                                 QStringLiteral("id"), QStringLiteral("message")});
    int failed = 0;
    for (const IdentityImporter::Result &r : importer.results()) {
        failed += r.created ? 0 : 1;
        const QString result = r.created ? QStringLiteral("created") : QStringLiteral("failed");
        QJsonObject row{{QStringLiteral("index"), r.index},
                        {QStringLiteral("identifier"), r.label},
                        {QStringLiteral("result"), result}};
        if (!r.identityId.isEmpty())
            row.insert(QStringLiteral("id"), r.identityId);
        if (!r.message.isEmpty())
            row.insert(QStringLiteral("message"), r.message);
        out.add(row, {QString::number(r.index), r.label, result, r.identityId, r.message});
    }
    out.finish();
    cli.say(QStringLiteral("%1 created, %2 failed.").arg(importer.count() - failed).arg(failed));
    return failed == 0 ? CliContext::Done : CliContext::PartlyFailed;
}
