// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonKeyOrder.h"
#include "SchemaNode.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

// An identity schema document turned into a tree of SchemaNode: properties, items, branches and
// definitions, with local `$ref`s (`#/definitions/…`, `#/$defs/…`, any JSON Pointer) expanded
// where they are used. A `$ref` that points nowhere, a reference cycle or a recursive schema stops
// that branch with a problem on the node and an entry in `errors()`: Kratos cannot use such a
// schema, and the tree never loops. External references are noted, not fetched.
class SchemaTree
{
public:
    static constexpr int MaxDepth = 64;
    static constexpr int MaxNodes = 50000;

    // `keyOrder` (from JsonKeyOrder::scan) keeps properties in the order the schema writes them;
    // without it they come sorted.
    static std::unique_ptr<SchemaTree> build(const QJsonObject &document, const JsonKeyOrder::Map &keyOrder = {});

    const SchemaNode *root() const { return m_root.get(); }
    const QJsonObject &document() const { return m_document; }
    // Problems that make the schema unusable for Kratos ("$ref … points nowhere", cycles).
    const QStringList &errors() const { return m_errors; }
    // Things worth knowing that are not errors (external references that were not loaded).
    const QStringList &notes() const { return m_notes; }
    int nodeCount() const { return m_nodeCount; }

    // Every node, depth first, root first.
    QList<const SchemaNode *> nodes() const;
    const SchemaNode *findByPointer(const QString &pointer) const;

    // The value at a JSON Pointer ("" is the whole document), or undefined.
    static QJsonValue resolvePointer(const QJsonObject &document, const QString &pointer, bool *found);

private:
    void expand(SchemaNode *node, QStringList refChain, int depth);
    bool resolveRef(SchemaNode *node, QStringList *refChain);
    void addChildren(SchemaNode *node, const QString &base, const QStringList &refChain, int depth);
    // addChildren's parts in the order children are shown; the first is false when the tree grew too large.
    bool addObjectChildren(SchemaNode *node, const QString &base, const QStringList &refChain, int depth);
    void addArrayChildren(SchemaNode *node, const QString &base, const QStringList &refChain, int depth);
    void addBranches(SchemaNode *node, const QString &base, const QStringList &refChain, int depth);
    void addDefinitions(SchemaNode *node, const QString &base, int depth);
    // One child, expanded, unless the tree has MaxNodes already (then it says so, once).
    SchemaNode *addNode(SchemaNode *parent, SchemaNode::Kind kind, const QString &name, const QString &pointer,
                        const QJsonValue &value, const QStringList &chain, int depth);
    void fail(SchemaNode *node, const QString &message);

    QJsonObject m_document;
    JsonKeyOrder::Map m_keyOrder;
    std::unique_ptr<SchemaNode> m_root;
    QStringList m_errors;
    QStringList m_notes;
    int m_nodeCount = 0;
    bool m_tooLarge = false;
};
