// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A recovery code plus the link to the recovery UI where it is typed. A secret, like RecoveryLink.
struct RecoveryCode
{
    QString link;
    QString code;
    QDateTime expiresAt;

    static std::optional<RecoveryCode> fromJson(const QJsonObject &o);
};
