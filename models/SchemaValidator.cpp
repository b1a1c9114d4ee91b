#include "SchemaValidator.h"

#include <QRegularExpression>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

namespace {

QString pointerOf(const std::vector<std::string> &context)
{
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

void checkEmails(const QJsonObject &schemaNode, const QJsonValue &value, const QString &path,
                 QList<SchemaValidator::Problem> *out)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (schemaNode.value(QLatin1String("format")).toString() == QLatin1String("email") && value.isString() &&
        !email.match(value.toString()).hasMatch())
        out->append({path, QObject::tr("\"%1\" is not a valid e-mail address").arg(value.toString())});
    const QJsonObject props = schemaNode.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        checkEmails(it.value().toObject(), value.toObject().value(it.key()), path + QLatin1Char('/') + it.key(), out);
    if (schemaNode.value(QLatin1String("items")).isObject()) {
        int i = 0;
        for (const QJsonValue &item : value.toArray())
            checkEmails(schemaNode.value(QLatin1String("items")).toObject(), item,
                        path + QLatin1Char('/') + QString::number(i++), out);
    }
}

} // namespace

SchemaValidator::SchemaValidator() = default;
SchemaValidator::~SchemaValidator() = default;

bool SchemaValidator::setSchema(const QJsonObject &schema, QString *error)
{
    auto compiled = std::make_unique<valijson::Schema>();
    try {
        valijson::SchemaParser parser;
        valijson::adapters::QtJsonAdapter adapter(schema);
        parser.populateSchema(adapter, *compiled);
    } catch (const std::exception &e) {
        *error = QObject::tr("The identity schema cannot be used for validation: %1").arg(QString::fromUtf8(e.what()));
        m_schema.reset();
        return false;
    }
    m_schema = std::move(compiled);
    m_document = schema;
    return true;
}

QList<SchemaValidator::Problem> SchemaValidator::validateTraits(const QJsonObject &traits) const
{
    QList<Problem> problems;
    if (!m_schema)
        return problems;
    const QJsonObject doc{{QStringLiteral("traits"), traits}};
    valijson::Validator validator;
    valijson::ValidationResults results;
    if (!validator.validate(*m_schema, valijson::adapters::QtJsonAdapter(doc), &results)) {
        valijson::ValidationResults::Error e;
        while (results.popError(e)) {
            const QString text = QString::fromStdString(e.description);
            if (!text.startsWith(QLatin1String("Failed to validate against schema associated with property")))
                problems.append({pointerOf(e.context), text});
        }
        if (problems.isEmpty())
            problems.append({QStringLiteral("#/traits"), QObject::tr("does not match the identity schema")});
    }
    // valijson checks only date and time formats; Kratos also checks e-mail addresses.
    checkEmails(m_document.value(QLatin1String("properties")).toObject().value(QLatin1String("traits")).toObject(),
                traits, QStringLiteral("#/traits"), &problems);
    return problems;
}
