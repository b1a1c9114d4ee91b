// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimApi.h"

#include "SimHttp.h"
#include "SimStore.h"

#include <QCryptographicHash>
#include <QJsonObject>

using namespace SimHttp;

SimApi::SimApi(SimStore &store, const SimOptions &options)
    : m_store(store)
    , m_options(options)
    , m_courierSecret(QCryptographicHash::hash(
          QByteArray("kratos-sim courier secret " + QByteArray::number(options.seed)), QCryptographicHash::Sha256))
    , m_flows(store, options)
    , m_identities(store, m_adminBase)
    , m_sessions(store, options)
    , m_courier(store, options, m_courierSecret)
    , m_schemas(store)
    , m_recovery(store, m_publicBase)
{}

void SimApi::setBaseUrls(const QUrl &admin, const QUrl &publicUrl)
{
    m_adminBase = admin;
    m_publicBase = publicUrl;
    m_store.setPublicBaseUrl(publicUrl);
    m_flows.setPublicBaseUrl(publicUrl);
}

SimResponse SimApi::handle(const SimRequest &r)
{
    QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return r.publicListener ? routePublic(r, parts) : routeAdmin(r, parts);
}

SimResponse SimApi::routePublic(const SimRequest &r, const QStringList &rawParts)
{
    QStringList parts = rawParts;
    if (!parts.isEmpty() && parts.first() == QLatin1String("admin") && parts.value(1) == QLatin1String("schemas"))
        parts.removeFirst();
    if (parts.value(0) == QLatin1String("self-service"))
        return m_flows.handle(r, parts.mid(1));
    if (parts.value(0) == QLatin1String("schemas")) {
        if (r.method != QLatin1String("GET"))
            return methodNotAllowed("GET");
        if (parts.size() == 1)
            return m_schemas.listSchemas(r);
        if (parts.size() == 2)
            return m_schemas.schemaById(parts.at(1));
        return notFoundPage();
    }
    if (parts.value(0) == QLatin1String("health") && parts.size() == 2) {
        if (parts.at(1) == QLatin1String("alive"))
            return SimResponse::json(200, QJsonObject{{s("status"), s("ok")}});
        if (parts.at(1) == QLatin1String("ready"))
            return m_store.ready ? SimResponse::json(200, QJsonObject{{s("status"), s("ok")}})
                                 : SimResponse::error(503, s("Service Unavailable")); // the public port hides why
    }
    if (parts.value(0) == QLatin1String("admin")) {
        // The public port answers admin paths with a redirect to the admin URL.
        QUrl target = m_adminBase;
        target.setPath(r.path);
        SimResponse out = SimResponse::empty(307);
        out.setHeader("Location", target.toEncoded());
        return out;
    }
    return notFoundPage();
}

SimResponse SimApi::redirectToPublic(const SimRequest &r)
{
    QString path = r.path;
    if (path.startsWith(QLatin1String("/admin/")))
        path = path.mid(6);
    QUrl target = m_publicBase;
    target.setPath(path);
    QByteArray query;
    for (const auto &item : r.query) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    if (!query.isEmpty())
        target.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    SimResponse out = SimResponse::empty(307);
    out.setHeader("Location", target.toEncoded());
    return out;
}

SimResponse SimApi::routeAdmin(const SimRequest &r, const QStringList &rawParts)
{
    QStringList parts = rawParts;
    // Self-service routes: served here on Ory Network (one origin), else a redirect to the public port.
    if (parts.value(0) == QLatin1String("self-service") || parts.value(0) == QLatin1String("schemas")) {
        if (m_options.sharedOrigin)
            return routePublic(r, parts);
        return redirectToPublic(r);
    }
    // Health and version are served without the /admin prefix as well.
    if (!parts.isEmpty() && parts.first() == QLatin1String("admin") &&
        (parts.value(1) == QLatin1String("health") || parts.value(1) == QLatin1String("version")))
        parts.removeFirst();
    if (parts.value(0) == QLatin1String("health") || parts.value(0) == QLatin1String("version")) {
        std::optional<SimResponse> served = routeHealth(r, parts);
        if (served)
            return *served;
    }

    // Every other admin route lives under /admin; the prefix is added when missing.
    if (parts.value(0) != QLatin1String("admin"))
        parts.prepend(s("admin"));
    parts.removeFirst();

    if (!m_options.token.isEmpty()) {
        const QByteArray auth = r.header("Authorization");
        if (auth != "Bearer " + m_options.token.toUtf8())
            return SimResponse::error(401, s("The request could not be authorized"),
                                      s("The provided API key is missing, malformed or invalid."));
    }

    const QString area = parts.value(0);
    if (area == QLatin1String("schemas"))
        return redirectToPublic(r);
    if (area == QLatin1String("identities"))
        return routeIdentities(r, parts);
    if (area == QLatin1String("sessions"))
        return routeSessions(r, parts);
    if (area == QLatin1String("courier") && parts.value(1) == QLatin1String("messages")) {
        if (r.method != QLatin1String("GET"))
            return methodNotAllowed("GET");
        if (parts.size() == 2)
            return m_courier.listMessages(r);
        if (parts.size() == 3)
            return m_courier.messageById(parts.at(2));
        return notFoundPage();
    }
    if (area == QLatin1String("recovery") && parts.size() == 2) {
        if (r.method != QLatin1String("POST"))
            return methodNotAllowed("POST");
        if (parts.at(1) == QLatin1String("link"))
            return m_recovery.recoveryLink(r);
        if (parts.at(1) == QLatin1String("code"))
            return m_recovery.recoveryCode(r);
    }
    return notFoundPage();
}

std::optional<SimResponse> SimApi::routeHealth(const SimRequest &r, const QStringList &parts)
{
    if (parts.value(0) == QLatin1String("health") && parts.size() == 2) {
        if (r.method != QLatin1String("GET"))
            return methodNotAllowed("GET");
        if (parts.at(1) == QLatin1String("alive"))
            return SimResponse::json(200, QJsonObject{{s("status"), s("ok")}});
        if (parts.at(1) == QLatin1String("ready"))
            return ready();
        return notFoundPage();
    }
    if (parts.size() == 1 && parts.first() == QLatin1String("version")) {
        if (r.method != QLatin1String("GET"))
            return methodNotAllowed("GET");
        return SimResponse::json(200, QJsonObject{{s("version"), m_options.version}});
    }
    return std::nullopt;
}

SimResponse SimApi::routeIdentities(const SimRequest &r, const QStringList &parts)
{
    const QString &m = r.method;
    const qsizetype n = parts.size();
    if (n == 1) {
        if (m == QLatin1String("GET"))
            return m_identities.listIdentities(r);
        if (m == QLatin1String("POST"))
            return m_identities.createIdentity(r);
        if (m == QLatin1String("PATCH"))
            return m_identities.batchIdentities(r);
        return methodNotAllowed("GET, POST, PATCH");
    }
    if (n == 4 && parts.at(1) == QLatin1String("by") && parts.at(2) == QLatin1String("external")) {
        if (m != QLatin1String("GET"))
            return methodNotAllowed("GET");
        const QString id = m_store.identityByExternalId(parts.at(3));
        return id.isEmpty() ? SimResponse::error(404, kNotFound) : m_identities.identityById(r, id);
    }
    const QString id = parts.at(1);
    if (n == 2)
        return m_identities.identityById(r, id);
    if (n == 3 && parts.at(2) == QLatin1String("sessions")) {
        if (m == QLatin1String("GET"))
            return m_identities.identitySessions(r, id);
        if (m == QLatin1String("DELETE"))
            return m_identities.deleteIdentitySessions(id);
        return methodNotAllowed("GET, DELETE");
    }
    if (n == 4 && parts.at(2) == QLatin1String("credentials")) {
        if (m != QLatin1String("DELETE"))
            return methodNotAllowed("DELETE");
        return m_identities.deleteCredential(r, id, parts.at(3));
    }
    return notFoundPage();
}

SimResponse SimApi::routeSessions(const SimRequest &r, const QStringList &parts)
{
    const qsizetype n = parts.size();
    if (n == 1) {
        if (r.method == QLatin1String("GET"))
            return m_sessions.listSessions(r);
        return methodNotAllowed("GET");
    }
    if (n == 2)
        return m_sessions.sessionById(r, parts.at(1));
    if (n == 3 && parts.at(2) == QLatin1String("extend")) {
        if (r.method != QLatin1String("PATCH"))
            return methodNotAllowed("PATCH");
        return m_sessions.extendSession(parts.at(1));
    }
    return notFoundPage();
}

SimResponse SimApi::ready()
{
    if (m_store.ready)
        return SimResponse::json(200, QJsonObject{{s("status"), s("ok")}});
    // Kratos sends the failed checks through its generic error writer, code 500 in a 503.
    SimResponse out = SimResponse::error(500, s("database: connection refused; migrations: not applied"));
    out.status = 503;
    return out;
}
