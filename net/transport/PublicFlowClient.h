// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiResult.h"
#include "ConnectionSettings.h"
#include "SelfServiceFlow.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiRequest;
class QNetworkAccessManager;

// Kratos's public self-service API flows of type `api` (PUBLIC-FLOWS.md): verification,
// recovery and login. Its own network access manager carries no token and no cookies: on Ory
// Network the public and admin APIs share one origin, so an origin check alone would not keep
// the admin token away. Every call asks for JSON, follows no redirect (a 303 means the server
// treated the call as a browser's or the flow expired) and goes to the profile's public URL.
class PublicFlowClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicFlowClient)

public:
    enum class Flow
    {
        Verification,
        Recovery,
        Login
    };
    using RequestId = quint64;
    template<typename T>
    using Callback = std::function<void(const ApiResult<T> &)>;

    explicit PublicFlowClient(QObject *parent = nullptr);
    ~PublicFlowClient() override;

    // Keeps the public URL, timeout, size cap and CA certificates; never the token.
    void setConnection(const ConnectionSettings &settings);
    bool hasPublicUrl() const;
    QUrl publicUrl() const { return m_settings.adminUrl; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // GET /self-service/<flow>/api
    RequestId initFlow(Flow flow, QObject *context, Callback<SelfServiceFlow> done);
    // POST /self-service/<flow>?flow=<id> with `body` as JSON (verification and recovery only).
    RequestId submitFlow(Flow flow, const QString &flowId, const QJsonObject &body, QObject *context,
                         Callback<SelfServiceFlow> done);

    static QString flowName(Flow flow);

private:
    RequestId send(const QByteArray &method, const QUrl &url, const QString &operation, const QByteArray *body,
                   QObject *context, Callback<SelfServiceFlow> done);

    QNetworkAccessManager *m_nam;
    ConnectionSettings m_settings; // adminUrl holds the public URL; the token stays empty
    QHash<RequestId, QPointer<ApiRequest>> m_inFlight;
    RequestId m_nextId = 1;
};
