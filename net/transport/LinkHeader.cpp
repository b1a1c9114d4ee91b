// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkHeader.h"

#include <QUrlQuery>

QList<LinkHeader::Link> LinkHeader::parse(const QByteArray &header)
{
    QList<Link> out;
    qsizetype pos = 0;
    const qsizetype n = header.size();
    while (pos < n) {
        const qsizetype open = header.indexOf('<', pos);
        if (open < 0)
            break;
        const qsizetype close = header.indexOf('>', open + 1);
        if (close < 0)
            break;
        Link link;
        link.target = QUrl::fromEncoded(header.mid(open + 1, close - open - 1));
        // Parameters run to the next entry: a comma outside quotes.
        qsizetype end = close + 1;
        bool quoted = false;
        while (end < n && (quoted || header.at(end) != ',')) {
            if (header.at(end) == '"')
                quoted = !quoted;
            ++end;
        }
        for (const QByteArray &param : header.mid(close + 1, end - close - 1).split(';')) {
            const QByteArray p = param.trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq < 0 || p.left(eq).trimmed().toLower() != "rel")
                continue;
            QByteArray value = p.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            link.rel = QString::fromLatin1(value).toLower();
        }
        out.append(link);
        pos = end + 1;
    }
    return out;
}

QUrl LinkHeader::target(const QByteArray &header, const QString &rel)
{
    for (const Link &link : parse(header)) {
        // A rel may hold several space-separated relation types.
        if (link.rel.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(rel))
            return link.target;
    }
    return {};
}

QString LinkHeader::targetParameter(const QByteArray &header, const QString &rel, const QString &parameter)
{
    const QUrl url = target(header, rel);
    if (!url.isValid())
        return {};
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0 || QByteArray::fromPercentEncoding(pair.left(eq)) != parameter.toUtf8())
            continue;
        QByteArray value = pair.mid(eq + 1);
        value.replace('+', ' ');
        return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
    }
    return {};
}
