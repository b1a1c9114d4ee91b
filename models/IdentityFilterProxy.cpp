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
    m_lowerQuery = trimmed.toLower();
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
    // Any substring of any trait value (nested ones included) or of the id.
    return source->index(sourceRow, 0, sourceParent)
        .data(IdentityListModel::SearchTextRole)
        .toString()
        .contains(m_lowerQuery);
}
