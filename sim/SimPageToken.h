// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// The page tokens of Kratos's three pagination styles, as the simulator issues and checks them.
class SimPageToken
{
public:
    struct CourierPosition
    {
        qint64 createdAtMs = 0;
        QString id;
        qint64 issuedAtMs = 0;
    };
    enum class CourierCheck
    {
        Ok,
        Invalid,
        Expired
    };

    // Courier (keyset v2): opaque, authenticated with the simulator's secret, valid for one hour.
    static QString encodeCourier(const CourierPosition &pos, const QByteArray &secret);
    static CourierCheck decodeCourier(const QString &token, const QByteArray &secret, qint64 nowMs,
                                      CourierPosition *out);
    static constexpr qint64 courierTokenTtlMs = 3600 * 1000;

    // Sessions (keyset): base64 of "created_at=<RFC 3339>/id=<uuid>".
    static QString encodeSession(const QDateTime &createdAt, const QString &id);
    static bool decodeSession(const QString &token, QDateTime *createdAt, QString *id);

    // Offset pagination: base64url JSON {"offset":"N","v":2}. Undecodable tokens mean offset 0.
    static QString encodeOffset(qint64 offset);
    static qint64 decodeOffset(const QString &token);
};
