// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The body of PUT /admin/identities/{id}. PUT replaces the whole identity: Kratos clears
// metadata_public, metadata_admin and external_id when they are omitted. Start from
// fromIdentity() so that every current value is sent again, then change what should change.
struct IdentityUpdate
{
    QString schemaId;
    QString state;
    QJsonObject traits;
    QJsonValue metadataPublic;
    QJsonValue metadataAdmin;
    QString externalId;

    static IdentityUpdate fromIdentity(const Identity &identity)
    {
        return {identity.schemaId,       identity.stateText,     identity.traits,
                identity.metadataPublic, identity.metadataAdmin, identity.externalId};
    }

    QJsonObject toJson() const
    {
        // The API requires `state`; Kratos keeps the current one when it is empty, and so does
        // sending the state the identity was read with. An identity read without one is active.
        QJsonObject o{{QStringLiteral("schema_id"), schemaId},
                      {QStringLiteral("state"), state.isEmpty() ? QStringLiteral("active") : state},
                      {QStringLiteral("traits"), traits},
                      {QStringLiteral("metadata_public"), metadataPublic.isUndefined() ? QJsonValue() : metadataPublic},
                      {QStringLiteral("metadata_admin"), metadataAdmin.isUndefined() ? QJsonValue() : metadataAdmin}};
        if (!externalId.isEmpty())
            o.insert(QStringLiteral("external_id"), externalId);
        return o;
    }
};
