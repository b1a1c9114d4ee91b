// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResult.h"
#include "AuditGate.h"
#include "ConnectionSettings.h"
#include "CourierMessage.h"
#include "CourierMessageQuery.h"
#include "HealthStatus.h"
#include "Identity.h"
#include "IdentityBatchResult.h"
#include "IdentityListQuery.h"
#include "IdentitySchema.h"
#include "IdentityUpdate.h"
#include "JsonPatch.h"
#include "Page.h"
#include "RawPage.h"
#include "RecoveryCode.h"
#include "RecoveryLink.h"
#include "ServerVersion.h"
#include "Session.h"
#include "SessionListQuery.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ApiRequest;
struct ApiResponse;
class PublicFlowClient;
class QNetworkAccessManager;

// Ory Kratos's admin API, one asynchronous method per endpoint (ADMIN-API.md §5-7).
//
// Every method takes a context object and a callback; the callback runs on the context's thread
// and never after the context is destroyed. setConnection() abandons every call still in flight,
// so a reply meant for the previous profile never reaches a view of the new one. A read-only
// connection refuses every mutating method without sending anything. The client knows nothing of
// widgets; it uses the QNetworkAccessManager it is given.
class KratosClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KratosClient)

public:
    using RequestId = quint64;
    template<typename T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    explicit KratosClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~KratosClient() override;

    void setConnection(const ConnectionSettings &settings);
    const ConnectionSettings &connection() const { return m_settings; }
    // Drops the connection, wiping the token from memory.
    void closeConnection();
    void cancel(RequestId id);
    // Asked before every mutating call and every sensitive read; a closed gate refuses the call
    // unsent (see AuditGate). Without a gate nothing is refused for this reason.
    void setAuditGate(const AuditGate *gate) { m_gate = gate; }
    int requestsInFlight() const { return int(m_inFlight.size()); }
    // The public self-service flows of the same profile, on a network access manager of their
    // own that never carries the token or a cookie; it follows setConnection().
    PublicFlowClient *publicFlows() const { return m_public; }

    // Identities
    RequestId listIdentities(const IdentityListQuery &query, QObject *context, Callback<Page<Identity>> done);
    // The same list with the body left unparsed (keyset paging only): for callers that turn
    // thousands of identities into something compact off the UI thread.
    RequestId listIdentitiesRaw(const IdentityListQuery &query, QObject *context, Callback<RawPage> done);
    RequestId getIdentity(const QString &id, const QStringList &includeCredentials, QObject *context,
                          Callback<Identity> done);
    RequestId getIdentityByExternalId(const QString &externalId, QObject *context, Callback<Identity> done);
    RequestId createIdentity(const QJsonObject &body, QObject *context, Callback<Identity> done);
    RequestId updateIdentity(const QString &id, const IdentityUpdate &update, QObject *context,
                             Callback<Identity> done);
    RequestId patchIdentity(const QString &id, const JsonPatch &patch, QObject *context, Callback<Identity> done);
    RequestId deleteIdentity(const QString &id, QObject *context, Callback<NoContent> done);
    RequestId deleteIdentityCredential(const QString &id, const QString &type, const QString &identifier,
                                       QObject *context, Callback<NoContent> done);
    RequestId batchCreateIdentities(const QJsonArray &createBodies, QObject *context,
                                    Callback<QList<IdentityBatchResult>> done);
    RequestId listIdentitySessions(const QString &identityId, const SessionListQuery &query, QObject *context,
                                   Callback<Page<Session>> done);
    // 404 "no sessions" counts as success: there was nothing to delete.
    RequestId deleteIdentitySessions(const QString &identityId, QObject *context, Callback<NoContent> done);

    // Sessions
    RequestId listSessions(const SessionListQuery &query, QObject *context, Callback<Page<Session>> done);
    // The same list with the body left unparsed, for callers that parse pages off the UI thread.
    RequestId listSessionsRaw(const SessionListQuery &query, QObject *context, Callback<RawPage> done);
    static constexpr int MaxSessionPageSize = 1000; // Kratos clamps larger session pages
    RequestId getSession(const QString &id, bool expandIdentity, bool expandDevices, QObject *context,
                         Callback<Session> done);
    // Kratos answers 200 with the session (self-hosted default) or 204 (faster_session_extend).
    RequestId extendSession(const QString &id, QObject *context, Callback<std::optional<Session>> done);
    RequestId revokeSession(const QString &id, QObject *context, Callback<NoContent> done);

    // Courier. List items never carry a body; getCourierMessage() reads it only when asked.
    RequestId listCourierMessages(const CourierMessageQuery &query, QObject *context,
                                  Callback<Page<CourierMessage>> done);
    RequestId getCourierMessage(const QString &id, bool withBody, QObject *context, Callback<CourierMessage> done);

    // Identity schemas: from the public URL when the profile names one, else through the admin
    // port, whose 307 to the public URL is followed without the token.
    RequestId listIdentitySchemas(int pageSize, const QString &pageToken, QObject *context,
                                  Callback<Page<IdentitySchema>> done);
    RequestId getIdentitySchema(const QString &id, QObject *context, Callback<IdentitySchema> done);

    // Recovery. `expiresIn` is a Go duration ("1h30m", sent as "90m"), empty for the server default.
    RequestId createRecoveryLink(const QString &identityId, const QString &expiresIn, const QString &returnTo,
                                 QObject *context, Callback<RecoveryLink> done);
    RequestId createRecoveryCode(const QString &identityId, const QString &expiresIn, const QString &flowType,
                                 QObject *context, Callback<RecoveryCode> done);

    // Health and version (no token needed on self-hosted Kratos).
    RequestId checkAlive(QObject *context, Callback<HealthStatus> done);
    RequestId checkReady(QObject *context, Callback<HealthStatus> done);
    RequestId getVersion(QObject *context, Callback<ServerVersion> done);

    using Query = QList<QPair<QString, QString>>;
    // The admin URL with `path` appended and `query` percent-encoded ("+" included).
    QUrl adminEndpoint(const QString &path, const Query &query = {}) const;
    // Where /schemas<suffix> is served: the profile's public URL, else the admin port.
    QUrl schemaEndpoint(const QString &suffix, const Query &query = {}) const;

Q_SIGNALS:
    void requestFinished(const QString &operation, bool ok);
    // The admin API could not be reached (refused, unreachable, TLS, no answer in time).
    void serverUnreachable(const ApiError &error);
    // The admin API answered a request (with success or an HTTP error): it is there.
    void serverAnswered();

private:
    struct Call
    {
        QByteArray method;
        QUrl url;
        QString operation;
        bool mutating = false;
        bool sensitive = false; // a read that reveals secrets: gated like a change
        QStringList targets;    // ids the call is about (kept for the call sites' readability)
        std::optional<QByteArray> body;
    };
    // A GET; `sensitive` when the answer reveals secrets (credentials, a message body).
    static Call read(const QUrl &url, const QString &operation, const QStringList &targets = {},
                     bool sensitive = false);
    // A call that changes the server's state: refused on read-only profiles and behind a closed
    // audit gate.
    static Call change(const QByteArray &method, const QUrl &url, const QString &operation, const QStringList &targets,
                       std::optional<QByteArray> body = std::nullopt);
    template<typename T>
    RequestId send(const Call &call, QObject *context, std::function<ApiResult<T>(const ApiResponse &)> parse,
                   Callback<T> done);
    template<typename T>
    RequestId listIdentitiesAs(const IdentityListQuery &query, QObject *context,
                               std::function<ApiResult<T>(const ApiResponse &, bool legacy, int size)> parse,
                               Callback<T> done);
    Call sessionsCall(const SessionListQuery &query, int size) const;
    template<typename T>
    RequestId refuse(const ApiError &error, QObject *context, Callback<T> done);

    QNetworkAccessManager *m_nam;
    PublicFlowClient *m_public;
    const AuditGate *m_gate = nullptr;
    ConnectionSettings m_settings;
    QHash<RequestId, QPointer<ApiRequest>> m_inFlight;
    RequestId m_nextId = 1;
};
