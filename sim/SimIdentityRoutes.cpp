// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimIdentityRoutes.h"

#include "SimHttp.h"
#include "SimOptions.h"
#include "SimPageToken.h"
#include "SimStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace SimHttp;

SimIdentityRoutes::SimIdentityRoutes(SimStore &store, const QUrl &adminBase)
    : m_store(store)
    , m_adminBase(adminBase)
{}

SimResponse SimIdentityRoutes::listIdentities(const SimRequest &r)
{
    ListFilter filter;
    filter.ids = r.params(s("ids"));
    filter.identifier = r.param(s("credentials_identifier"));
    filter.similar = r.param(s("preview_credentials_identifier_similar"));
    filter.organisation = r.param(s("organization_id"));
    filter.include = r.params(s("include_credential"));
    if (std::optional<SimResponse> refused = checkFilter(filter))
        return *refused;
    filter.withCredentials = !filter.include.isEmpty() || !filter.identifier.isEmpty() || !filter.similar.isEmpty();
    bool everyone = false;
    const QStringList candidates = candidatesFor(filter, &everyone);
    const bool keyset = r.has(s("page_token")) || r.has(s("page_size")) || !r.has(s("page"));
    return keyset ? keysetPage(r, filter, candidates, everyone) : legacyPage(r, filter, candidates, everyone);
}

std::optional<SimResponse> SimIdentityRoutes::checkFilter(const ListFilter &f) const
{
    const int filters = int(!f.ids.isEmpty()) + int(!f.identifier.isEmpty()) + int(!f.similar.isEmpty()) +
                        int(!f.organisation.isEmpty());
    if (filters > 1)
        return SimResponse::error(400, kMalformed, s("You cannot combine multiple filters in this API"));
    if (f.ids.size() > 500)
        return SimResponse::error(400, kMalformed, s("You can only request up to 500 identities at once"));
    for (const QString &id : f.ids) {
        if (!isUuid(id))
            return SimResponse::error(400, kMalformed,
                                      QStringLiteral("Invalid UUID value `%1` for parameter `ids`.").arg(id));
    }
    if (!f.organisation.isEmpty() && !isUuid(f.organisation))
        return SimResponse::error(400, kMalformed, s("Invalid UUID value for parameter `organization_id`."));
    for (const QString &type : f.include) {
        if (!credentialTypes().contains(type))
            return SimResponse::error(
                400, kMalformed, QStringLiteral("Invalid value `%1` for parameter `include_credential`.").arg(type));
    }
    return std::nullopt;
}

QStringList SimIdentityRoutes::candidatesFor(const ListFilter &f, bool *everyone) const
{
    // The candidate set, ordered by id.
    QStringList candidates;
    *everyone = false;
    if (!f.ids.isEmpty()) {
        for (const QString &id : f.ids) {
            const QString lower = id.toLower();
            if (m_store.identity(lower) && !candidates.contains(lower))
                candidates.append(lower);
        }
        std::sort(candidates.begin(), candidates.end());
    } else if (!f.identifier.isEmpty()) {
        const QString id = m_store.identityByIdentifier(f.identifier);
        if (!id.isEmpty())
            candidates.append(id);
    } else if (!f.similar.isEmpty()) {
        candidates = m_store.identitiesWithIdentifierPrefix(f.similar);
    } else if (!f.organisation.isEmpty()) {
        const QString wanted = f.organisation.toLower();
        for (auto it = m_store.identities().cbegin(); it != m_store.identities().cend(); ++it) {
            if (it->mayContain(wanted) && it->json().value(s("organization_id")).toString() == wanted)
                candidates.append(it.key());
        }
    } else {
        *everyone = true;
    }
    return candidates;
}

void SimIdentityRoutes::appendItem(QByteArray *items, qsizetype *count, const SimIdentity &identity,
                                   const ListFilter &f) const
{
    // Without credentials an item is the stored text as it is: a page is served without parsing.
    items->append(*count == 0 ? '[' : ',');
    ++*count;
    if (f.withCredentials)
        items->append(QJsonDocument(m_store.renderIdentity(identity, true, f.include)).toJson(QJsonDocument::Compact));
    else
        items->append(identity.jsonText());
}

SimResponse SimIdentityRoutes::keysetPage(const SimRequest &r, const ListFilter &f, const QStringList &candidates,
                                          bool everyone) const
{
    int size = 0;
    const QString sizeKey = r.has(s("page_size")) || !r.has(s("per_page")) ? s("page_size") : s("per_page");
    if (!pageSize(r, sizeKey, 250, 500, &size))
        return SimResponse::error(400, kMalformed, QStringLiteral("could not parse parameter %1").arg(sizeKey));
    const QString token = r.param(s("page_token"));
    if (r.has(s("page_token")) && !isUuid(token))
        return SimResponse::error(400, kMalformed, kBadToken);
    const QString after = token.toLower();
    QByteArray items;
    qsizetype count = 0;
    QString lastId;
    bool more = false;
    auto take = [&](const QString &id, const SimIdentity &identity) {
        if (count == size) {
            more = true;
            return false;
        }
        appendItem(&items, &count, identity, f);
        lastId = id;
        return true;
    };
    if (everyone) {
        const auto &all = m_store.identities();
        for (auto it = after.isEmpty() ? all.cbegin() : all.upperBound(after); it != all.cend(); ++it) {
            if (!take(it.key(), it.value()))
                break;
        }
    } else {
        auto it =
            after.isEmpty() ? candidates.cbegin() : std::upper_bound(candidates.cbegin(), candidates.cend(), after);
        for (; it != candidates.cend(); ++it) {
            if (!take(*it, *m_store.identity(*it)))
                break;
        }
    }
    SimResponse out = SimResponse::rawJson(200, (count == 0 ? QByteArray("[") : items) + ']');
    out.setHeader("Link", keysetLink(r, size, kNilUuid, more ? lastId : QString()));
    return out;
}

SimResponse SimIdentityRoutes::legacyPage(const SimRequest &r, const ListFilter &f, const QStringList &candidates,
                                          bool everyone) const
{
    // The deprecated page/per_page mode, with X-Total-Count.
    const int perPage = lenientSize(r, s("per_page"), 250, 500);
    bool ok = false;
    const int page = r.param(s("page")).toInt(&ok);
    if (!ok || page < 0)
        return SimResponse::error(400, kMalformed, s("could not parse parameter page"));
    if (qint64(page) * perPage > 1000)
        return SimResponse::error(
            400, kMalformed, s("Legacy pagination is limited to the first 1000 identities, use page tokens instead"));
    const qint64 total = everyone ? m_store.identities().size() : candidates.size();
    const qint64 offset = qint64(page) * perPage;
    QByteArray items;
    qsizetype count = 0;
    if (everyone) {
        auto it = m_store.identities().cbegin();
        std::advance(it, std::min<qint64>(offset, total));
        for (; it != m_store.identities().cend() && count < perPage; ++it)
            appendItem(&items, &count, it.value(), f);
    } else {
        for (qint64 i = offset; i < total && count < perPage; ++i)
            appendItem(&items, &count, *m_store.identity(candidates.at(i)), f);
    }
    SimResponse out = SimResponse::rawJson(200, (count == 0 ? QByteArray("[") : items) + ']');
    out.setHeader("X-Total-Count", QByteArray::number(total));
    out.setHeader("Link", offsetLink(r, total, offset, perPage, true));
    return out;
}

SimResponse SimIdentityRoutes::identityById(const SimRequest &r, const QString &rawId)
{
    // Identity endpoints treat ids that are not UUIDs as the nil UUID: 404.
    const QString id = isUuid(rawId) ? rawId.toLower() : kNilUuid;
    const QString &m = r.method;
    if (m == QLatin1String("GET")) {
        const QStringList include = r.params(s("include_credential"));
        for (const QString &type : include) {
            if (!credentialTypes().contains(type))
                return SimResponse::error(
                    400, kMalformed,
                    QStringLiteral("Invalid value `%1` for parameter `include_credential`.").arg(type));
        }
        const SimIdentity *identity = m_store.identity(id);
        if (!identity)
            return SimResponse::error(404, kNotFound);
        return SimResponse::json(200, m_store.renderIdentity(*identity, true, include));
    }
    if (m == QLatin1String("DELETE")) {
        if (!m_store.deleteIdentity(id))
            return SimResponse::error(404, kNotFound);
        return SimResponse::empty(204);
    }
    if (m == QLatin1String("PUT") || m == QLatin1String("PATCH")) {
        if (!m_store.identity(id))
            return SimResponse::error(404, kNotFound);
        QJsonDocument doc;
        SimResponse error;
        if (!parseBody(r, &doc, &error))
            return error;
        SimStore::Outcome o;
        if (m == QLatin1String("PUT")) {
            if (!r.header("Content-Type").startsWith("application/json"))
                return SimResponse::error(400, kMalformed, s("The request Content-Type must be application/json"));
            if (!doc.isObject())
                return SimResponse::error(400, kMalformed, s("The request body must be a JSON object"));
            o = m_store.updateIdentity(id, doc.object());
        } else {
            if (!doc.isArray())
                return SimResponse::error(400, kMalformed, s("The request body must be a JSON Patch array"));
            o = m_store.patchIdentity(id, doc.array());
        }
        if (!o.ok())
            return fromOutcome(o);
        const SimIdentity *identity = m_store.identity(id);
        return SimResponse::json(200, m_store.renderIdentity(*identity, true, {}));
    }
    return methodNotAllowed("GET, PUT, PATCH, DELETE");
}

SimResponse SimIdentityRoutes::createIdentity(const SimRequest &r)
{
    QJsonDocument doc;
    SimResponse error;
    if (!parseBody(r, &doc, &error))
        return error;
    if (!doc.isObject())
        return SimResponse::error(400, kMalformed, s("The request body must be a JSON object"));
    const SimStore::Outcome o = m_store.createIdentity(doc.object());
    if (!o.ok())
        return fromOutcome(o);
    SimResponse out = SimResponse::json(201, m_store.renderIdentity(*m_store.identity(o.id), true, {}));
    QUrl location = m_adminBase;
    location.setPath(s("/identities/") + o.id);
    out.setHeader("Location", location.toEncoded());
    return out;
}

SimResponse SimIdentityRoutes::batchIdentities(const SimRequest &r)
{
    QJsonDocument doc;
    SimResponse error;
    if (!parseBody(r, &doc, &error))
        return error;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("identities"))
            return SimResponse::error(400, kMalformed, QStringLiteral("json: unknown field \"%1\"").arg(it.key()));
    }
    const QJsonArray entries = root.value(s("identities")).toArray();
    if (entries.size() > 1000)
        return SimResponse::error(400, kMalformed, s("The maximum number of identities per request is 1000"));
    int plaintext = 0;
    for (const QJsonValue &e : entries) {
        const QJsonObject create = e.toObject().value(s("create")).toObject();
        if (create.value(s("credentials"))
                .toObject()
                .value(s("password"))
                .toObject()
                .value(s("config"))
                .toObject()
                .contains(s("password")))
            ++plaintext;
        const QString state = create.value(s("state")).toString();
        if (!state.isEmpty() && state != QLatin1String("active") && state != QLatin1String("inactive"))
            return SimResponse::error(400, kMalformed,
                                      QStringLiteral("The supplied state ('%1') was not valid. Valid states are "
                                                     "('active', 'inactive').")
                                          .arg(state));
    }
    if (plaintext > 200)
        return SimResponse::error(400, kMalformed,
                                  s("A maximum of 200 identities with plaintext passwords can be imported at once"));
    QJsonArray results;
    for (const QJsonValue &e : entries) {
        const QJsonObject entry = e.toObject();
        QJsonObject result;
        if (entry.contains(s("patch_id")))
            result.insert(s("patch_id"), entry.value(s("patch_id")));
        const SimStore::Outcome o = m_store.createIdentity(entry.value(s("create")).toObject());
        if (o.ok()) {
            result.insert(s("action"), s("create"));
            result.insert(s("identity"), o.id);
        } else {
            result.insert(s("action"), s("error"));
            QJsonObject err{{s("code"), o.status},
                            {s("status"), QString::fromLatin1(SimResponse::statusText(o.status))},
                            {s("message"), o.message}};
            if (!o.reason.isEmpty())
                err.insert(s("reason"), o.reason);
            result.insert(s("error"), err);
        }
        results.append(result);
    }
    return SimResponse::json(200, QJsonObject{{s("identities"), results}});
}

SimResponse SimIdentityRoutes::identitySessions(const SimRequest &r, const QString &id)
{
    if (!isUuid(id))
        return SimResponse::error(400, kMalformed, s("Invalid UUID value for parameter `id`."));
    std::optional<bool> active;
    if (r.has(s("active"))) {
        const QString v = r.param(s("active"));
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return SimResponse::error(400, s("could not parse parameter active"));
        active = v == QLatin1String("true");
    }
    QJsonArray all;
    for (const SimSession &session : m_store.sessions()) {
        if (session.identityId != id.toLower())
            continue;
        if (active && m_store.isActive(session) != *active)
            continue;
        all.append(m_store.renderSession(session, true, true));
    }
    const int size = r.has(s("page_token")) || r.has(s("page_size")) ? lenientSize(r, s("page_size"), 250, 1000)
                                                                     : lenientSize(r, s("per_page"), 250, 1000);
    const qint64 offset = r.has(s("page_token")) ? SimPageToken::decodeOffset(r.param(s("page_token")))
                                                 : qint64(std::max(0, r.param(s("page")).toInt())) * size;
    QJsonArray page;
    for (qint64 i = offset; i < all.size() && page.size() < size; ++i)
        page.append(all.at(i));
    SimResponse out = SimResponse::json(200, page);
    out.setHeader("X-Total-Count", QByteArray::number(all.size()));
    out.setHeader("Link", offsetLink(r, all.size(), offset, size, false));
    return out;
}

SimResponse SimIdentityRoutes::deleteIdentitySessions(const QString &id)
{
    if (!isUuid(id))
        return SimResponse::error(400, kMalformed, s("Invalid UUID value for parameter `id`."));
    if (m_store.deleteSessionsOf(id.toLower()) == 0)
        return SimResponse::error(404, kNotFound);
    return SimResponse::empty(204);
}

SimResponse SimIdentityRoutes::deleteCredential(const SimRequest &r, const QString &rawId, const QString &type)
{
    const QString id = isUuid(rawId) ? rawId.toLower() : kNilUuid;
    if (!credentialTypes().contains(type))
        return SimResponse::error(400, kMalformed, QStringLiteral("Credentials type %1 cannot be deleted.").arg(type));
    const SimStore::Outcome o = m_store.deleteCredential(id, type, r.param(s("identifier")));
    if (!o.ok())
        return fromOutcome(o);
    return SimResponse::empty(204);
}
