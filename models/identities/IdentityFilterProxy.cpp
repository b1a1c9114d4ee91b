// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityFilterProxy.h"

#include "IdentityListModel.h"
#include "SearchFold.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>
#include <utility>

namespace {

// A dataChanged over more rows than this is passed on whole and followed by a new computation,
// instead of looking at each row on the UI thread.
constexpr int RowsLookedAtOneByOne = 1000;

} // namespace

IdentityFilterProxy::IdentityFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &IdentityFilterProxy::finished);
}

// A computation still running keeps its own snapshot; its result is dropped with the watcher.
IdentityFilterProxy::~IdentityFilterProxy() = default;

void IdentityFilterProxy::setQuery(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query)
        return;
    m_query = trimmed;
    m_criteria.lowerQuery = SearchFold::fold(trimmed);
    ++m_criteriaGeneration;
    request();
}

void IdentityFilterProxy::setStateFilter(std::optional<Identity::State> state)
{
    if (state == m_criteria.state)
        return;
    m_criteria.state = state;
    ++m_criteriaGeneration;
    request();
}

void IdentityFilterProxy::setLastSignIns(std::shared_ptr<const LastSignIns> signIns)
{
    m_criteria.signIns = std::move(signIns);
    if (m_criteria.sortColumn != IdentityListModel::LastSignInColumn)
        return;
    ++m_criteriaGeneration;
    request();
}

void IdentityFilterProxy::sort(int column, Qt::SortOrder order)
{
    column = qMax(-1, column);
    if (column == m_criteria.sortColumn && (column < 0 || order == m_criteria.order))
        return;
    m_criteria.sortColumn = column;
    m_criteria.order = order;
    ++m_criteriaGeneration;
    request();
}

void IdentityFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(model);
    m_identities = qobject_cast<IdentityListModel *>(model);
    if (m_identities) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &IdentityFilterProxy::beginResetModel);
        connect(model, &QAbstractItemModel::modelReset, this, &IdentityFilterProxy::sourceReset);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &IdentityFilterProxy::beginResetModel);
        connect(model, &QAbstractItemModel::layoutChanged, this, &IdentityFilterProxy::sourceReset);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { sourceRowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &, int first, int last) { sourceRowsAboutToBeRemoved(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { sourceRowsRemoved(first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this, &IdentityFilterProxy::sourceDataChanged);
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
        connect(model, &QObject::destroyed, this, [this]() {
            beginResetModel();
            m_identities = nullptr;
            sourceReset();
        });
    }
    sourceReset();
}

void IdentityFilterProxy::sourceReset()
{
    // Between beginResetModel() and here.
    ++m_sourceGeneration;
    m_matches = {};
    m_rows.clear();
    m_spare = {};
    const int rows = m_identities ? m_identities->rowCount() : 0;
    m_shownAt.assign(size_t(rows), -1);
    const bool everyRow = m_criteria.lowerQuery.isEmpty() && !m_criteria.state && !sorted();
    if (everyRow) {
        m_rows.resize(size_t(rows));
        for (int row = 0; row < rows; ++row)
            m_rows[size_t(row)] = m_shownAt[size_t(row)] = row;
    }
    endResetModel();
    if (!everyRow && rows > 0)
        request();
    else if (m_running)
        m_wanted = true; // what runs is for rows that are gone
}

void IdentityFilterProxy::request()
{
    if (!m_identities)
        return;
    if (m_running) {
        m_wanted = true;
        return;
    }
    start();
}

void IdentityFilterProxy::start()
{
    const bool wasSettled = isSettled();
    m_wanted = false;
    m_running = true;
    if (wasSettled)
        Q_EMIT computing();
    m_runningCriteria = m_criteriaGeneration;
    m_runningSource = m_sourceGeneration;
    m_runningQuery = m_criteria.lowerQuery;
    const IdentityStore snapshot = m_identities->snapshot();
    const IdentityRowSelection::Criteria criteria = m_criteria;
    RowBits refine;
    if (!m_matchesQuery.isEmpty() && m_matches.size() == snapshot.size() &&
        criteria.lowerQuery.contains(m_matchesQuery))
        refine = m_matches;
    m_watcher.setFuture(QtConcurrent::run([snapshot, criteria, refine = std::move(refine),
                                           spare = std::exchange(m_spare, {})]() mutable {
        return IdentityRowSelection::compute(snapshot, criteria, refine.empty() ? nullptr : &refine, std::move(spare));
    }));
}

void IdentityFilterProxy::finished()
{
    m_running = false;
    IdentityRowSelection::Result result = m_watcher.future().takeResult();
    const bool sameRows = m_runningSource == m_sourceGeneration;
    if (sameRows && !result.matches.empty()) {
        // What the next, longer query refines, also when the criteria changed meanwhile ("ann"
        // typed while "a" ran searches only the rows with "a").
        m_matchesQuery = m_runningQuery;
        m_matches = std::move(result.matches);
    }
    if (sameRows && m_runningCriteria == m_criteriaGeneration)
        apply(std::move(result));
    else if (m_spare.rows.empty())
        m_spare = std::move(result); // its buffers serve the next computation
    if (m_wanted)
        start();
    else
        Q_EMIT settled();
}

void IdentityFilterProxy::apply(IdentityRowSelection::Result result)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sources.push_back(size_t(index.row()) < m_rows.size() ? m_rows[size_t(index.row())] : -1);
    // The rows shown until now lend their buffers to the next computation.
    m_spare.rows = std::exchange(m_rows, std::move(result.rows));
    m_spare.shownAt = std::exchange(m_shownAt, std::move(result.shownAt));
    // Rows that came after the snapshot: filtered here when unsorted; when sorted, they came with
    // a request for the next computation.
    const int sourceRows = m_identities->rowCount();
    m_shownAt.resize(size_t(sourceRows), -1);
    if (!sorted()) {
        for (int row = result.storeRows; row < sourceRows; ++row) {
            if (IdentityRowSelection::accepts(m_identities->store(), row, m_criteria)) {
                m_shownAt[size_t(row)] = int(m_rows.size());
                m_rows.push_back(row);
            }
        }
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int shown = sources[size_t(i)] >= 0 ? m_shownAt[size_t(sources[size_t(i)])] : -1;
        after.append(shown >= 0 ? index(shown, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void IdentityFilterProxy::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    if (size_t(first) < m_shownAt.size()) {
        // Inserted in the middle (IdentityListModel only appends): the rows are shown afresh.
        ++m_sourceGeneration;
        m_matches = {};
        for (int &row : m_rows)
            row += row >= first ? count : 0;
        m_shownAt.insert(m_shownAt.begin() + first, size_t(count), -1);
        request();
        return;
    }
    m_shownAt.resize(size_t(last) + 1, -1);
    if (sorted()) {
        request(); // they join in their places with the next computation
        return;
    }
    showAppended(first, last);
}

void IdentityFilterProxy::showAppended(int first, int last)
{
    std::vector<int> accepted;
    for (int row = first; row <= last; ++row)
        if (IdentityRowSelection::accepts(m_identities->store(), row, m_criteria))
            accepted.push_back(row);
    if (accepted.empty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(accepted.size()) - 1);
    for (const int row : accepted) {
        m_shownAt[size_t(row)] = int(m_rows.size());
        m_rows.push_back(row);
    }
    endInsertRows();
}

void IdentityFilterProxy::sourceRowsAboutToBeRemoved(int first, int last)
{
    std::vector<int> shown;
    for (int row = first; row <= last && size_t(row) < m_shownAt.size(); ++row)
        if (m_shownAt[size_t(row)] >= 0)
            shown.push_back(m_shownAt[size_t(row)]);
    removeShown(std::move(shown));
}

void IdentityFilterProxy::sourceRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    for (int &row : m_rows)
        row -= row > last ? count : 0;
    if (size_t(first) < m_shownAt.size())
        m_shownAt.erase(m_shownAt.begin() + first, m_shownAt.begin() + qMin(size_t(last) + 1, m_shownAt.size()));
    ++m_sourceGeneration;
    m_matches = {};
    if (m_running)
        m_wanted = true; // what runs is for the rows as they were
}

void IdentityFilterProxy::removeShown(std::vector<int> proxyRows)
{
    if (proxyRows.empty())
        return;
    std::sort(proxyRows.begin(), proxyRows.end(), std::greater<int>());
    size_t i = 0;
    while (i < proxyRows.size()) {
        // One removal per run of consecutive rows, from the last run up.
        size_t j = i + 1;
        while (j < proxyRows.size() && proxyRows[j] == proxyRows[j - 1] - 1)
            ++j;
        const int low = proxyRows[j - 1];
        const int high = proxyRows[i];
        beginRemoveRows({}, low, high);
        for (int row = low; row <= high; ++row)
            m_shownAt[size_t(m_rows[size_t(row)])] = -1;
        m_rows.erase(m_rows.begin() + low, m_rows.begin() + high + 1);
        endRemoveRows();
        i = j;
    }
    renumberFrom(proxyRows.back());
}

void IdentityFilterProxy::renumberFrom(int proxyRow)
{
    for (size_t i = size_t(proxyRow); i < m_rows.size(); ++i)
        m_shownAt[size_t(m_rows[i])] = int(i);
}

void IdentityFilterProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                            const QList<int> &roles)
{
    ++m_sourceGeneration;
    m_matches = {};
    if (m_running)
        m_wanted = true;
    const int first = topLeft.row();
    const int last = qMin(bottomRight.row(), int(m_shownAt.size()) - 1);
    const bool everyRow = m_criteria.lowerQuery.isEmpty() && !m_criteria.state && !sorted();
    if (last - first >= RowsLookedAtOneByOne) {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, topLeft.column()), index(int(m_rows.size()) - 1, bottomRight.column()), roles);
        if (!everyRow)
            request();
        return;
    }
    bool resort = false;
    std::vector<int> gone;
    std::vector<int> come;
    for (int row = first; row <= last; ++row) {
        const int shown = m_shownAt[size_t(row)];
        const bool accepted = IdentityRowSelection::accepts(m_identities->store(), row, m_criteria);
        if (shown >= 0 && accepted) {
            Q_EMIT dataChanged(index(shown, topLeft.column()), index(shown, bottomRight.column()), roles);
            resort = resort || sorted();
        } else if (shown >= 0) {
            gone.push_back(shown);
        } else if (accepted) {
            if (sorted())
                resort = true;
            else
                come.push_back(row);
        }
    }
    removeShown(std::move(gone));
    for (const int row : come) {
        // In the server's order: where the row's neighbours are.
        const auto at = std::lower_bound(m_rows.begin(), m_rows.end(), row);
        const int position = int(at - m_rows.begin());
        beginInsertRows({}, position, position);
        m_rows.insert(at, row);
        renumberFrom(position);
        endInsertRows();
    }
    if (resort)
        request();
}

QModelIndex IdentityFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || size_t(row) >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex IdentityFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex IdentityFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int IdentityFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IdentityFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_identities ? 0 : m_identities->columnCount();
}

bool IdentityFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex IdentityFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || !m_identities ||
        size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_identities->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex IdentityFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_identities || size_t(sourceIndex.row()) >= m_shownAt.size())
        return {};
    const int shown = m_shownAt[size_t(sourceIndex.row())];
    return shown < 0 ? QModelIndex() : index(shown, sourceIndex.column());
}
