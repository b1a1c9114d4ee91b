// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionListModel.h"

#include "DisplayTime.h"
#include "KratosClient.h"
#include "PlainText.h"

#include <QLocale>

SessionListModel::SessionListModel(KratosClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Session &s = m_rows.at(index.row());
    if (role == SessionIdRole)
        return s.id;
    if (role == ActiveRole)
        return s.active;
    if (role == Qt::ToolTipRole && index.column() == DeviceColumn) {
        QStringList lines;
        for (const SessionDevice &d : s.devices)
            lines.append(QStringLiteral("%1 · %2 · %3").arg(d.ipAddress, d.location, d.userAgent));
        return PlainText::toolTip(lines.join(QLatin1Char('\n'))); // user agents are the client's words
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        return s.active ? tr("active") : tr("inactive");
    case AalColumn:
        return s.aal;
    case MethodsColumn: {
        QStringList methods;
        for (const AuthenticationMethod &m : s.authenticationMethods)
            methods.append(m.method);
        return methods.join(QStringLiteral(", "));
    }
    case DeviceColumn:
        return s.devices.isEmpty()
                   ? QString()
                   : QStringLiteral("%1 (%2)%3")
                         .arg(s.devices.first().ipAddress, s.devices.first().location)
                         .arg(s.devices.size() > 1 ? tr(" +%1 more").arg(s.devices.size() - 1) : QString());
    case IssuedColumn:
        return DisplayTime::cell(s.issuedAt);
    case ExpiresColumn:
        return DisplayTime::cell(s.expiresAt);
    case IdColumn:
        return s.id;
    default:
        return {};
    }
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case AalColumn:
        return tr("AAL");
    case MethodsColumn:
        return tr("Methods");
    case DeviceColumn:
        return tr("Device");
    case IssuedColumn:
        return tr("Issued");
    case ExpiresColumn:
        return tr("Expires");
    case IdColumn:
        return tr("Session ID");
    default:
        return {};
    }
}

void SessionListModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_identityId.clear();
    endResetModel();
    m_loading = false;
}

void SessionListModel::load(const QString &identityId)
{
    clear();
    m_identityId = identityId;
    m_loading = true;
    m_trail.reset();
    fetchPage(QString(), m_generation);
}

void SessionListModel::fetchPage(const QString &pageToken, quint64 generation)
{
    SessionListQuery query;
    query.pageSize = 250;
    query.pageToken = pageToken;
    m_client->listIdentitySessions(
        m_identityId, query, this, [this, generation, pageToken](const ApiResult<Page<Session>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_loading = false;
                Q_EMIT loadFailed(result.error());
                return;
            }
            const Page<Session> &page = result.value();
            if (!page.items.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.items.size()) - 1);
                m_rows.append(page.items);
                endInsertRows();
            }
            if (ApiError loop = m_trail.follow(pageToken, page.nextPageToken, page.items.size()); !loop.isNull()) {
                m_loading = false;
                loop.setContext(tr("List the identity's sessions"), "GET",
                                QStringLiteral("/admin/identities/…/sessions"), m_client->connection().adminUrl.host());
                Q_EMIT loadFailed(loop);
                return;
            }
            if (page.hasMore()) {
                fetchPage(page.nextPageToken, generation);
                return;
            }
            m_loading = false;
            Q_EMIT loaded(int(m_rows.size()));
        });
}

const Session *SessionListModel::sessionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void SessionListModel::updateSession(const Session &session)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == session.id) {
            m_rows[row] = session;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                               {Qt::DisplayRole, Qt::ToolTipRole, ActiveRole});
            return;
        }
    }
}
