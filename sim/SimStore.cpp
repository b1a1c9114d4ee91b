// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimStore.h"

#include <QJsonDocument>

#include "SimIdentityBuilder.h"
#include "SimJsonPatch.h"
#include "SimSessionJson.h"

#include <QUuid>

#include <algorithm>

namespace {

const QString kConflictMessage =
    QStringLiteral("Unable to insert or update resource because a resource with that value exists already");
const QString kConflictReason = QStringLiteral("This identity conflicts with another identity that already exists.");
const QString kMalformed = QStringLiteral("The request was malformed or contained invalid parameters");
const QString kNotFound = QStringLiteral("Unable to locate the resource");

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

const QStringList kFirstFactorTypes{QStringLiteral("password"), QStringLiteral("oidc"), QStringLiteral("saml"),
                                    QStringLiteral("webauthn"), QStringLiteral("passkey")};

} // namespace

SimStore::Outcome SimStore::Outcome::fail(int status, const QString &message, const QString &reason)
{
    Outcome o;
    o.status = status;
    o.message = message;
    o.reason = reason;
    return o;
}

SimStore::SimStore() = default;

QDateTime SimStore::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSecs);
}

void SimStore::advanceClock(qint64 seconds)
{
    m_clockOffsetSecs += seconds;
}

QString SimStore::formatTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString SimStore::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool SimStore::addSchema(const QString &id, const QJsonObject &document, QString *error, const QByteArray &source)
{
    auto rules = SimSchemaRules::compile(document, error);
    if (!rules)
        return false;
    const QByteArray text =
        source.trimmed().isEmpty() ? QJsonDocument(document).toJson(QJsonDocument::Compact) : source.trimmed();
    m_schemas.append({id, document, text, rules});
    return true;
}

const SimSchema *SimStore::schema(const QString &id) const
{
    for (const SimSchema &schema : m_schemas) {
        if (schema.id == id)
            return &schema;
    }
    return nullptr;
}

const SimIdentity *SimStore::identity(const QString &id) const
{
    auto it = m_identities.constFind(id);
    return it == m_identities.cend() ? nullptr : &it.value();
}

QString SimStore::identityByIdentifier(const QString &identifier) const
{
    return m_index.byIdentifier(identifier);
}

QStringList SimStore::identitiesWithIdentifierPrefix(const QString &prefix) const
{
    return m_index.withIdentifierPrefix(prefix);
}

QString SimStore::identityByExternalId(const QString &externalId) const
{
    return m_index.byExternalId(externalId);
}

QJsonObject SimStore::renderIdentity(const SimIdentity &identity, bool withCredentials,
                                     const QStringList &includeConfig) const
{
    return renderIdentity(identity.json(), withCredentials ? identity.credentials() : QJsonObject(), withCredentials,
                          includeConfig);
}

QJsonObject SimStore::renderIdentity(QJsonObject json, const QJsonObject &credentials, bool withCredentials,
                                     const QStringList &includeConfig)
{
    QJsonObject out = std::move(json);
    if (withCredentials) {
        QJsonObject creds;
        for (auto it = credentials.begin(); it != credentials.end(); ++it) {
            QJsonObject c = it.value().toObject();
            if (!includeConfig.contains(it.key()))
                c.remove(s("config"));
            creds.insert(it.key(), c);
        }
        out.insert(s("credentials"), creds);
    }
    return out;
}

SimStore::Outcome SimStore::checkConflicts(const Keys &keys, const QString &selfId) const
{
    if (m_index.clashes(keys, selfId))
        return Outcome::fail(409, kConflictMessage, kConflictReason);
    return {};
}

// Turns a full identity document (as created, PUT or patched) into the stored form, applying
// Kratos's rules: schema validation, derived addresses and identifiers, timestamps.
SimStore::Outcome SimStore::buildIdentity(const QJsonObject &doc, QJsonObject *outJson, QJsonObject *outCredentials,
                                          const QJsonObject *previous)
{
    const QString schemaId = doc.value(s("schema_id")).toString();
    const SimSchema *sch = schema(schemaId);
    if (!sch)
        return Outcome::fail(400, kMalformed, QStringLiteral("Unable to find JSON Schema ID: %1").arg(schemaId));
    return SimIdentityBuilder(*sch, now(), schemaUrl(schemaId)).build(doc, outJson, outCredentials, previous);
}

QString SimStore::schemaUrl(const QString &schemaId) const
{
    QUrl url = m_publicBase;
    url.setPath(s("/schemas/") + QString::fromLatin1(schemaId.toUtf8().toBase64(QByteArray::Base64UrlEncoding |
                                                                                QByteArray::OmitTrailingEquals)));
    return url.toString();
}

int SimStore::insertSeeded(std::vector<Seeded> identities)
{
    std::vector<bool> rejected(identities.size(), false);
    // A repeated identifier or id: the later identity is left out.
    std::vector<std::pair<QString, qsizetype>> identifiers;
    for (qsizetype i = 0; i < qsizetype(identities.size()); ++i) {
        for (const QString &identifier : identities[size_t(i)].keys.identifiers)
            identifiers.emplace_back(identifier, i);
    }
    std::sort(identifiers.begin(), identifiers.end());
    for (size_t i = 1; i < identifiers.size(); ++i) {
        if (identifiers[i].first == identifiers[i - 1].first)
            rejected[size_t(identifiers[i].second)] = true;
    }
    std::vector<size_t> order(identities.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return identities[a].id < identities[b].id; });
    for (size_t i = 1; i < order.size(); ++i) {
        if (identities[order[i]].id == identities[order[i - 1]].id)
            rejected[order[i]] = true;
    }
    // Then external ids, and what the store holds already.
    for (size_t i = 0; i < identities.size(); ++i) {
        const Seeded &s = identities[i];
        rejected[i] = rejected[i] || m_identities.contains(s.id) || !checkConflicts(s.keys, {}).ok();
        if (!rejected[i] && !s.keys.externalId.isEmpty())
            m_index.insertExternalId(s.keys.externalId, s.id); // checkConflicts sees it for the next ones
    }

    int left = 0;
    for (size_t i : order) {
        if (rejected[i]) {
            ++left;
            if (!m_identities.contains(identities[i].id))
                deleteSessionsOf(identities[i].id); // the seeder may have given it some
            continue;
        }
        // In ascending order each insert goes at the end: no search down the tree.
        const auto it = m_identities.insert(m_identities.cend(), identities[i].id, std::move(identities[i].identity));
        identities[i].id = it.key(); // the index shares the key's text
    }
    for (const auto &[identifier, i] : identifiers) {
        if (!rejected[size_t(i)])
            m_index.appendIdentifier(identifier, identities[size_t(i)].id);
    }
    return left;
}

SimStore::Outcome SimStore::createIdentity(const QJsonObject &body, const QString &forcedId)
{
    static const QStringList allowed{s("schema_id"),          s("traits"),          s("state"),
                                     s("metadata_public"),    s("metadata_admin"),  s("verifiable_addresses"),
                                     s("recovery_addresses"), s("organization_id"), s("external_id"),
                                     s("credentials"),        s("region")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!allowed.contains(it.key()))
            return Outcome::fail(400, kMalformed, QStringLiteral("json: unknown field \"%1\"").arg(it.key()));
    }
    QJsonObject doc = body;
    if (doc.value(s("state")).toString().isEmpty())
        doc.insert(s("state"), s("active"));
    doc.insert(s("id"), forcedId.isEmpty() ? newUuid() : forcedId);

    // Imported credentials: plaintext passwords are hashed, hashes are kept.
    QJsonObject creds;
    const QJsonObject imported = body.value(s("credentials")).toObject();
    const QString nowText = formatTime(now());
    for (auto it = imported.begin(); it != imported.end(); ++it) {
        QJsonObject config = it.value().toObject().value(s("config")).toObject();
        if (it.key() == QLatin1String("password") && config.contains(s("password"))) {
            config.remove(s("password"));
            config.insert(s("hashed_password"), s("$argon2id$v=19$m=65536,t=1,p=2$c2ltdWxhdGVk$aGFzaGVk"));
        }
        creds.insert(it.key(), QJsonObject{{s("type"), it.key()},
                                           {s("config"), config},
                                           {s("version"), 0},
                                           {s("identifiers"), QJsonArray()},
                                           {s("created_at"), nowText},
                                           {s("updated_at"), nowText}});
    }
    doc.insert(s("credentials"), creds);

    QJsonObject json;
    QJsonObject credentials;
    Outcome outcome = buildIdentity(doc, &json, &credentials, nullptr);
    if (!outcome.ok())
        return outcome;
    const Keys keys = SimIdentityIndex::keysOf(json, credentials);
    const Outcome conflict = checkConflicts(keys, {});
    if (!conflict.ok())
        return conflict;
    const auto it = m_identities.insert(outcome.id, SimIdentity(json, credentials));
    m_index.insert(it.key(), keys);
    outcome.status = 201;
    return outcome;
}

SimStore::Outcome SimStore::replace(QMap<QString, SimIdentity>::iterator it, const QJsonObject &doc,
                                    const QJsonObject &previous, const QJsonObject &previousCredentials)
{
    QJsonObject json;
    QJsonObject credentials;
    Outcome outcome = buildIdentity(doc, &json, &credentials, &previous);
    if (!outcome.ok())
        return outcome;
    const Keys keys = SimIdentityIndex::keysOf(json, credentials);
    const Outcome conflict = checkConflicts(keys, it.key());
    if (!conflict.ok())
        return conflict;
    m_index.remove(it.key(), SimIdentityIndex::keysOf(previous, previousCredentials));
    it.value() = SimIdentity(json, credentials);
    m_index.insert(it.key(), keys);
    return outcome;
}

SimStore::Outcome SimStore::updateIdentity(const QString &id, const QJsonObject &body)
{
    auto it = m_identities.find(id);
    if (it == m_identities.end())
        return Outcome::fail(404, kNotFound);
    const QJsonObject previous = it.value().json();
    const QJsonObject previousCredentials = it.value().credentials();
    QJsonObject doc = renderIdentity(previous, previousCredentials, true, previousCredentials.keys());
    if (!body.value(s("schema_id")).toString().isEmpty())
        doc.insert(s("schema_id"), body.value(s("schema_id")));
    if (body.contains(s("traits")))
        doc.insert(s("traits"), body.value(s("traits")));
    if (!body.value(s("state")).toString().isEmpty())
        doc.insert(s("state"), body.value(s("state")));
    // PUT replaces: what the body omits is cleared.
    doc.insert(s("metadata_public"), body.value(s("metadata_public")));
    doc.insert(s("metadata_admin"), body.value(s("metadata_admin")));
    doc.insert(s("external_id"), body.value(s("external_id")));
    if (body.contains(s("credentials"))) {
        QJsonObject creds = doc.value(s("credentials")).toObject();
        const QJsonObject imported = body.value(s("credentials")).toObject();
        for (auto c = imported.begin(); c != imported.end(); ++c) {
            QJsonObject merged = creds.value(c.key()).toObject();
            merged.insert(s("type"), c.key());
            merged.insert(s("config"), c.value().toObject().value(s("config")));
            creds.insert(c.key(), merged);
        }
        doc.insert(s("credentials"), creds);
    }
    return replace(it, doc, previous, previousCredentials);
}

SimStore::Outcome SimStore::patchIdentity(const QString &id, const QJsonArray &ops)
{
    auto it = m_identities.find(id);
    if (it == m_identities.end())
        return Outcome::fail(404, kNotFound);
    const QJsonObject previous = it.value().json();
    const QJsonObject previousCredentials = it.value().credentials();
    QJsonObject doc = renderIdentity(previous, previousCredentials, true, previousCredentials.keys());
    SimJsonPatch::Failure failure;
    if (!SimJsonPatch::apply(doc, ops, &failure))
        return Outcome::fail(400, failure.message, failure.reason);
    return replace(it, doc, previous, previousCredentials);
}

bool SimStore::deleteIdentity(const QString &id)
{
    auto it = m_identities.find(id);
    if (it == m_identities.end())
        return false;
    m_index.remove(it.key(), SimIdentityIndex::keysOf(it.value().json(), it.value().credentials()));
    m_identities.erase(it);
    deleteSessionsOf(id);
    return true;
}

SimStore::Outcome SimStore::deleteCredential(const QString &id, const QString &type, const QString &identifier)
{
    auto it = m_identities.find(id);
    if (it == m_identities.end())
        return Outcome::fail(404, kNotFound);
    SimIdentity &identity = it.value();
    const QJsonObject previousCredentials = identity.credentials();
    if (!previousCredentials.contains(type))
        return Outcome::fail(404, kNotFound);
    static const QStringList deletable{s("password"), s("oidc"),          s("saml"),
                                       s("totp"),     s("lookup_secret"), s("webauthn")};
    if (!deletable.contains(type))
        return Outcome::fail(400, kMalformed, QStringLiteral("Credentials type %1 cannot be deleted.").arg(type));

    QJsonObject creds = previousCredentials;
    if (type == QLatin1String("oidc") || type == QLatin1String("saml")) {
        if (identifier.isEmpty())
            return Outcome::fail(400, kMalformed,
                                 QStringLiteral("The identifier parameter is required for %1 credentials.").arg(type));
        QJsonObject c = creds.value(type).toObject();
        QJsonObject config = c.value(s("config")).toObject();
        QJsonArray providers;
        QJsonArray identifiers;
        bool found = false;
        for (const QJsonValue &p : config.value(s("providers")).toArray()) {
            const QJsonObject po = p.toObject();
            const QString key =
                po.value(s("provider")).toString() + QLatin1Char(':') + po.value(s("subject")).toString();
            if (key == identifier) {
                found = true;
                continue;
            }
            providers.append(po);
            identifiers.append(key);
        }
        if (!found)
            return Outcome::fail(404, kNotFound);
        if (providers.isEmpty()) {
            creds.remove(type);
        } else {
            config.insert(s("providers"), providers);
            c.insert(s("config"), config);
            c.insert(s("identifiers"), identifiers);
            creds.insert(type, c);
        }
    } else {
        creds.remove(type);
    }
    const bool firstFactorLeft = std::any_of(kFirstFactorTypes.cbegin(), kFirstFactorTypes.cend(),
                                             [&creds](const QString &t) { return creds.contains(t); });
    if (kFirstFactorTypes.contains(type) && !firstFactorLeft)
        return Outcome::fail(400, kMalformed, s("You cannot remove the last first factor credential."));
    QJsonObject json = identity.json();
    m_index.remove(it.key(), SimIdentityIndex::keysOf(json, previousCredentials));
    json.insert(s("updated_at"), formatTime(now()));
    identity = SimIdentity(json, creds);
    m_index.insert(it.key(), SimIdentityIndex::keysOf(json, creds));
    Outcome ok;
    ok.status = 204;
    ok.id = id;
    return ok;
}

void SimStore::overwriteIdentity(const QString &id, const QJsonObject &json, const QJsonObject &credentials)
{
    auto it = m_identities.find(id);
    if (it == m_identities.end())
        return;
    m_index.remove(it.key(), SimIdentityIndex::keysOf(it.value().json(), it.value().credentials()));
    it.value() = SimIdentity(json, credentials);
    m_index.insert(it.key(), SimIdentityIndex::keysOf(json, credentials));
}

namespace {
bool newerSession(const SimSession &a, const SimSession &b)
{
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id < b.id;
}
} // namespace

void SimStore::addSession(const SimSession &session)
{
    m_sessions.insert(std::lower_bound(m_sessions.begin(), m_sessions.end(), session, newerSession), session);
}

void SimStore::sortSessions()
{
    std::sort(m_sessions.begin(), m_sessions.end(), newerSession);
}

std::size_t SimStore::sessionsAfter(const QDateTime &createdAt, const QString &id) const
{
    SimSession probe;
    probe.createdAt = createdAt;
    probe.id = id;
    return std::size_t(std::upper_bound(m_sessions.cbegin(), m_sessions.cend(), probe, newerSession) -
                       m_sessions.cbegin());
}

SimSession *SimStore::session(const QString &id)
{
    for (SimSession &s : m_sessions) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

int SimStore::deleteSessionsOf(const QString &identityId)
{
    const auto before = m_sessions.size();
    std::erase_if(m_sessions, [&identityId](const SimSession &s) { return s.identityId == identityId; });
    return static_cast<int>(before - m_sessions.size());
}

bool SimStore::isActive(const SimSession &session) const
{
    return !session.revoked && session.expiresAt > now();
}

QJsonObject SimStore::renderSession(const SimSession &session, bool expandIdentity, bool expandDevices) const
{
    QJsonObject out{{s("id"), session.id},
                    {s("active"), isActive(session)},
                    {s("expires_at"), formatTime(session.expiresAt)},
                    {s("authenticated_at"), formatTime(session.authenticatedAt)},
                    {s("issued_at"), formatTime(session.createdAt)},
                    {s("authenticator_assurance_level"), session.aal()},
                    {s("authentication_methods"), SimSessionJson::methods(session)}};
    const SimIdentity *owner = identity(session.identityId);
    out.insert(s("identity"),
               expandIdentity && owner ? QJsonValue(renderIdentity(*owner, false, {})) : QJsonValue(QJsonValue::Null));
    out.insert(s("devices"),
               expandDevices ? QJsonValue(SimSessionJson::devices(session)) : QJsonValue(QJsonValue::Null));
    return out;
}

void SimStore::addMessage(const SimMessage &message)
{
    m_courier.add(message);
}

void SimStore::sortMessages()
{
    m_courier.sort();
}

const SimMessage *SimStore::message(const QString &id) const
{
    return m_courier.message(id);
}

qsizetype SimStore::messageIndex(const QString &id) const
{
    return m_courier.index(id);
}

QString SimStore::queueMessage(const QString &recipient, const QString &channel, const QString &templateType,
                               const QString &subject, const QString &body)
{
    return m_courier.queue(recipient, channel, templateType, subject, body, now());
}

void SimStore::queueSeededForWorker()
{
    m_courier.queueSeededForWorker();
}

int SimStore::runCourier(const QString &bouncingDomain, int retries)
{
    return m_courier.run(bouncingDomain, retries, now());
}

QString SimStore::markVerificationSent(const QString &value)
{
    auto matches = [&value](const QJsonObject &a) {
        const QString stored = a.value(s("value")).toString();
        return a.value(s("via")).toString() == QLatin1String("email") &&
               (stored == value || stored == value.trimmed().toLower());
    };
    QStringList candidates;
    const QString indexed = identityByIdentifier(value);
    if (!indexed.isEmpty())
        candidates.append(indexed);
    for (int pass = 0; pass < 2; ++pass) {
        const QStringList ids = pass == 0 ? candidates : m_identities.keys();
        for (const QString &id : ids) {
            auto it = m_identities.find(id);
            if (it == m_identities.end() || !(it->mayContain(value) || it->mayContain(value.trimmed().toLower())))
                continue;
            QJsonObject json = it->json();
            QJsonArray addresses = json.value(s("verifiable_addresses")).toArray();
            for (qsizetype i = 0; i < addresses.size(); ++i) {
                QJsonObject a = addresses.at(i).toObject();
                if (!matches(a))
                    continue;
                // Every send sets `sent`, even on a verified address (`verified` stays as it is).
                a.insert(s("status"), s("sent"));
                a.insert(s("updated_at"), formatTime(now()));
                addresses.replace(i, a);
                json.insert(s("verifiable_addresses"), addresses);
                it->setJson(json);
                return a.value(s("value")).toString();
            }
        }
    }
    return {};
}

QString SimStore::recoveryAddressValue(const QString &value) const
{
    auto find = [&value](const SimIdentity &identity) {
        if (!identity.mayContain(value) && !identity.mayContain(value.trimmed().toLower()))
            return QString();
        for (const QJsonValue &v : identity.json().value(s("recovery_addresses")).toArray()) {
            const QJsonObject a = v.toObject();
            const QString stored = a.value(s("value")).toString();
            if (a.value(s("via")).toString() == QLatin1String("email") &&
                (stored == value || stored == value.trimmed().toLower()))
                return stored;
        }
        return QString();
    };
    if (const SimIdentity *indexed = identity(identityByIdentifier(value))) {
        const QString found = find(*indexed);
        if (!found.isEmpty())
            return found;
    }
    for (const SimIdentity &identity : m_identities) {
        const QString found = find(identity);
        if (!found.isEmpty())
            return found;
    }
    return {};
}
