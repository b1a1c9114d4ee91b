// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Page.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The elements of a JSON array, each as its own text, found by scanning (strings, escapes and
// bracket depth; no recursion, no parsing of the elements). A list page holding one identity that
// Qt's reader refuses (nested deeper than 1,024 levels, a number such as 1e400) can so be read
// element by element: the readable ones are kept, the others named.
class JsonArrayItems
{
public:
    JsonArrayItems() = delete;

    // The raw text of each top-level element of `json`, scalars included. False, with `problem`
    // set, when `json` is not one whole array (not an array, cut short, text after it).
    static bool split(const QByteArray &json, QList<QByteArray> *items, QString *problem);

    // The string value of `"id"` among the top-level members of an object's raw text, or empty:
    // names an element that does not parse.
    static QString topLevelId(const QByteArray &element);

    // The objects of the array `json`, read whole when Qt can, else element by element. Elements
    // that do not parse or are not objects go to `unreadable` (with their raw text in `raw`, when
    // given, aligned with `objects`). False, with `problem`, only when `json` is no array at all.
    static bool readObjects(const QByteArray &json, QList<QJsonObject> *objects, QList<UnreadableItem> *unreadable,
                            QString *problem, QList<QByteArray> *raw = nullptr);
};
