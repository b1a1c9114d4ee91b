// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ValidationProblem.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

// Validates traits against an identity schema locally (valijson over Qt JSON, with `pattern`,
// `patternProperties` and `format` checked with RE2 as Kratos does), before anything is sent, with
// the problems as JSON Pointer paths, in words for people (ValidationWording) and as the validator
// said them. A schema valijson could not handle safely (a
// `$ref` cycle, another document, a pattern RE2 refuses) is refused with the reason; validation
// never throws and runs in time linear in the value for every pattern. Copies share the compiled
// schema, so a copy can validate on another thread while the original is given a new schema.
class SchemaValidator
{
public:
    using Problem = ValidationProblem;

    SchemaValidator();
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator &);
    SchemaValidator &operator=(const SchemaValidator &);

    // False with `error` when the schema itself cannot be compiled. A schema is an object or,
    // as JSON Schema allows, `true` or `false`.
    bool setSchema(const QJsonValue &schema, QString *error);
    bool hasSchema() const { return m_state != nullptr; }
    // Any JSON value against the whole schema; paths start at "#".
    QList<Problem> validate(const QJsonValue &instance) const;
    // An identity's traits: checked as {"traits": …}, so paths start at "#/traits".
    QList<Problem> validateTraits(const QJsonObject &traits) const;
    // The schema's title at a JSON Pointer with "#" ("#/traits/email"), else its last key.
    QString titleAt(const QString &path) const;

private:
    struct State;
    std::shared_ptr<const State> m_state;
};
