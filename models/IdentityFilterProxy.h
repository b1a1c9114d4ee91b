#pragma once

#include "Identity.h"

#include <QSortFilterProxyModel>

#include <optional>

// Quick filter and sort over the identities already loaded: a case-insensitive substring of any
// trait value (nested ones too) or of the id, and optionally one state. Sorting uses the model's raw SortRole.
class IdentityFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityFilterProxy)

public:
    explicit IdentityFilterProxy(QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    void setStateFilter(std::optional<Identity::State> state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query;
    QString m_lowerQuery;
    std::optional<Identity::State> m_state;
};
