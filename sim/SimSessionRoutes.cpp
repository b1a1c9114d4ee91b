// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimSessionRoutes.h"

#include "SimHttp.h"
#include "SimOptions.h"
#include "SimPageToken.h"
#include "SimStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace SimHttp;

SimSessionRoutes::SimSessionRoutes(SimStore &store, const SimOptions &options)
    : m_store(store)
    , m_options(options)
{}

SimResponse SimSessionRoutes::listSessions(const SimRequest &r)
{
    int size = 0;
    if (!pageSize(r, s("page_size"), 250, 1000, &size))
        return SimResponse::error(400, s("could not parse parameter page_size"));
    std::optional<bool> active;
    if (r.has(s("active"))) {
        const QString v = r.param(s("active"));
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return SimResponse::error(400, s("could not parse parameter active"));
        active = v == QLatin1String("true");
    }
    bool expandIdentity = false;
    bool expandDevices = false;
    for (const QString &e : r.params(s("expand"))) {
        if (e.compare(QLatin1String("identity"), Qt::CaseInsensitive) == 0)
            expandIdentity = true;
        else if (e.compare(QLatin1String("devices"), Qt::CaseInsensitive) == 0)
            expandDevices = true;
        else
            return SimResponse::error(400, kMalformed, QStringLiteral("Could not parse expand option: %1").arg(e));
    }
    QDateTime afterCreated;
    QString afterId;
    const QString token = r.param(s("page_token"));
    if (r.has(s("page_token"))) {
        if (!SimPageToken::decodeSession(token, &afterCreated, &afterId))
            return SimResponse::error(400, s("could not parse parameter page_size"));
        if (afterId != kNilUuid && !std::any_of(m_store.sessions().cbegin(), m_store.sessions().cend(),
                                                [&afterId](const SimSession &ss) { return ss.id == afterId; }))
            return SimResponse::error(400, kMalformed, kBadToken);
    }
    // Sessions are kept newest first, as Kratos orders them: a page starts right after the token's position.
    const std::vector<SimSession> &sessions = m_store.sessions();
    std::size_t i = afterCreated.isValid() && afterId != kNilUuid ? m_store.sessionsAfter(afterCreated, afterId) : 0;
    QJsonArray items;
    QString nextToken;
    const SimSession *last = nullptr;
    for (; i < sessions.size(); ++i) {
        const SimSession &session = sessions[i];
        if (active && m_store.isActive(session) != *active)
            continue;
        if (items.size() == size) {
            nextToken = SimPageToken::encodeSession(last->createdAt, last->id);
            break;
        }
        items.append(m_store.renderSession(session, expandIdentity, expandDevices));
        last = &session;
    }
    SimResponse out = SimResponse::json(200, items);
    out.setHeader("Link",
                  keysetLink(r, size, SimPageToken::encodeSession(QDateTime::fromSecsSinceEpoch(0, Qt::UTC), kNilUuid),
                             nextToken));
    return out;
}

SimResponse SimSessionRoutes::sessionById(const SimRequest &r, const QString &id)
{
    if (!isUuid(id))
        return SimResponse::error(400, kMalformed, s("Invalid UUID value for parameter `id`."));
    SimSession *session = m_store.session(id.toLower());
    if (r.method == QLatin1String("GET")) {
        bool expandIdentity = false;
        bool expandDevices = false;
        for (const QString &e : r.params(s("expand"))) {
            if (e.compare(QLatin1String("identity"), Qt::CaseInsensitive) == 0)
                expandIdentity = true;
            else if (e.compare(QLatin1String("devices"), Qt::CaseInsensitive) == 0)
                expandDevices = true;
            else
                return SimResponse::error(400, kMalformed, QStringLiteral("Could not parse expand option: %1").arg(e));
        }
        if (!session)
            return SimResponse::error(404, kNotFound);
        return SimResponse::json(200, m_store.renderSession(*session, expandIdentity, expandDevices));
    }
    if (r.method == QLatin1String("DELETE")) {
        if (!session)
            return SimResponse::error(404, kNotFound);
        session->revoked = true; // Kratos deactivates; the data stays
        return SimResponse::empty(204);
    }
    return methodNotAllowed("GET, DELETE");
}

SimResponse SimSessionRoutes::extendSession(const QString &id)
{
    if (!isUuid(id))
        return SimResponse::error(400, kMalformed, s("Invalid UUID value for parameter `id`."));
    SimSession *session = m_store.session(id.toLower());
    if (!session || session->revoked)
        return SimResponse::error(404, kNotFound);
    session->expiresAt = m_store.now().addSecs(SimStore::sessionLifespanSecs);
    if (m_options.fasterSessionExtend)
        return SimResponse::empty(204);
    QJsonObject body = m_store.renderSession(*session, true, true);
    QJsonObject identity = body.value(s("identity")).toObject();
    identity.remove(s("metadata_admin"));
    body.insert(s("identity"), identity);
    return SimResponse::json(200, body);
}
