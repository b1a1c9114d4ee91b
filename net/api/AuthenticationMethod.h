// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One factor a session was authenticated with (session.authentication_methods[]).
struct AuthenticationMethod
{
    QString method;
    QString aal;
    QDateTime completedAt;
    QString provider;
    QString organization;

    static AuthenticationMethod fromJson(const QJsonObject &o);
};
