// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityListModel.h"

#include "DisplayTime.h"
#include "JsonArrayItems.h"
#include "KratosClient.h"
#include "PlainText.h"
#include "SearchFold.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QtConcurrent>
#include <cstdio>

IdentityListModel::IdentityListModel(KratosClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_workers.setMaxThreadCount(2);
    m_compressor = std::make_shared<IdentityCompressor>();
    m_store.setCompressor(m_compressor);
}

int IdentityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store.size();
}

int IdentityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void IdentityListModel::setSchemas(const SchemaCatalog &catalog)
{
    m_catalog = catalog;
    ++m_catalogVersion;
    if (m_store.size() == 0)
        return;
    // The labels come from the schemas: work them out again for the rows already here.
    for (int row = 0; row < m_store.size(); ++row)
        if (const auto identity = m_store.identity(row))
            m_store.setLabels(row, labelsOf(*identity),
                              identity->json.value(QLatin1String("verifiable_addresses")).toArray());
    Q_EMIT dataChanged(index(0, IdentifierColumn), index(m_store.size() - 1, NameColumn), {Qt::DisplayRole, SortRole});
}

IdentityStore::Labels IdentityListModel::labelsOf(const Identity &identity) const
{
    return {primaryIdentifier(identity, &m_catalog), displayName(identity, &m_catalog)};
}

QString IdentityListModel::primaryIdentifier(const Identity &identity, const SchemaCatalog *catalog)
{
    if (catalog) {
        for (const QString &path : catalog->identifierPaths(identity.schemaId)) {
            const QJsonValue v = SchemaCatalog::valueAt(identity.traits, path);
            if (v.isString() && !v.toString().isEmpty())
                return v.toString();
        }
    }
    for (const char *key : {"email", "username", "phone"}) {
        const QJsonValue v = identity.traits.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    for (auto it = identity.traits.begin(); it != identity.traits.end(); ++it) {
        if (it.value().isString())
            return it.value().toString();
    }
    return QString();
}

QString IdentityListModel::displayName(const Identity &identity, const SchemaCatalog *catalog)
{
    const QString path = catalog ? catalog->displayNamePath(identity.schemaId) : QString();
    const QJsonValue name =
        path.isEmpty() ? identity.traits.value(QLatin1String("name")) : SchemaCatalog::valueAt(identity.traits, path);
    if (name.isString())
        return name.toString();
    if (name.isObject()) {
        const QJsonObject o = name.toObject();
        return QStringList{o.value(QLatin1String("first")).toString(), o.value(QLatin1String("last")).toString()}
            .join(QLatin1Char(' '))
            .trimmed();
    }
    return identity.traits.value(QLatin1String("display_name")).toString();
}

QVariant IdentityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == IdentityIdRole)
        return m_store.id(row);
    if (role == StateRole)
        return int(m_store.state(row));
    auto time = [](qint64 ms) {
        return ms == std::numeric_limits<qint64>::min() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };
    if (role == SortRole) {
        switch (index.column()) {
        case VerifiedColumn:
            return m_store.verified(row);
        case CreatedColumn:
            return time(m_store.createdMs(row));
        case UpdatedColumn:
            return time(m_store.updatedMs(row));
        case LastSignInColumn:
            return m_signIns ? time(m_signIns->latestMs(m_store.id(row))) : QDateTime();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdentifierColumn:
            return m_store.identifier(row);
        case NameColumn:
            return m_store.name(row);
        case StateColumn:
            switch (m_store.state(row)) {
            case Identity::State::Active:
                return tr("active");
            case Identity::State::Inactive:
                return tr("inactive");
            case Identity::State::Unknown:
                return m_store.identity(row) ? m_store.identity(row)->stateText : QString();
            }
            return QString();
        case VerifiedColumn:
            return !m_store.hasVerifiableAddresses(row) ? QString()
                   : m_store.verified(row)              ? tr("verified")
                                                        : tr("unverified");
        case SchemaColumn:
            return m_store.schemaId(row);
        case CreatedColumn:
            return DisplayTime::cell(time(m_store.createdMs(row)));
        case UpdatedColumn:
            return DisplayTime::cell(time(m_store.updatedMs(row)));
        case LastSignInColumn:
            if (!m_signIns)
                return tr("unknown");
            return m_signIns->latestMs(m_store.id(row)) == LastSignIns::None
                       ? tr("none kept")
                       : DisplayTime::cell(time(m_signIns->latestMs(m_store.id(row))));
        case ExternalIdColumn:
            return m_store.externalId(row);
        case OrganisationColumn:
            return m_store.organisationId(row);
        case IdColumn:
            return m_store.id(row);
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == IdentifierColumn)
        return PlainText::toolTip(m_store.id(row));
    if (role == Qt::ToolTipRole && index.column() == LastSignInColumn)
        return lastSignInTip();
    return {};
}

QVariant IdentityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdentifierColumn:
        return tr("Identifier");
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case VerifiedColumn:
        return tr("Verified");
    case SchemaColumn:
        return tr("Schema");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Updated");
    case LastSignInColumn:
        return tr("Last sign-in");
    case ExternalIdColumn:
        return tr("External ID");
    case OrganisationColumn:
        return tr("Organisation");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

void IdentityListModel::setLastSignIns(std::shared_ptr<const LastSignIns> signIns)
{
    m_signIns = std::move(signIns);
    if (m_store.size() > 0)
        Q_EMIT dataChanged(index(0, LastSignInColumn), index(m_store.size() - 1, LastSignInColumn));
}

QString IdentityListModel::lastSignInTip() const
{
    if (!m_signIns)
        return tr("Unknown until every session is loaded: on the Sessions page, show all sessions (not only "
                  "active ones) and choose Load all.");
    return tr("From the %Ln session(s) Kratos still had at %1. \"None kept\": no session left, which is not "
              "the same as never.",
              nullptr, m_signIns->sessions())
        .arg(DisplayTime::cell(m_signIns->readAt()));
}

bool IdentityListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_loading && m_lastError.isNull();
}

void IdentityListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    IdentityListQuery query = m_query;
    query.pageToken = m_nextToken;
    const quint64 generation = m_generation;
    setLoading(true);
    m_client->listIdentitiesRaw(
        query, this, [this, generation, token = query.pageToken](const ApiResult<RawPage> &result) {
            if (generation != m_generation)
                return; // a reply for a list that is gone
            setLoading(false);
            if (!result.ok()) {
                m_loadAllBeforeError = m_loadAll;
                m_loadAll = false;
                m_lastError = result.error();
                Q_EMIT loadFailed(m_lastError);
                return;
            }
            const RawPage &page = result.value();
            const ApiError loop = m_trail.follow(token, page.nextPageToken, page.body.size() > 2 ? 1 : 0);
            m_nextToken = page.nextPageToken;
            m_complete = !page.hasMore();
            if (m_complete)
                m_loadAll = false;
            addPage(page.body, generation, token);
            if (!loop.isNull()) {
                // This page is shown; the one it links to was read before.
                m_pagingBroken = true;
                m_loadAll = false;
                m_lastError = loop;
                m_lastError.setContext(QStringLiteral("List identities"), "GET", QStringLiteral("/admin/identities"),
                                       m_client->connection().adminUrl.host());
                Q_EMIT loadFailed(m_lastError);
                return;
            }
            if (m_loadAll)
                fetchMore({}); // the next page travels while this one is prepared
        });
}

IdentityListModel::PreparedPage IdentityListModel::preparePage(const QByteArray &body, const SchemaCatalog &catalog,
                                                               const IdentityCompressor &compressor)
{
    PreparedPage out;
    // Element by element when the page as a whole cannot be read: one identity nested deeper than
    // Qt reads does not hide the others (issue #32 §3).
    QList<QJsonObject> objects;
    QList<QByteArray> raw;
    if (!JsonArrayItems::readObjects(body, &objects, &out.unreadable, &out.problem, &raw))
        return out;
    if (raw.isEmpty())
        raw = IdentityStore::arrayElements(body);
    QList<QJsonObject> identities;
    QList<QByteArray> identityTexts;
    QList<IdentityStore::Labels> labels;
    identities.reserve(objects.size());
    labels.reserve(objects.size());
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QJsonObject &o = objects.at(i);
        Identity light; // what the labels need, without parsing every field
        light.id = o.value(QLatin1String("id")).toString();
        if (light.id.isEmpty()) {
            out.unreadable.append({i, QString(), QStringLiteral("not an identity (no id)")});
            continue;
        }
        if (raw.size() == objects.size())
            identityTexts.append(raw.at(i));
        light.schemaId = o.value(QLatin1String("schema_id")).toString();
        light.traits = o.value(QLatin1String("traits")).toObject();
        identities.append(o);
        labels.append(
            {IdentityListModel::primaryIdentifier(light, &catalog), IdentityListModel::displayName(light, &catalog)});
    }
    out.entries = IdentityStore::prepare(identities, labels, compressor, identityTexts);
    return out;
}

void IdentityListModel::addPage(const QByteArray &body, quint64 generation, const QString &pageToken)
{
    if (!m_compressor->isTrained()) {
        // The first page teaches the compressor what this server's identities look like; it is
        // fixed before any worker reads it.
        m_compressor->train(IdentityStore::arrayElements(body).mid(0, 40));
    }
    ++m_pendingPages;
    const quint64 sequence = m_nextPageToSubmit++;
    auto *watcher = new QFutureWatcher<PreparedPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, sequence]() {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // prepared for a list that is gone
        // Taken out of the watcher, so that deleting it frees nothing (see pagePrepared()).
        pagePrepared(sequence, watcher->future().takeResult());
    });
    watcher->setFuture(
        QtConcurrent::run(&m_workers, [body, catalog = m_catalog, version = m_catalogVersion, pageToken,
                                       compressor = std::shared_ptr<const IdentityCompressor>(m_compressor)]() {
            PreparedPage page = preparePage(body, catalog, *compressor);
            page.catalogVersion = version;
            page.pageToken = pageToken;
            return page;
        }));
}

void IdentityListModel::pagePrepared(quint64 sequence, PreparedPage prepared)
{
    m_preparedOutOfOrder.insert(sequence, std::move(prepared));
    // Pages go into the table in the order the server sent them.
    while (m_preparedOutOfOrder.contains(m_nextPageToAdd)) {
        PreparedPage page = m_preparedOutOfOrder.take(m_nextPageToAdd++);
        const QList<IdentityStore::Entry> &pageEntries = page.entries;
        const QString &pageProblem = page.problem;
        --m_pendingPages;
        if (!pageProblem.isEmpty()) {
            // Nothing after a page that cannot be read: the page asked for meanwhile and any
            // prepared after this one are dropped, and Retry asks for this page again.
            ++m_generation;
            m_preparedOutOfOrder.clear();
            m_pendingPages = 0;
            m_nextPageToSubmit = m_nextPageToAdd;
            m_nextToken = page.pageToken;
            m_complete = false;
            m_loadAllBeforeError = m_loadAll;
            m_loadAll = false;
            m_lastError = ApiError(ApiError::Kind::Malformed, pageProblem);
            m_lastError.setContext(QStringLiteral("List identities"), "GET", QStringLiteral("/admin/identities"),
                                   m_client->connection().adminUrl.host());
            setLoading(false);
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        if (!page.unreadable.isEmpty()) {
            m_unreadable.append(page.unreadable);
            Q_EMIT unreadableChanged();
        }
        if (!pageEntries.isEmpty()) {
            const int first = m_store.size();
            beginInsertRows({}, first, first + int(pageEntries.size()) - 1);
            m_store.append(pageEntries);
            // Labelled before the schemas arrived: label again with them.
            if (page.catalogVersion != m_catalogVersion)
                for (int row = first; row < m_store.size(); ++row)
                    if (const auto identity = m_store.identity(row))
                        m_store.setLabels(row, labelsOf(*identity),
                                          identity->json.value(QLatin1String("verifiable_addresses")).toArray());
            endInsertRows();
        }
        const int added = int(pageEntries.size());
        if (!m_readAt.isValid())
            m_readAt = QDateTime::currentDateTime();
        // The page's thousands of small buffers are freed on a worker: freeing them here took
        // about a tenth of the UI thread's time during load-all. Before the pages waiting to be
        // prepared: queued behind them, a million identities' frees all ran after the last page,
        // for a third of a second on both cores, just when the list could first be searched.
        m_workers.start([entries = std::move(page.entries)]() mutable { entries.clear(); }, FreeBeforePreparing);
        Q_EMIT pageLoaded(added);
    }
    if (m_pendingPages == 0 && !m_loading)
        Q_EMIT loadingChanged(false);
}

void IdentityListModel::setQuery(const IdentityListQuery &query)
{
    m_query = query;
    m_query.pageToken.clear();
    reload();
}

void IdentityListModel::reload()
{
    ++m_generation;
    // Before the reset: a view that asks for more rows when it sees the reset starts the first
    // page, and the fetchMore() below must then not start it a second time.
    setLoading(false);
    beginResetModel();
    m_store.clear();
    m_readAt = {};
    m_compressor = std::make_shared<IdentityCompressor>();
    m_store.setCompressor(m_compressor);
    m_pendingPages = 0;
    m_nextPageToSubmit = 0;
    m_nextPageToAdd = 0;
    m_preparedOutOfOrder.clear();
    m_loadAll = false;
    m_nextToken.clear();
    m_trail.reset();
    m_pagingBroken = false;
    if (!m_unreadable.isEmpty()) {
        m_unreadable.clear();
        Q_EMIT unreadableChanged();
    }
    m_complete = false;
    m_lastError = ApiError();
    endResetModel();
    fetchMore({});
}

void IdentityListModel::retry()
{
    if (m_store.size() == 0 || m_complete || m_pagingBroken) {
        reload(); // after a server's paging loop: from the first page
        return;
    }
    m_lastError = ApiError();
    m_loadAll = m_loadAllBeforeError;
    fetchMore({});
}

void IdentityListModel::loadAll(int pageSize)
{
    if (m_complete)
        return;
    m_loadAll = true;
    m_query.pageSize = pageSize; // the largest page: fewer round trips for the same rows
    fetchMore({});
}

void IdentityListModel::cancelLoadAll()
{
    m_loadAll = false;
}

std::optional<Identity> IdentityListModel::identityAt(int row) const
{
    return m_store.identity(row);
}

QString IdentityListModel::idAt(int row) const
{
    return row >= 0 && row < m_store.size() ? m_store.id(row) : QString();
}

int IdentityListModel::rowOf(const QString &id) const
{
    return m_store.rowOf(id);
}

RowBits IdentityListModel::matchingRows(const QString &text, const RowBits *within) const
{
    return m_store.matches(SearchFold::fold(text), within);
}

void IdentityListModel::updateIdentity(const Identity &identity)
{
    const int row = rowOf(identity.id);
    if (row < 0)
        return;
    const QList<IdentityStore::Entry> entries =
        IdentityStore::prepare({IdentityStore::storedObject(identity)}, {labelsOf(identity)}, m_store.compressor());
    m_store.replace(row, entries.first());
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1),
                       {Qt::DisplayRole, Qt::ToolTipRole, SortRole, StateRole, IdentityIdRole});
}

void IdentityListModel::removeIdentity(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_store.remove(row);
    endRemoveRows();
}

void IdentityListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(isLoading());
}
