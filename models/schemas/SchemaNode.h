// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KratosExtension.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

// One node of an identity schema's tree: a property, an array's items, a branch of
// oneOf/anyOf/allOf (or not/if/then/else), a pattern or additional-properties schema, or a
// definition. `pointer` is where the node is written in the document (a JSON Pointer); when the
// node is a `$ref`, `effective` holds the referenced schema and `refTarget` where it lives.
class SchemaNode
{
public:
    enum class Kind
    {
        Root,
        Property,
        Items,
        TupleItem,
        AdditionalItems,
        Contains,
        PatternProperty,
        AdditionalProperties,
        Branch,
        Definitions,
        Definition
    };

    Kind kind = Kind::Root;
    QString name;          // property name, pattern, "items", "oneOf 1", "definitions", …
    QString pointer;       // "/properties/traits/properties/email" ("" is the root)
    QString ref;           // the `$ref` as written, if any
    QString refTarget;     // JSON Pointer of the resolved `$ref`
    QString dataPath;      // where the value sits in an identity: "traits.emails[]"
    QJsonValue raw;        // the node as written (an object, or a boolean schema)
    QJsonObject effective; // with `$ref` resolved
    bool required = false;
    KratosExtension extension;
    QString problem; // broken `$ref`, cycle, not a schema, …

    SchemaNode *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<SchemaNode>> children;

    SchemaNode *addChild(Kind childKind, const QString &childName, const QString &childPointer,
                         const QJsonValue &value);

    // "string", "object", "array of string", "string | null"; empty when the schema says nothing.
    QString typeText() const;
    QStringList types() const;
    // format, enum/const, length and range limits, pattern, items limits, default, $ref, in words.
    QStringList constraints() const;
    QString title() const { return effective.value(QLatin1String("title")).toString(); }
    QString description() const { return effective.value(QLatin1String("description")).toString(); }
    // The path inside `traits` ("emails[]", "name.first"), empty outside traits.
    QString traitPath() const;
    bool isUnderTraits() const;
    // Keywords neither JSON Schema draft 7 nor Kratos define ("warning", "info", …).
    QStringList unknownKeywords() const;
    // "oneOf 1, anyOf 2": the branches this node is inside, outermost first.
    QString branchContext() const;

    static QString escapePointerToken(const QString &token);
    static QString compactJson(const QJsonValue &value);
};
