// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonPatch.h"

#include <QJsonObject>

JsonPatch &JsonPatch::add(const QString &path, const QJsonValue &value)
{
    m_ops.append({Op::Add, path, value});
    return *this;
}

JsonPatch &JsonPatch::remove(const QString &path)
{
    m_ops.append({Op::Remove, path, QJsonValue()});
    return *this;
}

JsonPatch &JsonPatch::replace(const QString &path, const QJsonValue &value)
{
    m_ops.append({Op::Replace, path, value});
    return *this;
}

QString JsonPatch::opName(Op op)
{
    switch (op) {
    case Op::Add:
        return QStringLiteral("add");
    case Op::Remove:
        return QStringLiteral("remove");
    case Op::Replace:
        return QStringLiteral("replace");
    }
    return QString();
}

QJsonArray JsonPatch::toJson() const
{
    QJsonArray out;
    for (const Operation &o : m_ops) {
        QJsonObject entry{{QStringLiteral("op"), opName(o.op)}, {QStringLiteral("path"), o.path}};
        if (o.op != Op::Remove)
            entry.insert(QStringLiteral("value"), o.value);
        out.append(entry);
    }
    return out;
}

JsonPatch JsonPatch::diff(const QJsonValue &from, const QJsonValue &to, const QString &path)
{
    JsonPatch patch;
    patch.diffInto(from, to, path);
    return patch;
}

void JsonPatch::diffInto(const QJsonValue &from, const QJsonValue &to, const QString &path)
{
    if (from == to)
        return;
    if (from.isObject() && to.isObject()) {
        const QJsonObject a = from.toObject();
        const QJsonObject b = to.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key()))
                remove(path + pointer({it.key()}));
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            const QString child = path + pointer({it.key()});
            if (!a.contains(it.key()))
                add(child, it.value());
            else
                diffInto(a.value(it.key()), it.value(), child);
        }
        return;
    }
    if (from.isArray() && to.isArray() && from.toArray().size() == to.toArray().size()) {
        const QJsonArray a = from.toArray();
        const QJsonArray b = to.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            diffInto(a.at(i), b.at(i), path + QLatin1Char('/') + QString::number(i));
        return;
    }
    if (from.isUndefined())
        add(path, to);
    else if (to.isUndefined())
        remove(path);
    else
        replace(path, to);
}

QString JsonPatch::pointer(const QStringList &keys)
{
    QString out;
    for (QString key : keys) {
        key.replace(QLatin1Char('~'), QLatin1String("~0"));
        key.replace(QLatin1Char('/'), QLatin1String("~1"));
        out += QLatin1Char('/') + key;
    }
    return out;
}

bool JsonPatch::isAllowedPath(const QString &path)
{
    const QString p = path.toLower();
    if (!p.startsWith(QLatin1Char('/')) || p == QLatin1String("/id") || p == QLatin1String("/statechangedat") ||
        p == QLatin1String("/state_changed_at"))
        return false;
    // Every credential path: Kratos denies some and accepts others that would let a patch
    // overwrite password hashes; the app writes none of them.
    return p != QLatin1String("/credentials") && !p.startsWith(QLatin1String("/credentials/"));
}

std::optional<JsonPatch> JsonPatch::fromJson(const QJsonArray &operations, QString *error)
{
    JsonPatch patch;
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QJsonObject o = operations.at(i).toObject();
        const QString op = o.value(QLatin1String("op")).toString();
        const QString path = o.value(QLatin1String("path")).toString();
        const QString where = QStringLiteral("operation %1").arg(i + 1);
        if (!operations.at(i).isObject() || op.isEmpty() || !path.startsWith(QLatin1Char('/'))) {
            *error = QStringLiteral("%1 is not an object with \"op\" and a \"path\" starting with /").arg(where);
            return std::nullopt;
        }
        if (!isAllowedPath(path)) {
            *error = QStringLiteral("%1: Kratos does not let %2 be changed").arg(where, path);
            return std::nullopt;
        }
        if (op == QLatin1String("remove")) {
            patch.remove(path);
        } else if (op == QLatin1String("add") || op == QLatin1String("replace")) {
            if (!o.contains(QLatin1String("value"))) {
                *error = QStringLiteral("%1 (%2 %3) has no \"value\"").arg(where, op, path);
                return std::nullopt;
            }
            if (op == QLatin1String("add"))
                patch.add(path, o.value(QLatin1String("value")));
            else
                patch.replace(path, o.value(QLatin1String("value")));
        } else {
            *error = QStringLiteral("%1: Kratos accepts add, remove and replace, not \"%2\"").arg(where, op);
            return std::nullopt;
        }
    }
    if (patch.isEmpty()) {
        *error = QStringLiteral("the patch has no operation");
        return std::nullopt;
    }
    return patch;
}
