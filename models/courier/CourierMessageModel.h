// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "CourierMessage.h"
#include "CourierMessageQuery.h"
#include "PageTrail.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QMap>

class KratosClient;

// The courier queue, newest first, loaded page by page. Rows never hold a message body: list
// parsing drops it. Kratos's courier page tokens expire after an hour; when that happens the list
// starts again from the newest page by itself and says so (restarted()).
class CourierMessageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierMessageModel)

public:
    enum Column
    {
        CreatedColumn,
        StatusColumn,
        ChannelColumn,
        TemplateColumn,
        RecipientColumn,
        SubjectColumn,
        SendCountColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        StatusRole,
        SortRole
    };

    explicit CourierMessageModel(KratosClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Status: queued, processing, sent, abandoned, or empty for all. Recipient: exact.
    void setFilter(const QString &status, const QString &recipient);
    // The filter the rows were asked for (status and recipient; the page token is internal).
    const CourierMessageQuery &query() const { return m_query; }
    void reload();
    // Keeps fetching pages, at the largest size Kratos serves, until every message is loaded.
    void loadAll();
    void cancelLoadAll() { m_loadAll = false; }
    bool isLoadingAll() const { return m_loadAll; }
    static constexpr int MaxPageSize = 500; // Kratos clamps larger courier pages (ADMIN-API.md §6)
    const CourierMessage *messageAt(int row) const;
    // How many of the loaded messages have each status.
    QMap<QString, int> statusCounts() const;
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_complete; }
    // When the rows shown were read: the first page of the current load (the oldest data in the
    // list); invalid before one arrives.
    QDateTime readAt() const { return m_readAt; }

    ApiError lastError() const { return m_lastError; }

    static QString templateName(const QString &templateType);
    // A message's status (queued, processing, sent, abandoned) or a dispatch's (success, failed)
    // in the user's language; a status Kratos adds later is shown as it is.
    static QString statusText(const QString &status);

Q_SIGNALS:
    void pageLoaded(int rows);
    void loadFailed(const ApiError &error);
    void restarted(const QString &why);

private:
    KratosClient *m_client;
    CourierMessageQuery m_query;
    QList<CourierMessage> m_rows;
    PageTrail m_trail;
    QString m_nextToken;
    bool m_complete = false;
    QDateTime m_readAt;
    bool m_loading = false;
    bool m_loadAll = false;
    quint64 m_generation = 0;
    ApiError m_lastError;
};
