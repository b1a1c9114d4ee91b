// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace JsonPointer {

QString escape(QString token)
{
    return token.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
}

QString unescape(QString token)
{
    return token.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
}

QJsonValue resolve(const QJsonValue &root, const QString &pointer, bool *found)
{
    if (found)
        *found = true;
    if (pointer.isEmpty())
        return root;
    QJsonValue current = root;
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (const QString &raw : tokens) {
        const QString token = unescape(raw);
        if (current.isObject() && current.toObject().contains(token)) {
            current = current.toObject().value(token);
            continue;
        }
        bool isIndex = false;
        const int index = token.toInt(&isIndex);
        if (current.isArray() && isIndex && index >= 0 && index < current.toArray().size()) {
            current = current.toArray().at(index);
            continue;
        }
        if (found)
            *found = false;
        return {};
    }
    return current;
}

} // namespace JsonPointer
