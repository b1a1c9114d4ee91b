// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Identity.h"
#include "IdentityListQuery.h"
#include "IdentityStore.h"
#include "LastSignIns.h"
#include "Page.h"
#include "PageTrail.h"
#include "SchemaCatalog.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QThreadPool>

#include <vector>

class KratosClient;

// Identities as a table, filled page by page (keyset paging) through canFetchMore()/fetchMore():
// one beginInsertRows per page, and a reply that arrives after reload() or a new query is dropped.
// Rows live in a compact IdentityStore; each page is compressed and indexed on a worker thread, in
// order, while the next page is already on its way. Knows nothing of widgets.
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
        LastSignInColumn,
        ExternalIdColumn,
        OrganisationColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        IdentityIdRole = Qt::UserRole + 1,
        SortRole, // raw value for sorting: QDateTime, bool or text
        StateRole // Identity::State as int
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
    // Keeps fetching pages until every identity is loaded (or cancelLoadAll()), by default at the
    // largest page size Kratos serves.
    static constexpr int MaxPageSize = 500;
    void loadAll(int pageSize = MaxPageSize);
    void cancelLoadAll();
    bool isLoadingAll() const { return m_loadAll; }

    // The whole identity of a row, rebuilt from the compact store.
    std::optional<Identity> identityAt(int row) const;
    // A copy of the rows as they are now that any thread may read while the model goes on
    // (copying shares the buffers; nothing is duplicated until the model changes).
    IdentityStore snapshot() const { return m_store; }
    // The rows as they are, for the UI thread.
    const IdentityStore &store() const { return m_store; }
    QString idAt(int row) const;
    int rowOf(const QString &id) const;
    // Which rows contain `text` (case-insensitive) in a trait value or the id.
    // With `within`, only the rows it flags (see IdentityStore::matches).
    RowBits matchingRows(const QString &text, const RowBits *within = nullptr) const;
    // A changed identity replaces its row in place (dataChanged, no reset); a deleted one goes.
    void updateIdentity(const Identity &identity);
    void removeIdentity(const QString &id);
    bool isLoading() const { return m_loading || m_pendingPages > 0; }
    // Every identity of the query is in the table.
    bool isComplete() const { return m_complete && m_pendingPages == 0; }
    // When the rows shown were read: the first page of the current load (the oldest data in the
    // list); invalid before one arrives.
    QDateTime readAt() const { return m_readAt; }

    // Identities the server listed that could not be read (JSON Qt refuses, not an identity),
    // by id where one can be told, with the reason; cleared by a reload.
    const QList<UnreadableItem> &unreadable() const { return m_unreadable; }
    ApiError lastError() const { return m_lastError; }
    // When each identity last signed in (the Sessions page's whole list); null: unknown, and the
    // Last sign-in column says so.
    void setLastSignIns(std::shared_ptr<const LastSignIns> signIns);
    const std::shared_ptr<const LastSignIns> &lastSignIns() const { return m_signIns; }
    // After a failed page: asks for that page again, keeping the rows loaded so far (and "load
    // all" when it was running); without rows it starts over.
    void retry();

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
    // Identities of the pages read so far that could not be read (see unreadable()).
    void unreadableChanged();

private:
    QString lastSignInTip() const;
    void setLoading(bool loading);
    void addPage(const QByteArray &body, quint64 generation, const QString &pageToken);
    // A page made ready off the UI thread, or why it could not be.
    struct PreparedPage
    {
        QList<IdentityStore::Entry> entries;
        QList<UnreadableItem> unreadable; // identities on the page that could not be read
        QString problem;
        int catalogVersion = 0; // the schemas its labels were made with
        QString pageToken;      // the token it was asked for with, to ask again
    };
    static PreparedPage preparePage(const QByteArray &body, const SchemaCatalog &catalog,
                                    const IdentityCompressor &compressor);
    void pagePrepared(quint64 sequence, PreparedPage page);
    // The priority in m_workers of freeing a page once it is stored (preparing one has 0).
    static constexpr int FreeBeforePreparing = 1;
    QMap<quint64, PreparedPage> m_preparedOutOfOrder;
    int m_catalogVersion = 0;
    IdentityStore::Labels labelsOf(const Identity &identity) const;

    KratosClient *m_client;
    IdentityListQuery m_query;
    SchemaCatalog m_catalog;
    IdentityStore m_store;
    std::shared_ptr<const LastSignIns> m_signIns;
    std::shared_ptr<IdentityCompressor> m_compressor; // trained on the first page, then only read
    QThreadPool m_workers; // pages are prepared in parallel and added in the order they arrived
    int m_pendingPages = 0;
    quint64 m_nextPageToSubmit = 0;
    quint64 m_nextPageToAdd = 0;
    bool m_loadAll = false;
    bool m_loadAllBeforeError = false; // "load all" was running when the last page failed
    QList<UnreadableItem> m_unreadable;
    QString m_nextToken;
    PageTrail m_trail;
    bool m_pagingBroken = false; // the server linked back to a page already read
    bool m_complete = false;
    QDateTime m_readAt;
    bool m_loading = false;
    quint64 m_generation = 0;
    ApiError m_lastError;
};
