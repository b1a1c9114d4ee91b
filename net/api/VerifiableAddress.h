// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// An address Kratos can verify (identity.verifiable_addresses[]).
struct VerifiableAddress
{
    QString id;
    QString value;
    QString via;    // "email" or "sms"
    QString status; // "pending", "sent", "completed" (or anything newer)
    bool verified = false;
    QDateTime verifiedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    static VerifiableAddress fromJson(const QJsonObject &o);
};
