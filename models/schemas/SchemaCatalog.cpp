// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaCatalog.h"

namespace {

// The keys from `traits` down to `node` ("name", "first"), or none when the way there is not
// properties only (array items, branches, definitions).
QStringList traitKeys(const SchemaNode *node)
{
    QStringList keys;
    for (const SchemaNode *n = node; n; n = n->parent) {
        if (n->kind != SchemaNode::Kind::Property)
            return {};
        if (n->parent && n->parent->kind == SchemaNode::Kind::Root)
            return n->name == QLatin1String("traits") ? keys : QStringList();
        keys.prepend(n->name);
    }
    return {};
}

} // namespace

void SchemaCatalog::setSchemas(const QList<IdentitySchema> &schemas)
{
    m_entries.clear();
    for (const IdentitySchema &schema : schemas) {
        Entry entry;
        const auto tree = SchemaTree::build(schema.schema);
        for (const SchemaNode *node : tree->nodes()) {
            const QStringList keys = traitKeys(node);
            if (keys.isEmpty())
                continue;
            const QString path = keys.join(QLatin1Char('/'));
            if (!node->title().isEmpty())
                entry.titles.insert(path, node->title());
            if (node->extension.isLoginIdentifier() && !entry.identifiers.contains(path))
                entry.identifiers.append(path);
            if (node->extension.recoveryVia == QLatin1String("email") && entry.recoveryEmail.isEmpty())
                entry.recoveryEmail = path;
            if (node->extension.isLoginIdentifier() && entry.emailIdentifier.isEmpty() &&
                node->effective.value(QLatin1String("format")).toString() == QLatin1String("email"))
                entry.emailIdentifier = path;
            if (node->extension.passkeyDisplayName && entry.passkeyName.isEmpty())
                entry.passkeyName = path;
            if (entry.displayName.isEmpty() &&
                (keys.last() == QLatin1String("name") || keys.last() == QLatin1String("display_name")))
                entry.displayName = path;
        }
        m_entries.insert(schema.id, entry);
    }
}

QStringList SchemaCatalog::identifierPaths(const QString &schemaId) const
{
    return m_entries.value(schemaId).identifiers;
}

QString SchemaCatalog::displayNamePath(const QString &schemaId) const
{
    const Entry entry = m_entries.value(schemaId);
    return entry.displayName.isEmpty() ? entry.passkeyName : entry.displayName;
}

QString SchemaCatalog::recoveryEmailPath(const QString &schemaId) const
{
    const Entry entry = m_entries.value(schemaId);
    return entry.recoveryEmail.isEmpty() ? entry.emailIdentifier : entry.recoveryEmail;
}

QStringList SchemaCatalog::schemaIds() const
{
    QStringList ids = m_entries.keys();
    ids.sort();
    return ids;
}

QString SchemaCatalog::title(const QString &schemaId, const QString &traitPath) const
{
    return m_entries.value(schemaId).titles.value(traitPath);
}

QJsonValue SchemaCatalog::valueAt(const QJsonObject &traits, const QString &path)
{
    QJsonValue current = traits;
    for (const QString &key : path.split(QLatin1Char('/')))
        current = current.toObject().value(key);
    return current;
}
