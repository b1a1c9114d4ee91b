// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BulkOperation.h"
#include "Identity.h"
#include "IdentityListQuery.h"
#include "IdentitySearch.h"
#include "Page.h"
#include "SchemaCatalog.h"

#include <QStringList>

class ApiError;
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
    // Every page of `query`, identities parsed as they come; those that cannot be read are
    // reported and counted in `unreadable`.
    static ApiError listAll(CliContext &cli, IdentityListQuery query, QList<Identity> *out,
                            qsizetype *unreadable = nullptr);
    // Each identity the server listed that could not be read, on stderr: never left out unseen.
    static void reportUnreadable(const CliContext &cli, const QList<UnreadableItem> &items);

private:
    static int find(CliContext &cli, const QStringList &args);
    // find --any: every identity loaded, those with `text` in any trait or the id kept.
    static int findInAnyTrait(CliContext &cli, const QString &text, QList<Identity> *found, qsizetype *unreadable);
    // find's searches in turn, until one finds someone.
    static int findByModes(CliContext &cli, const QList<IdentitySearch::Mode> &modes, const QString &text,
                           QList<Identity> *found, qsizetype *unreadable);
    static int get(CliContext &cli, const QStringList &args);
    static int patch(CliContext &cli, const QStringList &args);
    static int import(CliContext &cli, const QStringList &args);
};
