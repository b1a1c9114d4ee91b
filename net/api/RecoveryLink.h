// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// A recovery link created by an admin. A secret: shown once, never logged or audited.
struct RecoveryLink
{
    QString link;
    QDateTime expiresAt;

    static std::optional<RecoveryLink> fromJson(const QJsonObject &o);
};
