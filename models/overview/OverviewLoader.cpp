// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewLoader.h"

#include "AllSessionsModel.h"
#include "IdentityListModel.h"
#include "InvitationLedger.h"
#include "SignInCheck.h"

#include "KratosClient.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <memory>

namespace {

int utcOffsetNow()
{
    return QDateTime::currentDateTime().offsetFromUtc();
}

} // namespace

OverviewLoader::OverviewLoader(KratosClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

OverviewLoader::~OverviewLoader() = default;

void OverviewLoader::setSharedIdentities(IdentityListModel *model)
{
    if (m_shared)
        disconnect(m_shared, nullptr, this, nullptr);
    m_shared = model;
    if (!model)
        return;
    // The Identities page's list has just become whole: the figures follow without a Compute.
    connect(model, &IdentityListModel::pageLoaded, this, [this]() {
        if (!m_computing && sharedIsComplete())
            computeFrom(m_shared);
    });
}

void OverviewLoader::clear()
{
    ++m_generation;
    cancelIdentities();
    m_server = ServerFigures();
    m_courier = CourierFigures();
    m_courierError = ApiError();
    m_sessions = SessionFigures();
    m_sessionsComplete = false;
    m_sessionsCapped = false;
    m_sessionsError = ApiError();
    m_sessionsTrail.reset();
    m_identities = IdentityFigures();
    m_figuresStore = IdentityStore();
    m_signIns.reset();
    m_identitiesAt = QDateTime();
    m_identitiesError = ApiError();
    delete m_own; // what it held was the previous connection's; its calls in flight are dropped with it
    m_own = nullptr;
    Q_EMIT serverChanged();
    Q_EMIT courierChanged();
    Q_EMIT sessionsChanged();
    Q_EMIT identitiesChanged();
}

void OverviewLoader::refresh()
{
    ++m_generation;
    loadServer();
    loadCourier();
    m_sessions = SessionFigures();
    m_sessionsComplete = false;
    m_sessionsCapped = false;
    m_sessionsError = ApiError();
    m_sessionsTrail.reset();
    Q_EMIT sessionsChanged();
    loadSessions(QString(), m_generation);
    if (!m_computing && sharedIsComplete())
        computeFrom(m_shared);
}

void OverviewLoader::loadServer()
{
    const quint64 generation = m_generation;
    m_server = ServerFigures();
    Q_EMIT serverChanged();
    m_client->getVersion(this, [this, generation](const ApiResult<ServerVersion> &r) {
        if (generation != m_generation)
            return;
        if (r.ok())
            m_server.version = r.value().version;
        else
            m_server.versionError = r.error();
        Q_EMIT serverChanged();
    });
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_client->checkAlive(this, [this, generation, timer](const ApiResult<HealthStatus> &r) {
        if (generation != m_generation)
            return;
        m_server.aliveKnown = r.ok();
        m_server.alive = r.ok() && r.value().ok;
        m_server.roundTripMs = r.ok() ? timer->elapsed() : -1;
        if (!r.ok())
            m_server.aliveError = r.error();
        Q_EMIT serverChanged();
    });
    m_client->checkReady(this, [this, generation](const ApiResult<HealthStatus> &r) {
        if (generation != m_generation)
            return;
        m_server.readyKnown = r.ok();
        m_server.ready = r.ok() && r.value().ok;
        if (r.ok())
            m_server.notReadyReason = r.value().detail;
        else
            m_server.readyError = r.error();
        Q_EMIT serverChanged();
    });
}

void OverviewLoader::loadCourier()
{
    m_courier = CourierFigures();
    m_courierError = ApiError();
    m_courierTrails.clear();
    Q_EMIT courierChanged();
    for (const QString &status : CourierFigures::statuses())
        countStatus(status, QString(), m_generation);
}

void OverviewLoader::countStatus(const QString &status, const QString &pageToken, quint64 generation)
{
    CourierMessageQuery query;
    query.pageSize = CourierPageSize;
    query.pageToken = pageToken;
    query.status = status;
    m_client->listCourierMessages(
        query, this,
        [this, status, generation, pageToken, first = pageToken.isEmpty()](const ApiResult<Page<CourierMessage>> &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                m_courierError = r.error();
                Q_EMIT courierChanged();
                return;
            }
            const Page<CourierMessage> &page = r.value();
            if (ApiError loop = m_courierTrails[status].follow(pageToken, page.nextPageToken, page.items.size());
                !loop.isNull()) {
                // A count over pages read twice would be wrong: none rather than a false one.
                loop.setContext(tr("List courier messages"), "GET", QStringLiteral("/admin/courier/messages"),
                                m_client->connection().adminUrl.host());
                m_courierError = loop;
                Q_EMIT courierChanged();
                return;
            }
            CourierFigures::Count &count = m_courier.counts[status];
            count.count += int(page.items.size());
            if (status == QLatin1String("queued") && !page.items.isEmpty())
                m_courier.oldestQueued = page.items.constLast().createdAt; // newest first: the last is the oldest
            if (status == QLatin1String("abandoned") && first) {
                for (const CourierMessage &m : page.items.mid(0, CourierFigures::LatestAbandoned))
                    m_courier.latestAbandoned.append({m, QString()});
                readAbandonedErrors(generation);
            }
            if (page.hasMore() && count.count < CourierFigures::Cap) {
                countStatus(status, page.nextPageToken, generation);
                return; // the count is not known until the last page (or the cap)
            }
            count.capped = page.hasMore();
            if (count.capped)
                count.count = CourierFigures::Cap;
            count.known = true;
            Q_EMIT courierChanged();
        });
}

void OverviewLoader::readAbandonedErrors(quint64 generation)
{
    // Lists leave the dispatches out: each message is read once, without its body.
    for (int i = 0; i < m_courier.latestAbandoned.size(); ++i) {
        const QString id = m_courier.latestAbandoned.at(i).message.id;
        m_client->getCourierMessage(id, false, this, [this, id, generation](const ApiResult<CourierMessage> &r) {
            if (generation != m_generation)
                return;
            for (CourierFigures::Abandoned &a : m_courier.latestAbandoned) {
                if (a.message.id != id)
                    continue;
                if (!r.ok()) {
                    a.error = tr("could not be read: %1").arg(r.error().message());
                } else {
                    QString raw;
                    for (const CourierDispatch &d : r.value().dispatches) { // newest first
                        if (d.status == QLatin1String("failed")) {
                            raw = d.errorText();
                            break;
                        }
                    }
                    a.error = raw.isEmpty() ? tr("no error recorded") : SignInCheck::dispatchErrorInWords(raw);
                }
            }
            Q_EMIT courierChanged();
        });
    }
}

void OverviewLoader::loadSessions(const QString &pageToken, quint64 generation)
{
    SessionListQuery query;
    query.pageSize = KratosClient::MaxSessionPageSize;
    query.pageToken = pageToken;
    query.active = true;
    m_client->listSessionsRaw(query, this, [this, generation, pageToken](const ApiResult<RawPage> &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_sessionsError = r.error();
            Q_EMIT sessionsChanged();
            return;
        }
        // A page of 1,000 sessions is parsed on a worker, as the Sessions page does it.
        const QString next = r.value().nextPageToken;
        if (ApiError loop = m_sessionsTrail.follow(pageToken, next, r.value().body.size() > 2 ? 1 : 0);
            !loop.isNull()) {
            loop.setContext(tr("List sessions"), "GET", QStringLiteral("/admin/sessions"),
                            m_client->connection().adminUrl.host());
            m_sessionsError = loop;
            Q_EMIT sessionsChanged();
            return;
        }
        auto *watcher = new QFutureWatcher<AllSessionsModel::PreparedPage>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, next]() {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const AllSessionsModel::PreparedPage page = watcher->result();
            if (!page.problem.isEmpty()) {
                m_sessionsError = ApiError(ApiError::Kind::Malformed, page.problem);
                m_sessionsError.setContext(tr("List sessions"), "GET", QStringLiteral("/admin/sessions"),
                                           m_client->connection().adminUrl.host());
                Q_EMIT sessionsChanged();
                return;
            }
            m_sessions.add(page.rows, utcOffsetNow());
            if (!next.isEmpty() && m_sessions.active < SessionCap) {
                loadSessions(next, generation);
                return;
            }
            m_sessionsCapped = !next.isEmpty();
            m_sessionsComplete = true;
            Q_EMIT sessionsChanged();
        });
        watcher->setFuture(QtConcurrent::run(
            [body = r.value().body]() { return AllSessionsModel::preparePage(body, SchemaCatalog()); }));
    });
}

bool OverviewLoader::sharedIsComplete() const
{
    return m_shared && m_shared->isComplete() && m_shared->query().filterCount() == 0 &&
           m_shared->query().legacyPage == std::nullopt;
}

void OverviewLoader::computeIdentities()
{
    if (m_computing)
        return;
    m_identitiesError = ApiError();
    if (sharedIsComplete()) {
        computeFrom(m_shared);
        return;
    }
    m_computing = true;
    if (!m_own) {
        m_own = new IdentityListModel(m_client, this);
        connect(m_own, &IdentityListModel::pageLoaded, this, [this]() {
            if (!m_computing)
                return;
            Q_EMIT identitiesProgress(m_own->rowCount());
            if (m_own->isComplete())
                computeFrom(m_own);
        });
        connect(m_own, &IdentityListModel::loadFailed, this, [this](const ApiError &error) {
            if (!m_computing)
                return;
            m_computing = false;
            m_identitiesError = error;
            Q_EMIT identitiesChanged();
        });
    }
    m_own->setQuery(IdentityListQuery()); // every identity, no credentials
    Q_EMIT identitiesProgress(0);
    Q_EMIT identitiesChanged();
    m_own->loadAll();
}

void OverviewLoader::cancelIdentities()
{
    ++m_identityGeneration;
    if (!m_computing)
        return;
    m_computing = false;
    if (m_own)
        m_own->cancelLoadAll();
    Q_EMIT identitiesChanged();
}

void OverviewLoader::computeFrom(IdentityListModel *model)
{
    m_computing = true;
    const quint64 generation = ++m_identityGeneration;
    auto *watcher = new QFutureWatcher<IdentityFigures>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        if (generation != m_identityGeneration)
            return;
        m_computing = false;
        m_identities = watcher->result();
        m_identitiesAt = QDateTime::currentDateTime();
        Q_EMIT identitiesChanged();
    });
    // The snapshot shares the model's buffers: the worker reads them while the model goes on.
    m_figuresStore = model->snapshot();
    watcher->setFuture(QtConcurrent::run([store = m_figuresStore, signIns = m_signIns, today = QDate::currentDate(),
                                          offset = utcOffsetNow(), now = QDateTime::currentMSecsSinceEpoch(),
                                          directory = m_auditDirectory, authority = m_authority]() {
        IdentityFigures f = IdentityFigures::compute(store, today, offset);
        if (signIns) {
            const SignInCounts counts = countSignIns(store, *signIns, now, directory, authority);
            f.dormant = counts.dormant;
            f.invitedNoSession = counts.invitedNoSession;
        }
        return f;
    }));
    Q_EMIT identitiesChanged();
}

void OverviewLoader::setLastSignIns(std::shared_ptr<const LastSignIns> signIns)
{
    m_signIns = std::move(signIns);
    if (!hasIdentityFigures() || m_computing)
        return; // figures still to come take it
    if (!m_signIns) {
        m_identities.dormant = -1;
        m_identities.invitedNoSession = -1;
        Q_EMIT identitiesChanged();
        return;
    }
    const quint64 generation = m_identityGeneration;
    auto *watcher = new QFutureWatcher<SignInCounts>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        if (generation != m_identityGeneration || m_computing)
            return; // figures computed since, or being computed, take the newest sign-ins
        m_identities.dormant = watcher->result().dormant;
        m_identities.invitedNoSession = watcher->result().invitedNoSession;
        Q_EMIT identitiesChanged();
    });
    watcher->setFuture(QtConcurrent::run(&OverviewLoader::countSignIns, m_figuresStore, *m_signIns,
                                         QDateTime::currentMSecsSinceEpoch(), m_auditDirectory, m_authority));
}

void OverviewLoader::setInvitationTrails(const QString &auditDirectory, const QString &authority)
{
    m_auditDirectory = auditDirectory;
    m_authority = authority;
}

OverviewLoader::SignInCounts OverviewLoader::countSignIns(const IdentityStore &store, const LastSignIns &signIns,
                                                          qint64 nowMs, const QString &auditDirectory,
                                                          const QString &authority)
{
    SignInCounts counts;
    counts.dormant = IdentityFigures::countDormant(store, signIns, nowMs);
    if (auditDirectory.isEmpty() || authority.isEmpty())
        return counts;
    QSet<QString> invited;
    for (const Invitation &i : InvitationLedger::read(auditDirectory, authority).invitations) {
        if (!i.deleted)
            invited.insert(i.identityId);
    }
    counts.invitedNoSession = IdentityFigures::countInvitedWithoutSession(store, signIns, invited);
    return counts;
}
