// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "PageTrail.h"
#include "SchemaCatalog.h"
#include "SessionRow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QThreadPool>

#include <optional>

class KratosClient;
struct Session;

// Every session on the server (GET /admin/sessions, keyset paging, newest first) as a table,
// filled page by page through canFetchMore()/fetchMore(). Each page is asked for with the
// identity and the devices expanded, parsed on a worker thread, and kept as a small SessionRow;
// a reply that arrives after reload() or a new filter is dropped. Knows nothing of widgets.
class AllSessionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllSessionsModel)

public:
    enum Column
    {
        IdentityColumn,
        AuthenticatedColumn,
        ExpiresColumn,
        AalColumn,
        MethodsColumn,
        DeviceColumn,
        ActiveColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1,
        IdentityIdRole,
        ActiveRole,
        SortRole,  // raw value for sorting: QDateTime, bool or text
        SearchRole // the text the loaded-rows filter looks in (identity, ids, methods, last device)
    };

    explicit AllSessionsModel(KratosClient *client, QObject *parent = nullptr);
    ~AllSessionsModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Kratos's `active` filter: true for sessions that are neither revoked nor expired, false for
    // the others, nullopt for all. Starts over.
    void setActiveFilter(std::optional<bool> active);
    std::optional<bool> activeFilter() const { return m_active; }
    // The login identifier of each schema labels the rows; rows loaded before keep their labels.
    void setSchemas(const SchemaCatalog &catalog) { m_catalog = catalog; }
    void reload();
    // Keeps fetching pages, at the largest size Kratos serves, until every session is loaded.
    void loadAll();
    void cancelLoadAll() { m_loadAll = false; }
    bool isLoadingAll() const { return m_loadAll; }
    // After a failed page: asks for it again, keeping the rows loaded so far.
    void retry();
    bool isLoading() const { return m_loading || m_pendingPages > 0; }
    bool isComplete() const { return m_complete && m_pendingPages == 0; }
    // When the rows shown were read: the first page of the current load (the oldest data in the
    // list); invalid before one arrives.
    QDateTime readAt() const { return m_readAt; }

    ApiError lastError() const { return m_lastError; }
    const SessionRow *rowAt(int row) const;
    const QList<SessionRow> &rows() const { return m_rows; }
    int rowOf(const QString &sessionId) const;
    // The sessions were revoked here: their rows say inactive without a reload.
    void markRevoked(const QStringList &sessionIds);
    int activeCount() const;

    static constexpr int PageSize = 250;
    // A session's list row, `catalog` naming each schema's login identifier.
    static SessionRow rowFor(const Session &session, const SchemaCatalog &catalog);
    // A page's rows, or why the body is not a session list (nullopt rows).
    struct PreparedPage
    {
        QList<SessionRow> rows;
        QString problem;
    };
    static PreparedPage preparePage(const QByteArray &body, const SchemaCatalog &catalog);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void pageLoaded(int rows);
    void loadFailed(const ApiError &error);

private:
    void request(const QString &pageToken);
    void pagePrepared(const PreparedPage &page, const QString &pageToken);

    KratosClient *m_client;
    SchemaCatalog m_catalog;
    std::optional<bool> m_active;
    QList<SessionRow> m_rows;
    QThreadPool m_worker; // one thread: pages are parsed, and added, in the order they arrived
    int m_pendingPages = 0;
    PageTrail m_trail;
    bool m_pagingBroken = false; // the server linked back to a page already read
    QString m_nextToken;
    QString m_failedToken; // the token of the page that failed, for retry()
    bool m_complete = false;
    QDateTime m_readAt;
    bool m_loading = false;
    bool m_loadAll = false;
    quint64 m_generation = 0;
    ApiError m_lastError;
};
