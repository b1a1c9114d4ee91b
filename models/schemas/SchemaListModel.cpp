// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaListModel.h"

#include "PlainText.h"

SchemaListModel::SchemaListModel(KratosClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{}

void SchemaListModel::reload()
{
    ++m_generation;
    m_incoming.clear();
    m_trail.reset();
    m_loading = true;
    fetch(QString(), m_generation);
}

void SchemaListModel::clear()
{
    ++m_generation;
    m_loading = false;
    m_incoming.clear();
    beginResetModel();
    m_schemas.clear();
    endResetModel();
}

void SchemaListModel::fetch(const QString &pageToken, quint64 generation)
{
    m_client->listIdentitySchemas(
        m_pageSize, pageToken, this, [this, generation, pageToken](const ApiResult<Page<IdentitySchema>> &result) {
            if (generation != m_generation)
                return; // a newer reload or a profile switch happened meanwhile
            if (!result.ok()) {
                m_loading = false;
                Q_EMIT failed(result.error());
                return;
            }
            m_incoming.append(result.value().items);
            ApiError loop = m_trail.follow(pageToken, result.value().nextPageToken, result.value().items.size());
            if (!loop.isNull()) {
                m_loading = false;
                m_incoming.clear();
                loop.setContext(QStringLiteral("List identity schemas"), "GET", QStringLiteral("/schemas"), QString());
                Q_EMIT failed(loop);
                return;
            }
            if (result.value().hasMore()) {
                fetch(result.value().nextPageToken, generation);
                return;
            }
            m_loading = false;
            beginResetModel();
            m_schemas = std::exchange(m_incoming, {});
            endResetModel();
            Q_EMIT loaded();
        });
}

int SchemaListModel::rowOf(const QString &schemaId) const
{
    for (int i = 0; i < m_schemas.size(); ++i)
        if (m_schemas.at(i).id == schemaId)
            return i;
    return -1;
}

const IdentitySchema *SchemaListModel::schema(int row) const
{
    return row >= 0 && row < m_schemas.size() ? &m_schemas.at(row) : nullptr;
}

int SchemaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schemas.size());
}

QVariant SchemaListModel::data(const QModelIndex &index, int role) const
{
    const IdentitySchema *s = schema(index.row());
    if (!s || index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = s->schema.value(QLatin1String("title")).toString();
        return title.isEmpty() ? s->id : QStringLiteral("%1 — %2").arg(s->id, title);
    }
    case Qt::ToolTipRole:
        return PlainText::toolTip(s->schema.value(QLatin1String("$id")).toString());
    case IdRole:
        return s->id;
    case SchemaRole:
        return s->schema;
    default:
        return {};
    }
}
