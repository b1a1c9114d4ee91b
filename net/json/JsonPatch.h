// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// An RFC 6902 patch for PATCH /admin/identities/{id}. Kratos accepts only add, remove and
// replace, and denies some paths (/id, /credentials, ...); isAllowedPath() says which.
class JsonPatch
{
public:
    enum class Op
    {
        Add,
        Remove,
        Replace
    };
    struct Operation
    {
        Op op = Op::Replace;
        QString path;
        QJsonValue value;
    };

    JsonPatch() = default;
    JsonPatch &add(const QString &path, const QJsonValue &value);
    JsonPatch &remove(const QString &path);
    JsonPatch &replace(const QString &path, const QJsonValue &value);

    const QList<Operation> &operations() const { return m_ops; }
    bool isEmpty() const { return m_ops.isEmpty(); }
    QJsonArray toJson() const;

    // The operations that turn `from` into `to`, rooted at `path` (e.g. "/traits"): removed keys
    // are removed, new keys added, changed scalars replaced, objects and equal-length arrays
    // compared member by member, other arrays replaced whole. Equal documents give no operation.
    static JsonPatch diff(const QJsonValue &from, const QJsonValue &to, const QString &path);

    // Builds a pointer from raw keys ("a/b" -> "/a~1b").
    static QString pointer(const QStringList &keys);
    // False for paths Kratos denies, and for credential sub-paths the app must never write.
    static bool isAllowedPath(const QString &path);
    static QString opName(Op op);
    // A patch read from RFC 6902 JSON: only add, remove and replace, only allowed paths. Null with
    // `error` saying which operation is wrong and why.
    static std::optional<JsonPatch> fromJson(const QJsonArray &operations, QString *error);

private:
    void diffInto(const QJsonValue &from, const QJsonValue &to, const QString &path);

    QList<Operation> m_ops;
};
