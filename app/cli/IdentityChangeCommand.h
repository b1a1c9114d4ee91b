// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkOperation.h"
#include "Identity.h"

#include <QHash>
#include <QStringList>

class ApiError;
class BulkReport;
class CliContext;
class QCommandLineParser;

// `kratos-desk identities deactivate|activate|delete ID…`: the identities named by id, login
// identifier or external id (one that names two people stops everything), those already in the
// state asked for said and left out, then the detail pane's action for one identity or a bulk
// operation for several, each confirmed in the window's words and audited alike.
class IdentityChangeCommand
{
public:
    static int run(CliContext &cli, BulkOperation::Action action, const QStringList &args);

private:
    // What is to be done, once the names are resolved.
    struct Plan
    {
        BulkOperation::Action action = BulkOperation::Action::Deactivate;
        bool revokeToo = false;         // deactivate one identity and revoke its sessions
        QStringList known;              // ids to change
        QStringList unknown;            // names that found no one (said already)
        QStringList unchanged;          // ids already in the state asked for (said already)
        QHash<QString, QString> labels; // id -> login identifier
    };

    // The ids `selectors` name (each once); names that found no one go to `unresolved`.
    // CliContext::Done, or the exit code of a name that could not be resolved.
    static int resolveAll(CliContext &cli, const QStringList &selectors, QStringList *ids, QStringList *unresolved);
    // Labels (login identifiers) of the identities found among `ids`, read in pages of 100;
    // with `states`, their states too. Ids Kratos does not know are left out.
    static QHash<QString, QString> labelsOf(CliContext &cli, const QStringList &ids, ApiError *error,
                                            QHash<QString, Identity::State> *states = nullptr);
    // Moves the identities already in the state `plan.action` asks for from known to unchanged.
    static void leaveOutUnchanged(CliContext &cli, const QHash<QString, Identity::State> &states, Plan *plan);
    static int changeOne(CliContext &cli, const QCommandLineParser &parser, const Plan &plan);
    static int changeMany(CliContext &cli, const QCommandLineParser &parser, const Plan &plan);
    // The identities left out as already in that state, as rows of the report.
    static void addUnchanged(BulkReport &report, const Plan &plan);
    // The report's exit code, turned into PartlyFailed when some names found no one.
    static int exitFor(const Plan &plan, int exit);
};
