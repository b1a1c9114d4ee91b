// SPDX-License-Identifier: GPL-3.0-or-later
#include "KratosClient.h"

#include "ApiAnswer.h"
#include "ApiRequest.h"
#include "CoreDumpGuard.h"
#include "FreedMemoryWipe.h"
#include "GoDuration.h"
#include "JsonArrayItems.h"
#include "LinkHeader.h"
#include "NetLogging.h"
#include "PublicFlowClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>

namespace {

constexpr int kMaxIdentityPage = 500;
constexpr int kMaxSessionPage = KratosClient::MaxSessionPageSize;
constexpr int kMaxIdentitySessionPage = 500;
constexpr int kMaxCourierPage = 500;
constexpr int kMaxSchemaPage = 500;

int clampSize(int requested, int max)
{
    return std::clamp(requested, 1, max);
}

// The first parameters of every paged list: the size and, after the first page, the token.
QList<QPair<QString, QString>> pageQuery(int size, const QString &pageToken)
{
    QList<QPair<QString, QString>> query{qMakePair(QStringLiteral("page_size"), QString::number(size))};
    if (!pageToken.isEmpty())
        query << qMakePair(QStringLiteral("page_token"), pageToken);
    return query;
}

QString segment(const QString &raw)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(raw));
}

ApiResult<NoContent> expectNoContent(const ApiResponse &)
{
    return NoContent{};
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

using namespace ApiAnswer;

KratosClient::KratosClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_public(new PublicFlowClient(this))
{}

KratosClient::~KratosClient()
{
    closeConnection();
}

void KratosClient::setConnection(const ConnectionSettings &settings)
{
    ApiRequest::abandonAll(&m_inFlight);
    m_public->setConnection(settings); // keeps the public URL only, never the token
    m_settings.clearToken();
    m_settings = settings;
    if (!m_settings.token.isEmpty()) {
        CoreDumpGuard::engage();   // no core file may hold the token from now on
        FreedMemoryWipe::engage(); // nor memory that Qt's request and socket buffers release
    }
    // Kept-alive connections belong to the old profile (its TLS trust, its server).
    m_nam->clearConnectionCache();
}

void KratosClient::closeConnection()
{
    setConnection(ConnectionSettings());
    // Qt frees the request and socket buffers that held the token as the abandoned requests and
    // cached connections go away; then the blocks the allocator keeps for reuse are zeroed.
    QTimer::singleShot(250, QCoreApplication::instance(), []() { FreedMemoryWipe::scrubThisThread(); });
}

void KratosClient::cancel(RequestId id)
{
    if (const QPointer<ApiRequest> request = m_inFlight.value(id))
        request->cancel();
}

QUrl KratosClient::adminEndpoint(const QString &path, const Query &query) const
{
    QUrl url = m_settings.adminUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::StrictMode);
    QString encoded;
    for (const auto &[key, value] : query) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded.isEmpty() ? QString() : encoded, QUrl::StrictMode);
    return url;
}

QUrl KratosClient::schemaEndpoint(const QString &suffix, const Query &query) const
{
    // The public URL serves /schemas directly; otherwise the admin port redirects there.
    if (!m_settings.publicUrl.isValid() || m_settings.publicUrl.host().isEmpty())
        return adminEndpoint(QStringLiteral("/admin/schemas") + suffix, query);
    QUrl url = adminEndpoint(QString(), query);
    const QString path = m_settings.publicUrl.path();
    url.setScheme(m_settings.publicUrl.scheme());
    url.setHost(m_settings.publicUrl.host());
    url.setPort(m_settings.publicUrl.port());
    url.setPath((path.endsWith(QLatin1Char('/')) ? path.chopped(1) : path) + QStringLiteral("/schemas") + suffix);
    return url;
}

KratosClient::Call KratosClient::read(const QUrl &url, const QString &operation, const QStringList &targets,
                                      bool sensitive)
{
    return Call{"GET", url, operation, false, sensitive, targets, std::nullopt};
}

KratosClient::Call KratosClient::change(const QByteArray &method, const QUrl &url, const QString &operation,
                                        const QStringList &targets, std::optional<QByteArray> body)
{
    return Call{method, url, operation, true, false, targets, std::move(body)};
}

template<typename T>
KratosClient::RequestId KratosClient::refuse(const ApiError &error, QObject *context, Callback<T> done)
{
    // Refusals are reported asynchronously, like every other answer.
    QTimer::singleShot(0, context ? context : this, [done = std::move(done), error]() { done(error); });
    return 0;
}

template<typename T>
KratosClient::RequestId KratosClient::send(const Call &call, QObject *context,
                                           std::function<ApiResult<T>(const ApiResponse &)> parse, Callback<T> done)
{
    if (!m_settings.adminUrl.isValid() || m_settings.adminUrl.host().isEmpty() ||
        (m_settings.adminUrl.scheme() != QLatin1String("http") &&
         m_settings.adminUrl.scheme() != QLatin1String("https"))) {
        ApiError e(ApiError::Kind::Configuration,
                   tr("No usable admin URL is configured (it must start with http:// or https://)."));
        e.setContext(call.operation, call.method, call.url.path(), QString());
        return refuse<T>(e, context, std::move(done));
    }
    if (call.mutating && m_settings.readOnly) {
        ApiError e(ApiError::Kind::ReadOnly, QString());
        e.setContext(call.operation, call.method, call.url.path(), call.url.host());
        qCInfo(lcNet).noquote() << "refused on a read-only profile:" << call.method << call.url.path();
        return refuse<T>(e, context, std::move(done));
    }
    QString trailProblem;
    if ((call.mutating || call.sensitive) && m_gate && !m_gate->admitsChanges(&trailProblem)) {
        ApiError e(ApiError::Kind::AuditTrail, trailProblem);
        e.setContext(call.operation, call.method, call.url.path(), call.url.host());
        qCWarning(lcNet).noquote() << "refused, the audit trail cannot be written:" << call.method << call.url.path();
        return refuse<T>(e, context, std::move(done));
    }

    ApiRequest::Spec spec;
    spec.method = call.method;
    spec.url = call.url;
    spec.operation = call.operation;
    spec.hasBody = call.body.has_value();
    spec.body = call.body.value_or(QByteArray());
    auto *request = new ApiRequest(m_nam, m_settings, spec, this);
    const RequestId id = m_nextId++;
    m_inFlight.insert(id, request);
    connect(request, &ApiRequest::finished, this, [this, id, request](const ApiResponse &response) {
        m_inFlight.remove(id);
        request->deleteLater();
        // Whoever shows the server's state follows the last request, whichever view made it.
        const ApiError::Kind kind = response.error.kind();
        if (kind == ApiError::Kind::Connection || kind == ApiError::Kind::Tls || kind == ApiError::Kind::Timeout)
            Q_EMIT serverUnreachable(response.error);
        else if (kind != ApiError::Kind::Cancelled)
            Q_EMIT serverAnswered();
    });
    QObject *receiver = context ? context : this;
    connect(request, &ApiRequest::finished, receiver,
            [this, parse = std::move(parse), done = std::move(done), call](const ApiResponse &response) {
                if (!response.ok()) {
                    Q_EMIT requestFinished(call.operation, false);
                    done(response.error);
                    return;
                }
                ApiResult<T> result = parse(response);
                if (!result.ok()) {
                    ApiError e = result.error();
                    e.setContext(call.operation, call.method, call.url.path(), call.url.host());
                    qCWarning(lcNet).noquote() << call.operation << "answer not understood:" << e.detail();
                    Q_EMIT requestFinished(call.operation, false);
                    done(e);
                    return;
                }
                Q_EMIT requestFinished(call.operation, true);
                done(result);
            });
    request->start();
    return id;
}

// ---- identities ------------------------------------------------------------------------------

KratosClient::RequestId KratosClient::listIdentities(const IdentityListQuery &q, QObject *context,
                                                     Callback<Page<Identity>> done)
{
    return listIdentitiesAs<Page<Identity>>(
        q, context,
        [](const ApiResponse &r, bool legacy, int size) {
            return parsePage<Identity>(r, &Identity::fromJson, legacy ? Paging::Legacy : Paging::Keyset, size, true);
        },
        std::move(done));
}

KratosClient::RequestId KratosClient::listIdentitiesRaw(const IdentityListQuery &q, QObject *context,
                                                        Callback<RawPage> done)
{
    return listIdentitiesAs<RawPage>(
        q, context, [](const ApiResponse &r, bool, int) { return rawPage(r); }, std::move(done));
}

template<typename T>
KratosClient::RequestId
KratosClient::listIdentitiesAs(const IdentityListQuery &q, QObject *context,
                               std::function<ApiResult<T>(const ApiResponse &, bool legacy, int size)> parse,
                               Callback<T> done)
{
    const QString operation = tr("List identities");
    if (q.filterCount() > 1) {
        ApiError e(ApiError::Kind::Configuration,
                   tr("Kratos searches by one filter at a time: ids, exact identifier, identifier prefix or "
                      "organisation. Clear all but one."));
        e.setContext(operation, "GET", QStringLiteral("/admin/identities"), m_settings.adminUrl.host());
        return refuse<T>(e, context, std::move(done));
    }
    const int size = clampSize(q.pageSize, kMaxIdentityPage);
    const Query query = q.parameters(size);
    const bool legacy = q.legacyPage.has_value();
    return send<T>(
        read(adminEndpoint(QStringLiteral("/admin/identities"), query), operation, {}, !q.includeCredentials.isEmpty()),
        context, [legacy, size, parse](const ApiResponse &r) { return parse(r, legacy, size); }, std::move(done));
}

KratosClient::RequestId KratosClient::getIdentity(const QString &id, const QStringList &includeCredentials,
                                                  QObject *context, Callback<Identity> done)
{
    Query query;
    for (const QString &type : includeCredentials)
        query << qMakePair(QStringLiteral("include_credential"), type);
    return send<Identity>(
        read(adminEndpoint(QStringLiteral("/admin/identities/") + segment(id), query), tr("Get identity"), {id},
             !includeCredentials.isEmpty()),
        context, [](const ApiResponse &r) { return parseObject<Identity>(r, &Identity::fromJson, "an identity"); },
        std::move(done));
}

KratosClient::RequestId KratosClient::getIdentityByExternalId(const QString &externalId, QObject *context,
                                                              Callback<Identity> done)
{
    return send<Identity>(
        read(adminEndpoint(QStringLiteral("/admin/identities/by/external/") + segment(externalId)),
             tr("Get identity by external id")),
        context, [](const ApiResponse &r) { return parseObject<Identity>(r, &Identity::fromJson, "an identity"); },
        std::move(done));
}

KratosClient::RequestId KratosClient::createIdentity(const QJsonObject &body, QObject *context, Callback<Identity> done)
{
    return send<Identity>(
        change("POST", adminEndpoint(QStringLiteral("/admin/identities")), tr("Create identity"), {}, compact(body)),
        context, [](const ApiResponse &r) { return parseObject<Identity>(r, &Identity::fromJson, "an identity"); },
        std::move(done));
}

KratosClient::RequestId KratosClient::updateIdentity(const QString &id, const IdentityUpdate &update, QObject *context,
                                                     Callback<Identity> done)
{
    return send<Identity>(
        change("PUT", adminEndpoint(QStringLiteral("/admin/identities/") + segment(id)), tr("Update identity"), {id},
               compact(update.toJson())),
        context, [](const ApiResponse &r) { return parseObject<Identity>(r, &Identity::fromJson, "an identity"); },
        std::move(done));
}

KratosClient::RequestId KratosClient::patchIdentity(const QString &id, const JsonPatch &patch, QObject *context,
                                                    Callback<Identity> done)
{
    return send<Identity>(
        change("PATCH", adminEndpoint(QStringLiteral("/admin/identities/") + segment(id)), tr("Patch identity"), {id},
               QJsonDocument(patch.toJson()).toJson(QJsonDocument::Compact)),
        context, [](const ApiResponse &r) { return parseObject<Identity>(r, &Identity::fromJson, "an identity"); },
        std::move(done));
}

KratosClient::RequestId KratosClient::deleteIdentity(const QString &id, QObject *context, Callback<NoContent> done)
{
    return send<NoContent>(change("DELETE", adminEndpoint(QStringLiteral("/admin/identities/") + segment(id)),
                                  tr("Delete identity"), {id}),
                           context, &expectNoContent, std::move(done));
}

KratosClient::RequestId KratosClient::deleteIdentityCredential(const QString &id, const QString &type,
                                                               const QString &identifier, QObject *context,
                                                               Callback<NoContent> done)
{
    Query query;
    if (!identifier.isEmpty())
        query << qMakePair(QStringLiteral("identifier"), identifier);
    return send<NoContent>(change("DELETE",
                                  adminEndpoint(QStringLiteral("/admin/identities/") + segment(id) +
                                                    QStringLiteral("/credentials/") + segment(type),
                                                query),
                                  tr("Delete credential"), {id, type}),
                           context, &expectNoContent, std::move(done));
}

KratosClient::RequestId KratosClient::batchCreateIdentities(const QJsonArray &createBodies, QObject *context,
                                                            Callback<QList<IdentityBatchResult>> done)
{
    // Each entry carries a patch_id, which Kratos returns with its result: results are matched
    // by it, and one per identity sent comes back even when the server's answer is short.
    QJsonArray entries;
    QStringList patchIds;
    for (const QJsonValue &body : createBodies) {
        patchIds.append(QUuid::createUuid().toString(QUuid::WithoutBraces));
        entries.append(QJsonObject{{QStringLiteral("create"), body}, {QStringLiteral("patch_id"), patchIds.last()}});
    }
    return send<QList<IdentityBatchResult>>(
        change("PATCH", adminEndpoint(QStringLiteral("/admin/identities")), tr("Import identities"), {},
               compact(QJsonObject{{QStringLiteral("identities"), entries}})),
        context,
        [patchIds](const ApiResponse &r) -> ApiResult<QList<IdentityBatchResult>> {
            QJsonDocument doc;
            ApiError error;
            if (!parseDocument(r, &doc, &error))
                return error;
            return IdentityBatchResult::matchAnswer(patchIds,
                                                    doc.object().value(QLatin1String("identities")).toArray());
        },
        std::move(done));
}

KratosClient::RequestId KratosClient::listIdentitySessions(const QString &identityId, const SessionListQuery &q,
                                                           QObject *context, Callback<Page<Session>> done)
{
    const int size = clampSize(q.pageSize, kMaxIdentitySessionPage);
    SessionListQuery unexpanded = q; // this endpoint has no expand parameter
    unexpanded.expandIdentity = unexpanded.expandDevices = false;
    const Query query = unexpanded.parameters(size);
    return send<Page<Session>>(
        read(adminEndpoint(QStringLiteral("/admin/identities/") + segment(identityId) + QStringLiteral("/sessions"),
                           query),
             tr("List identity sessions"), {identityId}),
        context,
        [size](const ApiResponse &r) { return parsePage<Session>(r, &Session::fromJson, Paging::Offset, size); },
        std::move(done));
}

KratosClient::RequestId KratosClient::deleteIdentitySessions(const QString &identityId, QObject *context,
                                                             Callback<NoContent> done)
{
    // Kratos answers 404 when the identity has no sessions: for the caller that is "done". A 404
    // that is not Kratos's JSON (a wrong base URL, a proxy) stays an error.
    auto tolerant = [done = std::move(done)](const ApiResult<NoContent> &result) {
        if (!result.ok() && result.error().kind() == ApiError::Kind::Http && result.error().httpStatus() == 404 &&
            result.error().isKratosError())
            done(NoContent{});
        else
            done(result);
    };
    return send<NoContent>(
        change("DELETE",
               adminEndpoint(QStringLiteral("/admin/identities/") + segment(identityId) + QStringLiteral("/sessions")),
               tr("Revoke all sessions"), {identityId}),
        context, &expectNoContent, std::move(tolerant));
}

// ---- sessions --------------------------------------------------------------------------------

KratosClient::Call KratosClient::sessionsCall(const SessionListQuery &q, int size) const
{
    return read(adminEndpoint(QStringLiteral("/admin/sessions"), q.parameters(size)), tr("List sessions"));
}

KratosClient::RequestId KratosClient::listSessions(const SessionListQuery &q, QObject *context,
                                                   Callback<Page<Session>> done)
{
    const int size = clampSize(q.pageSize, kMaxSessionPage);
    return send<Page<Session>>(
        sessionsCall(q, size), context,
        [size](const ApiResponse &r) { return parsePage<Session>(r, &Session::fromJson, Paging::Keyset, size); },
        std::move(done));
}

KratosClient::RequestId KratosClient::listSessionsRaw(const SessionListQuery &q, QObject *context,
                                                      Callback<RawPage> done)
{
    return send<RawPage>(sessionsCall(q, clampSize(q.pageSize, kMaxSessionPage)), context, &rawPage, std::move(done));
}

KratosClient::RequestId KratosClient::getSession(const QString &id, bool expandIdentity, bool expandDevices,
                                                 QObject *context, Callback<Session> done)
{
    Query query;
    if (expandIdentity)
        query << qMakePair(QStringLiteral("expand"), QStringLiteral("identity"));
    if (expandDevices)
        query << qMakePair(QStringLiteral("expand"), QStringLiteral("devices"));
    return send<Session>(
        read(adminEndpoint(QStringLiteral("/admin/sessions/") + segment(id), query), tr("Get session"), {id}), context,
        [](const ApiResponse &r) { return parseObject<Session>(r, &Session::fromJson, "a session"); }, std::move(done));
}

KratosClient::RequestId KratosClient::extendSession(const QString &id, QObject *context,
                                                    Callback<std::optional<Session>> done)
{
    return send<std::optional<Session>>(
        change("PATCH", adminEndpoint(QStringLiteral("/admin/sessions/") + segment(id) + QStringLiteral("/extend")),
               tr("Extend session"), {id}),
        context,
        [](const ApiResponse &r) -> ApiResult<std::optional<Session>> {
            if (r.status == 204 || r.body.isEmpty())
                return std::optional<Session>();
            ApiResult<Session> parsed = parseObject<Session>(r, &Session::fromJson, "a session");
            if (!parsed.ok())
                return parsed.error();
            return std::optional<Session>(parsed.value());
        },
        std::move(done));
}

KratosClient::RequestId KratosClient::revokeSession(const QString &id, QObject *context, Callback<NoContent> done)
{
    return send<NoContent>(
        change("DELETE", adminEndpoint(QStringLiteral("/admin/sessions/") + segment(id)), tr("Revoke session"), {id}),
        context, &expectNoContent, std::move(done));
}

// ---- courier ---------------------------------------------------------------------------------

KratosClient::RequestId KratosClient::listCourierMessages(const CourierMessageQuery &q, QObject *context,
                                                          Callback<Page<CourierMessage>> done)
{
    const int size = clampSize(q.pageSize, kMaxCourierPage);
    const Query query = q.parameters(size);
    return send<Page<CourierMessage>>(
        read(adminEndpoint(QStringLiteral("/admin/courier/messages"), query), tr("List courier messages")), context,
        [size](const ApiResponse &r) {
            // List data never holds a body, even when the server sends one.
            return parsePage<CourierMessage>(
                r, [](const QJsonObject &o) { return CourierMessage::fromJson(o, false); }, Paging::Keyset, size);
        },
        std::move(done));
}

KratosClient::RequestId KratosClient::getCourierMessage(const QString &id, bool withBody, QObject *context,
                                                        Callback<CourierMessage> done)
{
    return send<CourierMessage>(
        read(adminEndpoint(QStringLiteral("/admin/courier/messages/") + segment(id)),
             withBody ? tr("Reveal courier message body") : tr("Get courier message"), {id}, withBody),
        context,
        [withBody](const ApiResponse &r) {
            return parseObject<CourierMessage>(
                r, [withBody](const QJsonObject &o) { return CourierMessage::fromJson(o, withBody); },
                "a courier message");
        },
        std::move(done));
}

// ---- schemas ---------------------------------------------------------------------------------

KratosClient::RequestId KratosClient::listIdentitySchemas(int pageSize, const QString &pageToken, QObject *context,
                                                          Callback<Page<IdentitySchema>> done)
{
    const int size = clampSize(pageSize, kMaxSchemaPage);
    Query query = pageQuery(size, pageToken);
    const QUrl url = schemaEndpoint(QString(), query);
    return send<Page<IdentitySchema>>(
        read(url, tr("List identity schemas")), context,
        [size](const ApiResponse &r) -> ApiResult<Page<IdentitySchema>> {
            ApiResult<Page<IdentitySchema>> parsed =
                parsePage<IdentitySchema>(r, &IdentitySchema::fromJson, Paging::Offset, size);
            if (!parsed.ok())
                return parsed;
            Page<IdentitySchema> page = parsed.value();
            const JsonKeyOrder::Map order = JsonKeyOrder::scan(r.body);
            for (int i = 0; i < page.items.size(); ++i)
                page.items[i].keyOrder = JsonKeyOrder::subtree(order, QStringLiteral("/%1/schema").arg(i));
            return page;
        },
        std::move(done));
}

KratosClient::RequestId KratosClient::getIdentitySchema(const QString &id, QObject *context,
                                                        Callback<IdentitySchema> done)
{
    // The base64url form survives ids with "/" or ":" (ADMIN-API.md §7).
    const QString encoded =
        QString::fromLatin1(id.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QUrl url = schemaEndpoint(QStringLiteral("/") + encoded);
    return send<IdentitySchema>(
        read(url, tr("Get identity schema")), context,
        [id](const ApiResponse &r) -> ApiResult<IdentitySchema> {
            QJsonDocument doc;
            ApiError error;
            if (!parseDocument(r, &doc, &error))
                return error;
            if (!doc.isObject())
                return ApiError(ApiError::Kind::Malformed, tr("the schema is not a JSON object"));
            return IdentitySchema{id, doc.object(), JsonKeyOrder::scan(r.body)};
        },
        std::move(done));
}

// ---- recovery --------------------------------------------------------------------------------

KratosClient::RequestId KratosClient::createRecoveryLink(const QString &identityId, const QString &expiresIn,
                                                         const QString &returnTo, QObject *context,
                                                         Callback<RecoveryLink> done)
{
    QJsonObject body{{QStringLiteral("identity_id"), identityId}};
    if (!expiresIn.isEmpty())
        body.insert(QStringLiteral("expires_in"), GoDuration::normalized(expiresIn));
    Query query;
    if (!returnTo.isEmpty())
        query << qMakePair(QStringLiteral("return_to"), returnTo);
    return send<RecoveryLink>(
        change("POST", adminEndpoint(QStringLiteral("/admin/recovery/link"), query), tr("Create recovery link"),
               {identityId}, compact(body)),
        context,
        [](const ApiResponse &r) { return parseObject<RecoveryLink>(r, &RecoveryLink::fromJson, "a recovery link"); },
        std::move(done));
}

KratosClient::RequestId KratosClient::createRecoveryCode(const QString &identityId, const QString &expiresIn,
                                                         const QString &flowType, QObject *context,
                                                         Callback<RecoveryCode> done)
{
    QJsonObject body{{QStringLiteral("identity_id"), identityId}};
    if (!expiresIn.isEmpty())
        body.insert(QStringLiteral("expires_in"), GoDuration::normalized(expiresIn));
    if (!flowType.isEmpty())
        body.insert(QStringLiteral("flow_type"), flowType);
    return send<RecoveryCode>(
        change("POST", adminEndpoint(QStringLiteral("/admin/recovery/code")), tr("Create recovery code"), {identityId},
               compact(body)),
        context,
        [](const ApiResponse &r) { return parseObject<RecoveryCode>(r, &RecoveryCode::fromJson, "a recovery code"); },
        std::move(done));
}

// ---- health ----------------------------------------------------------------------------------

KratosClient::RequestId KratosClient::checkAlive(QObject *context, Callback<HealthStatus> done)
{
    return send<HealthStatus>(read(adminEndpoint(QStringLiteral("/health/alive")), tr("Check liveness")), context,
                              &healthy, std::move(done));
}

KratosClient::RequestId KratosClient::checkReady(QObject *context, Callback<HealthStatus> done)
{
    // A 503 is an answer ("not ready, because ..."), not a failed call.
    auto toStatus = [done = std::move(done)](const ApiResult<HealthStatus> &result) {
        if (!result.ok() && result.error().kind() == ApiError::Kind::Http && result.error().httpStatus() == 503)
            done(HealthStatus{false, 503, result.error().message()});
        else
            done(result);
    };
    return send<HealthStatus>(read(adminEndpoint(QStringLiteral("/health/ready")), tr("Check readiness")), context,
                              &healthy, std::move(toStatus));
}

KratosClient::RequestId KratosClient::getVersion(QObject *context, Callback<ServerVersion> done)
{
    return send<ServerVersion>(
        read(adminEndpoint(QStringLiteral("/version")), tr("Get version")), context,
        [](const ApiResponse &r) { return parseObject<ServerVersion>(r, &ServerVersion::fromJson, "a version"); },
        std::move(done));
}
