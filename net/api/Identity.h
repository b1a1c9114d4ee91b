// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdentityCredential.h"
#include "RecoveryAddress.h"
#include "VerifiableAddress.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// A Kratos identity as the admin API returns it (ADMIN-API.md §4.1). Fields Kratos omits when
// empty are defaulted; `credentialsIncluded` tells "no credentials" from "not in this response"
// (list responses leave credentials out).
struct Identity
{
    enum class State
    {
        Active,
        Inactive,
        Unknown
    };

    QString id;
    QString schemaId;
    QString schemaUrl;
    State state = State::Unknown;
    QString stateText;
    QDateTime stateChangedAt;
    QJsonObject traits;
    QList<VerifiableAddress> verifiableAddresses;
    QList<RecoveryAddress> recoveryAddresses;
    QJsonValue metadataPublic;
    QJsonValue metadataAdmin;
    QMap<QString, IdentityCredential> credentials;
    bool credentialsIncluded = false;
    QString organizationId;
    QString externalId;
    QString region;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The object as the server sent it, for lossless export and compact storage.
    QJsonObject json;

    // Null when `o` has no id: such an object is not an identity.
    static std::optional<Identity> fromJson(const QJsonObject &o);
    static QString stateName(State state);
};
