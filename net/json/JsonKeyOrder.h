// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The order in which a JSON text writes the keys of each object, which QJsonObject forgets (it
// sorts them). Identity schemas list their traits in the order forms should show them.
class JsonKeyOrder
{
public:
    using Map = QHash<QString, QStringList>; // JSON Pointer of an object -> its keys as written

    // Empty when `json` is not valid JSON (callers then fall back to sorted keys).
    static Map scan(const QByteArray &json);
    // The entries at and below `pointer`, with `pointer` cut off their keys.
    static Map subtree(const Map &all, const QString &pointer);
    // The keys of `object`: those in `written` first, in that order, then any others sorted.
    static QStringList ordered(const QJsonObject &object, const QStringList &written);
    // `value` as indented JSON text with each object's keys in `order` (what scan() found).
    static QByteArray toJson(const QJsonValue &value, const Map &order);
};
