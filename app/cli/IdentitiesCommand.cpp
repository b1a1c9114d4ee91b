// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitiesCommand.h"

#include "BulkReport.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "ExportJob.h"
#include "IdentityActions.h"
#include "IdentityImporter.h"
#include "IdentityListModel.h"
#include "IdentitySearch.h"
#include "JsonArrayItems.h"
#include "KratosClient.h"
#include "PageTrail.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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

// Each identity the server listed that could not be read, on stderr: never left out unseen.
void reportUnreadable(const CliContext &cli, const QList<UnreadableItem> &items)
{
    for (const UnreadableItem &item : items)
        cli.fail(QStringLiteral("identity %1 could not be read and is left out: %2")
                     .arg(item.id.isEmpty() ? QStringLiteral("(no id)") : item.id, item.reason));
}

// Every page of `query`, identities parsed as they come; those that cannot be read are reported
// and counted in `unreadable`.
ApiError listAll(CliContext &cli, IdentityListQuery query, QList<Identity> *out, qsizetype *unreadable = nullptr)
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

} // namespace

QStringList IdentitiesCommand::verbs()
{
    return {QStringLiteral("find"),       QStringLiteral("get"),      QStringLiteral("export"),
            QStringLiteral("deactivate"), QStringLiteral("activate"), QStringLiteral("delete"),
            QStringLiteral("patch"),      QStringLiteral("import")};
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
    if (verb == QLatin1String("export"))
        return exportAll(cli, args);
    if (verb == QLatin1String("deactivate"))
        return change(cli, BulkOperation::Action::Deactivate, args);
    if (verb == QLatin1String("activate"))
        return change(cli, BulkOperation::Action::Activate, args);
    if (verb == QLatin1String("delete"))
        return change(cli, BulkOperation::Action::Delete, args);
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
        // The window's "Load all" and any-trait filter: the same model and index.
        IdentityListModel model(cli.client());
        model.setSchemas(catalog);
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
        unreadable += model.unreadable().size();
        const RowBits matches = model.matchingRows(text);
        matches.forEach(0, matches.size(), [&](int row) {
            if (const auto identity = model.identityAt(row))
                found.append(*identity);
        });
    }
    for (const IdentitySearch::Mode mode : std::as_const(modes)) {
        if (mode == IdentitySearch::Mode::ExternalId) {
            const auto r = cli.wait<Identity>(
                [&cli, &text](auto done) { cli.client()->getIdentityByExternalId(text, cli.client(), done); });
            if (r.ok())
                found.append(r.value());
            else if (r.error().httpStatus() != 404) {
                cli.fail(r.error());
                return CliContext::exitFor(r.error());
            }
        } else {
            const ApiError error = listAll(cli, IdentitySearch::query(mode, text), &found, &unreadable);
            if (!error.isNull() && !(mode == IdentitySearch::Mode::Ids && error.httpStatus() == 400)) {
                cli.fail(error);
                return CliContext::exitFor(error);
            }
        }
        if (!found.isEmpty())
            break;
    }
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

int IdentitiesCommand::exportAll(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption state(QStringLiteral("state"),
                                   QStringLiteral("Only identities in this state (active, "
                                                  "inactive)."),
                                   QStringLiteral("STATE"));
    const QCommandLineOption schema(QStringLiteral("schema"), QStringLiteral("Only identities of this schema."),
                                    QStringLiteral("SCHEMA"));
    const QCommandLineOption file(QStringLiteral("file"),
                                  QStringLiteral("Write to FILE (made readable by you only) instead of stdout."),
                                  QStringLiteral("FILE"));
    parser.addOptions({state, schema, file});
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser, true);
    cli.allowImportFormat();
    const int parsed = cli.parse(&parser, args, QStringLiteral("identities export"),
                                 QStringLiteral("Exports every identity page by page (memory stays small whatever "
                                                "the count), audited like the window's export. Credentials are "
                                                "never exported."),
                                 true);
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty()) {
        cli.fail(QStringLiteral("identities export takes no arguments"));
        return CliContext::Usage;
    }
    const QString wantedState = parser.value(state);
    if (!wantedState.isEmpty() && wantedState != QLatin1String("active") && wantedState != QLatin1String("inactive")) {
        cli.fail(QStringLiteral("--state must be active or inactive"));
        return CliContext::Usage;
    }
    ExportJob::Spec spec;
    spec.path = parser.isSet(file) ? QFileInfo(parser.value(file)).absoluteFilePath() : QStringLiteral("-");
    switch (cli.format()) {
    case CliContext::Format::Csv:
        spec.format = ExportJob::Format::Csv;
        break;
    case CliContext::Format::KratosImport:
        spec.format = ExportJob::Format::ImportJson;
        break;
    case CliContext::Format::Json:
        spec.format = ExportJob::Format::Json;
        break;
    case CliContext::Format::Jsonl:
    case CliContext::Format::Table: // an export is data: a terminal gets JSON Lines too
        spec.format = ExportJob::Format::JsonLines;
        break;
    }
    spec.scope = QStringLiteral("all on the server");
    QStringList filter;
    if (!wantedState.isEmpty())
        filter.append(QStringLiteral("state %1").arg(wantedState));
    if (parser.isSet(schema))
        filter.append(QStringLiteral("schema %1").arg(parser.value(schema)));
    spec.filter = filter.join(QStringLiteral(", "));
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;

    QSaveFile target(spec.path);
    QFile standardOutput;
    QIODevice *sink = &standardOutput;
    if (parser.isSet(file)) {
        if (!target.open(QIODevice::WriteOnly) ||
            !target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            cli.fail(QStringLiteral("cannot write %1: %2").arg(spec.path, target.errorString()));
            return CliContext::PartlyFailed;
        }
        sink = &target;
    } else if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
        cli.fail(QStringLiteral("cannot write to standard output"));
        return CliContext::PartlyFailed;
    }
    ExportJob job(cli.audit());
    const QString refused =
        cli.wait<bool>([&job, &spec, sink](auto done) {
               job.beginStream(spec, sink, [done](const QString &problem) {
                   done(problem.isEmpty() ? ApiResult<bool>(true)
                                          : ApiResult<bool>(ApiError(ApiError::Kind::AuditTrail, problem)));
               });
           })
            .error()
            .detail();
    if (!refused.isEmpty()) {
        cli.fail(QStringLiteral("nothing was exported: every export is recorded in the audit trail first, and "
                                "the trail cannot be written (%1)")
                     .arg(refused));
        return CliContext::Refused;
    }
    IdentityListQuery query;
    query.pageSize = IdentityListModel::MaxPageSize;
    QString error;
    ApiError failure;
    qint64 seen = 0;
    qsizetype unreadableCount = 0;
    PageTrail trail;
    for (;;) {
        const auto page = cli.wait<RawPage>(
            [&cli, &query](auto done) { cli.client()->listIdentitiesRaw(query, cli.client(), done); });
        if (!page.ok()) {
            failure = page.error();
            error = failure.userMessage();
            break;
        }
        // Element by element where Qt cannot read the page whole: one identity nested too deep
        // (or holding 1e400) is named and left out, the others are exported (issue #32 §3).
        QList<QJsonObject> items;
        QList<UnreadableItem> unreadable;
        QString problem;
        if (!JsonArrayItems::readObjects(page.value().body, &items, &unreadable, &problem)) {
            // Never a silent gap in an export: stop, and say which page was not a list.
            failure = ApiError(ApiError::Kind::Malformed, QStringLiteral("not a JSON array"));
            error = QStringLiteral("the page after %1 identities is not the JSON list Kratos sends (%2)")
                        .arg(seen)
                        .arg(problem);
            break;
        }
        QList<Identity> identities;
        identities.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            std::optional<Identity> identity = Identity::fromJson(items.at(i));
            if (!identity) {
                unreadable.append(
                    {i, items.at(i).value(QLatin1String("id")).toString(), QStringLiteral("not an identity")});
                continue;
            }
            if ((!wantedState.isEmpty() && identity->stateText != wantedState) ||
                (parser.isSet(schema) && identity->schemaId != parser.value(schema)))
                continue;
            identities.append(std::move(*identity));
        }
        reportUnreadable(cli, unreadable);
        unreadableCount += unreadable.size();
        job.noteUnreadable(unreadable);
        seen += items.size() + unreadable.size();
        if (!job.addPage(identities, &error))
            break;
        cli.progress(QStringLiteral("Exporting identities"), seen, page.value().totalCount.value_or(0));
        if (ApiError loop = trail.follow(query.pageToken, page.value().nextPageToken, items.size()); !loop.isNull()) {
            // Never an endless export: stop, say why, and keep what was read as a partial result.
            failure = loop;
            error =
                QStringLiteral("the server's paging went wrong after %1 identities: %2").arg(seen).arg(loop.detail());
            break;
        }
        if (!page.value().hasMore())
            break;
        query.pageToken = page.value().nextPageToken;
    }
    cli.endProgress();
    int count = 0;
    QObject::connect(&job, &ExportJob::finished, &job,
                     [&count, &error](const QString &, int written, const QString &problem) {
                         count = written;
                         if (error.isEmpty() && !problem.isEmpty())
                             error = problem;
                     });
    job.endStream(error);
    if (standardOutput.isOpen())
        standardOutput.flush();
    if (!error.isEmpty()) {
        cli.fail(QStringLiteral("the export stopped: %1").arg(error));
        return failure.isNull() ? CliContext::PartlyFailed : CliContext::exitFor(failure);
    }
    cli.say(QStringLiteral("Exported %1 identities%2.")
                .arg(count)
                .arg(parser.isSet(file) ? QStringLiteral(" to ") + spec.path : QString()));
    if (unreadableCount > 0) {
        cli.fail(QStringLiteral("%1 identities could not be read and are not in the export (named above and in "
                                "the audit record)")
                     .arg(unreadableCount));
        return CliContext::PartlyFailed;
    }
    return CliContext::Done;
}

QHash<QString, QString> IdentitiesCommand::labelsOf(CliContext &cli, const QStringList &ids, ApiError *error,
                                                    QHash<QString, Identity::State> *states)
{
    QHash<QString, QString> labels;
    const SchemaCatalog &catalog = cli.schemas();
    constexpr int Chunk = 100;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        IdentityListQuery query;
        query.ids = ids.mid(from, Chunk);
        QList<Identity> found;
        *error = listAll(cli, query, &found);
        if (!error->isNull())
            return labels;
        for (const Identity &identity : std::as_const(found)) {
            labels.insert(identity.id, IdentityListModel::primaryIdentifier(identity, &catalog));
            if (states)
                states->insert(identity.id, identity.state);
        }
        cli.progress(QStringLiteral("Reading identities"), qMin(from + Chunk, ids.size()), ids.size());
    }
    cli.endProgress();
    return labels;
}

int IdentitiesCommand::change(CliContext &cli, BulkOperation::Action action, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption revoke(QStringLiteral("revoke-sessions"),
                                    QStringLiteral("deactivate, one identity: also revoke its sessions."));
    BulkReport::addOptions(&parser);
    if (action == BulkOperation::Action::Deactivate)
        parser.addOption(revoke);
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    CliContext::addConfirmOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("Identity ids; without any, one a line on "
                                                "stdin."),
                                 QStringLiteral("[ID…]"));
    const QString verb = action == BulkOperation::Action::Deactivate ? QStringLiteral("deactivate")
                         : action == BulkOperation::Action::Activate ? QStringLiteral("activate")
                                                                     : QStringLiteral("delete");
    const int parsed =
        cli.parse(&parser, args, QStringLiteral("identities %1 ID…").arg(verb),
                  QStringLiteral("%1, after a summary and a question (--yes in scripts). More than one id runs as a "
                                 "bulk operation with bounded concurrency; the failed ids are written to a file.")
                      .arg(BulkOperation::actionName(action)),
                  true);
    if (parsed >= 0)
        return parsed;
    const QStringList selectors = readIds(parser.positionalArguments());
    if (selectors.isEmpty()) {
        cli.fail(QStringLiteral("identities %1: name at least one identity (an id, login identifier or external id; "
                                "or pass them on stdin)")
                     .arg(verb));
        return CliContext::Usage;
    }
    const bool revokeToo = action == BulkOperation::Action::Deactivate && parser.isSet(revoke);
    if (selectors.size() > 1 && revokeToo) {
        cli.fail(QStringLiteral("--revoke-sessions works on one identity; revoke sessions with sessions revoke-all"));
        return CliContext::Usage;
    }
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    if (cli.isReadOnly()) {
        cli.fail(QStringLiteral("%1: refused, the profile is read-only; nothing was sent")
                     .arg(BulkOperation::actionName(action)));
        return CliContext::Refused;
    }
    // Names that are not ids are looked up; one that names several people stops everything.
    QStringList ids;
    QStringList unresolved;
    for (const QString &selector : selectors) {
        int exit = CliContext::Done;
        const std::optional<QString> id = resolve(cli, selector, &exit);
        if (id && !ids.contains(*id))
            ids.append(*id);
        else if (!id && exit == CliContext::NotFound)
            unresolved.append(selector);
        else if (!id)
            return exit;
    }
    if (ids.isEmpty())
        return CliContext::NotFound;
    ApiError error;
    QHash<QString, Identity::State> states;
    const QHash<QString, QString> labels = labelsOf(cli, ids, &error, &states);
    if (!error.isNull()) {
        cli.fail(error);
        return CliContext::exitFor(error);
    }
    QStringList known;
    QStringList unknown;
    for (const QString &id : ids)
        (labels.contains(id) ? known : unknown).append(id);
    for (const QString &id : std::as_const(unknown))
        cli.fail(QStringLiteral("no identity has the id %1; it is left out").arg(id));
    unknown += unresolved; // said by resolve(); the exit code says that not all were found
    if (known.isEmpty())
        return CliContext::NotFound;
    // An identity already in the state asked for is said so and left out: nothing is sent or
    // recorded for it, and the confirmation speaks only of real changes.
    QStringList unchanged;
    if (action != BulkOperation::Action::Delete) {
        const bool activate = action == BulkOperation::Action::Activate;
        const Identity::State wanted = activate ? Identity::State::Active : Identity::State::Inactive;
        for (const QString &id : std::as_const(known)) {
            if (states.value(id, Identity::State::Unknown) != wanted)
                continue;
            unchanged.append(id);
            const QString label = labels.value(id);
            cli.fail(QStringLiteral("%1 is already %2; nothing was sent for it")
                         .arg(label.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(label, id),
                              activate ? QStringLiteral("active") : QStringLiteral("inactive")));
        }
        for (const QString &id : std::as_const(unchanged))
            known.removeAll(id);
    }
    const auto reportUnchanged = [&](BulkReport &report) {
        for (const QString &id : std::as_const(unchanged))
            report.addUnchanged(id, labels.value(id));
    };
    if (known.isEmpty()) {
        BulkReport report(cli, parser);
        reportUnchanged(report);
        const int exit = report.finish();
        return unknown.isEmpty() || exit != CliContext::Done ? exit : CliContext::PartlyFailed;
    }

    if (known.size() == 1) {
        // One identity: the detail pane's action, confirmed with its words and typed identifier.
        const QString id = known.first();
        const QString label = labels.value(id);
        const bool activate = action == BulkOperation::Action::Activate;
        const ActionText text = action == BulkOperation::Action::Delete ? IdentityActions::describeDelete(id, label)
                                : revokeToo ? IdentityActions::describeDeactivateAndRevoke(id, label)
                                            : IdentityActions::describeSetState(id, label, activate);
        const int confirmed = cli.confirm(text, label.isEmpty() ? id : label);
        if (confirmed != CliContext::Done)
            return confirmed;
        IdentityActions actions(cli.client(), cli.audit());
        ApiError failure;
        if (action == BulkOperation::Action::Delete) {
            failure = cli.wait<NoContent>([&](auto done) { actions.remove(id, label, &actions, done); }).error();
        } else if (revokeToo) {
            failure = cli.wait<NoContent>([&](auto done) {
                             actions.deactivateAndRevoke(
                                 id, label, &actions,
                                 [done](const ApiResult<Identity> &r) {
                                     if (!r.ok())
                                         done(r.error());
                                 },
                                 done);
                         })
                          .error();
        } else {
            failure =
                cli.wait<Identity>([&](auto done) { actions.setState(id, label, activate, &actions, done); }).error();
        }
        BulkReport report(cli, parser);
        reportUnchanged(report);
        report.add(id, label, failure);
        const int exit = report.finish();
        return unknown.isEmpty() || exit != CliContext::Done ? exit : CliContext::PartlyFailed;
    }
    const ActionText text = BulkOperation::describe(action, int(known.size()));
    const int confirmed = cli.confirm(text, text.destructive ? QString::number(known.size()) : QString());
    if (confirmed != CliContext::Done)
        return confirmed;
    BulkOperation operation(cli.client(), cli.audit(), action, known, BulkReport::concurrency(parser), nullptr, labels);
    BulkReport report(cli, parser);
    reportUnchanged(report);
    const int exit = report.run(&operation);
    return unknown.isEmpty() || exit != CliContext::Done ? exit : CliContext::PartlyFailed;
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
