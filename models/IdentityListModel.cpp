#include "IdentityListModel.h"

#include "KratosClient.h"

#include <QLocale>

IdentityListModel::IdentityListModel(KratosClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

int IdentityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IdentityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void IdentityListModel::setSchemas(const SchemaCatalog &catalog)
{
    m_catalog = catalog;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, IdentifierColumn), index(int(m_rows.size()) - 1, NameColumn),
                           {Qt::DisplayRole, SortRole});
}

QString IdentityListModel::primaryIdentifier(const Identity &identity, const SchemaCatalog *catalog)
{
    if (catalog) {
        for (const QString &path : catalog->identifierPaths(identity.schemaId)) {
            const QJsonValue v = SchemaCatalog::valueAt(identity.traits, path);
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
        }
    }
    for (const char *key : {"email", "username", "phone"}) {
        const QJsonValue v = identity.traits.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    for (auto it = identity.traits.begin(); it != identity.traits.end(); ++it) {
        if (it.value().isString())
            return it.value().toString();
    }
    return QString();
}

QString IdentityListModel::displayName(const Identity &identity, const SchemaCatalog *catalog)
{
    const QString path = catalog ? catalog->displayNamePath(identity.schemaId) : QString();
    const QJsonValue name =
        path.isEmpty() ? identity.traits.value(QLatin1String("name")) : SchemaCatalog::valueAt(identity.traits, path);
    if (name.isString())
        return name.toString();
    if (name.isObject()) {
        const QJsonObject o = name.toObject();
        return QStringList{o.value(QLatin1String("first")).toString(), o.value(QLatin1String("last")).toString()}
            .join(QLatin1Char(' '))
            .trimmed();
    }
    return identity.traits.value(QLatin1String("display_name")).toString();
}

namespace {

void collectText(const QJsonValue &value, QString *out)
{
    if (value.isString()) {
        *out += value.toString().toLower() + QLatin1Char('\n');
    } else if (value.isDouble()) {
        *out += QString::number(value.toDouble()) + QLatin1Char('\n');
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectText(it.value(), out);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectText(v, out);
    }
}

QString searchTextOf(const Identity &identity)
{
    QString text = identity.id + QLatin1Char('\n');
    collectText(identity.traits, &text);
    return text;
}

} // namespace

QVariant IdentityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Identity &identity = m_rows.at(index.row());
    if (role == IdentityIdRole)
        return identity.id;
    if (role == StateRole)
        return int(identity.state);
    if (role == SearchTextRole)
        return m_searchText.at(index.row());
    const bool verified = std::any_of(identity.verifiableAddresses.cbegin(), identity.verifiableAddresses.cend(),
                                      [](const VerifiableAddress &a) { return a.verified; });
    if (role == SortRole) {
        switch (index.column()) {
        case VerifiedColumn:
            return verified;
        case CreatedColumn:
            return identity.createdAt;
        case UpdatedColumn:
            return identity.updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdentifierColumn:
            return primaryIdentifier(identity);
        case NameColumn:
            return displayName(identity);
        case StateColumn:
            return identity.stateText;
        case VerifiedColumn:
            return identity.verifiableAddresses.isEmpty() ? QString() : verified ? tr("verified") : tr("unverified");
        case SchemaColumn:
            return identity.schemaId;
        case CreatedColumn:
            return QLocale().toString(identity.createdAt.toLocalTime(), QLocale::ShortFormat);
        case UpdatedColumn:
            return QLocale().toString(identity.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case IdColumn:
            return identity.id;
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == IdentifierColumn)
        return identity.id;
    return {};
}

QVariant IdentityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdentifierColumn:
        return tr("Identifier");
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case VerifiedColumn:
        return tr("Verified");
    case SchemaColumn:
        return tr("Schema");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

bool IdentityListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_loading && m_lastError.isNull();
}

void IdentityListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    IdentityListQuery query = m_query;
    query.pageToken = m_nextToken;
    const quint64 generation = m_generation;
    setLoading(true);
    m_client->listIdentities(query, this, [this, generation](const ApiResult<Page<Identity>> &result) {
        if (generation != m_generation)
            return; // a reply for a list that is gone
        setLoading(false);
        if (!result.ok()) {
            m_loadAll = false;
            m_lastError = result.error();
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        const Page<Identity> &page = result.value();
        m_nextToken = page.nextPageToken;
        m_complete = !page.hasMore();
        if (!page.items.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.items.size()) - 1);
            m_rows.append(page.items);
            for (const Identity &identity : page.items)
                m_searchText.append(searchTextOf(identity));
            endInsertRows();
        }
        if (m_complete)
            m_loadAll = false;
        Q_EMIT pageLoaded(int(page.items.size()));
        if (m_loadAll)
            fetchMore({});
    });
}

void IdentityListModel::setQuery(const IdentityListQuery &query)
{
    m_query = query;
    m_query.pageToken.clear();
    reload();
}

void IdentityListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_searchText.clear();
    m_loadAll = false;
    m_nextToken.clear();
    m_complete = false;
    m_lastError = ApiError();
    endResetModel();
    setLoading(false);
    fetchMore({});
}

void IdentityListModel::loadAll()
{
    if (m_complete)
        return;
    m_loadAll = true;
    m_query.pageSize = 500; // the largest page: fewer round trips for the same rows
    fetchMore({});
}

void IdentityListModel::cancelLoadAll()
{
    m_loadAll = false;
}

const Identity *IdentityListModel::identityAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int IdentityListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void IdentityListModel::updateIdentity(const Identity &identity)
{
    const int row = rowOf(identity.id);
    if (row < 0)
        return;
    Identity updated = identity;
    // Keep the list's view of credentials: lists do not carry them.
    updated.credentials.clear();
    updated.credentialsIncluded = false;
    m_rows[row] = updated;
    m_searchText[row] = searchTextOf(updated);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                       {Qt::DisplayRole, Qt::ToolTipRole, SortRole, StateRole, IdentityIdRole});
}

void IdentityListModel::removeIdentity(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_searchText.removeAt(row);
    endRemoveRows();
}

void IdentityListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}
