// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// RFC 8288 `Link` header as Kratos sends it: `<url>; rel="next",<url>; rel="first"`.
class LinkHeader
{
public:
    struct Link
    {
        QUrl target;
        QString rel;
    };

    static QList<Link> parse(const QByteArray &header);
    // The target of the first link with `rel`, or an invalid URL.
    static QUrl target(const QByteArray &header, const QString &rel);
    // A query parameter of that target (URL-decoded, "+" read as a space), or an empty string.
    static QString targetParameter(const QByteArray &header, const QString &rel, const QString &parameter);
};
