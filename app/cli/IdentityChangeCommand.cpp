// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityChangeCommand.h"

#include "BulkReport.h"
#include "CliContext.h"
#include "IdentitiesCommand.h"
#include "IdentityActions.h"
#include "IdentityListModel.h"
#include "KratosClient.h"

#include <QCommandLineParser>

int IdentityChangeCommand::run(CliContext &cli, BulkOperation::Action action, const QStringList &args)
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
    const QStringList selectors = IdentitiesCommand::readIds(parser.positionalArguments());
    if (selectors.isEmpty()) {
        cli.fail(QStringLiteral("identities %1: name at least one identity (an id, login identifier or external id; "
                                "or pass them on stdin)")
                     .arg(verb));
        return CliContext::Usage;
    }
    Plan plan;
    plan.action = action;
    plan.revokeToo = action == BulkOperation::Action::Deactivate && parser.isSet(revoke);
    if (selectors.size() > 1 && plan.revokeToo) {
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
    QStringList ids;
    QStringList unresolved;
    if (const int resolved = resolveAll(cli, selectors, &ids, &unresolved); resolved != CliContext::Done)
        return resolved;
    if (ids.isEmpty())
        return CliContext::NotFound;
    ApiError error;
    QHash<QString, Identity::State> states;
    plan.labels = labelsOf(cli, ids, &error, &states);
    if (!error.isNull()) {
        cli.fail(error);
        return CliContext::exitFor(error);
    }
    for (const QString &id : std::as_const(ids))
        (plan.labels.contains(id) ? plan.known : plan.unknown).append(id);
    for (const QString &id : std::as_const(plan.unknown))
        cli.fail(QStringLiteral("no identity has the id %1; it is left out").arg(id));
    plan.unknown += unresolved; // said by resolve(); the exit code says that not all were found
    if (plan.known.isEmpty())
        return CliContext::NotFound;
    leaveOutUnchanged(cli, states, &plan);
    if (plan.known.isEmpty()) {
        BulkReport report(cli, parser);
        addUnchanged(report, plan);
        return exitFor(plan, report.finish());
    }
    return plan.known.size() == 1 ? changeOne(cli, parser, plan) : changeMany(cli, parser, plan);
}

int IdentityChangeCommand::resolveAll(CliContext &cli, const QStringList &selectors, QStringList *ids,
                                      QStringList *unresolved)
{
    // Names that are not ids are looked up; one that names several people stops everything.
    for (const QString &selector : selectors) {
        int exit = CliContext::Done;
        const std::optional<QString> id = IdentitiesCommand::resolve(cli, selector, &exit);
        if (id && !ids->contains(*id))
            ids->append(*id);
        else if (!id && exit == CliContext::NotFound)
            unresolved->append(selector);
        else if (!id)
            return exit;
    }
    return CliContext::Done;
}

QHash<QString, QString> IdentityChangeCommand::labelsOf(CliContext &cli, const QStringList &ids, ApiError *error,
                                                        QHash<QString, Identity::State> *states)
{
    QHash<QString, QString> labels;
    const SchemaCatalog &catalog = cli.schemas();
    constexpr int Chunk = 100;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        IdentityListQuery query;
        query.ids = ids.mid(from, Chunk);
        QList<Identity> found;
        *error = IdentitiesCommand::listAll(cli, query, &found);
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

void IdentityChangeCommand::leaveOutUnchanged(CliContext &cli, const QHash<QString, Identity::State> &states,
                                              Plan *plan)
{
    // An identity already in the state asked for is said so and left out: nothing is sent or
    // recorded for it, and the confirmation speaks only of real changes.
    if (plan->action == BulkOperation::Action::Delete)
        return;
    const bool activate = plan->action == BulkOperation::Action::Activate;
    const Identity::State wanted = activate ? Identity::State::Active : Identity::State::Inactive;
    for (const QString &id : std::as_const(plan->known)) {
        if (states.value(id, Identity::State::Unknown) != wanted)
            continue;
        plan->unchanged.append(id);
        const QString label = plan->labels.value(id);
        cli.fail(QStringLiteral("%1 is already %2; nothing was sent for it")
                     .arg(label.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(label, id),
                          activate ? QStringLiteral("active") : QStringLiteral("inactive")));
    }
    for (const QString &id : std::as_const(plan->unchanged))
        plan->known.removeAll(id);
}

int IdentityChangeCommand::changeOne(CliContext &cli, const QCommandLineParser &parser, const Plan &plan)
{
    // One identity: the detail pane's action, confirmed with its words and typed identifier.
    const QString id = plan.known.first();
    const QString label = plan.labels.value(id);
    const bool activate = plan.action == BulkOperation::Action::Activate;
    const ActionText text = plan.action == BulkOperation::Action::Delete ? IdentityActions::describeDelete(id, label)
                            : plan.revokeToo ? IdentityActions::describeDeactivateAndRevoke(id, label)
                                             : IdentityActions::describeSetState(id, label, activate);
    const int confirmed = cli.confirm(text, label.isEmpty() ? id : label);
    if (confirmed != CliContext::Done)
        return confirmed;
    IdentityActions actions(cli.client(), cli.audit());
    actions.setReason(cli.reason());
    ApiError failure;
    if (plan.action == BulkOperation::Action::Delete) {
        failure = cli.wait<NoContent>([&](auto done) { actions.remove(id, label, &actions, done); }).error();
    } else if (plan.revokeToo) {
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
        failure = cli.wait<Identity>([&](auto done) { actions.setState(id, label, activate, &actions, done); }).error();
    }
    BulkReport report(cli, parser);
    addUnchanged(report, plan);
    report.add(id, label, failure);
    return exitFor(plan, report.finish());
}

int IdentityChangeCommand::changeMany(CliContext &cli, const QCommandLineParser &parser, const Plan &plan)
{
    const ActionText text = BulkOperation::describe(plan.action, int(plan.known.size()));
    const int confirmed = cli.confirm(text, text.destructive ? QString::number(plan.known.size()) : QString());
    if (confirmed != CliContext::Done)
        return confirmed;
    BulkOperation operation(cli.client(), cli.audit(), plan.action, plan.known, BulkReport::concurrency(parser),
                            nullptr, plan.labels);
    operation.setReason(cli.reason());
    BulkReport report(cli, parser);
    addUnchanged(report, plan);
    return exitFor(plan, report.run(&operation));
}

void IdentityChangeCommand::addUnchanged(BulkReport &report, const Plan &plan)
{
    for (const QString &id : std::as_const(plan.unchanged))
        report.addUnchanged(id, plan.labels.value(id));
}

int IdentityChangeCommand::exitFor(const Plan &plan, int exit)
{
    return plan.unknown.isEmpty() || exit != CliContext::Done ? exit : CliContext::PartlyFailed;
}
