// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimApi.h"

#include "SimPageToken.h"
#include "SimStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <limits>

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

const QString kMalformed = QStringLiteral("The request was malformed or contained invalid parameters");
const QString kNotFound = QStringLiteral("Unable to locate the resource");
const QString kBadToken = QStringLiteral("The page token is invalid, do not craft your own page tokens");
const QString kNilUuid = QStringLiteral("00000000-0000-0000-0000-000000000000");

bool isUuid(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(value).hasMatch();
}

SimResponse fromOutcome(const SimStore::Outcome &o)
{
    return SimResponse::error(o.status, o.message, o.reason, o.errorId);
}

SimResponse notFoundPage()
{
    return SimResponse::text(404, "404 page not found\n");
}

SimResponse methodNotAllowed(const QByteArray &allow)
{
    SimResponse r = SimResponse::text(405, "Method Not Allowed\n");
    r.setHeader("Allow", allow);
    return r;
}

// Parses an integer page size the way the keyset endpoints do: absent -> default, not a number -> error.
bool pageSize(const SimRequest &r, const QString &key, int def, int max, int *out)
{
    if (!r.has(key)) {
        *out = def;
        return true;
    }
    bool ok = false;
    const int v = r.param(key).toInt(&ok);
    if (!ok)
        return false;
    *out = v < 1 ? def : std::min(v, max);
    return true;
}

int lenientSize(const SimRequest &r, const QString &key, int def, int max)
{
    bool ok = false;
    const int v = r.param(key).toInt(&ok);
    return ok && v >= 1 ? std::min(v, max) : def;
}

// Go's time.ParseDuration for the units Kratos users write ("1h30m", "15m", "90s", "500ms").
bool parseDuration(const QString &text, qint64 *ms)
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    if (text.isEmpty())
        return false;
    qint64 total = 0;
    qsizetype pos = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != pos)
            return false;
        pos = m.capturedEnd();
        const double v = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double factor = unit == QLatin1String("h")   ? 3600000.0
                              : unit == QLatin1String("m") ? 60000.0
                              : unit == QLatin1String("s") ? 1000.0
                                                           : 1.0;
        // Go's time.Duration is int64 nanoseconds: anything past ~292 years is "invalid duration".
        constexpr double maxMs = 9223372036854.0;
        if (v * factor > maxMs || double(total) + v * factor > maxMs)
            return false;
        total += static_cast<qint64>(v * factor);
    }
    if (pos != text.size())
        return false;
    *ms = total;
    return true;
}

bool parseBody(const SimRequest &r, QJsonDocument *doc, SimResponse *error)
{
    QJsonParseError pe;
    *doc = QJsonDocument::fromJson(r.body, &pe);
    if (r.body.trimmed().isEmpty()) {
        *error = SimResponse::error(400, s("unexpected end of JSON input"));
        return false;
    }
    if (pe.error != QJsonParseError::NoError) {
        *error = SimResponse::error(
            400, kMalformed,
            QStringLiteral("Unable to decode JSON payload: %1 at offset %2").arg(pe.errorString()).arg(pe.offset));
        return false;
    }
    return true;
}

const QStringList kCredentialTypes{
    s("password"),        s("oidc"),    s("totp"), s("lookup_secret"), s("webauthn"),      s("code"),
    s("passkey"),         s("profile"), s("saml"), s("link_recovery"), s("code_recovery"), s("deviceauthn"),
    s("identifier_first")};

} // namespace

QString SimRequest::param(const QString &key) const
{
    for (const auto &item : query) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

QStringList SimRequest::params(const QString &key) const
{
    QStringList out;
    for (const auto &item : query) {
        if (item.first == key)
            out.append(item.second);
    }
    return out;
}

bool SimRequest::has(const QString &key) const
{
    return std::any_of(query.cbegin(), query.cend(), [&key](const auto &item) { return item.first == key; });
}

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QPair<QString, QString>> SimRequest::parseQuery(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

SimApi::SimApi(SimStore &store, const SimOptions &options)
    : m_store(store)
    , m_options(options)
    , m_courierSecret(QCryptographicHash::hash(
          QByteArray("kratos-sim courier secret " + QByteArray::number(options.seed)), QCryptographicHash::Sha256))
    , m_flows(store, options)
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
            return listSchemas(r);
        if (parts.size() == 2)
            return schemaById(parts.at(1));
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
    const QString &m = r.method;
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
    if (parts.value(0) == QLatin1String("health") && parts.size() == 2) {
        if (m != QLatin1String("GET"))
            return methodNotAllowed("GET");
        if (parts.at(1) == QLatin1String("alive"))
            return SimResponse::json(200, QJsonObject{{s("status"), s("ok")}});
        if (parts.at(1) == QLatin1String("ready"))
            return ready();
        return notFoundPage();
    }
    if (parts.size() == 1 && parts.first() == QLatin1String("version")) {
        if (m != QLatin1String("GET"))
            return methodNotAllowed("GET");
        return SimResponse::json(200, QJsonObject{{s("version"), m_options.version}});
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
    const qsizetype n = parts.size();
    if (area == QLatin1String("schemas"))
        return redirectToPublic(r);

    if (area == QLatin1String("identities")) {
        if (n == 1) {
            if (m == QLatin1String("GET"))
                return listIdentities(r);
            if (m == QLatin1String("POST"))
                return createIdentity(r);
            if (m == QLatin1String("PATCH"))
                return batchIdentities(r);
            return methodNotAllowed("GET, POST, PATCH");
        }
        if (n == 4 && parts.at(1) == QLatin1String("by") && parts.at(2) == QLatin1String("external")) {
            if (m != QLatin1String("GET"))
                return methodNotAllowed("GET");
            const QString id = m_store.identityByExternalId(parts.at(3));
            return id.isEmpty() ? SimResponse::error(404, kNotFound) : identityById(r, id);
        }
        const QString id = parts.at(1);
        if (n == 2)
            return identityById(r, id);
        if (n == 3 && parts.at(2) == QLatin1String("sessions")) {
            if (m == QLatin1String("GET"))
                return identitySessions(r, id);
            if (m == QLatin1String("DELETE"))
                return deleteIdentitySessions(id);
            return methodNotAllowed("GET, DELETE");
        }
        if (n == 4 && parts.at(2) == QLatin1String("credentials")) {
            if (m != QLatin1String("DELETE"))
                return methodNotAllowed("DELETE");
            return deleteCredential(r, id, parts.at(3));
        }
        return notFoundPage();
    }
    if (area == QLatin1String("sessions")) {
        if (n == 1) {
            if (m == QLatin1String("GET"))
                return listSessions(r);
            return methodNotAllowed("GET");
        }
        if (n == 2)
            return sessionById(r, parts.at(1));
        if (n == 3 && parts.at(2) == QLatin1String("extend")) {
            if (m != QLatin1String("PATCH"))
                return methodNotAllowed("PATCH");
            return extendSession(parts.at(1));
        }
        return notFoundPage();
    }
    if (area == QLatin1String("courier") && parts.value(1) == QLatin1String("messages")) {
        if (m != QLatin1String("GET"))
            return methodNotAllowed("GET");
        if (n == 2)
            return listMessages(r);
        if (n == 3)
            return messageById(parts.at(2));
        return notFoundPage();
    }
    if (area == QLatin1String("recovery") && n == 2) {
        if (m != QLatin1String("POST"))
            return methodNotAllowed("POST");
        if (parts.at(1) == QLatin1String("link"))
            return recoveryLink(r);
        if (parts.at(1) == QLatin1String("code"))
            return recoveryCode(r);
    }
    return notFoundPage();
}

QByteArray SimApi::keysetLink(const SimRequest &r, int pageSize, const QString &firstToken,
                              const QString &nextToken) const
{
    auto link = [&](const QString &token, const char *rel) -> QByteArray {
        QByteArray q;
        for (const auto &item : r.query) {
            if (item.first == QLatin1String("page_size") || item.first == QLatin1String("page_token") ||
                item.first == QLatin1String("per_page") || item.first == QLatin1String("page"))
                continue;
            q += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second) + '&';
        }
        q += "page_size=" + QByteArray::number(pageSize) + "&page_token=" + QUrl::toPercentEncoding(token);
        return '<' + r.path.toUtf8() + '?' + q + ">; rel=\"" + rel + '"';
    };
    QByteArray out = link(firstToken, "first");
    if (!nextToken.isEmpty())
        out += ',' + link(nextToken, "next");
    return out;
}

// ory/x's offset link builder, quirks included (no "first" on the first page, a lone "first"
// when everything fits, a "next" even when there is nothing).
QByteArray SimApi::offsetLink(const SimRequest &r, qint64 total, qint64 offset, int size, bool legacyOnly) const
{
    auto link = [&](const char *rel, qint64 limit, qint64 off) -> QByteArray {
        QByteArray q;
        for (const auto &item : r.query) {
            if (item.first == QLatin1String("page_size") || item.first == QLatin1String("page_token") ||
                item.first == QLatin1String("per_page") || item.first == QLatin1String("page"))
                continue;
            q += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second) + '&';
        }
        const qint64 page = limit > 0 ? off / limit : 0;
        if (!legacyOnly)
            q += "page_size=" + QByteArray::number(limit) +
                 "&page_token=" + QUrl::toPercentEncoding(SimPageToken::encodeOffset(off)) + '&';
        q += "per_page=" + QByteArray::number(limit) + "&page=" + QByteArray::number(page);
        return '<' + r.path.toUtf8() + '?' + q + ">; rel=\"" + rel + '"';
    };
    const qint64 lastOffset = total % size == 0 ? total - size : (total / size) * size;
    if (offset >= lastOffset) {
        if (total == 0)
            return link("first", size, 0) + ',' + link("next", size, (offset / size + 1) * size) + ',' +
                   link("prev", size, (offset / size - 1) * size);
        if (total <= size)
            return link("first", total, 0);
        return link("first", size, 0) + ',' + link("prev", size, std::max<qint64>(0, offset - size));
    }
    if (offset < size)
        return link("next", size, size) + ',' + link("last", size, lastOffset);
    return link("first", size, 0) + ',' + link("next", size, offset + size) + ',' + link("prev", size, offset - size) +
           ',' + link("last", size, lastOffset);
}

SimResponse SimApi::listIdentities(const SimRequest &r)
{
    const QStringList ids = r.params(s("ids"));
    const QString identifier = r.param(s("credentials_identifier"));
    const QString similar = r.param(s("preview_credentials_identifier_similar"));
    const QString org = r.param(s("organization_id"));
    const int filters =
        int(!ids.isEmpty()) + int(!identifier.isEmpty()) + int(!similar.isEmpty()) + int(!org.isEmpty());
    if (filters > 1)
        return SimResponse::error(400, kMalformed, s("You cannot combine multiple filters in this API"));
    if (ids.size() > 500)
        return SimResponse::error(400, kMalformed, s("You can only request up to 500 identities at once"));
    for (const QString &id : ids) {
        if (!isUuid(id))
            return SimResponse::error(400, kMalformed,
                                      QStringLiteral("Invalid UUID value `%1` for parameter `ids`.").arg(id));
    }
    if (!org.isEmpty() && !isUuid(org))
        return SimResponse::error(400, kMalformed, s("Invalid UUID value for parameter `organization_id`."));
    const QStringList include = r.params(s("include_credential"));
    for (const QString &type : include) {
        if (!kCredentialTypes.contains(type))
            return SimResponse::error(
                400, kMalformed, QStringLiteral("Invalid value `%1` for parameter `include_credential`.").arg(type));
    }
    const bool withCredentials = !include.isEmpty() || !identifier.isEmpty() || !similar.isEmpty();

    // The candidate set, ordered by id.
    QStringList candidates;
    bool everyone = false;
    if (!ids.isEmpty()) {
        for (const QString &id : ids) {
            const QString lower = id.toLower();
            if (m_store.identity(lower) && !candidates.contains(lower))
                candidates.append(lower);
        }
        std::sort(candidates.begin(), candidates.end());
    } else if (!identifier.isEmpty()) {
        const QString id = m_store.identityByIdentifier(identifier);
        if (!id.isEmpty())
            candidates.append(id);
    } else if (!similar.isEmpty()) {
        candidates = m_store.identitiesWithIdentifierPrefix(similar);
    } else if (!org.isEmpty()) {
        const QString wanted = org.toLower();
        for (auto it = m_store.identities().cbegin(); it != m_store.identities().cend(); ++it) {
            if (it->mayContain(wanted) && it->json().value(s("organization_id")).toString() == wanted)
                candidates.append(it.key());
        }
    } else {
        everyone = true;
    }

    const bool keyset = r.has(s("page_token")) || r.has(s("page_size")) || !r.has(s("page"));
    // Without credentials an item is the stored text as it is: a page is served without parsing.
    QByteArray items("[");
    qsizetype count = 0;
    auto append = [&](const SimIdentity &identity) {
        if (count++ > 0)
            items.append(',');
        if (withCredentials)
            items.append(QJsonDocument(m_store.renderIdentity(identity, true, include)).toJson(QJsonDocument::Compact));
        else
            items.append(identity.jsonText());
    };
    auto body = [&]() {
        items.append(']');
        return items;
    };
    SimResponse out;
    if (keyset) {
        int size = 0;
        const QString sizeKey = r.has(s("page_size")) || !r.has(s("per_page")) ? s("page_size") : s("per_page");
        if (!pageSize(r, sizeKey, 250, 500, &size))
            return SimResponse::error(400, kMalformed, QStringLiteral("could not parse parameter %1").arg(sizeKey));
        const QString token = r.param(s("page_token"));
        if (r.has(s("page_token")) && !isUuid(token))
            return SimResponse::error(400, kMalformed, kBadToken);
        const QString after = token.toLower();
        QString lastId;
        bool more = false;
        auto take = [&](const QString &id, const SimIdentity &identity) {
            if (count == size) {
                more = true;
                return false;
            }
            append(identity);
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
        out = SimResponse::rawJson(200, body());
        out.setHeader("Link", keysetLink(r, size, kNilUuid, more ? lastId : QString()));
        return out;
    }

    // Legacy (deprecated) page/per_page mode with X-Total-Count.
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
    if (everyone) {
        auto it = m_store.identities().cbegin();
        std::advance(it, std::min<qint64>(offset, total));
        for (; it != m_store.identities().cend() && count < perPage; ++it)
            append(it.value());
    } else {
        for (qint64 i = offset; i < total && count < perPage; ++i)
            append(*m_store.identity(candidates.at(i)));
    }
    out = SimResponse::rawJson(200, body());
    out.setHeader("X-Total-Count", QByteArray::number(total));
    out.setHeader("Link", offsetLink(r, total, offset, perPage, true));
    return out;
}

SimResponse SimApi::identityById(const SimRequest &r, const QString &rawId)
{
    // Identity endpoints treat ids that are not UUIDs as the nil UUID: 404.
    const QString id = isUuid(rawId) ? rawId.toLower() : kNilUuid;
    const QString &m = r.method;
    if (m == QLatin1String("GET")) {
        const QStringList include = r.params(s("include_credential"));
        for (const QString &type : include) {
            if (!kCredentialTypes.contains(type))
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

SimResponse SimApi::createIdentity(const SimRequest &r)
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

SimResponse SimApi::batchIdentities(const SimRequest &r)
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

SimResponse SimApi::identitySessions(const SimRequest &r, const QString &id)
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

SimResponse SimApi::deleteIdentitySessions(const QString &id)
{
    if (!isUuid(id))
        return SimResponse::error(400, kMalformed, s("Invalid UUID value for parameter `id`."));
    if (m_store.deleteSessionsOf(id.toLower()) == 0)
        return SimResponse::error(404, kNotFound);
    return SimResponse::empty(204);
}

SimResponse SimApi::deleteCredential(const SimRequest &r, const QString &rawId, const QString &type)
{
    const QString id = isUuid(rawId) ? rawId.toLower() : kNilUuid;
    if (!kCredentialTypes.contains(type))
        return SimResponse::error(400, kMalformed, QStringLiteral("Credentials type %1 cannot be deleted.").arg(type));
    const SimStore::Outcome o = m_store.deleteCredential(id, type, r.param(s("identifier")));
    if (!o.ok())
        return fromOutcome(o);
    return SimResponse::empty(204);
}

SimResponse SimApi::listSessions(const SimRequest &r)
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

SimResponse SimApi::sessionById(const SimRequest &r, const QString &id)
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

SimResponse SimApi::extendSession(const QString &id)
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

QJsonObject SimApi::redactedMessage(const QJsonObject &message) const
{
    if (m_options.devMode)
        return message;
    QJsonObject out = message;
    out.insert(s("body"), s("<redacted-unless-dev-mode>"));
    out.insert(s("subject"), s("<redacted-unless-dev-mode>"));
    return out;
}

SimResponse SimApi::listMessages(const SimRequest &r)
{
    int size = 0;
    if (!pageSize(r, s("page_size"), 10, 500, &size))
        return SimResponse::error(400, kMalformed, s("could not parse parameter page_size"));
    const QString status = r.param(s("status"));
    static const QStringList statuses{s("queued"), s("sent"), s("processing"), s("abandoned")};
    if (r.has(s("status")) && !statuses.contains(status))
        return SimResponse::error(400, kMalformed, s("Message status is not valid"));
    const QString recipient = r.param(s("recipient"));
    const qint64 nowMs = m_store.now().toMSecsSinceEpoch();

    SimPageToken::CourierPosition pos{std::numeric_limits<qint64>::max(), QString(), nowMs};
    if (r.has(s("page_token"))) {
        switch (SimPageToken::decodeCourier(r.param(s("page_token")), m_courierSecret, nowMs, &pos)) {
        case SimPageToken::CourierCheck::Invalid:
            return SimResponse::error(400, s("invalid pagination token"));
        case SimPageToken::CourierCheck::Expired:
            return SimResponse::error(400, s("page token expired, do not persist page tokens"));
        case SimPageToken::CourierCheck::Ok:
            break;
        }
    }
    const auto &all = m_store.messages();
    auto start = std::partition_point(all.cbegin(), all.cend(), [&pos](const SimMessage &m) {
        return m.createdMs > pos.createdAtMs || (m.createdMs == pos.createdAtMs && m.id >= pos.id);
    });
    QJsonArray items;
    const SimMessage *last = nullptr;
    bool more = false;
    for (auto it = start; it != all.cend(); ++it) {
        if (!status.isEmpty() && it->json.value(s("status")).toString() != status)
            continue;
        if (!recipient.isEmpty() && it->json.value(s("recipient")).toString() != recipient)
            continue;
        if (items.size() == size) {
            more = true;
            break;
        }
        items.append(redactedMessage(it->json));
        last = &*it;
    }
    const QString first =
        SimPageToken::encodeCourier({std::numeric_limits<qint64>::max(), QString(), nowMs}, m_courierSecret);
    const QString next =
        more ? SimPageToken::encodeCourier({last->createdMs, last->id, nowMs}, m_courierSecret) : QString();
    SimResponse out = SimResponse::json(200, items);
    out.setHeader("Link", keysetLink(r, size, first, next));
    return out;
}

SimResponse SimApi::messageById(const QString &id)
{
    if (!isUuid(id))
        return SimResponse::error(400, kMalformed, s("Invalid UUID value for parameter `id`."));
    const SimMessage *message = m_store.message(id.toLower());
    if (!message)
        return SimResponse::error(404, kNotFound);
    QJsonObject body = redactedMessage(message->json);
    body.insert(s("dispatches"), message->dispatches);
    return SimResponse::json(200, body);
}

SimResponse SimApi::listSchemas(const SimRequest &r)
{
    const auto &schemas = m_store.schemas();
    const int size = r.has(s("page_token")) || r.has(s("page_size")) ? lenientSize(r, s("page_size"), 250, 1000)
                                                                     : lenientSize(r, s("per_page"), 250, 1000);
    const qint64 offset = r.has(s("page_token")) ? SimPageToken::decodeOffset(r.param(s("page_token")))
                                                 : qint64(std::max(0, r.param(s("page")).toInt())) * size;
    // Written by hand so that each schema keeps the order of its keys, as Kratos's does.
    QList<QByteArray> items;
    for (qint64 i = offset; i < schemas.size() && items.size() < size; ++i) {
        const QByteArray id = QJsonDocument(QJsonArray{schemas.at(i).id}).toJson(QJsonDocument::Compact);
        items.append("{\"id\":" + id.mid(1, id.size() - 2) + ",\"schema\":" + schemas.at(i).source + '}');
    }
    SimResponse out = SimResponse::rawJson(200, '[' + items.join(',') + ']');
    out.setHeader("X-Total-Count", QByteArray::number(schemas.size()));
    out.setHeader("Link", offsetLink(r, schemas.size(), offset, size, false));
    return out;
}

SimResponse SimApi::schemaById(const QString &rawId)
{
    const QString id = QUrl::fromPercentEncoding(rawId.toUtf8());
    const SimSchema *schema = m_store.schema(id);
    if (!schema) {
        const auto decoded = QByteArray::fromBase64Encoding(id.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            schema = m_store.schema(QString::fromUtf8(decoded.decoded));
    }
    if (!schema)
        return SimResponse::error(404, kNotFound, QStringLiteral("Identity schema `%1` could not be found.").arg(id));
    return SimResponse::rawJson(200, schema->source);
}

SimResponse SimApi::recoveryLink(const SimRequest &r)
{
    QJsonDocument doc;
    SimResponse error;
    if (!parseBody(r, &doc, &error))
        return error;
    const QJsonObject body = doc.object();
    const QString identityId = body.value(s("identity_id")).toString();
    if (!isUuid(identityId) || !m_store.identity(identityId.toLower()))
        return SimResponse::error(400, kMalformed, s("The requested identity id does not exist."));
    qint64 lifespanMs = 3600 * 1000;
    if (body.contains(s("expires_in")) && !parseDuration(body.value(s("expires_in")).toString(), &lifespanMs))
        return SimResponse::error(400, kMalformed,
                                  QStringLiteral("Unable to parse \"expires_in\": time: invalid duration \"%1\"")
                                      .arg(body.value(s("expires_in")).toString()));
    QUrl link = m_publicBase;
    link.setPath(s("/self-service/recovery"));
    QUrlQuery q;
    q.addQueryItem(s("flow"), SimStore::newUuid());
    q.addQueryItem(
        s("token"),
        QString::fromLatin1(
            QCryptographicHash::hash(SimStore::newUuid().toLatin1(), QCryptographicHash::Sha256).toHex().left(32)));
    link.setQuery(q);
    return SimResponse::json(200,
                             QJsonObject{{s("recovery_link"), link.toString()},
                                         {s("expires_at"), SimStore::formatTime(m_store.now().addMSecs(lifespanMs))}});
}

SimResponse SimApi::recoveryCode(const SimRequest &r)
{
    QJsonDocument doc;
    SimResponse error;
    if (!parseBody(r, &doc, &error))
        return error;
    const QJsonObject body = doc.object();
    const QString identityId = body.value(s("identity_id")).toString();
    const QString flowType = body.value(s("flow_type")).toString(s("browser"));
    if (flowType != QLatin1String("browser") && flowType != QLatin1String("api"))
        return SimResponse::error(400, kMalformed,
                                  QStringLiteral("flow_type must be \"browser\" or \"api\", got \"%1\"").arg(flowType));
    qint64 lifespanMs = 3600 * 1000;
    if (body.contains(s("expires_in")) && !parseDuration(body.value(s("expires_in")).toString(), &lifespanMs))
        return SimResponse::error(400, kMalformed,
                                  QStringLiteral("Unable to parse \"expires_in\": time: invalid duration \"%1\"")
                                      .arg(body.value(s("expires_in")).toString()));
    if (!isUuid(identityId) || !m_store.identity(identityId.toLower()))
        return SimResponse::error(404, kNotFound, s("could not find identity"));
    QUrl link = m_publicBase;
    link.setPath(s("/self-service/recovery"));
    link.setQuery(QStringLiteral("flow=") + SimStore::newUuid());
    const QString code =
        QStringLiteral("%1").arg(QCryptographicHash::hash(SimStore::newUuid().toLatin1(), QCryptographicHash::Sha256)
                                         .toHex()
                                         .left(5)
                                         .toUInt(nullptr, 16) %
                                     1000000,
                                 6, 10, QLatin1Char('0'));
    return SimResponse::json(201,
                             QJsonObject{{s("recovery_link"), link.toString()},
                                         {s("recovery_code"), code},
                                         {s("expires_at"), SimStore::formatTime(m_store.now().addMSecs(lifespanMs))}});
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
