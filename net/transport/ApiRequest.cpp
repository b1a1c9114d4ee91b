// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiRequest.h"

#include "NetLogging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslKey>

namespace {

constexpr int kMaxRedirects = 5;
// What Qt may hold of an answer before this class reads it out (it stops reading the socket then).
constexpr qint64 kReadBufferBytes = 256 * 1024;

QString certificateFacts(const QSslCertificate &cert)
{
    if (cert.isNull())
        return QString();
    return QCoreApplication::translate("ApiRequest",
                                       "certificate for \"%1\" issued by \"%2\", valid %3 to %4, SHA-256 %5")
        .arg(cert.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
             cert.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
             cert.effectiveDate().toString(Qt::ISODate), cert.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':')));
}

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

} // namespace

ApiRequest::ApiRequest(QNetworkAccessManager *nam, const ConnectionSettings &settings, Spec spec, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_settings(settings)
    , m_spec(std::move(spec))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &ApiRequest::onDeadline);
}

ApiRequest::~ApiRequest()
{
    m_settings.clearToken();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QByteArray ApiRequest::userAgent()
{
    return QByteArrayLiteral("KratosDesk/" KD_VERSION " (Qt/") + QByteArray(qVersion()) + ')';
}

bool ApiRequest::sameOrigin(const QUrl &a, const QUrl &b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort) == b.port(defaultPort);
}

void ApiRequest::abandonAll(QHash<quint64, QPointer<ApiRequest>> *requests)
{
    for (const QPointer<ApiRequest> &request : std::as_const(*requests)) {
        if (request) {
            request->abandon();
            request->deleteLater();
        }
    }
    requests->clear();
}

void ApiRequest::start()
{
    m_timer.start();
    m_deadline->start(m_settings.timeoutMs);
    send(m_spec.url);
}

void ApiRequest::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void ApiRequest::abandon()
{
    m_abandoned = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_done = true;
}

void ApiRequest::send(const QUrl &url)
{
    m_currentUrl = url;
    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(m_settings.timeoutMs);
    // The token goes to the admin origin and nowhere else, whatever redirects say.
    if (!m_settings.token.isEmpty() && sameOrigin(url, m_settings.adminUrl))
        request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    if (url.scheme() == QLatin1String("https") && !m_settings.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_settings.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    if (m_spec.hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    m_sslErrors.clear();
    m_body.clear();
    QNetworkReply *reply = m_spec.hasBody ? m_nam->sendCustomRequest(request, m_spec.method, m_spec.body)
                                          : m_nam->sendCustomRequest(request, m_spec.method);
    m_reply = reply;
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (received > m_settings.maxResponseBytes || total > m_settings.maxResponseBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
}

void ApiRequest::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_settings.maxResponseBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort();
    }
}

void ApiRequest::onDeadline()
{
    if (m_done || !m_reply)
        return;
    m_pastDeadline = true;
    m_reply->abort();
}

ApiError ApiRequest::transportError(int code, const QString &qtText) const
{
    switch (static_cast<QNetworkReply::NetworkError>(code)) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError(ApiError::Kind::Connection, tr("connection refused"));
    case QNetworkReply::HostNotFoundError:
        return ApiError(ApiError::Kind::Connection, tr("host name not found"));
    case QNetworkReply::RemoteHostClosedError:
        return ApiError(ApiError::Kind::Connection, tr("the server closed the connection"));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout aborts the reply
        return ApiError(ApiError::Kind::Timeout, tr("no data for %1 s").arg(m_settings.timeoutMs / 1000.0));
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        break;
    default:
        return ApiError(ApiError::Kind::Connection, qtText);
    }
    if (code == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
        QStringList lines;
        for (const QSslError &e : m_sslErrors) {
            const QString facts = certificateFacts(e.certificate());
            lines.append(facts.isEmpty() ? e.errorString()
                                         : e.errorString() + QStringLiteral(" (") + facts + QLatin1Char(')'));
        }
        if (lines.isEmpty())
            lines.append(qtText);
        return ApiError(ApiError::Kind::Tls, lines.join(QLatin1Char('\n')));
    }
    return ApiError(ApiError::Kind::Connection, qtText);
}

void ApiRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    ApiResponse response;
    response.url = m_currentUrl;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.status = status;
    const QByteArray date = reply->rawHeader("Date");
    if (!date.isEmpty())
        response.date = QDateTime::fromString(QString::fromLatin1(date), Qt::RFC2822Date);

    if (m_cancelled) {
        response.error = ApiError(ApiError::Kind::Cancelled, QString());
    } else if (m_pastDeadline) {
        response.error =
            ApiError(ApiError::Kind::Timeout, tr("no complete answer within %1 s").arg(m_settings.timeoutMs / 1000.0));
    } else if (m_tooLarge) {
        response.error =
            ApiError(ApiError::Kind::TooLarge, tr("%1 MiB").arg(m_settings.maxResponseBytes / 1048576.0, 0, 'f', 1));
    } else if (status == 0) {
        response.error = transportError(reply->error(), reply->errorString());
    } else if ((status == 301 || status == 302 || status == 303 || status == 307 || status == 308) &&
               !m_spec.followRedirects) {
        response.location = m_currentUrl.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        response.error = ApiError(ApiError::Kind::Redirect,
                                  tr("The server answered with a redirect (HTTP %1) to %2, which is not followed.")
                                      .arg(status)
                                      .arg(hostOf(response.location) + response.location.path()));
    } else if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
        const QString refusal = redirectRefusal(target);
        if (!refusal.isEmpty()) {
            response.error = ApiError(ApiError::Kind::Redirect, refusal);
        } else {
            ++m_redirects;
            if (!sameOrigin(target, m_settings.adminUrl))
                qCInfo(lcNet) << m_spec.method.constData() << m_currentUrl.path() << "redirected to another origin"
                              << hostOf(target) << "- following without the admin token";
            send(target);
            return;
        }
    } else if (const QNetworkReply::NetworkError cut = reply->error();
               cut == QNetworkReply::RemoteHostClosedError || cut == QNetworkReply::TimeoutError ||
               cut == QNetworkReply::OperationCanceledError || cut == QNetworkReply::UnknownNetworkError) {
        // The status line came, the rest did not: what arrived is not the answer, even if it parses.
        response.error = transportError(cut, reply->errorString());
    } else {
        readAnswer(reply, &response);
    }
    if (!response.error.isNull())
        response.error.setContext(m_spec.operation, m_spec.method, m_currentUrl.path(), hostOf(m_currentUrl));
    qCDebug(lcNet).noquote() << m_spec.method << m_currentUrl.path() << "->" << status
                             << QStringLiteral("%1 bytes, %2 ms").arg(response.body.size()).arg(m_timer.elapsed())
                             << (response.error.isNull() ? QString() : response.error.title());
    finish(std::move(response));
}

QString ApiRequest::redirectRefusal(const QUrl &target) const
{
    if (!target.isValid() || (target.scheme() != QLatin1String("http") && target.scheme() != QLatin1String("https")))
        return tr("The server redirected to an unusable address.");
    if (m_redirects >= kMaxRedirects)
        return tr("The server redirected more than %1 times.").arg(kMaxRedirects);
    if (m_spec.method != "GET" && m_spec.method != "HEAD")
        return tr("The server answered a change with a redirect to %1; changes are not re-sent to "
                  "another address. Check that the admin URL points at Kratos's admin port.")
            .arg(hostOf(target));
    if (m_currentUrl.scheme() == QLatin1String("https") && target.scheme() == QLatin1String("http"))
        return tr("The server redirected from https to plain http (%1); not followed.").arg(hostOf(target));
    return QString();
}

void ApiRequest::readAnswer(QNetworkReply *reply, ApiResponse *response)
{
    const int status = response->status;
    onReadyRead();
    const QByteArray body = std::exchange(m_body, {});
    bool hasLength = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    const bool decoded = !reply->rawHeader("Content-Encoding").isEmpty(); // Qt inflated it
    if (m_tooLarge || body.size() > m_settings.maxResponseBytes) {
        response->error =
            ApiError(ApiError::Kind::TooLarge, tr("%1 MiB").arg(m_settings.maxResponseBytes / 1048576.0, 0, 'f', 1));
    } else if (hasLength && !decoded && m_spec.method != "HEAD" && status != 204 && status != 304 &&
               body.size() != length) {
        response->error = ApiError(ApiError::Kind::Malformed, tr("the answer was cut short: %1 of the %2 bytes "
                                                                 "it announced")
                                                                  .arg(body.size())
                                                                  .arg(length));
    } else if (status >= 400) {
        response->error = ApiError::fromHttp(status, body, reply->rawHeader("Retry-After"));
        response->body = body;
    } else {
        response->body = body;
        response->link = reply->rawHeader("Link");
        bool ok = false;
        const qint64 total = reply->rawHeader("X-Total-Count").toLongLong(&ok);
        if (ok)
            response->totalCount = total;
    }
}

void ApiRequest::finish(ApiResponse response)
{
    if (m_done || m_abandoned)
        return;
    m_done = true;
    m_deadline->stop();
    Q_EMIT finished(response);
}
