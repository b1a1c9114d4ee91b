// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimIdentityBuilder.h"

#include "SimHttp.h"
#include "SimJsonDepth.h"
#include "SimSchemaRules.h"

#include <QJsonArray>
#include <QUuid>

namespace {

bool isUuid(const QString &value)
{
    return !QUuid::fromString(value).isNull() && value.size() == 36;
}

} // namespace

using SimHttp::kMalformed;
using SimHttp::s;

SimIdentityBuilder::SimIdentityBuilder(const SimSchema &schema, const QDateTime &now, const QString &schemaUrl)
    : m_schema(schema)
    , m_nowText(SimStore::formatTime(now))
    , m_schemaUrl(schemaUrl)
{}

SimStore::Outcome SimIdentityBuilder::build(const QJsonObject &doc, QJsonObject *outJson, QJsonObject *outCredentials,
                                            const QJsonObject *previous) const
{
    using Outcome = SimStore::Outcome;
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
    const QString problems = m_schema.rules->validateTraits(traits);
    if (!problems.isEmpty())
        return Outcome::fail(400, kMalformed, problems);

    const QJsonValue org = doc.value(s("organization_id"));
    if (!org.isNull() && !org.isUndefined() &&
        !(org.isString() && (org.toString().isEmpty() || isUuid(org.toString()))))
        return Outcome::fail(400, kMalformed, s("organization_id must be a UUID or null"));

    QJsonObject json;
    const QString id = previous ? previous->value(s("id")).toString() : doc.value(s("id")).toString();
    json.insert(s("id"), id);
    json.insert(s("schema_id"), m_schema.id);
    json.insert(s("schema_url"), m_schemaUrl);
    json.insert(s("state"), state);
    const bool stateChanged = !previous || previous->value(s("state")).toString() != state;
    if (stateChanged)
        json.insert(s("state_changed_at"), m_nowText);
    else if (previous->contains(s("state_changed_at")))
        json.insert(s("state_changed_at"), previous->value(s("state_changed_at")));
    json.insert(s("traits"), traits);
    const QJsonArray verifiable = verifiableAddresses(doc, traits);
    if (!verifiable.isEmpty())
        json.insert(s("verifiable_addresses"), verifiable);
    const QJsonArray recovery = recoveryAddresses(doc, traits);
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
    json.insert(s("created_at"), previous ? previous->value(s("created_at")).toString(m_nowText) : m_nowText);
    json.insert(s("updated_at"), m_nowText);

    QJsonObject creds;
    if (Outcome problem = credentials(doc, traits, &creds); !problem.ok())
        return problem;
    *outJson = json;
    *outCredentials = creds;
    Outcome ok;
    ok.id = id;
    return ok;
}

QJsonArray SimIdentityBuilder::verifiableAddresses(const QJsonObject &doc, const QJsonObject &traits) const
{
    // Addresses come from the traits via the schema extension; known ones keep their state.
    const QJsonArray knownVerifiable = doc.value(s("verifiable_addresses")).toArray();
    QJsonArray verifiable;
    for (const auto &address : m_schema.rules->verifiableAddresses(traits)) {
        QJsonObject entry;
        for (const QJsonValue &k : knownVerifiable) {
            const QJsonObject ko = k.toObject();
            if (ko.value(s("value")).toString().toLower() == address.value.toLower() &&
                ko.value(s("via")).toString() == address.via)
                entry = ko;
        }
        if (entry.value(s("id")).toString().isEmpty())
            entry.insert(s("id"), SimStore::newUuid());
        entry.insert(s("value"), address.value);
        entry.insert(s("via"), address.via);
        const bool verified = entry.value(s("verified")).toBool();
        entry.insert(s("verified"), verified);
        // Kratos sets or clears verified_at from `verified`, but derives `status` only when it is
        // empty (PUBLIC-FLOWS.md §6.3): a client has to patch both.
        QString status = entry.value(s("status")).toString();
        if (verified) {
            if (!entry.value(s("verified_at")).isString())
                entry.insert(s("verified_at"), m_nowText);
            if (status.isEmpty())
                status = s("completed");
        } else {
            entry.remove(s("verified_at"));
            if (status.isEmpty())
                status = s("pending");
        }
        entry.insert(s("status"), status);
        if (!entry.contains(s("created_at")))
            entry.insert(s("created_at"), m_nowText);
        entry.insert(s("updated_at"), entry.value(s("updated_at")).toString(m_nowText));
        verifiable.append(entry);
    }
    return verifiable;
}

QJsonArray SimIdentityBuilder::recoveryAddresses(const QJsonObject &doc, const QJsonObject &traits) const
{
    const QJsonArray knownRecovery = doc.value(s("recovery_addresses")).toArray();
    QJsonArray recovery;
    for (const auto &address : m_schema.rules->recoveryAddresses(traits)) {
        QJsonObject entry;
        for (const QJsonValue &k : knownRecovery) {
            const QJsonObject ko = k.toObject();
            if (ko.value(s("value")).toString().toLower() == address.value.toLower() &&
                ko.value(s("via")).toString() == address.via)
                entry = ko;
        }
        if (entry.value(s("id")).toString().isEmpty())
            entry.insert(s("id"), SimStore::newUuid());
        entry.insert(s("value"), address.value);
        entry.insert(s("via"), address.via);
        if (!entry.contains(s("created_at")))
            entry.insert(s("created_at"), m_nowText);
        entry.insert(s("updated_at"), entry.value(s("updated_at")).toString(m_nowText));
        recovery.append(entry);
    }
    return recovery;
}

SimStore::Outcome SimIdentityBuilder::credentials(const QJsonObject &doc, const QJsonObject &traits,
                                                  QJsonObject *out) const
{
    using Outcome = SimStore::Outcome;
    // Credentials: identifiers of the identifier-bearing types follow the traits.
    QJsonObject creds = doc.value(s("credentials")).toObject();
    for (const QString &type : {s("password"), s("webauthn"), s("passkey"), s("code")}) {
        const QStringList identifiers = m_schema.rules->identifiers(traits, type);
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
            c.insert(s("created_at"), m_nowText);
        c.insert(s("updated_at"), m_nowText);
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
    *out = creds;
    return {};
}
