// SPDX-License-Identifier: GPL-3.0-or-later
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
    const QString lower = trimmed.toLower();
    // Typing on ("ann" after "an") refines the previous result instead of searching every row.
    if (m_matchesValid && !m_lowerQuery.isEmpty() && lower.contains(m_lowerQuery))
        m_refineFrom = std::move(m_matches);
    else
        m_refineFrom.clear();
    m_query = trimmed;
    m_lowerQuery = lower;
    m_matchesValid = false;
    // A full rebuild: filtering 100,000 rows in place removes them range by range, which costs
    // far more than mapping the accepted rows afresh.
    invalidate();
}

void IdentityFilterProxy::setStateFilter(std::optional<Identity::State> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void IdentityFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    if (model) {
        // Connected before the base class's own handlers, so they filter with fresh matches.
        auto stale = [this]() {
            m_matchesValid = false;
            m_refineFrom.clear();
        };
        connect(model, &QAbstractItemModel::dataChanged, this, stale);
        connect(model, &QAbstractItemModel::rowsInserted, this, stale);
        connect(model, &QAbstractItemModel::rowsRemoved, this, stale);
        connect(model, &QAbstractItemModel::modelReset, this, stale);
        connect(model, &QAbstractItemModel::layoutChanged, this, stale);
    }
    m_matchesValid = false;
    m_refineFrom.clear();
    QSortFilterProxyModel::setSourceModel(model);
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
    // Any substring of any trait value (nested ones included) or of the id, for all rows at once.
    const auto *identities = qobject_cast<const IdentityListModel *>(source);
    if (!identities)
        return true;
    if (!m_matchesValid || size_t(sourceRow) >= m_matches.size()) {
        m_matches = identities->matchingRows(m_lowerQuery, m_refineFrom.empty() ? nullptr : &m_refineFrom);
        m_matchesValid = true;
        m_refineFrom.clear();
    }
    return size_t(sourceRow) < m_matches.size() && m_matches[size_t(sourceRow)];
}
