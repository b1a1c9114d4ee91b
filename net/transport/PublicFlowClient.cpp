// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublicFlowClient.h"

#include "ApiRequest.h"
#include "NetLogging.h"
#include "NoCookieJar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {

// A 4xx answer that carries the flow (a form error): Kratos's words from its messages, as an
// error the rest of the app already knows how to show.
ApiError flowError(int status, const QByteArray &body, const SelfServiceFlow &flow)
{
    const QString reason = flow.messageTexts().join(QStringLiteral(" "));
    QJsonObject error{{QStringLiteral("code"), status}, {QStringLiteral("reason"), reason}};
    ApiError e = ApiError::fromHttp(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact));
    e.setDetail(QString::fromUtf8(body.left(2048)));
    return e;
}

} // namespace

PublicFlowClient::PublicFlowClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setCookieJar(new NoCookieJar(m_nam));
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

PublicFlowClient::~PublicFlowClient()
{
    setConnection(ConnectionSettings());
}

void PublicFlowClient::setConnection(const ConnectionSettings &settings)
{
    ApiRequest::abandonAll(&m_inFlight);
    m_settings = ConnectionSettings();
    m_settings.adminUrl = settings.publicUrl;
    m_settings.timeoutMs = settings.timeoutMs;
    m_settings.maxResponseBytes = settings.maxResponseBytes;
    m_settings.extraCaCertificates = settings.extraCaCertificates;
    m_nam->clearConnectionCache();
}

bool PublicFlowClient::hasPublicUrl() const
{
    const QUrl &url = m_settings.adminUrl;
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QString PublicFlowClient::flowName(Flow flow)
{
    switch (flow) {
    case Flow::Verification:
        return QStringLiteral("verification");
    case Flow::Recovery:
        return QStringLiteral("recovery");
    case Flow::Login:
        break;
    }
    return QStringLiteral("login");
}

PublicFlowClient::RequestId PublicFlowClient::initFlow(Flow flow, QObject *context, Callback<SelfServiceFlow> done)
{
    QUrl url = m_settings.adminUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/self-service/%1/api").arg(flowName(flow)));
    return send("GET", url, tr("Start a %1 flow").arg(flowName(flow)), nullptr, context, std::move(done));
}

PublicFlowClient::RequestId PublicFlowClient::submitFlow(Flow flow, const QString &flowId, const QJsonObject &body,
                                                         QObject *context, Callback<SelfServiceFlow> done)
{
    // Built from the configured public URL: the flow's ui.action names the server's own idea of
    // its base URL, often an internal host name (PUBLIC-FLOWS.md §1).
    QUrl url = m_settings.adminUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/self-service/%1").arg(flowName(flow)));
    url.setQuery(QStringLiteral("flow=") + QString::fromLatin1(QUrl::toPercentEncoding(flowId)), QUrl::StrictMode);
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return send("POST", url, tr("Submit the %1 flow").arg(flowName(flow)), &json, context, std::move(done));
}

PublicFlowClient::RequestId PublicFlowClient::send(const QByteArray &method, const QUrl &url, const QString &operation,
                                                   const QByteArray *body, QObject *context,
                                                   Callback<SelfServiceFlow> done)
{
    QObject *receiver = context ? context : this;
    if (!hasPublicUrl()) {
        ApiError e(ApiError::Kind::Configuration,
                   tr("The profile has no public URL, and Kratos serves its self-service flows only there. Add "
                      "the public URL (self-hosted: usually port 4433; Ory Network: the project URL) to the "
                      "connection profile."));
        e.setContext(operation, method, url.path(), QString());
        QTimer::singleShot(0, receiver, [done = std::move(done), e]() { done(e); });
        return 0;
    }
    ApiRequest::Spec spec;
    spec.method = method;
    spec.url = url;
    spec.operation = operation;
    spec.followRedirects = false;
    if (body) {
        spec.hasBody = true;
        spec.body = *body;
    }
    auto *request = new ApiRequest(m_nam, m_settings, spec, this);
    const RequestId id = m_nextId++;
    m_inFlight.insert(id, request);
    connect(request, &ApiRequest::finished, this, [this, id, request]() {
        m_inFlight.remove(id);
        request->deleteLater();
    });
    connect(request, &ApiRequest::finished, receiver,
            [done = std::move(done), operation, method, url](const ApiResponse &response) {
                const QJsonDocument doc = QJsonDocument::fromJson(response.body);
                const std::optional<SelfServiceFlow> flow =
                    doc.isObject() ? SelfServiceFlow::fromJson(doc.object()) : std::nullopt;
                if (!response.ok()) {
                    ApiError e = response.error;
                    e.setPublicApi(true);
                    if (flow && response.status >= 400 && response.status < 500 && !flow->messageTexts().isEmpty()) {
                        e = flowError(response.status, response.body, *flow);
                        e.setContext(operation, method, url.path(), url.host());
                        e.setPublicApi(true);
                    }
                    qCInfo(lcNet).noquote() << operation << "failed:" << e.title() << e.reason();
                    done(e);
                    return;
                }
                if (!flow) {
                    ApiError e(ApiError::Kind::Malformed, tr("the answer is not a self-service flow"));
                    e.setPublicApi(true);
                    e.setContext(operation, method, url.path(), url.host());
                    done(e);
                    return;
                }
                SelfServiceFlow result = *flow;
                result.answeredAt = response.date.isValid() ? response.date : QDateTime::currentDateTimeUtc();
                done(result);
            });
    request->start();
    return id;
}
