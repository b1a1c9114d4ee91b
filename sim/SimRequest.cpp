// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimRequest.h"

#include <QUrl>

#include <algorithm>

QString SimRequest::param(const QString &key) const
{
    for (const auto &item : query) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

QStringList SimRequest::params(const QString &key) const
{
    QStringList out;
    for (const auto &item : query) {
        if (item.first == key)
            out.append(item.second);
    }
    return out;
}

bool SimRequest::has(const QString &key) const
{
    return std::any_of(query.cbegin(), query.cend(), [&key](const auto &item) { return item.first == key; });
}

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QPair<QString, QString>> SimRequest::parseQuery(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}
