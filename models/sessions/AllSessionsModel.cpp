// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllSessionsModel.h"

#include "DisplayTime.h"
#include "IdentityListModel.h"
#include "StatusColors.h"

#include "KratosClient.h"
#include "Session.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QtConcurrent>

AllSessionsModel::AllSessionsModel(KratosClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_worker.setMaxThreadCount(1);
}

AllSessionsModel::~AllSessionsModel()
{
    ++m_generation;
    m_worker.waitForDone(); // a page still being parsed must not outlive the catalog copy's owner
}

int AllSessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllSessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllSessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionRow &r = m_rows.at(index.row());
    const auto when = [](const QDateTime &t) { return DisplayTime::cell(t); };
    switch (role) {
    case SessionIdRole:
        return r.id;
    case IdentityIdRole:
        return r.identityId;
    case ActiveRole:
        return r.active;
    case SearchRole: // made when asked rather than kept: a row costs less than half as much
        // What the row shows: the assurance level as in its column ("AAL2"), methods with providers.
        return QString(r.identityLabel + QLatin1Char('\n') + r.identityId + QLatin1Char('\n') + r.id +
                       QLatin1Char('\n') + r.aal.toUpper() + QLatin1Char('\n') + r.methods + QLatin1Char('\n') +
                       r.lastDevice);
    case SortRole:
        switch (index.column()) {
        case AuthenticatedColumn:
            return r.authenticatedAt;
        case ExpiresColumn:
            return r.expiresAt;
        case ActiveColumn:
            return r.active;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == DeviceColumn)
            return r.lastDevice;
        if (index.column() == IdentityColumn)
            return r.identityId;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ActiveColumn)
            return StatusColors::text(r.active ? StatusColors::Tone::Success : StatusColors::Tone::Muted);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdentityColumn:
            return r.identityLabel;
        case AuthenticatedColumn:
            return when(r.authenticatedAt);
        case ExpiresColumn:
            return when(r.expiresAt);
        case AalColumn:
            return r.aal.toUpper();
        case MethodsColumn:
            return r.methods;
        case DeviceColumn:
            return r.lastDevice;
        case ActiveColumn:
            return r.active ? tr("active") : tr("inactive");
        case IdColumn:
            return r.id;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AllSessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdentityColumn:
        return tr("Identity");
    case AuthenticatedColumn:
        return tr("Authenticated");
    case ExpiresColumn:
        return tr("Expires");
    case AalColumn:
        return tr("AAL");
    case MethodsColumn:
        return tr("Methods");
    case DeviceColumn:
        return tr("Last device");
    case ActiveColumn:
        return tr("Active");
    case IdColumn:
        return tr("Session ID");
    default:
        return {};
    }
}

bool AllSessionsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_loading && m_lastError.isNull();
}

void AllSessionsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        request(m_nextToken);
}

void AllSessionsModel::request(const QString &pageToken)
{
    SessionListQuery query;
    query.pageSize = m_loadAll ? KratosClient::MaxSessionPageSize : PageSize;
    query.pageToken = pageToken;
    query.active = m_active;
    query.expandIdentity = true; // without it a session does not say whose it is
    query.expandDevices = true;
    const quint64 generation = m_generation;
    m_loading = true;
    Q_EMIT loadingChanged(true);
    m_client->listSessionsRaw(query, this, [this, generation, pageToken](const ApiResult<RawPage> &result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result.ok()) {
            m_loadAll = false;
            m_failedToken = pageToken;
            m_lastError = result.error();
            Q_EMIT loadingChanged(isLoading());
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        const RawPage &page = result.value();
        const ApiError loop = m_trail.follow(pageToken, page.nextPageToken, page.body.size() > 2 ? 1 : 0);
        m_nextToken = loop.isNull() ? page.nextPageToken : QString();
        m_complete = !page.hasMore();
        if (m_complete || !loop.isNull())
            m_loadAll = false;
        if (!loop.isNull()) {
            // This page is shown; the one it links to was read before (Retry reloads).
            m_pagingBroken = true;
            m_lastError = loop;
            m_lastError.setContext(tr("List sessions"), "GET", QStringLiteral("/admin/sessions"),
                                   m_client->connection().adminUrl.host());
            Q_EMIT loadFailed(m_lastError);
        }
        ++m_pendingPages;
        auto *watcher = new QFutureWatcher<PreparedPage>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, pageToken]() {
            watcher->deleteLater();
            if (generation == m_generation)
                pagePrepared(watcher->result(), pageToken);
        });
        watcher->setFuture(QtConcurrent::run(
            &m_worker, [body = page.body, catalog = m_catalog]() { return preparePage(body, catalog); }));
        if (m_loadAll && loop.isNull())
            request(m_nextToken); // the next page travels while this one is parsed
    });
}

void AllSessionsModel::pagePrepared(const PreparedPage &page, const QString &pageToken)
{
    --m_pendingPages;
    if (!page.problem.isEmpty()) {
        // Nothing after a page that cannot be read; Retry asks for this page again.
        ++m_generation;
        m_pendingPages = 0;
        m_loading = false;
        m_loadAll = false;
        m_complete = false;
        m_failedToken = pageToken;
        m_lastError = ApiError(ApiError::Kind::Malformed, page.problem);
        m_lastError.setContext(tr("List sessions"), "GET", QStringLiteral("/admin/sessions"),
                               m_client->connection().adminUrl.host());
        Q_EMIT loadingChanged(false);
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (!m_readAt.isValid())
        m_readAt = QDateTime::currentDateTime();
    if (!page.rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size()) - 1);
        m_rows.append(page.rows);
        endInsertRows();
    }
    Q_EMIT pageLoaded(int(page.rows.size()));
    if (!isLoading())
        Q_EMIT loadingChanged(false);
}

AllSessionsModel::PreparedPage AllSessionsModel::preparePage(const QByteArray &body, const SchemaCatalog &catalog)
{
    PreparedPage out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        out.problem = pe.error != QJsonParseError::NoError
                          ? tr("invalid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString())
                          : tr("expected a JSON array");
        return out;
    }
    const QJsonArray array = doc.array();
    out.rows.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::optional<Session> session =
            array.at(i).isObject() ? Session::fromJson(array.at(i).toObject()) : std::nullopt;
        if (!session) {
            out.rows.clear();
            out.problem = tr("list item %1 is not a valid session").arg(i + 1);
            return out;
        }
        out.rows.append(rowFor(*session, catalog));
    }
    return out;
}

SessionRow AllSessionsModel::rowFor(const Session &session, const SchemaCatalog &catalog)
{
    SessionRow r;
    r.id = session.id;
    r.active = session.active;
    r.authenticatedAt = session.authenticatedAt;
    r.issuedAt = session.issuedAt;
    r.expiresAt = session.expiresAt;
    r.aal = session.aal;
    if (session.identity) {
        r.identityId = session.identity->id;
        r.identityLabel = IdentityListModel::primaryIdentifier(*session.identity, &catalog);
    }
    if (r.identityLabel.isEmpty())
        r.identityLabel = r.identityId.isEmpty() ? tr("(identity not included)") : r.identityId;
    QStringList methods;
    for (const AuthenticationMethod &m : session.authenticationMethods) {
        const QString name = m.method.isEmpty() ? tr("unknown") : m.method;
        if (!methods.contains(name) || !m.provider.isEmpty())
            methods.append(m.provider.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, m.provider));
    }
    r.methods = methods.join(QStringLiteral(", "));
    if (!session.devices.isEmpty()) {
        const SessionDevice &d = session.devices.constLast();
        QStringList parts;
        for (const QString &part : {d.ipAddress, d.location, d.userAgent}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        r.lastDevice = parts.join(QStringLiteral(" · "));
    }
    return r;
}

void AllSessionsModel::setActiveFilter(std::optional<bool> active)
{
    m_active = active;
    reload();
}

void AllSessionsModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_readAt = {};
    m_pendingPages = 0;
    m_nextToken.clear();
    m_failedToken.clear();
    m_trail.reset();
    m_pagingBroken = false;
    m_complete = false;
    m_loading = false;
    m_loadAll = false;
    m_lastError = ApiError();
    endResetModel();
    fetchMore({});
}

void AllSessionsModel::loadAll()
{
    if (isComplete())
        return;
    m_loadAll = true;
    if (canFetchMore({}))
        request(m_nextToken);
}

void AllSessionsModel::retry()
{
    if (m_lastError.isNull())
        return;
    m_lastError = ApiError();
    if ((m_rows.isEmpty() && m_failedToken.isEmpty()) || m_pagingBroken) {
        reload();
        return;
    }
    m_complete = false;
    request(m_failedToken);
}

const SessionRow *AllSessionsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AllSessionsModel::rowOf(const QString &sessionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == sessionId)
            return row;
    }
    return -1;
}

void AllSessionsModel::markRevoked(const QStringList &sessionIds)
{
    const QSet<QString> ids(sessionIds.cbegin(), sessionIds.cend());
    for (int row = 0; row < m_rows.size(); ++row) {
        if (ids.contains(m_rows.at(row).id) && m_rows.at(row).active) {
            m_rows[row].active = false;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int AllSessionsModel::activeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const SessionRow &r) { return r.active; }));
}
