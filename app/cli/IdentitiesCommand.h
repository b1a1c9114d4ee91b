// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkOperation.h"
#include "Identity.h"
#include "SchemaCatalog.h"

#include <QHash>
#include <QStringList>

class CliContext;

// `kratos-desk identities find|get|export|deactivate|activate|delete|patch|import`: the
// Identities page's search, export, state changes, edit and import from a terminal, through the
// same action classes (IdentitySearch, ExportJob, IdentityActions, BulkOperation,
// IdentityImporter), confirmed and audited alike.
class IdentitiesCommand
{
public:
    static int run(CliContext &cli, const QString &verb, const QStringList &args);
    static QStringList verbs();
    // Columns of an identity row in a table or CSV, and its cells.
    static QStringList columns();
    static QStringList cells(const Identity &identity, const SchemaCatalog &catalog);
    // Ids from the arguments, or one a line from stdin when there are none (or the one is "-").
    static QStringList readIds(const QStringList &arguments);
    // The id of the identity `selector` names: an id, an exact login identifier (e-mail, username,
    // phone) or an external id. A selector naming more than one identity is refused with the
    // matches listed (`exit` Usage); none: NotFound. Null after saying why.
    static std::optional<QString> resolve(CliContext &cli, const QString &selector, int *exit);
    // The identity `key` names (as resolve() reads it). Null after saying why (`exit` set to
    // NotFound, Usage or the error's code).
    static std::optional<Identity> lookUp(CliContext &cli, const QString &key, int *exit);

private:
    static int find(CliContext &cli, const QStringList &args);
    static int get(CliContext &cli, const QStringList &args);
    static int exportAll(CliContext &cli, const QStringList &args);
    static int change(CliContext &cli, BulkOperation::Action action, const QStringList &args);
    static int patch(CliContext &cli, const QStringList &args);
    static int import(CliContext &cli, const QStringList &args);
    // Labels (login identifiers) of `ids` read in pages of 100; ids Kratos does not know are left out.
    // The labels of the identities found among `ids`; with `states`, their states too.
    static QHash<QString, QString> labelsOf(CliContext &cli, const QStringList &ids, ApiError *error,
                                            QHash<QString, Identity::State> *states = nullptr);
};
