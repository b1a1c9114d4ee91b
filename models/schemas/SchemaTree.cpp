// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaTree.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchemaTree", text);
}

QString where(const QString &pointer)
{
    return pointer.isEmpty() ? QStringLiteral("#") : QStringLiteral("#") + pointer;
}

} // namespace

std::unique_ptr<SchemaTree> SchemaTree::build(const QJsonObject &document, const JsonKeyOrder::Map &keyOrder)
{
    auto tree = std::unique_ptr<SchemaTree>(new SchemaTree);
    tree->m_document = document;
    tree->m_keyOrder = keyOrder;
    tree->m_root = std::make_unique<SchemaNode>();
    tree->m_root->kind = SchemaNode::Kind::Root;
    tree->m_root->name = document.value(QLatin1String("title")).toString();
    tree->m_root->raw = document;
    tree->m_nodeCount = 1;
    tree->expand(tree->m_root.get(), {QString()}, 0);
    return tree;
}

QJsonValue SchemaTree::resolvePointer(const QJsonObject &document, const QString &pointer, bool *found)
{
    *found = false;
    QJsonValue current = document;
    if (pointer.isEmpty()) {
        *found = true;
        return current;
    }
    if (!pointer.startsWith(QLatin1Char('/')))
        return QJsonValue(QJsonValue::Undefined);
    for (QString token : pointer.mid(1).split(QLatin1Char('/'))) {
        token.replace(QStringLiteral("~1"), QStringLiteral("/"));
        token.replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (current.isObject()) {
            const QJsonObject o = current.toObject();
            if (!o.contains(token))
                return QJsonValue(QJsonValue::Undefined);
            current = o.value(token);
        } else if (current.isArray()) {
            bool ok = false;
            const int i = token.toInt(&ok);
            const QJsonArray a = current.toArray();
            if (!ok || i < 0 || i >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            current = a.at(i);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    *found = true;
    return current;
}

void SchemaTree::fail(SchemaNode *node, const QString &message)
{
    node->problem = message;
    m_errors.append(QStringLiteral("%1: %2").arg(where(node->pointer), message));
}

bool SchemaTree::resolveRef(SchemaNode *node, QStringList *refChain)
{
    QJsonObject current = node->raw.toObject();
    for (int hops = 0; current.contains(QLatin1String("$ref")); ++hops) {
        const QString ref = current.value(QLatin1String("$ref")).toString();
        if (node->ref.isEmpty())
            node->ref = ref;
        if (!ref.startsWith(QLatin1Char('#'))) {
            node->problem = tr("External reference %1 is not loaded; its content is not shown.").arg(ref);
            m_notes.append(QStringLiteral("%1: %2").arg(where(node->pointer), node->problem));
            node->effective = current;
            node->effective.remove(QLatin1String("$ref"));
            return false;
        }
        const QString target = QUrl::fromPercentEncoding(ref.mid(1).toUtf8());
        if (refChain->contains(target)) {
            QStringList cycle = refChain->mid(refChain->indexOf(target));
            cycle.append(target);
            for (QString &step : cycle)
                step = where(step);
            fail(node, tr("$ref %1 is recursive (%2); Kratos cannot use a recursive identity schema, so it is "
                          "not expanded.")
                           .arg(ref, cycle.join(QStringLiteral(" → "))));
            return false;
        }
        bool found = false;
        const QJsonValue value = resolvePointer(m_document, target, &found);
        if (!found) {
            fail(node, tr("$ref %1 points to nothing in this schema.").arg(ref));
            return false;
        }
        if (!value.isObject() && !value.isBool()) {
            fail(node, tr("$ref %1 points to a %2, not to a schema.")
                           .arg(ref, value.isArray() ? tr("list") : tr("plain value")));
            return false;
        }
        refChain->append(target);
        node->refTarget = target;
        // Draft 7 ignores the keywords beside a $ref; they are shown in the inspector as written.
        current = value.toObject();
        if (value.isBool())
            current = QJsonObject{};
        if (hops > MaxDepth) {
            fail(node, tr("$ref %1 is a chain of more than %2 references.").arg(ref).arg(MaxDepth));
            return false;
        }
    }
    node->effective = current;
    return true;
}

void SchemaTree::expand(SchemaNode *node, QStringList refChain, int depth)
{
    if (depth > MaxDepth) {
        fail(node, tr("The schema is nested deeper than %1 levels; the rest is not shown.").arg(MaxDepth));
        return;
    }
    if (node->raw.isBool())
        return;
    if (!node->raw.isObject()) {
        fail(node, tr("This is not a schema: a schema is an object or true/false."));
        return;
    }
    if (!resolveRef(node, &refChain))
        return;
    node->extension = KratosExtension::fromJson(node->effective.value(QLatin1String("ory.sh/kratos")));
    const QString base = node->refTarget.isEmpty() ? node->pointer : node->refTarget;
    addChildren(node, base, refChain, depth);
}

SchemaNode *SchemaTree::addNode(SchemaNode *parent, SchemaNode::Kind kind, const QString &name, const QString &pointer,
                                const QJsonValue &value, const QStringList &chain, int depth)
{
    if (m_nodeCount >= MaxNodes) {
        if (!m_tooLarge)
            fail(parent, tr("The schema expands to more than %1 nodes; the rest is not shown.").arg(MaxNodes));
        m_tooLarge = true;
        return nullptr;
    }
    ++m_nodeCount;
    SchemaNode *child = parent->addChild(kind, name, pointer, value);
    expand(child, chain, depth + 1);
    return child;
}

void SchemaTree::addChildren(SchemaNode *node, const QString &base, const QStringList &refChain, int depth)
{
    if (!addObjectChildren(node, base, refChain, depth))
        return;
    addArrayChildren(node, base, refChain, depth);
    addBranches(node, base, refChain, depth);
    addDefinitions(node, base, depth);
}

bool SchemaTree::addObjectChildren(SchemaNode *node, const QString &base, const QStringList &refChain, int depth)
{
    using Kind = SchemaNode::Kind;
    const QJsonObject &s = node->effective;
    QStringList required;
    for (const QJsonValue &r : s.value(QLatin1String("required")).toArray())
        required.append(r.toString());
    const QJsonObject properties = s.value(QLatin1String("properties")).toObject();
    const QString propertiesPointer = base + QStringLiteral("/properties");
    for (const QString &key : JsonKeyOrder::ordered(properties, m_keyOrder.value(propertiesPointer))) {
        if (m_tooLarge)
            return false;
        SchemaNode *child = addNode(node, Kind::Property, key,
                                    propertiesPointer + QLatin1Char('/') + SchemaNode::escapePointerToken(key),
                                    properties.value(key), refChain, depth);
        if (child)
            child->required = required.contains(key);
    }
    const QJsonObject patterns = s.value(QLatin1String("patternProperties")).toObject();
    for (auto it = patterns.begin(); it != patterns.end(); ++it)
        addNode(node, Kind::PatternProperty, it.key(),
                base + QStringLiteral("/patternProperties/") + SchemaNode::escapePointerToken(it.key()), it.value(),
                refChain, depth);
    if (s.value(QLatin1String("additionalProperties")).isObject())
        addNode(node, Kind::AdditionalProperties, QStringLiteral("additionalProperties"),
                base + QStringLiteral("/additionalProperties"), s.value(QLatin1String("additionalProperties")),
                refChain, depth);
    if (s.value(QLatin1String("propertyNames")).isObject())
        addNode(node, Kind::Branch, QStringLiteral("propertyNames"), base + QStringLiteral("/propertyNames"),
                s.value(QLatin1String("propertyNames")), refChain, depth);
    return true;
}

void SchemaTree::addArrayChildren(SchemaNode *node, const QString &base, const QStringList &refChain, int depth)
{
    using Kind = SchemaNode::Kind;
    const QJsonObject &s = node->effective;
    const QJsonValue items = s.value(QLatin1String("items"));
    if (items.isObject() || items.isBool()) {
        addNode(node, Kind::Items, QStringLiteral("items"), base + QStringLiteral("/items"), items, refChain, depth);
    } else if (items.isArray()) {
        const QJsonArray tuple = items.toArray();
        for (int i = 0; i < tuple.size(); ++i)
            addNode(node, Kind::TupleItem, QStringLiteral("items %1").arg(i), base + QStringLiteral("/items/%1").arg(i),
                    tuple.at(i), refChain, depth);
    }
    if (s.value(QLatin1String("additionalItems")).isObject())
        addNode(node, Kind::AdditionalItems, QStringLiteral("additionalItems"),
                base + QStringLiteral("/additionalItems"), s.value(QLatin1String("additionalItems")), refChain, depth);
    if (s.contains(QLatin1String("contains")))
        addNode(node, Kind::Contains, QStringLiteral("contains"), base + QStringLiteral("/contains"),
                s.value(QLatin1String("contains")), refChain, depth);
}

void SchemaTree::addBranches(SchemaNode *node, const QString &base, const QStringList &refChain, int depth)
{
    using Kind = SchemaNode::Kind;
    const QJsonObject &s = node->effective;
    for (const char *keyword : {"allOf", "anyOf", "oneOf"}) {
        const QJsonArray branches = s.value(QLatin1String(keyword)).toArray();
        for (int i = 0; i < branches.size(); ++i)
            addNode(node, Kind::Branch, QStringLiteral("%1 %2").arg(QLatin1String(keyword)).arg(i + 1),
                    base + QStringLiteral("/%1/%2").arg(QLatin1String(keyword)).arg(i), branches.at(i), refChain,
                    depth);
    }
    for (const char *keyword : {"not", "if", "then", "else"})
        if (s.contains(QLatin1String(keyword)))
            addNode(node, Kind::Branch, QLatin1String(keyword), base + QLatin1Char('/') + QLatin1String(keyword),
                    s.value(QLatin1String(keyword)), refChain, depth);
    const QJsonObject dependencies = s.value(QLatin1String("dependencies")).toObject();
    for (auto it = dependencies.begin(); it != dependencies.end(); ++it)
        if (it.value().isObject())
            addNode(node, Kind::Branch, QStringLiteral("if %1 is present").arg(it.key()),
                    base + QStringLiteral("/dependencies/") + SchemaNode::escapePointerToken(it.key()), it.value(),
                    refChain, depth);
}

void SchemaTree::addDefinitions(SchemaNode *node, const QString &base, int depth)
{
    using Kind = SchemaNode::Kind;
    const QJsonObject &s = node->effective;
    for (const char *keyword : {"definitions", "$defs"}) {
        const QJsonObject definitions = s.value(QLatin1String(keyword)).toObject();
        if (definitions.isEmpty() || m_tooLarge)
            continue;
        ++m_nodeCount;
        SchemaNode *group = node->addChild(Kind::Definitions, QLatin1String(keyword),
                                           base + QLatin1Char('/') + QLatin1String(keyword), QJsonValue());
        for (auto it = definitions.begin(); it != definitions.end(); ++it) {
            if (m_nodeCount >= MaxNodes)
                break;
            ++m_nodeCount;
            const QString pointer = group->pointer + QLatin1Char('/') + SchemaNode::escapePointerToken(it.key());
            SchemaNode *definition = group->addChild(Kind::Definition, it.key(), pointer, it.value());
            // A definition is its own starting point: a $ref back to it from inside is recursion.
            expand(definition, {QString(), pointer}, depth + 2);
        }
    }
}

QList<const SchemaNode *> SchemaTree::nodes() const
{
    QList<const SchemaNode *> out;
    QList<const SchemaNode *> stack{m_root.get()};
    while (!stack.isEmpty()) {
        const SchemaNode *n = stack.takeLast();
        out.append(n);
        for (auto it = n->children.rbegin(); it != n->children.rend(); ++it)
            stack.append(it->get());
    }
    return out;
}

const SchemaNode *SchemaTree::findByPointer(const QString &pointer) const
{
    for (const SchemaNode *n : nodes())
        if (n->pointer == pointer)
            return n;
    return nullptr;
}
