// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimPageToken.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr int nonceSize = 8;
constexpr int macSize = 12;

QByteArray sha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray keystream(const QByteArray &secret, const QByteArray &nonce, qsizetype size)
{
    QByteArray out;
    for (int block = 0; out.size() < size; ++block)
        out += sha256(secret + nonce + QByteArray::number(block));
    return out.left(size);
}

QByteArray xorBytes(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(a.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < a.size(); ++i)
        out[i] = static_cast<char>(a[i] ^ b[i]);
    return out;
}

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QString SimPageToken::encodeCourier(const CourierPosition &pos, const QByteArray &secret)
{
    const QByteArray payload =
        QByteArray::number(pos.createdAtMs) + '|' + pos.id.toLatin1() + '|' + QByteArray::number(pos.issuedAtMs);
    const QByteArray nonce = sha256(payload + secret).left(nonceSize);
    const QByteArray cipher = xorBytes(payload, keystream(secret, nonce, payload.size()));
    const QByteArray mac = sha256(secret + nonce + cipher).left(macSize);
    return QString::fromLatin1(QByteArray(nonce + cipher + mac).toBase64(base64url));
}

SimPageToken::CourierCheck SimPageToken::decodeCourier(const QString &token, const QByteArray &secret, qint64 nowMs,
                                                       CourierPosition *out)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(token.toLatin1(), base64url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() <= nonceSize + macSize)
        return CourierCheck::Invalid;
    const QByteArray raw = decoded.decoded;
    const QByteArray nonce = raw.left(nonceSize);
    const QByteArray cipher = raw.mid(nonceSize, raw.size() - nonceSize - macSize);
    const QByteArray mac = raw.right(macSize);
    if (sha256(secret + nonce + cipher).left(macSize) != mac)
        return CourierCheck::Invalid;
    const QList<QByteArray> parts = xorBytes(cipher, keystream(secret, nonce, cipher.size())).split('|');
    if (parts.size() != 3)
        return CourierCheck::Invalid;
    CourierPosition pos;
    bool okCreated = false;
    bool okIssued = false;
    pos.createdAtMs = parts[0].toLongLong(&okCreated);
    pos.id = QString::fromLatin1(parts[1]);
    pos.issuedAtMs = parts[2].toLongLong(&okIssued);
    if (!okCreated || !okIssued)
        return CourierCheck::Invalid;
    if (nowMs - pos.issuedAtMs > courierTokenTtlMs)
        return CourierCheck::Expired;
    *out = pos;
    return CourierCheck::Ok;
}

QString SimPageToken::encodeSession(const QDateTime &createdAt, const QString &id)
{
    const QString plain =
        QStringLiteral("created_at=") + createdAt.toUTC().toString(Qt::ISODateWithMs) + QStringLiteral("/id=") + id;
    return QString::fromLatin1(plain.toUtf8().toBase64());
}

bool SimPageToken::decodeSession(const QString &token, QDateTime *createdAt, QString *id)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QString plain = QString::fromUtf8(decoded.decoded);
    if (!plain.startsWith(QLatin1String("created_at=")))
        return false;
    const qsizetype slash = plain.indexOf(QLatin1String("/id="));
    if (slash < 0)
        return false;
    *createdAt = QDateTime::fromString(plain.mid(11, slash - 11), Qt::ISODateWithMs);
    *id = plain.mid(slash + 4);
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return createdAt->isValid() && uuid.match(*id).hasMatch();
}

QString SimPageToken::encodeOffset(qint64 offset)
{
    const QJsonObject o{{QStringLiteral("offset"), QString::number(offset)}, {QStringLiteral("v"), 2}};
    return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(base64url));
}

qint64 SimPageToken::decodeOffset(const QString &token)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(token.toLatin1(), base64url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return 0;
    const QJsonObject o = QJsonDocument::fromJson(decoded.decoded).object();
    bool ok = false;
    const qint64 offset = o.value(QStringLiteral("offset")).toString().toLongLong(&ok);
    // Offsets past any list the simulator can hold only give an empty page; capping them keeps
    // offset + page size (and the links built from it) far from qint64's end.
    constexpr qint64 maxOffset = qint64(1) << 40;
    return ok && offset >= 0 ? std::min(offset, maxOffset) : 0;
}
