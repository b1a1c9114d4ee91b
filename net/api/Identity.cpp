// SPDX-License-Identifier: GPL-3.0-or-later
#include "Identity.h"

#include "JsonFields.h"

#include <QJsonArray>

std::optional<Identity> Identity::fromJson(const QJsonObject &o)
{
    using namespace JsonFields;
    Identity i;
    i.id = string(o, QLatin1String("id"));
    if (i.id.isEmpty())
        return std::nullopt;
    i.json = o;
    i.schemaId = string(o, QLatin1String("schema_id"));
    i.schemaUrl = string(o, QLatin1String("schema_url"));
    i.stateText = string(o, QLatin1String("state"));
    i.state = i.stateText == QLatin1String("active")     ? State::Active
              : i.stateText == QLatin1String("inactive") ? State::Inactive
                                                         : State::Unknown;
    i.stateChangedAt = dateTime(o, QLatin1String("state_changed_at"));
    i.traits = o.value(QLatin1String("traits")).toObject();
    for (const QJsonValue &v : o.value(QLatin1String("verifiable_addresses")).toArray()) {
        if (v.isObject())
            i.verifiableAddresses.append(VerifiableAddress::fromJson(v.toObject()));
    }
    for (const QJsonValue &v : o.value(QLatin1String("recovery_addresses")).toArray()) {
        if (v.isObject())
            i.recoveryAddresses.append(RecoveryAddress::fromJson(v.toObject()));
    }
    const QJsonValue metaPublic = o.value(QLatin1String("metadata_public"));
    i.metadataPublic = metaPublic.isUndefined() ? QJsonValue(QJsonValue::Null) : metaPublic;
    const QJsonValue metaAdmin = o.value(QLatin1String("metadata_admin"));
    i.metadataAdmin = metaAdmin.isUndefined() ? QJsonValue(QJsonValue::Null) : metaAdmin;
    const QJsonValue creds = o.value(QLatin1String("credentials"));
    i.credentialsIncluded = creds.isObject();
    const QJsonObject credObj = creds.toObject();
    for (auto it = credObj.begin(); it != credObj.end(); ++it) {
        if (it.value().isObject())
            i.credentials.insert(it.key(), IdentityCredential::fromJson(it.key(), it.value().toObject()));
    }
    i.organizationId = string(o, QLatin1String("organization_id"));
    i.externalId = string(o, QLatin1String("external_id"));
    i.region = string(o, QLatin1String("region"));
    i.createdAt = dateTime(o, QLatin1String("created_at"));
    i.updatedAt = dateTime(o, QLatin1String("updated_at"));
    return i;
}

QString Identity::stateName(State state)
{
    switch (state) {
    case State::Active:
        return QStringLiteral("active");
    case State::Inactive:
        return QStringLiteral("inactive");
    case State::Unknown:
        break;
    }
    return QString();
}
