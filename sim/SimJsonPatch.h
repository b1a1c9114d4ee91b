// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// RFC 6902 as Kratos applies it to an identity: only add, remove and replace; `replace` on a
// missing object member acts as `add`; `add` creates missing parent objects; a deny list of paths.
class SimJsonPatch
{
public:
    struct Failure
    {
        QString message;
        QString reason;
    };

    // Applies `ops` to `doc` in place. Returns false and fills `failure` on the first error,
    // leaving `doc` unchanged.
    static bool apply(QJsonObject &doc, const QJsonArray &ops, Failure *failure);

    // Kratos master's deny list (case-insensitive; "/**" entries match every descendant).
    static bool isDeniedPath(const QString &path);

    // JSON Pointer tokens of `path` ("/a/b~1c" -> ["a", "b/c"]); false when it is not a pointer.
    static bool splitPointer(const QString &path, QStringList *tokens);
};
