// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaNode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchemaNode", text);
}

QString number(const QJsonValue &v)
{
    return QString::number(v.toDouble(), 'g', 15);
}

// A schema's count (minLength, maxItems, …) as a number to count with, or -1 when it is not a
// whole number an int holds (the schema is hostile or broken; the keyword is then shown as given).
int wholeCount(const QJsonValue &v)
{
    const double d = v.toDouble(-1);
    return d >= 0 && d <= std::numeric_limits<int>::max() && std::trunc(d) == d ? int(d) : -1;
}

// "at least 3 characters" for {"minLength": 3}: `text` (marked with QT_TRANSLATE_N_NOOP) counted
// with the keyword's value.
QString countedText(const QJsonObject &schema, const char *keyword, const char *text)
{
    const QJsonValue v = schema.value(QLatin1String(keyword));
    const int n = wholeCount(v);
    return n >= 0 ? QCoreApplication::translate("SchemaNode", text, nullptr, n)
                  : QStringLiteral("%1 %2").arg(QLatin1String(keyword), number(v));
}

QString typeOfValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return std::isfinite(v.toDouble()) && std::trunc(v.toDouble()) == v.toDouble() ? QStringLiteral("integer")
                                                                                       : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

} // namespace

SchemaNode *SchemaNode::addChild(Kind childKind, const QString &childName, const QString &childPointer,
                                 const QJsonValue &value)
{
    auto child = std::make_unique<SchemaNode>();
    child->kind = childKind;
    child->name = childName;
    child->pointer = childPointer;
    child->raw = value;
    child->parent = this;
    child->row = int(children.size());
    switch (childKind) {
    case Kind::Property:
        child->dataPath = dataPath.isEmpty() ? childName : dataPath + QLatin1Char('.') + childName;
        break;
    case Kind::Items:
    case Kind::AdditionalItems:
    case Kind::Contains:
        child->dataPath = dataPath + QStringLiteral("[]");
        break;
    case Kind::TupleItem:
        child->dataPath = dataPath + QLatin1Char('[') + childName.section(QLatin1Char(' '), -1) + QLatin1Char(']');
        break;
    case Kind::PatternProperty:
        child->dataPath = dataPath + QStringLiteral(".{") + childName + QLatin1Char('}');
        break;
    case Kind::AdditionalProperties:
        child->dataPath = dataPath + QStringLiteral(".*");
        break;
    case Kind::Branch:
        child->dataPath = dataPath;
        break;
    case Kind::Root:
    case Kind::Definitions:
    case Kind::Definition:
        break;
    }
    children.push_back(std::move(child));
    return children.back().get();
}

QStringList SchemaNode::types() const
{
    QStringList out;
    if (raw.isBool())
        return {raw.toBool() ? tr("anything") : tr("nothing")};
    const QJsonValue type = effective.value(QLatin1String("type"));
    if (type.isString())
        out.append(type.toString());
    for (const QJsonValue &t : type.toArray())
        out.append(t.toString());
    if (out.isEmpty()) {
        if (effective.contains(QLatin1String("const")))
            out.append(typeOfValue(effective.value(QLatin1String("const"))));
        else if (effective.contains(QLatin1String("properties")))
            out.append(QStringLiteral("object"));
        else if (effective.contains(QLatin1String("items")))
            out.append(QStringLiteral("array"));
    }
    return out;
}

QString SchemaNode::typeText() const
{
    const QStringList t = types();
    if (t == QStringList{QStringLiteral("array")}) {
        for (const auto &child : children)
            if (child->kind == Kind::Items && !child->types().isEmpty())
                return tr("array of %1").arg(child->types().join(QStringLiteral(" | ")));
    }
    return t.join(QStringLiteral(" | "));
}

QStringList SchemaNode::constraints() const
{
    QStringList out;
    const QJsonObject &s = effective;
    auto has = [&s](const char *key) { return s.contains(QLatin1String(key)); };
    auto val = [&s](const char *key) { return s.value(QLatin1String(key)); };
    if (has("format"))
        out.append(tr("format %1").arg(val("format").toString()));
    if (has("enum")) {
        QStringList values;
        for (const QJsonValue &v : val("enum").toArray())
            values.append(compactJson(v));
        out.append(tr("one of %1").arg(values.join(QStringLiteral(", "))));
    }
    if (has("const"))
        out.append(tr("always %1").arg(compactJson(val("const"))));
    if (has("minLength") && has("maxLength"))
        out.append(tr("%1–%2 characters").arg(number(val("minLength")), number(val("maxLength"))));
    else if (has("minLength"))
        out.append(val("minLength").toDouble() == 1
                       ? tr("not empty")
                       : countedText(s, "minLength", QT_TRANSLATE_N_NOOP("SchemaNode", "at least %Ln characters")));
    else if (has("maxLength"))
        out.append(countedText(s, "maxLength", QT_TRANSLATE_N_NOOP("SchemaNode", "at most %Ln characters")));
    if (has("minimum"))
        out.append(QStringLiteral("≥ %1").arg(number(val("minimum"))));
    if (has("exclusiveMinimum"))
        out.append(QStringLiteral("> %1").arg(number(val("exclusiveMinimum"))));
    if (has("maximum"))
        out.append(QStringLiteral("≤ %1").arg(number(val("maximum"))));
    if (has("exclusiveMaximum"))
        out.append(QStringLiteral("< %1").arg(number(val("exclusiveMaximum"))));
    if (has("multipleOf"))
        out.append(tr("multiple of %1").arg(number(val("multipleOf"))));
    if (has("pattern"))
        out.append(tr("pattern %1").arg(val("pattern").toString()));
    if (has("oneOf"))
        out.append(tr("oneOf: exactly one of %1").arg(val("oneOf").toArray().size()));
    if (has("anyOf"))
        out.append(tr("anyOf: at least one of %1").arg(val("anyOf").toArray().size()));
    if (has("allOf"))
        out.append(tr("allOf: all of %1").arg(val("allOf").toArray().size()));
    if (has("not"))
        out.append(tr("must not match the \"not\" branch"));
    if (has("if"))
        out.append(tr("conditional (if/then/else)"));
    if (has("minItems") && has("maxItems"))
        out.append(tr("%1–%2 items").arg(number(val("minItems")), number(val("maxItems"))));
    else if (has("minItems"))
        out.append(countedText(s, "minItems", QT_TRANSLATE_N_NOOP("SchemaNode", "at least %Ln items")));
    else if (has("maxItems"))
        out.append(countedText(s, "maxItems", QT_TRANSLATE_N_NOOP("SchemaNode", "at most %Ln items")));
    if (val("uniqueItems").toBool())
        out.append(tr("unique items"));
    if (has("minProperties"))
        out.append(countedText(s, "minProperties", QT_TRANSLATE_N_NOOP("SchemaNode", "at least %Ln properties")));
    if (has("maxProperties"))
        out.append(countedText(s, "maxProperties", QT_TRANSLATE_N_NOOP("SchemaNode", "at most %Ln properties")));
    if (val("additionalProperties") == QJsonValue(false))
        out.append(tr("no other properties"));
    if (has("default"))
        out.append(tr("default %1").arg(compactJson(val("default"))));
    if (val("readOnly").toBool())
        out.append(tr("read-only"));
    if (!ref.isEmpty())
        out.append(tr("uses %1").arg(ref));
    return out;
}

bool SchemaNode::isUnderTraits() const
{
    for (const SchemaNode *n = this; n; n = n->parent)
        if (n->kind == Kind::Property && n->parent && n->parent->kind == Kind::Root &&
            n->name == QLatin1String("traits"))
            return true;
    return false;
}

QString SchemaNode::traitPath() const
{
    if (!isUnderTraits() || dataPath == QLatin1String("traits"))
        return QString();
    return dataPath.mid(int(qstrlen("traits.")));
}

QStringList SchemaNode::unknownKeywords() const
{
    static const QStringList known{
        QStringLiteral("$id"),
        QStringLiteral("$schema"),
        QStringLiteral("$ref"),
        QStringLiteral("$comment"),
        QStringLiteral("$defs"),
        QStringLiteral("definitions"),
        QStringLiteral("title"),
        QStringLiteral("description"),
        QStringLiteral("default"),
        QStringLiteral("examples"),
        QStringLiteral("readOnly"),
        QStringLiteral("writeOnly"),
        QStringLiteral("type"),
        QStringLiteral("enum"),
        QStringLiteral("const"),
        QStringLiteral("format"),
        QStringLiteral("contentMediaType"),
        QStringLiteral("contentEncoding"),
        QStringLiteral("multipleOf"),
        QStringLiteral("minimum"),
        QStringLiteral("maximum"),
        QStringLiteral("exclusiveMinimum"),
        QStringLiteral("exclusiveMaximum"),
        QStringLiteral("minLength"),
        QStringLiteral("maxLength"),
        QStringLiteral("pattern"),
        QStringLiteral("items"),
        QStringLiteral("additionalItems"),
        QStringLiteral("minItems"),
        QStringLiteral("maxItems"),
        QStringLiteral("uniqueItems"),
        QStringLiteral("contains"),
        QStringLiteral("properties"),
        QStringLiteral("patternProperties"),
        QStringLiteral("additionalProperties"),
        QStringLiteral("required"),
        QStringLiteral("minProperties"),
        QStringLiteral("maxProperties"),
        QStringLiteral("propertyNames"),
        QStringLiteral("dependencies"),
        QStringLiteral("allOf"),
        QStringLiteral("anyOf"),
        QStringLiteral("oneOf"),
        QStringLiteral("not"),
        QStringLiteral("if"),
        QStringLiteral("then"),
        QStringLiteral("else"),
        QStringLiteral("ory.sh/kratos"),
    };
    QStringList out;
    const QJsonObject o = raw.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            out.append(it.key());
    return out;
}

QString SchemaNode::branchContext() const
{
    QStringList parts;
    for (const SchemaNode *n = this; n; n = n->parent)
        if (n->kind == Kind::Branch)
            parts.prepend(n->name);
    return parts.join(QStringLiteral(", "));
}

QString SchemaNode::escapePointerToken(const QString &token)
{
    QString out = token;
    out.replace(QLatin1Char('~'), QStringLiteral("~0"));
    out.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return out;
}

QString SchemaNode::compactJson(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
