// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdentitySchema.h"
#include "KratosClient.h"
#include "PageTrail.h"

#include <QAbstractListModel>

// The identity schemas of the connected Kratos (GET /schemas), every page of them: schemas are
// few, and the page needs all of them to pick one by id.
class SchemaListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SchemaRole // the JSON Schema document, as a QJsonObject
    };
    static constexpr int DefaultPageSize = 500; // the most GET /schemas allows

    explicit SchemaListModel(KratosClient *client, QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }
    void reload();
    void clear();
    bool isLoading() const { return m_loading; }
    int rowOf(const QString &schemaId) const;
    const IdentitySchema *schema(int row) const;
    QList<IdentitySchema> schemas() const { return m_schemas; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const ApiError &error);

private:
    void fetch(const QString &pageToken, quint64 generation);

    KratosClient *m_client;
    QList<IdentitySchema> m_schemas;
    QList<IdentitySchema> m_incoming;
    PageTrail m_trail;
    int m_pageSize = DefaultPageSize;
    quint64 m_generation = 0;
    bool m_loading = false;
};
