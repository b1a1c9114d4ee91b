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

    // False with `error` when the schema itself cannot be compiled.
    bool setSchema(const QJsonObject &schema, QString *error);
    bool hasSchema() const { return m_schema != nullptr; }
    QList<Problem> validateTraits(const QJsonObject &traits) const;

private:
    std::unique_ptr<valijson::Schema> m_schema;
    QJsonObject m_document;
};
