// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimStore.h"

#include <QJsonDocument>

#include "SimJsonDepth.h"
#include "SimJsonPatch.h"

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

bool isUuid(const QString &value)
{
    return !QUuid::fromString(value).isNull() && value.size() == 36;
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
    return m_identifierIndex.value(identifier.trimmed().toLower());
}

QStringList SimStore::identitiesWithIdentifierPrefix(const QString &prefix) const
{
    const QString p = prefix.trimmed().toLower();
    QStringList ids;
    for (auto it = m_identifierIndex.lowerBound(p); it != m_identifierIndex.cend() && it.key().startsWith(p); ++it) {
        if (!ids.contains(it.value()))
            ids.append(it.value());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString SimStore::identityByExternalId(const QString &externalId) const
{
    return m_externalIndex.value(externalId);
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

QStringList SimStore::allIdentifiers(const QJsonObject &credentials)
{
    QStringList out;
    for (auto it = credentials.begin(); it != credentials.end(); ++it) {
        for (const QJsonValue &v : it.value().toObject().value(s("identifiers")).toArray()) {
            const QString id = v.toString().trimmed().toLower();
            if (!id.isEmpty() && !out.contains(id))
                out.append(id);
        }
    }
    return out;
}

SimStore::Keys SimStore::keysOf(const QJsonObject &json, const QJsonObject &credentials)
{
    return {allIdentifiers(credentials), json.value(s("external_id")).toString()};
}

void SimStore::index(const QString &id, const Keys &keys)
{
    for (const QString &identifier : keys.identifiers)
        m_identifierIndex.insert(identifier, id);
    if (!keys.externalId.isEmpty())
        m_externalIndex.insert(keys.externalId, id);
}

void SimStore::unindex(const QString &id, const Keys &keys)
{
    for (const QString &identifier : keys.identifiers) {
        if (m_identifierIndex.value(identifier) == id)
            m_identifierIndex.remove(identifier);
    }
    if (m_externalIndex.value(keys.externalId) == id)
        m_externalIndex.remove(keys.externalId);
}

SimStore::Outcome SimStore::checkConflicts(const Keys &keys, const QString &selfId) const
{
    for (const QString &identifier : keys.identifiers) {
        const QString owner = m_identifierIndex.value(identifier);
        if (!owner.isEmpty() && owner != selfId)
            return Outcome::fail(409, kConflictMessage, kConflictReason);
    }
    const QString &external = keys.externalId;
    if (!external.isEmpty()) {
        const QString owner = m_externalIndex.value(external);
        if (!owner.isEmpty() && owner != selfId)
            return Outcome::fail(409, kConflictMessage, kConflictReason);
    }
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

    const QString state = doc.value(s("state")).toString();
    if (state != QLatin1String("active") && state != QLatin1String("inactive"))
        return Outcome::fail(400, kMalformed,
                             QStringLiteral("The supplied state ('%1') was not valid. Valid states are ('active', "
                                            "'inactive').")
                                 .arg(state));

    // What a list page holding this identity could no longer carry (Qt reads 1,024 levels) is
    // refused before it is stored, as the real server refuses what it cannot store.
    if (SimJsonDepth::exceeds(doc, SimJsonDepth::kMaxStored))
        return Outcome::fail(
            400, kMalformed,
            QStringLiteral("the identity nests JSON deeper than %1 levels").arg(SimJsonDepth::kMaxStored));

    const QJsonValue traitsValue = doc.value(s("traits"));
    if (!traitsValue.isObject())
        return Outcome::fail(400, kMalformed, s("I[#/traits] S[#/properties/traits/type] expected object"));
    const QJsonObject traits = traitsValue.toObject();
    const QString problems = sch->rules->validateTraits(traits);
    if (!problems.isEmpty())
        return Outcome::fail(400, kMalformed, problems);

    const QJsonValue org = doc.value(s("organization_id"));
    if (!org.isNull() && !org.isUndefined() &&
        !(org.isString() && (org.toString().isEmpty() || isUuid(org.toString()))))
        return Outcome::fail(400, kMalformed, s("organization_id must be a UUID or null"));

    const QDateTime now = this->now();
    const QString nowText = formatTime(now);
    QJsonObject json;
    const QString id = previous ? previous->value(s("id")).toString() : doc.value(s("id")).toString();
    json.insert(s("id"), id);
    json.insert(s("schema_id"), schemaId);
    json.insert(s("schema_url"), schemaUrl(schemaId));
    json.insert(s("state"), state);
    const bool stateChanged = !previous || previous->value(s("state")).toString() != state;
    if (stateChanged)
        json.insert(s("state_changed_at"), nowText);
    else if (previous->contains(s("state_changed_at")))
        json.insert(s("state_changed_at"), previous->value(s("state_changed_at")));
    json.insert(s("traits"), traits);

    // Addresses come from the traits via the schema extension; known ones keep their state.
    const QJsonArray knownVerifiable = doc.value(s("verifiable_addresses")).toArray();
    QJsonArray verifiable;
    for (const auto &address : sch->rules->verifiableAddresses(traits)) {
        QJsonObject entry;
        for (const QJsonValue &k : knownVerifiable) {
            const QJsonObject ko = k.toObject();
            if (ko.value(s("value")).toString().toLower() == address.value.toLower() &&
                ko.value(s("via")).toString() == address.via)
                entry = ko;
        }
        if (entry.value(s("id")).toString().isEmpty())
            entry.insert(s("id"), newUuid());
        entry.insert(s("value"), address.value);
        entry.insert(s("via"), address.via);
        const bool verified = entry.value(s("verified")).toBool();
        entry.insert(s("verified"), verified);
        // Kratos sets or clears verified_at from `verified`, but derives `status` only when it is
        // empty (PUBLIC-FLOWS.md §6.3): a client has to patch both.
        QString status = entry.value(s("status")).toString();
        if (verified) {
            if (!entry.value(s("verified_at")).isString())
                entry.insert(s("verified_at"), nowText);
            if (status.isEmpty())
                status = s("completed");
        } else {
            entry.remove(s("verified_at"));
            if (status.isEmpty())
                status = s("pending");
        }
        entry.insert(s("status"), status);
        if (!entry.contains(s("created_at")))
            entry.insert(s("created_at"), nowText);
        entry.insert(s("updated_at"), entry.value(s("updated_at")).toString(nowText));
        verifiable.append(entry);
    }
    if (!verifiable.isEmpty())
        json.insert(s("verifiable_addresses"), verifiable);

    const QJsonArray knownRecovery = doc.value(s("recovery_addresses")).toArray();
    QJsonArray recovery;
    for (const auto &address : sch->rules->recoveryAddresses(traits)) {
        QJsonObject entry;
        for (const QJsonValue &k : knownRecovery) {
            const QJsonObject ko = k.toObject();
            if (ko.value(s("value")).toString().toLower() == address.value.toLower() &&
                ko.value(s("via")).toString() == address.via)
                entry = ko;
        }
        if (entry.value(s("id")).toString().isEmpty())
            entry.insert(s("id"), newUuid());
        entry.insert(s("value"), address.value);
        entry.insert(s("via"), address.via);
        if (!entry.contains(s("created_at")))
            entry.insert(s("created_at"), nowText);
        entry.insert(s("updated_at"), entry.value(s("updated_at")).toString(nowText));
        recovery.append(entry);
    }
    if (!recovery.isEmpty())
        json.insert(s("recovery_addresses"), recovery);

    const QJsonValue metaPublic = doc.value(s("metadata_public"));
    json.insert(s("metadata_public"), metaPublic.isUndefined() ? QJsonValue(QJsonValue::Null) : metaPublic);
    const QJsonValue metaAdmin = doc.value(s("metadata_admin"));
    if (!metaAdmin.isUndefined() && !metaAdmin.isNull())
        json.insert(s("metadata_admin"), metaAdmin);
    json.insert(s("organization_id"), org.isString() && !org.toString().isEmpty() ? org : QJsonValue(QJsonValue::Null));
    const QString external = doc.value(s("external_id")).toString();
    if (!external.isEmpty())
        json.insert(s("external_id"), external);
    json.insert(s("created_at"), previous ? previous->value(s("created_at")).toString(nowText) : nowText);
    json.insert(s("updated_at"), nowText);

    // Credentials: identifiers of the identifier-bearing types follow the traits.
    QJsonObject creds = doc.value(s("credentials")).toObject();
    for (const QString &type : {s("password"), s("webauthn"), s("passkey"), s("code")}) {
        const QStringList identifiers = sch->rules->identifiers(traits, type);
        const bool exists = creds.contains(type);
        if (identifiers.isEmpty() && !exists)
            continue;
        if (!exists && type != QLatin1String("password") && type != QLatin1String("code"))
            continue;
        QJsonObject c = creds.value(type).toObject();
        c.insert(s("type"), type);
        c.insert(s("identifiers"), QJsonArray::fromStringList(identifiers));
        if (!c.contains(s("version")))
            c.insert(s("version"), 0);
        if (!c.contains(s("config")))
            c.insert(s("config"), QJsonObject());
        if (!c.contains(s("created_at")))
            c.insert(s("created_at"), nowText);
        c.insert(s("updated_at"), nowText);
        creds.insert(type, c);
    }
    for (const QString &type : {s("oidc"), s("saml")}) {
        if (!creds.contains(type))
            continue;
        QJsonObject c = creds.value(type).toObject();
        QJsonArray identifiers;
        for (const QJsonValue &p : c.value(s("config")).toObject().value(s("providers")).toArray()) {
            const QJsonObject po = p.toObject();
            identifiers.append(
                QString(po.value(s("provider")).toString() + QLatin1Char(':') + po.value(s("subject")).toString()));
        }
        c.insert(s("type"), type);
        c.insert(s("identifiers"), identifiers);
        creds.insert(type, c);
    }
    for (auto it = creds.begin(); it != creds.end(); ++it) {
        if (!it.value().isObject() || it.value().toObject().value(s("type")).toString() != it.key())
            return Outcome::fail(400, kMalformed,
                                 QStringLiteral("The credentials type %1 does not match its key").arg(it.key()));
    }

    *outJson = json;
    *outCredentials = creds;
    Outcome ok;
    ok.id = id;
    return ok;
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
            m_externalIndex.insert(s.keys.externalId, s.id); // checkConflicts sees it for the next ones
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
            m_identifierIndex.insert(m_identifierIndex.cend(), identifier, identities[size_t(i)].id);
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
    const Keys keys = keysOf(json, credentials);
    const Outcome conflict = checkConflicts(keys, {});
    if (!conflict.ok())
        return conflict;
    const auto it = m_identities.insert(outcome.id, SimIdentity(json, credentials));
    index(it.key(), keys);
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
    const Keys keys = keysOf(json, credentials);
    const Outcome conflict = checkConflicts(keys, it.key());
    if (!conflict.ok())
        return conflict;
    unindex(it.key(), keysOf(previous, previousCredentials));
    it.value() = SimIdentity(json, credentials);
    index(it.key(), keys);
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
    unindex(it.key(), keysOf(it.value().json(), it.value().credentials()));
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
    unindex(it.key(), keysOf(json, previousCredentials));
    json.insert(s("updated_at"), formatTime(now()));
    identity = SimIdentity(json, creds);
    index(it.key(), keysOf(json, creds));
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
    unindex(it.key(), keysOf(it.value().json(), it.value().credentials()));
    it.value() = SimIdentity(json, credentials);
    index(it.key(), keysOf(json, credentials));
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
                    {s("authentication_methods"), sessionMethods(session)}};
    const SimIdentity *owner = identity(session.identityId);
    out.insert(s("identity"),
               expandIdentity && owner ? QJsonValue(renderIdentity(*owner, false, {})) : QJsonValue(QJsonValue::Null));
    out.insert(s("devices"), expandDevices ? QJsonValue(sessionDevices(session)) : QJsonValue(QJsonValue::Null));
    return out;
}

QJsonArray SimStore::sessionMethods(const SimSession &session)
{
    QJsonArray methods{QJsonObject{{s("method"), session.codeLogin ? s("code") : s("password")},
                                   {s("aal"), s("aal1")},
                                   {s("completed_at"), formatTime(session.authenticatedAt)}}};
    if (session.secondFactor)
        methods.append(QJsonObject{{s("method"), s("totp")},
                                   {s("aal"), s("aal2")},
                                   {s("completed_at"), formatTime(session.authenticatedAt.addSecs(20))}});
    return methods;
}

QJsonArray SimStore::sessionDevices(const SimSession &session)
{
    static const QStringList userAgents{
        s("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"),
        s("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
          "Safari/605.1.15"),
        s("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"),
        s("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 "
          "Safari/537.36"),
        s("okhttp/4.12.0")};
    static const QStringList locations{s("Berlin, DE"),
                                       s("Munich, DE"),
                                       s("London, GB"),
                                       s("Paris, FR"),
                                       s("New York, US"),
                                       s("Tokyo, JP"),
                                       QStringLiteral("São Paulo, BR")};
    QJsonArray devices;
    const int count = 1 + int(session.seed % 2);
    for (int d = 0; d < count; ++d) {
        const quint32 bits = session.seed >> (d * 12);
        // A stable device id: the session's id with its last three digits replaced.
        const QString id =
            session.id.left(session.id.size() - 3) + QStringLiteral("%1").arg(d, 3, 10, QLatin1Char('0'));
        devices.append(QJsonObject{{s("id"), id},
                                   {s("ip_address"), QStringLiteral("203.0.113.%1").arg(1 + (bits >> 1) % 250)},
                                   {s("user_agent"), userAgents.at(int((bits >> 4) % userAgents.size()))},
                                   {s("location"), locations.at(int((bits >> 7) % locations.size()))}});
    }
    return devices;
}

void SimStore::addMessage(const SimMessage &message)
{
    m_messages.push_back(message);
    m_messageIndex.insert(message.id, static_cast<qsizetype>(m_messages.size()) - 1);
}

void SimStore::sortMessages()
{
    std::sort(m_messages.begin(), m_messages.end(), [](const SimMessage &a, const SimMessage &b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.id > b.id;
    });
    m_messageIndex.clear();
    for (qsizetype i = 0; i < static_cast<qsizetype>(m_messages.size()); ++i)
        m_messageIndex.insert(m_messages[static_cast<size_t>(i)].id, i);
}

const SimMessage *SimStore::message(const QString &id) const
{
    const qsizetype i = messageIndex(id);
    return i < 0 ? nullptr : &m_messages[static_cast<size_t>(i)];
}

qsizetype SimStore::messageIndex(const QString &id) const
{
    return m_messageIndex.value(id, -1);
}

QString SimStore::queueMessage(const QString &recipient, const QString &channel, const QString &templateType,
                               const QString &subject, const QString &body)
{
    SimMessage m;
    m.id = newUuid();
    const QDateTime at = now();
    m.createdMs = at.toMSecsSinceEpoch();
    m.json = QJsonObject{{s("id"), m.id},
                         {s("status"), s("queued")},
                         {s("type"), channel},
                         {s("recipient"), recipient},
                         {s("subject"), subject},
                         {s("body"), body},
                         {s("template_type"), templateType},
                         {s("send_count"), 0},
                         {s("channel"), channel},
                         {s("created_at"), formatTime(at)},
                         {s("updated_at"), formatTime(at)}};
    m_messages.insert(m_messages.begin(), m);
    m_messageIndex.clear();
    for (qsizetype i = 0; i < static_cast<qsizetype>(m_messages.size()); ++i)
        m_messageIndex.insert(m_messages[static_cast<size_t>(i)].id, i);
    m_workerQueue.append(m.id);
    return m.id;
}

void SimStore::queueSeededForWorker()
{
    for (const SimMessage &m : m_messages) {
        if (m.json.value(s("status")).toString() == QLatin1String("queued") && !m_workerQueue.contains(m.id))
            m_workerQueue.append(m.id);
    }
}

int SimStore::runCourier(const QString &bouncingDomain, int retries)
{
    int changed = 0;
    const QString at = formatTime(now());
    QStringList still;
    for (const QString &id : std::as_const(m_workerQueue)) {
        const qsizetype i = messageIndex(id);
        if (i < 0)
            continue;
        SimMessage &m = m_messages[static_cast<size_t>(i)];
        const QString recipient = m.json.value(s("recipient")).toString();
        const bool bounce = !bouncingDomain.isEmpty() && recipient.endsWith(QLatin1Char('@') + bouncingDomain);
        QJsonObject dispatch{{s("id"), newUuid()},
                             {s("message_id"), id},
                             {s("status"), s("success")},
                             {s("created_at"), at},
                             {s("updated_at"), at}};
        const int sendCount = m.json.value(s("send_count")).toInt() + 1;
        QString status = s("sent");
        if (bounce) {
            dispatch.insert(s("status"), s("failed"));
            dispatch.insert(s("error"),
                            QJsonObject{{s("message"), QStringLiteral("smtp: 550 5.1.1 <%1>: Recipient address "
                                                                      "rejected: User unknown in virtual mailbox table")
                                                           .arg(recipient)}});
            status = sendCount >= retries ? s("abandoned") : s("processing");
        }
        m.dispatches.prepend(dispatch);
        m.json.insert(s("send_count"), sendCount);
        m.json.insert(s("status"), status);
        m.json.insert(s("updated_at"), at);
        ++changed;
        if (status == QLatin1String("processing"))
            still.append(id);
    }
    m_workerQueue = still;
    return changed;
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
