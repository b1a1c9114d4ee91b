// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// An address that can receive recovery messages (identity.recovery_addresses[]).
struct RecoveryAddress
{
    QString id;
    QString value;
    QString via;
    QString breakGlassForOrganization;
    QDateTime createdAt;
    QDateTime updatedAt;

    static RecoveryAddress fromJson(const QJsonObject &o);
};
