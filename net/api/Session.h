// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuthenticationMethod.h"
#include "Identity.h"
#include "SessionDevice.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A Kratos session (ADMIN-API.md §4.2). `identity` and `devices` are only present when expanded.
struct Session
{
    QString id;
    bool active = false;
    QDateTime expiresAt;
    QDateTime authenticatedAt;
    QDateTime issuedAt;
    QString aal;
    QList<AuthenticationMethod> authenticationMethods;
    std::optional<Identity> identity;
    QList<SessionDevice> devices;
    bool devicesIncluded = false;
    // The object as the server sent it.
    QJsonObject json;

    static std::optional<Session> fromJson(const QJsonObject &o);
};
