// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// An identity as Kratos stores it, made from a create or update body: state, traits checked
// against the schema, addresses derived from the traits (known ones keep their state), metadata,
// and credentials whose identifiers follow the traits. The store indexes and keeps the result.
class SimIdentityBuilder
{
public:
    SimIdentityBuilder(const SimSchema &schema, const QDateTime &now, const QString &schemaUrl);

    // `previous`: the stored identity an update replaces (its id, creation and state times stay).
    SimStore::Outcome build(const QJsonObject &doc, QJsonObject *json, QJsonObject *credentials,
                            const QJsonObject *previous) const;

private:
    QJsonArray verifiableAddresses(const QJsonObject &doc, const QJsonObject &traits) const;
    QJsonArray recoveryAddresses(const QJsonObject &doc, const QJsonObject &traits) const;
    SimStore::Outcome credentials(const QJsonObject &doc, const QJsonObject &traits, QJsonObject *out) const;

    const SimSchema &m_schema;
    QString m_nowText;
    QString m_schemaUrl;
};
