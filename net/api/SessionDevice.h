// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// A device a session was used from (session.devices[]).
struct SessionDevice
{
    QString id;
    QString ipAddress;
    QString userAgent;
    QString location;

    static SessionDevice fromJson(const QJsonObject &o);
};
