#include "IdentityFilterProxy.h"

#include "IdentityListModel.h"

IdentityFilterProxy::IdentityFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IdentityListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void IdentityFilterProxy::setQuery(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    invalidateFilter();
}

void IdentityFilterProxy::setStateFilter(std::optional<Identity::State> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

bool IdentityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_state) {
        const int state = source->index(sourceRow, 0, sourceParent).data(IdentityListModel::StateRole).toInt();
        if (state != int(*m_state))
            return false;
    }
    if (m_query.isEmpty())
        return true;
    for (int column :
         {IdentityListModel::IdentifierColumn, IdentityListModel::NameColumn, IdentityListModel::IdColumn}) {
        if (source->index(sourceRow, column, sourceParent).data().toString().contains(m_query, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
