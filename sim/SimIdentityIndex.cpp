// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimIdentityIndex.h"

#include <QJsonArray>

#include <algorithm>

SimIdentityIndex::Keys SimIdentityIndex::keysOf(const QJsonObject &json, const QJsonObject &credentials)
{
    Keys keys;
    for (auto it = credentials.begin(); it != credentials.end(); ++it) {
        for (const QJsonValue &v : it.value().toObject().value(QLatin1String("identifiers")).toArray()) {
            const QString id = v.toString().trimmed().toLower();
            if (!id.isEmpty() && !keys.identifiers.contains(id))
                keys.identifiers.append(id);
        }
    }
    keys.externalId = json.value(QLatin1String("external_id")).toString();
    return keys;
}

QString SimIdentityIndex::byIdentifier(const QString &identifier) const
{
    return m_identifiers.value(identifier.trimmed().toLower());
}

QStringList SimIdentityIndex::withIdentifierPrefix(const QString &prefix) const
{
    const QString p = prefix.trimmed().toLower();
    QStringList ids;
    for (auto it = m_identifiers.lowerBound(p); it != m_identifiers.cend() && it.key().startsWith(p); ++it) {
        if (!ids.contains(it.value()))
            ids.append(it.value());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool SimIdentityIndex::clashes(const Keys &keys, const QString &selfId) const
{
    for (const QString &identifier : keys.identifiers) {
        const QString owner = m_identifiers.value(identifier);
        if (!owner.isEmpty() && owner != selfId)
            return true;
    }
    if (keys.externalId.isEmpty())
        return false;
    const QString owner = m_external.value(keys.externalId);
    return !owner.isEmpty() && owner != selfId;
}

void SimIdentityIndex::insert(const QString &id, const Keys &keys)
{
    for (const QString &identifier : keys.identifiers)
        m_identifiers.insert(identifier, id);
    if (!keys.externalId.isEmpty())
        m_external.insert(keys.externalId, id);
}

void SimIdentityIndex::remove(const QString &id, const Keys &keys)
{
    for (const QString &identifier : keys.identifiers) {
        if (m_identifiers.value(identifier) == id)
            m_identifiers.remove(identifier);
    }
    if (m_external.value(keys.externalId) == id)
        m_external.remove(keys.externalId);
}

void SimIdentityIndex::appendIdentifier(const QString &identifier, const QString &id)
{
    m_identifiers.insert(m_identifiers.cend(), identifier, id);
}
