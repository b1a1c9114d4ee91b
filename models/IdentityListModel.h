#pragma once

#include "ApiError.h"
#include "Identity.h"
#include "IdentityListQuery.h"
#include "SchemaCatalog.h"

#include <QAbstractTableModel>
#include <QList>

class KratosClient;

// Identities as a table, filled page by page (keyset paging) through canFetchMore()/fetchMore():
// one beginInsertRows per page, and a reply that arrives after reload() or a new query is dropped.
// Knows nothing of widgets.
class IdentityListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityListModel)

public:
    enum Column
    {
        IdentifierColumn,
        NameColumn,
        StateColumn,
        VerifiedColumn,
        SchemaColumn,
        CreatedColumn,
        UpdatedColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        IdentityIdRole = Qt::UserRole + 1,
        SortRole,      // raw value for sorting: QDateTime, bool or text
        StateRole,     // Identity::State as int
        SearchTextRole // every trait value and the id, lower-cased, for substring search
    };

    explicit IdentityListModel(KratosClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Starts over with `query` (its page token is ignored).
    void setQuery(const IdentityListQuery &query);
    IdentityListQuery query() const { return m_query; }
    void reload();
    // Keeps fetching pages until every identity is loaded (or cancelLoadAll()).
    void loadAll();
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadAll; }

    const Identity *identityAt(int row) const;
    int rowOf(const QString &id) const;
    // A changed identity replaces its row in place (dataChanged, no reset); a deleted one goes.
    void updateIdentity(const Identity &identity);
    void removeIdentity(const QString &id);
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }
    ApiError lastError() const { return m_lastError; }

    // With the schemas, the identifier column shows the trait each schema marks as the login
    // identifier, and the name column its display-name trait.
    void setSchemas(const SchemaCatalog &catalog);

    // The login identifier shown for an identity: the schema's identifier trait when known, else
    // the email, username or phone trait, else the first string trait.
    static QString primaryIdentifier(const Identity &identity, const SchemaCatalog *catalog = nullptr);
    static QString displayName(const Identity &identity, const SchemaCatalog *catalog = nullptr);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rows);
    void loadFailed(const ApiError &error);

private:
    void setLoading(bool loading);

    KratosClient *m_client;
    IdentityListQuery m_query;
    SchemaCatalog m_catalog;
    QList<Identity> m_rows;
    QStringList m_searchText; // per row, built once when the page arrives
    bool m_loadAll = false;
    QString m_nextToken;
    bool m_complete = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    ApiError m_lastError;
};
