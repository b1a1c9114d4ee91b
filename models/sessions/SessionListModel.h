// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "PageTrail.h"
#include "Session.h"

#include <QAbstractTableModel>

class KratosClient;

// The sessions of one identity (offset paging, every page loaded), newest first.
class SessionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionListModel)

public:
    enum Column
    {
        StatusColumn,
        AalColumn,
        MethodsColumn,
        DeviceColumn,
        IssuedColumn,
        ExpiresColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1,
        ActiveRole
    };

    explicit SessionListModel(KratosClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void load(const QString &identityId);
    void clear();
    QString identityId() const { return m_identityId; }
    const Session *sessionAt(int row) const;
    void updateSession(const Session &session);
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(int count);
    void loadFailed(const ApiError &error);

private:
    void fetchPage(const QString &pageToken, quint64 generation);

    KratosClient *m_client;
    QString m_identityId;
    QList<Session> m_rows;
    bool m_loading = false;
    PageTrail m_trail;
    quint64 m_generation = 0;
};
