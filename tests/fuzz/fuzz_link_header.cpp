// SPDX-License-Identifier: GPL-3.0-or-later
// The Link header of a list answer, and the simulator's page tokens.
#include "FuzzInput.h"
#include "LinkHeader.h"
#include "SimPageToken.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = FuzzInput::bytes(data, size);
    for (const auto &link : LinkHeader::parse(text))
        (void)link;
    (void)LinkHeader::target(text, QStringLiteral("next"));
    (void)LinkHeader::targetParameter(text, QStringLiteral("next"), QStringLiteral("page_token"));
    const QString token = QString::fromLatin1(text);
    (void)SimPageToken::decodeOffset(token);
    QDateTime createdAt;
    QString id;
    (void)SimPageToken::decodeSession(token, &createdAt, &id);
    SimPageToken::CourierPosition position;
    (void)SimPageToken::decodeCourier(token, QByteArrayLiteral("secret"), 0, &position);
    return 0;
}
