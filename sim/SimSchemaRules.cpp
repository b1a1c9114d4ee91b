// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimSchemaRules.h"

#include "SimRefGuard.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <stdexcept>

namespace {

const QString kExtension = QStringLiteral("ory.sh/kratos");

void appendValues(const QJsonValue &node, const QStringList &path, int depth, QStringList *out)
{
    if (depth == path.size()) {
        if (node.isString())
            out->append(node.toString());
        return;
    }
    if (path.at(depth) == QLatin1String("*")) {
        for (const QJsonValue &item : node.toArray())
            appendValues(item, path, depth + 1, out);
        return;
    }
    appendValues(node.toObject().value(path.at(depth)), path, depth + 1, out);
}

QString pointerOf(const std::vector<std::string> &context)
{
    // valijson context looks like ["<root>", "[traits]", "[email]"]; Kratos reports "#/traits/email".
    QString out = QStringLiteral("#");
    for (size_t i = 1; i < context.size(); ++i) {
        QString part = QString::fromStdString(context[i]);
        if (part.startsWith(QLatin1Char('[')) && part.endsWith(QLatin1Char(']')))
            part = part.mid(1, part.size() - 2);
        if (part.startsWith(QLatin1Char('"')) && part.endsWith(QLatin1Char('"')))
            part = part.mid(1, part.size() - 2);
        out += QLatin1Char('/') + part;
    }
    return out;
}

} // namespace

SimSchemaRules::SimSchemaRules()
    : m_validator(std::make_unique<valijson::Validator>())
{}

SimSchemaRules::~SimSchemaRules() = default;

std::shared_ptr<SimSchemaRules> SimSchemaRules::compile(const QJsonObject &schema, QString *error)
{
    auto rules = std::make_shared<SimSchemaRules>();
    rules->m_document = schema;
    rules->m_schema = std::make_shared<valijson::Schema>();
    const QString refProblem = SimRefGuard::problem(schema);
    if (!refProblem.isEmpty()) {
        *error = QStringLiteral("the identity schema cannot be compiled: %1").arg(refProblem);
        return nullptr;
    }
    try {
        valijson::SchemaParser parser;
        valijson::adapters::QtJsonAdapter adapter(schema);
        parser.populateSchema(adapter, *rules->m_schema);
    } catch (const std::exception &e) {
        *error = QStringLiteral("the identity schema cannot be compiled: %1").arg(QString::fromUtf8(e.what()));
        return nullptr;
    }
    const QJsonObject traits = rules->resolveRef(
        schema.value(QStringLiteral("properties")).toObject().value(QStringLiteral("traits")).toObject());
    rules->collectRules(traits, {}, 0);
    return rules;
}

QJsonObject SimSchemaRules::resolveRef(const QJsonObject &node) const
{
    QJsonObject current = node;
    for (int guard = 0; guard < 16 && current.contains(QStringLiteral("$ref")); ++guard) {
        const QString ref = current.value(QStringLiteral("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/")))
            return current;
        QJsonValue target = m_document;
        for (const QString &token : ref.mid(2).split(QLatin1Char('/')))
            target = target.toObject().value(token);
        current = target.toObject();
    }
    return current;
}

void SimSchemaRules::collectRules(const QJsonObject &rawNode, const QStringList &path, int depth)
{
    if (depth > 32)
        return; // a cyclic $ref; Kratos would refuse such a schema at load time
    const QJsonObject node = resolveRef(rawNode);
    if (node.contains(kExtension)) {
        const QJsonObject extension = node.value(kExtension).toObject();
        Rule rule{path, node.value(QStringLiteral("format")).toString(), {}, {}, {}};
        rule.verificationVia =
            extension.value(QStringLiteral("verification")).toObject().value(QStringLiteral("via")).toString();
        rule.recoveryVia =
            extension.value(QStringLiteral("recovery")).toObject().value(QStringLiteral("via")).toString();
        const QJsonObject credentials = extension.value(QStringLiteral("credentials")).toObject();
        for (auto it = credentials.begin(); it != credentials.end(); ++it) {
            if (it.value().toObject().value(QStringLiteral("identifier")).toBool())
                rule.identifierFor.append(it.key());
        }
        m_rules.append(rule);
    }
    const QJsonObject props = node.value(QStringLiteral("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        collectRules(it.value().toObject(), path + QStringList{it.key()}, depth + 1);
    if (node.value(QStringLiteral("items")).isObject())
        collectRules(node.value(QStringLiteral("items")).toObject(), path + QStringList{QStringLiteral("*")},
                     depth + 1);
}

QStringList SimSchemaRules::valuesAt(const QJsonObject &traits, const QStringList &path) const
{
    QStringList out;
    appendValues(traits, path, 0, &out);
    return out;
}

QString SimSchemaRules::validateTraits(const QJsonObject &traits) const
{
    const QJsonObject doc{{QStringLiteral("traits"), traits}};
    valijson::ValidationResults results;
    QStringList problems;
    bool valid = false;
    try {
        valid = m_validator->validate(*m_schema, valijson::adapters::QtJsonAdapter(doc), &results);
    } catch (const std::exception &e) {
        // valijson throws where a keyword meets a value it cannot read (a format on an array):
        // Kratos answers such traits with a validation error, and so does the simulator.
        return QStringLiteral("#/traits: %1").arg(QString::fromUtf8(e.what()));
    }
    if (!valid) {
        valijson::ValidationResults::Error err;
        while (results.popError(err)) {
            // valijson also reports the enclosing "failed to validate property" errors; keep the leaves.
            const QString text = QString::fromStdString(err.description);
            if (!text.startsWith(QLatin1String("Failed to validate against schema associated with property")))
                problems.append(pointerOf(err.context) + QStringLiteral(": ") + text);
        }
    }
    // valijson checks only date/time formats; Kratos also checks e-mail addresses.
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (const Rule &rule : m_rules) {
        if (rule.format != QLatin1String("email"))
            continue;
        for (const QString &value : valuesAt(traits, rule.path)) {
            if (!email.match(value).hasMatch())
                problems.append(QStringLiteral("#/traits/%1: \"%2\" is not valid \"email\"")
                                    .arg(rule.path.join(QLatin1Char('/')), value));
        }
    }
    if (!valid && problems.isEmpty())
        problems.append(QStringLiteral("#/traits: does not match the identity schema"));
    return problems.join(QStringLiteral("; "));
}

QList<SimSchemaRules::Address> SimSchemaRules::verifiableAddresses(const QJsonObject &traits) const
{
    QList<Address> out;
    for (const Rule &rule : m_rules) {
        const QString &via = rule.verificationVia;
        if (via.isEmpty())
            continue;
        for (const QString &value : valuesAt(traits, rule.path))
            out.append({via == QLatin1String("email") ? value.trimmed().toLower() : value.trimmed(), via});
    }
    return out;
}

QList<SimSchemaRules::Address> SimSchemaRules::recoveryAddresses(const QJsonObject &traits) const
{
    QList<Address> out;
    for (const Rule &rule : m_rules) {
        const QString &via = rule.recoveryVia;
        if (via.isEmpty())
            continue;
        for (const QString &value : valuesAt(traits, rule.path))
            out.append({via == QLatin1String("email") ? value.trimmed().toLower() : value.trimmed(), via});
    }
    return out;
}

QStringList SimSchemaRules::identifiers(const QJsonObject &traits, const QString &credentialType) const
{
    QStringList out;
    for (const Rule &rule : m_rules) {
        if (!rule.identifierFor.contains(credentialType))
            continue;
        for (const QString &value : valuesAt(traits, rule.path)) {
            const QString id = value.trimmed().toLower();
            if (!id.isEmpty() && !out.contains(id))
                out.append(id);
        }
    }
    return out;
}
