// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"
#include "IdentityRowSelection.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <QPointer>

#include <optional>
#include <vector>

class IdentityListModel;

// Quick filter and sort over the identities already loaded: a case-insensitive substring of any
// trait value (nested ones too) or of the id, optionally one state, and a sort column.
//
// Unlike QSortFilterProxyModel it never filters or sorts the whole list on the UI thread: a new
// query, state or sort is computed on a worker from a snapshot of the rows
// (IdentityRowSelection) and applied in one layout change, which keeps the selection of rows
// still shown. Until then the previous rows stay. Rows added at the end (the next page) are
// filtered on the UI thread, a page at a time; when sorted they join with the next computation.
// A query that extends the previous one ("ann" after "an") searches only its matches.
class IdentityFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityFilterProxy)

public:
    explicit IdentityFilterProxy(QObject *parent = nullptr);
    ~IdentityFilterProxy() override;

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    void setStateFilter(std::optional<Identity::State> state);
    // What sorting by the Last sign-in column orders by (IdentityListModel::setLastSignIns).
    void setLastSignIns(std::shared_ptr<const LastSignIns> signIns);
    // Only an IdentityListModel is filtered; any other model shows no rows.
    void setSourceModel(QAbstractItemModel *model) override;
    // Column -1 is the server's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The rows shown follow the query, state, sort and every source row: nothing is computing.
    bool isSettled() const { return !m_running && !m_wanted; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    // The rows shown no longer follow the query, state or sort: a computation has started.
    void computing();
    // The rows shown have caught up (see isSettled()).
    void settled();

private:
    void request();
    void start();
    void finished();
    void apply(IdentityRowSelection::Result result);
    void showAppended(int first, int last);
    // Rows from `proxyRow` on moved: where each is shown is written again.
    void renumberFrom(int proxyRow);
    void sourceReset();
    void sourceRowsInserted(int first, int last);
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void removeShown(std::vector<int> proxyRows);
    bool sorted() const { return m_criteria.sortColumn >= 0; }

    QPointer<IdentityListModel> m_identities;
    QString m_query;
    IdentityRowSelection::Criteria m_criteria;
    std::vector<int> m_rows;    // proxy row -> source row
    std::vector<int> m_shownAt; // source row -> proxy row, or -1
    // The matches of m_matchesQuery for every source row, while no row changed: what a query
    // extending it refines.
    RowBits m_matches;
    QString m_matchesQuery;

    // Buffers of rows no longer shown, filled again by the next computation.
    IdentityRowSelection::Result m_spare;
    QFutureWatcher<IdentityRowSelection::Result> m_watcher;
    bool m_running = false;
    bool m_wanted = false; // a computation is wanted after the running one
    // Bumped by every change of criteria, and by every source change other than rows added at
    // the end: a result computed before either is not applied.
    quint64 m_criteriaGeneration = 0;
    quint64 m_sourceGeneration = 0;
    quint64 m_runningCriteria = 0;
    quint64 m_runningSource = 0;
    QString m_runningQuery; // what the running computation matches
};
