// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

// JSON Pointers (RFC 6901) into Qt JSON values: "" is the whole document, "/a/0/b~1c" a path.
namespace JsonPointer {

// One reference token with "~" and "/" escaped ("b/c" -> "b~1c"), and back.
QString escape(QString token);
QString unescape(QString token);
// The value at `pointer`; undefined, with `found` false, when nothing is there.
QJsonValue resolve(const QJsonValue &root, const QString &pointer, bool *found = nullptr);

} // namespace JsonPointer
