// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace valijson {
class Schema;
class Validator;
} // namespace valijson

// One identity schema as the simulator uses it: a compiled validator for traits and the
// `ory.sh/kratos` extension rules that derive login identifiers and addresses from traits.
// Used on the simulator's one thread (the validator keeps a cache).
class SimSchemaRules
{
public:
    SimSchemaRules();
    ~SimSchemaRules();

    struct Address
    {
        QString value;
        QString via;
    };

    // Compiles `schema`; on failure returns null and says why in `error`.
    static std::shared_ptr<SimSchemaRules> compile(const QJsonObject &schema, QString *error);

    // Validates {"traits": traits} as Kratos does; an empty string means valid.
    QString validateTraits(const QJsonObject &traits) const;

    QList<Address> verifiableAddresses(const QJsonObject &traits) const;
    QList<Address> recoveryAddresses(const QJsonObject &traits) const;
    // Login identifiers of a credential type ("password", "webauthn", "code", ...), lower-cased.
    QStringList identifiers(const QJsonObject &traits, const QString &credentialType) const;

private:
    struct Rule
    {
        QStringList path; // "*" stands for every item of an array
        QString format;
        // Read off the extension once: what the rules ask of every identity.
        QString verificationVia;
        QString recoveryVia;
        QStringList identifierFor; // credential types this value is an identifier of
    };

    void collectRules(const QJsonObject &node, const QStringList &path, int depth);
    QJsonObject resolveRef(const QJsonObject &node) const;
    QStringList valuesAt(const QJsonObject &traits, const QStringList &path) const;

    QJsonObject m_document;
    QList<Rule> m_rules;
    std::shared_ptr<valijson::Schema> m_schema;
    // One for every validation: it keeps the regular expressions valijson compiles for `pattern`
    // and the date and time formats, which a validator made per call compiled again each time.
    std::unique_ptr<valijson::Validator> m_validator;
};
