#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace valijson {
class Schema;
}

// Validates traits against an identity schema locally (valijson over Qt JSON), before anything is
// sent, with the problems as JSON Pointer paths and messages.
class SchemaValidator
{
public:
    struct Problem
    {
        QString path; // "#/traits/email"
        QString message;
    };

    SchemaValidator();
    ~SchemaValidator();

    // False with `error` when the schema itself cannot be compiled. A schema is an object or,
    // as JSON Schema allows, `true` or `false`.
    bool setSchema(const QJsonValue &schema, QString *error);
    bool hasSchema() const { return m_schema != nullptr; }
    // Any JSON value against the whole schema; paths start at "#".
    QList<Problem> validate(const QJsonValue &instance) const;
    // An identity's traits: checked as {"traits": …}, so paths start at "#/traits".
    QList<Problem> validateTraits(const QJsonObject &traits) const;

private:
    std::unique_ptr<valijson::Schema> m_schema;
    QJsonValue m_document;
};
