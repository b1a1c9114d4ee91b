// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

void SimResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray SimResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SimResponse SimResponse::json(int status, const QJsonValue &value)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return rawJson(status, body);
}

SimResponse SimResponse::rawJson(int status, const QByteArray &body)
{
    SimResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.setHeader("Cache-Control", "private, no-cache, no-store, must-revalidate");
    return r;
}

SimResponse SimResponse::empty(int status)
{
    SimResponse r;
    r.status = status;
    return r;
}

SimResponse SimResponse::text(int status, const QByteArray &body)
{
    SimResponse r;
    r.status = status;
    r.body = body;
    r.setHeader("Content-Type", "text/plain; charset=utf-8");
    r.setHeader("X-Content-Type-Options", "nosniff");
    return r;
}

SimResponse SimResponse::error(int status, const QString &message, const QString &reason, const QString &id,
                               const QJsonObject &details)
{
    QJsonObject e{{QStringLiteral("code"), status},
                  {QStringLiteral("status"), QString::fromLatin1(statusText(status))},
                  {QStringLiteral("message"), message}};
    if (!reason.isEmpty())
        e.insert(QStringLiteral("reason"), reason);
    if (!id.isEmpty())
        e.insert(QStringLiteral("id"), id);
    if (!details.isEmpty())
        e.insert(QStringLiteral("details"), details);
    SimResponse r = json(status, QJsonObject{{QStringLiteral("error"), e}});
    r.setHeader("Ory-Error-Id", id.toUtf8());
    return r;
}

QByteArray SimResponse::statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}
