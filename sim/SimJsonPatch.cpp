// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimJsonPatch.h"

#include "SimJsonDepth.h"

namespace {

enum class Op
{
    Add,
    Remove,
    Replace
};

bool arrayIndex(const QString &token, qsizetype size, bool allowEnd, qsizetype *index)
{
    if (allowEnd && token == QLatin1String("-")) {
        *index = size;
        return true;
    }
    bool ok = false;
    const qsizetype i = token.toLongLong(&ok);
    if (!ok || i < 0 || (token.size() > 1 && token.startsWith(QLatin1Char('0'))))
        return false;
    *index = i;
    return allowEnd ? i <= size : i < size;
}

bool applyAt(QJsonValue &node, const QStringList &tokens, int depth, Op op, const QJsonValue &value, QString *error)
{
    const QString &key = tokens.at(depth);
    const bool last = depth == tokens.size() - 1;
    if (node.isObject()) {
        QJsonObject obj = node.toObject();
        if (last) {
            if (op == Op::Remove) {
                if (!obj.contains(key)) {
                    *error = QStringLiteral("Unable to remove nonexistent key: %1: missing value").arg(key);
                    return false;
                }
                obj.remove(key);
            } else {
                obj.insert(key, value);
            }
        } else {
            QJsonValue child = obj.value(key);
            if (child.isUndefined() || child.isNull()) {
                if (op == Op::Remove) {
                    *error = QStringLiteral("Unable to remove nonexistent key: %1: missing value").arg(key);
                    return false;
                }
                child = QJsonObject();
            }
            if (!applyAt(child, tokens, depth + 1, op, value, error))
                return false;
            obj.insert(key, child);
        }
        node = obj;
        return true;
    }
    if (node.isArray()) {
        QJsonArray arr = node.toArray();
        qsizetype index = 0;
        if (last) {
            if (!arrayIndex(key, arr.size(), op == Op::Add, &index)) {
                *error = QStringLiteral("Unable to access invalid index: %1: invalid index referenced").arg(key);
                return false;
            }
            if (op == Op::Add)
                arr.insert(index, value);
            else if (op == Op::Replace)
                arr.replace(index, value);
            else
                arr.removeAt(index);
        } else {
            if (!arrayIndex(key, arr.size(), false, &index)) {
                *error = QStringLiteral("Unable to access invalid index: %1: invalid index referenced").arg(key);
                return false;
            }
            QJsonValue child = arr.at(index);
            if (!applyAt(child, tokens, depth + 1, op, value, error))
                return false;
            arr.replace(index, child);
        }
        node = arr;
        return true;
    }
    *error = QStringLiteral("Unable to apply patch: the parent of %1 is neither an object nor an array").arg(key);
    return false;
}

} // namespace

bool SimJsonPatch::splitPointer(const QString &path, QStringList *tokens)
{
    if (!path.startsWith(QLatin1Char('/')))
        return false;
    QStringList out = path.mid(1).split(QLatin1Char('/'));
    for (QString &t : out) {
        t.replace(QLatin1String("~1"), QLatin1String("/"));
        t.replace(QLatin1String("~0"), QLatin1String("~"));
    }
    *tokens = out;
    return true;
}

bool SimJsonPatch::isDeniedPath(const QString &path)
{
    static const QStringList exact{QStringLiteral("/id"), QStringLiteral("/statechangedat"),
                                   QStringLiteral("/credentials"), QStringLiteral("/credentials/oidc"),
                                   QStringLiteral("/credentials/saml")};
    static const QStringList prefixes{QStringLiteral("/credentials/oidc/"), QStringLiteral("/credentials/saml/")};
    const QString p = path.toLower();
    if (exact.contains(p))
        return true;
    for (const QString &prefix : prefixes) {
        if (p.startsWith(prefix))
            return true;
    }
    return false;
}

bool SimJsonPatch::apply(QJsonObject &doc, const QJsonArray &ops, Failure *failure)
{
    QJsonValue working = doc;
    for (const QJsonValue &opValue : ops) {
        const QJsonObject opObj = opValue.toObject();
        const QString opName = opObj.value(QStringLiteral("op")).toString();
        const QString path = opObj.value(QStringLiteral("path")).toString();
        Op op = Op::Add;
        if (opName == QLatin1String("add")) {
            op = Op::Add;
        } else if (opName == QLatin1String("remove")) {
            op = Op::Remove;
        } else if (opName == QLatin1String("replace")) {
            op = Op::Replace;
        } else {
            *failure = {QStringLiteral("unsupported operation: %1").arg(opName), QString()};
            return false;
        }
        if (isDeniedPath(path)) {
            *failure = {QStringLiteral("patch includes denied path: %1").arg(path),
                        QStringLiteral("failed to apply JSON patch")};
            return false;
        }
        QStringList tokens;
        if (!splitPointer(path, &tokens) || tokens.isEmpty()) {
            *failure = {QStringLiteral("The request was malformed or contained invalid parameters"),
                        QStringLiteral("invalid JSON pointer: \"%1\"").arg(path)};
            return false;
        }
        // applyAt recurses once per segment: a pointer of tens of thousands of segments would
        // overflow the stack. Kratos could not store what such a path builds either.
        if (tokens.size() > SimJsonDepth::kMaxPointerSegments) {
            *failure = {QStringLiteral("The request was malformed or contained invalid parameters"),
                        QStringLiteral("JSON pointer has %1 segments; at most %2 are allowed")
                            .arg(tokens.size())
                            .arg(SimJsonDepth::kMaxPointerSegments)};
            return false;
        }
        if (op != Op::Remove && !opObj.contains(QStringLiteral("value"))) {
            *failure = {QStringLiteral("The request was malformed or contained invalid parameters"),
                        QStringLiteral("missing value for %1 operation on %2").arg(opName, path)};
            return false;
        }
        QString error;
        if (!applyAt(working, tokens, 0, op, opObj.value(QStringLiteral("value")), &error)) {
            *failure = {error, QStringLiteral("failed to apply JSON patch")};
            return false;
        }
    }
    doc = working.toObject();
    return true;
}
