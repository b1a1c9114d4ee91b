// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"

#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

// Quick filter and sort over the identities already loaded: a case-insensitive substring of any
// trait value (nested ones too) or of the id, and optionally one state. Sorting uses the model's
// raw SortRole. The text is matched once for all rows by the IdentityListModel's search buffer.
class IdentityFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityFilterProxy)

public:
    explicit IdentityFilterProxy(QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    void setStateFilter(std::optional<Identity::State> state);
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query;
    QString m_lowerQuery;
    std::optional<Identity::State> m_state;
    mutable std::vector<bool> m_matches; // per source row, for m_lowerQuery
    mutable bool m_matchesValid = false;
    // When the query extends the previous one over unchanged rows: the previous matches, which
    // the new ones can only be a subset of.
    mutable std::vector<bool> m_refineFrom;
};
