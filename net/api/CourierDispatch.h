// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One delivery attempt of a courier message; `error` holds the SMTP/SMS provider's complaint.
struct CourierDispatch
{
    QString id;
    QString messageId;
    QString status; // "success" or "failed"
    QJsonObject error;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The provider's error in one line ("" when there is none).
    QString errorText() const;
    static CourierDispatch fromJson(const QJsonObject &o);
};
