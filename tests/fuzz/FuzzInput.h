// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

// Helpers shared by the libFuzzer targets: the input as bytes, as a JSON value, or as two parts
// split at the first line that holds only "--" (schema and document, old and new, ...).
namespace FuzzInput {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QJsonValue json(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonDocument::fromJson('[' + text + ']').array().at(0);
}

inline QPair<QByteArray, QByteArray> split(const QByteArray &text)
{
    const qsizetype at = text.indexOf("\n--\n");
    if (at < 0)
        return {text, QByteArray()};
    return {text.left(at), text.mid(at + 4)};
}

} // namespace FuzzInput
