// SPDX-License-Identifier: GPL-3.0-or-later
#include "KratosSimulator.h"

#include "SimApi.h"
#include "SimHttpServer.h"
#include "SimLogging.h"
#include "SimResponse.h"
#include "SimSeeder.h"
#include "SimStore.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {

QString methodName(const QHttpServerRequest &request)
{
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

} // namespace

KratosSimulator::KratosSimulator(const SimOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(std::make_unique<SimStore>())
    , m_api(std::make_unique<SimApi>(*m_store, m_options))
    , m_faultRng(options.seed ^ 0x5eed5eedU)
{}

KratosSimulator::~KratosSimulator() = default;

QByteArray KratosSimulator::courierSecret() const
{
    return m_api->courierSecret();
}

bool KratosSimulator::start(QString *error, const std::function<void()> &listening)
{
    QString reason;
    QElapsedTimer timer;
    timer.start();
    SimSeeder seeder(*m_store, m_options.seed);
    if (!seeder.loadSchemas(m_options.schemasDir, &reason)) {
        if (error)
            *error = reason;
        return false;
    }

    m_adminServer = new SimHttpServer(
        [this](const QHttpServerRequest &r, QHttpServerResponder &&resp) { handle(false, r, std::move(resp)); }, this);
    m_publicServer = new SimHttpServer(
        [this](const QHttpServerRequest &r, QHttpServerResponder &&resp) { handle(true, r, std::move(resp)); }, this);
    const quint16 adminPort = m_adminServer->listen(m_options.address, m_options.adminPort);
    const quint16 publicPort = m_publicServer->listen(m_options.address, m_options.publicPort);
    if (adminPort == 0 || publicPort == 0) {
        if (error)
            *error = QStringLiteral("cannot listen on %1 (admin port %2, public port %3)")
                         .arg(m_options.address.toString())
                         .arg(m_options.adminPort)
                         .arg(m_options.publicPort);
        return false;
    }
    const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + m_options.address.toString() + QLatin1Char(']')
                             : m_options.address.toString();
    m_adminUrl = QUrl(QStringLiteral("http://%1:%2").arg(host).arg(adminPort));
    // Ory Network serves both APIs on one origin; the public listener stays up but is not named.
    m_publicUrl = m_options.sharedOrigin ? m_adminUrl : QUrl(QStringLiteral("http://%1:%2").arg(host).arg(publicPort));
    m_api->setBaseUrls(m_adminUrl, m_publicUrl);
    if (listening)
        listening();

    seeder.seedIdentities(m_options.identities);
    seeder.seedMessages(m_options.messages, m_options.stuckCourier);
    if (m_options.courierIntervalMs > 0 && !m_options.stuckCourier)
        m_store->queueSeededForWorker();
    if (m_options.courierIntervalMs > 0) {
        auto *worker = new QTimer(this);
        connect(worker, &QTimer::timeout, this, &KratosSimulator::runCourier);
        worker->start(m_options.courierIntervalMs);
    }
    qCInfo(lcSim) << "seeded" << m_store->identities().size() << "identities," << m_store->sessions().size()
                  << "sessions," << m_store->messages().size() << "messages in" << timer.elapsed() << "ms";
    return true;
}

int KratosSimulator::runCourier()
{
    const int changed = m_store->runCourier(m_options.bouncingDomain, m_options.courierRetries);
    if (changed > 0)
        qCDebug(lcSim) << "courier worker:" << changed << "message(s) dispatched";
    return changed;
}

void KratosSimulator::killAdminListener()
{
    if (!m_adminServer)
        return;
    for (QTcpSocket *socket : m_adminServer->findChildren<QTcpSocket *>())
        socket->abort();
    for (QTcpServer *server : m_adminServer->servers())
        server->close();
    m_hanging.clear();
}

void KratosSimulator::handle(bool publicListener, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    SimRequest r;
    r.method = methodName(request);
    r.path = request.url().path();
    const QByteArray rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    r.query = SimRequest::parseQuery(rawQuery);
    r.headers = request.headers();
    r.body = request.body();
    r.publicListener = publicListener;

    const QByteArray recorded = r.body.left(kRecordedBodyMax);
    while (!m_requests.isEmpty() &&
           (m_requests.size() >= kRecordedRequestsMax || m_recordedBytes + recorded.size() > kRecordedBytesMax)) {
        m_recordedBytes -= m_requests.first().body.size();
        m_requests.removeFirst();
    }
    m_requests.append(
        {publicListener, r.method, r.path, rawQuery, r.header("Authorization"), recorded, r.headers, r.body.size()});
    m_recordedBytes += recorded.size();

    SimResponse response;
    if ((publicListener && !m_faults.publicPortToo) || !applyFaults(request, r, &response))
        response = m_api->handle(r);
    else if (response.hang) {
        qCDebug(lcSim) << r.method << r.path << (m_faults.dropConnection ? "-> (connection dropped)" : "-> (hang)");
        if (m_faults.dropConnection && responder.socket())
            responder.socket()->abort();
        m_hanging.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return;
    }
    qCDebug(lcSim) << r.method << r.path << "->" << response.status << response.body.size() << "bytes";

    const int latency = publicListener ? 0 : m_faults.latencyMs;
    const QString what = r.method + QLatin1Char(' ') + r.path;
    if (latency > 0 && (m_faults.match.isEmpty() || what.contains(m_faults.match))) {
        // The client may give up before the delay is over; its socket is then gone.
        QPointer<QTcpSocket> socket = responder.socket();
        auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(latency, this, [this, shared, socket, response]() {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                write(*shared, response);
        });
        return;
    }
    write(responder, response);
}

// Returns true when a fault decides the whole reply (it is then in `response`); content faults
// (malformed, truncated, oversize) are applied to the real reply instead.
bool KratosSimulator::applyFaults(const QHttpServerRequest &request, const SimRequest &r, SimResponse *response)
{
    const QString what = r.method + QLatin1Char(' ') + r.path;
    if (!m_faults.any() || (!m_faults.match.isEmpty() && !what.contains(m_faults.match)))
        return false;
    if (m_faults.passFirst > 0) {
        --m_faults.passFirst;
        return false;
    }
    if (m_faults.hang || m_faults.dropConnection) {
        response->hang = true;
        return true;
    }
    if (m_faults.redirectTo.isValid()) {
        QUrl target = m_faults.redirectTo;
        target.setPath(request.url().path());
        target.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
        *response = SimResponse::empty(307);
        response->setHeader("Location", target.toEncoded());
        return true;
    }
    if (m_faults.rateLimitRate > 0 && m_faultRng.generateDouble() < m_faults.rateLimitRate) {
        *response = SimResponse::error(429, QStringLiteral("Too Many Requests"),
                                       QStringLiteral("The rate limit of this project has been exceeded."));
        response->setHeader("Retry-After", QByteArray::number(m_faults.retryAfterSeconds));
        return true;
    }
    if (m_faults.errorRate > 0 && m_faultRng.generateDouble() < m_faults.errorRate) {
        if (m_faults.plainTextError) {
            *response = SimResponse::text(m_faults.errorStatus, m_faults.errorStatus == 405 ? "Method Not Allowed\n"
                                                                                            : "404 page not found\n");
            return true;
        }
        *response = SimResponse::error(
            m_faults.errorStatus,
            QStringLiteral("An internal server error occurred, please contact the system administrator"),
            QStringLiteral("injected fault"));
        return true;
    }
    if (!m_faults.extraListItem.isEmpty()) {
        *response = m_api->handle(r);
        if (r.method == QLatin1String("GET") && r.path == QLatin1String("/admin/identities") &&
            response->status == 200 && response->body.startsWith('[')) {
            const bool empty = response->body.trimmed() == "[]";
            response->body.insert(1, m_faults.extraListItem + (empty ? "" : ","));
        }
        return true;
    }
    if (m_faults.repeatNextLink) {
        *response = m_api->handle(r);
        const QString own = QUrlQuery(request.url()).queryItemValue(QStringLiteral("page_token"), QUrl::FullyEncoded);
        if (own.isEmpty() || response->status >= 300)
            return true;
        // rel="next" names this very page again, whether or not there was a next page.
        QUrl again = request.url();
        again.setScheme(QStringLiteral("http"));
        QList<QByteArray> parts;
        for (const QByteArray &part : response->header("Link").split(',')) {
            if (!part.trimmed().isEmpty() && !part.contains("rel=\"next\""))
                parts.append(part);
        }
        parts.append('<' + again.path(QUrl::FullyEncoded).toLatin1() + '?' +
                     again.query(QUrl::FullyEncoded).toLatin1() + ">; rel=\"next\"");
        response->setHeader("Link", parts.join(','));
        return true;
    }
    if (m_faults.malformedJson || m_faults.truncatedJson || !m_faults.replaceBody.isEmpty() ||
        !m_faults.contentType.isEmpty() || m_faults.oversizeBytes > 0) {
        *response = m_api->handle(r);
        if (response->status < 300) {
            if (m_faults.malformedJson)
                response->body = "<html><body>502 Bad Gateway</body></html>";
            else if (m_faults.truncatedJson)
                response->body.truncate(response->body.size() / 2);
            else if (!m_faults.replaceBody.isEmpty())
                response->body = m_faults.replaceBody;
            if (m_faults.oversizeBytes > 0)
                response->body += QByteArray(m_faults.oversizeBytes, ' ');
            if (!m_faults.contentType.isEmpty())
                response->setHeader("Content-Type", m_faults.contentType);
        }
        return true;
    }
    return false;
}

void KratosSimulator::write(QHttpServerResponder &responder, const SimResponse &response)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &header : response.headers)
        responder.writeHeader(header.first, header.second);
    // Go's net/http dates every answer; clients match what a call queued by it (PUBLIC-FLOWS.md §4).
    responder.writeHeader(
        "Date",
        QLocale::c().toString(m_store->now().toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() + " GMT");
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
}
