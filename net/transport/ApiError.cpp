// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include "JsonFields.h"

#include <QJsonDocument>

namespace {

constexpr qsizetype kMaxRawBody = 2048;

QString kratosText(const QString &reason, const QString &message)
{
    if (!reason.isEmpty() && !message.isEmpty() && reason != message)
        return reason;
    return reason.isEmpty() ? message : reason;
}

} // namespace

ApiError::ApiError(Kind kind, const QString &detail)
    : m_kind(kind)
    , m_detail(detail)
{}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter)
{
    ApiError e(Kind::Http, QString());
    e.m_httpStatus = status;
    bool ok = false;
    const int seconds = retryAfter.trimmed().toInt(&ok);
    if (ok && seconds >= 0)
        e.m_retryAfterSeconds = seconds;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    QJsonObject err;
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        // {"error":{...}} normally; batch items and some proxies send the bare object.
        err = root.value(QLatin1String("error")).isObject() ? root.value(QLatin1String("error")).toObject() : root;
        // /health/ready as the spec describes it: {"errors":{"database":"..."}}.
        if (root.value(QLatin1String("errors")).isObject()) {
            QStringList parts;
            const QJsonObject errors = root.value(QLatin1String("errors")).toObject();
            for (auto it = errors.begin(); it != errors.end(); ++it)
                parts.append(it.key() + QStringLiteral(": ") + it.value().toString());
            e.m_message = parts.join(QStringLiteral("; "));
        }
    }
    if (!err.isEmpty()) {
        e.m_kratosBody = true;
        e.m_errorId = JsonFields::string(err, QLatin1String("id"));
        e.m_statusText = JsonFields::string(err, QLatin1String("status"));
        e.m_reason = JsonFields::string(err, QLatin1String("reason"));
        if (e.m_message.isEmpty())
            e.m_message = JsonFields::string(err, QLatin1String("message"));
        e.m_requestId = JsonFields::string(err, QLatin1String("request"));
        e.m_details = err.value(QLatin1String("details")).toObject();
    } else if (!body.isEmpty() && !doc.isObject()) {
        // Go's plain-text "404 page not found", a proxy's HTML page, ...
        e.m_message = QString::fromUtf8(body.left(200)).simplified();
    }
    if (!body.isEmpty())
        e.m_detail = QString::fromUtf8(body.left(kMaxRawBody));
    return e;
}

void ApiError::setContext(const QString &operation, const QByteArray &method, const QString &path, const QString &host)
{
    m_operation = operation;
    m_method = method;
    m_path = path;
    m_host = host;
}

QString ApiError::title() const
{
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Connection:
        return tr("Server not reachable");
    case Kind::Tls:
        return tr("Secure connection failed");
    case Kind::Timeout:
        return tr("No answer in time");
    case Kind::Cancelled:
        return tr("Cancelled");
    case Kind::Malformed:
        return tr("Unexpected answer from the server");
    case Kind::TooLarge:
        return tr("Answer too large");
    case Kind::Redirect:
        return tr("Redirect not followed");
    case Kind::ReadOnly:
        return tr("Read-only profile");
    case Kind::Configuration:
        return tr("Connection not configured");
    case Kind::AuditTrail:
        return tr("Audit trail not writable");
    case Kind::ReasonRequired:
        return tr("Reason required");
    case Kind::Http:
        break;
    }
    if (!m_explanation.isEmpty())
        return QStringLiteral("%1 (%2)").arg(m_explanation).arg(m_httpStatus);
    switch (m_httpStatus) {
    case 400:
        return tr("Request rejected");
    case 401:
        return tr("Not authorized");
    case 403:
        return tr("Forbidden");
    case 404:
        return tr("Not found");
    case 405:
        return tr("Not supported by this server");
    case 409:
        return tr("Conflict");
    case 413:
        return tr("Request too large");
    case 429:
        return tr("Too many requests");
    default:
        break;
    }
    return m_httpStatus >= 500 ? tr("Server error") : tr("Request failed");
}

QString ApiError::userMessage() const
{
    const QString host = m_host.isEmpty() ? tr("the server") : m_host;
    const QString what = kratosText(m_reason, m_message);
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Connection:
        if (m_publicApi)
            return tr("Could not reach %1 (%2). Check the profile's public URL, the network, and that Kratos is "
                      "running.")
                .arg(host, m_detail);
        return tr("Could not reach %1 (%2). Check the admin URL, the network, and that Kratos is running.")
            .arg(host, m_detail);
    case Kind::Tls:
        return tr("The secure connection to %1 failed: %2. If the server uses a private certificate "
                  "authority, add its CA file to the connection profile.")
            .arg(host, m_detail.section(QLatin1Char('\n'), 0, 0));
    case Kind::Timeout:
        return tr("%1 did not answer in time. The server may be overloaded, or the request timeout in "
                  "the connection profile is too short.")
            .arg(host);
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Malformed:
        if (m_publicApi)
            return tr("%1 sent an answer that is not what Kratos's public API sends (%2). Is the public URL "
                      "pointing at Kratos's public port?")
                .arg(host, m_detail);
        return tr("%1 sent an answer that is not what Kratos's admin API sends (%2). Is the admin URL "
                  "pointing at Kratos's admin port?")
            .arg(host, m_detail);
    case Kind::TooLarge:
        return tr("The answer from %1 was larger than the %2 limit and was discarded.").arg(host, m_detail);
    case Kind::Redirect:
        return m_detail;
    case Kind::ReadOnly:
        return tr("This connection profile is read-only, so \"%1\" was not sent. Edit the profile to allow "
                  "changes.")
            .arg(m_operation.isEmpty() ? tr("the change") : m_operation);
    case Kind::Configuration:
        return m_detail;
    case Kind::AuditTrail:
        return tr("Nothing was sent: every change is recorded in the audit trail first, and the trail "
                  "cannot be written (%1). Changes stay refused until it can; reading still works.")
            .arg(m_detail);
    case Kind::ReasonRequired:
        return tr("Nothing was sent: this profile asks for a reason or ticket reference with every change. "
                  "Give one in the confirmation, or with --reason on the command line.");
    case Kind::Http:
        break;
    }
    if (!m_explanation.isEmpty())
        return QStringLiteral("%1 (%2)").arg(m_explanation).arg(m_httpStatus);
    switch (m_httpStatus) {
    case 401:
        return tr("Kratos refused the admin token (401). Check the token saved for this profile; Ory "
                  "Network needs a project API key (ory_pat_…).");
    case 403:
        return tr("The admin token is not allowed to do this (403)%1")
            .arg(what.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + what);
    case 404:
        if (m_reason.isEmpty() && m_message.startsWith(QLatin1String("404 page not found")) && m_publicApi)
            return tr("%1 does not know this endpoint (404). The public URL may not point at Kratos's public API.")
                .arg(host);
        if (m_reason.isEmpty() && m_message.startsWith(QLatin1String("404 page not found")))
            return tr("%1 does not know this endpoint (404). The Kratos version may be too old for it, or "
                      "the URL does not point at Kratos's admin API.")
                .arg(host);
        return tr("Not found: %1").arg(what.isEmpty() ? tr("the resource does not exist (any more).") : what);
    case 405:
        return tr("%1 does not support this call (405). The Kratos version may be too old for it.").arg(host);
    case 429:
        return m_retryAfterSeconds >= 0
                   ? tr("Kratos is limiting the request rate (429). Try again in %1 s.").arg(m_retryAfterSeconds)
                   : tr("Kratos is limiting the request rate (429). Try again shortly.");
    default:
        break;
    }
    if (m_httpStatus >= 500)
        return tr("Kratos reported a server error (%1)%2")
            .arg(m_httpStatus)
            .arg(what.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + what);
    return what.isEmpty() ? tr("The request failed with status %1.").arg(m_httpStatus)
                          : QStringLiteral("%1 (%2)").arg(what).arg(m_httpStatus);
}

QString ApiError::technicalDetails() const
{
    QStringList lines;
    if (!m_operation.isEmpty())
        lines << tr("Operation: %1").arg(m_operation);
    if (!m_method.isEmpty())
        lines << tr("Request: %1 %2").arg(QString::fromLatin1(m_method), m_path);
    if (!m_host.isEmpty())
        lines << tr("Server: %1").arg(m_host);
    if (m_httpStatus > 0)
        lines << tr("HTTP status: %1 %2").arg(m_httpStatus).arg(m_statusText);
    if (!m_errorId.isEmpty())
        lines << tr("Kratos error id: %1").arg(m_errorId);
    if (!m_message.isEmpty())
        lines << tr("Message: %1").arg(m_message);
    if (!m_reason.isEmpty())
        lines << tr("Reason: %1").arg(m_reason);
    if (!m_requestId.isEmpty())
        lines << tr("Request id: %1").arg(m_requestId);
    if (!m_details.isEmpty())
        lines << tr("Details: %1").arg(QString::fromUtf8(QJsonDocument(m_details).toJson(QJsonDocument::Compact)));
    if (m_retryAfterSeconds >= 0)
        lines << tr("Retry-After: %1 s").arg(m_retryAfterSeconds);
    if (!m_detail.isEmpty())
        lines << (m_kind == Kind::Http ? QStringLiteral("Body:\n") : tr("Detail: ")) + m_detail;
    return lines.join(QLatin1Char('\n'));
}
