#include "SchemaCatalog.h"

#include <QJsonArray>

namespace {

QJsonObject resolve(const QJsonObject &root, QJsonObject node)
{
    for (int guard = 0; guard < 16 && node.contains(QLatin1String("$ref")); ++guard) {
        const QString ref = node.value(QLatin1String("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/")))
            break;
        QJsonValue target = root;
        for (const QString &token : ref.mid(2).split(QLatin1Char('/')))
            target = target.toObject().value(token);
        node = target.toObject();
    }
    return node;
}

} // namespace

void SchemaCatalog::setSchemas(const QList<IdentitySchema> &schemas)
{
    m_entries.clear();
    for (const IdentitySchema &schema : schemas) {
        Entry entry;
        const QJsonObject traits =
            schema.schema.value(QLatin1String("properties")).toObject().value(QLatin1String("traits")).toObject();
        walk(schema.schema, traits, QString(), &entry, 0);
        m_entries.insert(schema.id, entry);
    }
}

void SchemaCatalog::walk(const QJsonObject &root, const QJsonObject &rawNode, const QString &path, Entry *entry,
                         int depth) const
{
    if (depth > 16)
        return;
    const QJsonObject node = resolve(root, rawNode);
    if (!path.isEmpty()) {
        const QString title = node.value(QLatin1String("title")).toString();
        if (!title.isEmpty())
            entry->titles.insert(path, title);
        const QJsonObject credentials =
            node.value(QLatin1String("ory.sh/kratos")).toObject().value(QLatin1String("credentials")).toObject();
        for (auto it = credentials.begin(); it != credentials.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            if (c.value(QLatin1String("identifier")).toBool() && !entry->identifiers.contains(path))
                entry->identifiers.append(path);
            if (c.value(QLatin1String("display_name")).toBool() && entry->passkeyName.isEmpty())
                entry->passkeyName = path;
        }
        const QString key = path.section(QLatin1Char('/'), -1);
        if (entry->displayName.isEmpty() && (key == QLatin1String("name") || key == QLatin1String("display_name")))
            entry->displayName = path;
    }
    const QJsonObject props = node.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        walk(root, it.value().toObject(), path.isEmpty() ? it.key() : path + QLatin1Char('/') + it.key(), entry,
             depth + 1);
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
