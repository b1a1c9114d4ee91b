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

// The formats Kratos checks that valijson does not: e-mail addresses and absolute URIs.
QString formatProblem(const QString &format, const QString &value)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s\\\\]*$"));
    if (format == QLatin1String("email") && !email.match(value).hasMatch())
        return QObject::tr("\"%1\" is not a valid e-mail address").arg(value);
    if (format == QLatin1String("uri") && !uri.match(value).hasMatch())
        return QObject::tr("\"%1\" is not an absolute URI (such as https://example.com/)").arg(value);
    return QString();
}

void checkFormats(const QJsonObject &schemaNode, const QJsonValue &value, const QString &path,
                  QList<SchemaValidator::Problem> *out)
{
    if (value.isString()) {
        const QString problem = formatProblem(schemaNode.value(QLatin1String("format")).toString(), value.toString());
        if (!problem.isEmpty())
            out->append({path, problem});
    }
    const QJsonObject props = schemaNode.value(QLatin1String("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        if (value.toObject().contains(it.key()))
            checkFormats(it.value().toObject(), value.toObject().value(it.key()), path + QLatin1Char('/') + it.key(),
                         out);
    if (schemaNode.value(QLatin1String("items")).isObject()) {
        int i = 0;
        for (const QJsonValue &item : value.toArray())
            checkFormats(schemaNode.value(QLatin1String("items")).toObject(), item,
                         path + QLatin1Char('/') + QString::number(i++), out);
    }
}

} // namespace

SchemaValidator::SchemaValidator() = default;
SchemaValidator::~SchemaValidator() = default;

bool SchemaValidator::setSchema(const QJsonValue &schema, QString *error)
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

QList<SchemaValidator::Problem> SchemaValidator::validate(const QJsonValue &instance) const
{
    QList<Problem> problems;
    if (!m_schema)
        return problems;
    valijson::Validator validator;
    valijson::ValidationResults results;
    if (!validator.validate(*m_schema, valijson::adapters::QtJsonAdapter(instance), &results)) {
        valijson::ValidationResults::Error e;
        while (results.popError(e)) {
            const QString text = QString::fromStdString(e.description);
            if (!text.startsWith(QLatin1String("Failed to validate against schema associated with property")))
                problems.append({pointerOf(e.context), text});
        }
        if (problems.isEmpty())
            problems.append({QStringLiteral("#"), QObject::tr("does not match the schema")});
    }
    // valijson checks only date and time formats; Kratos also checks e-mail addresses and URIs.
    checkFormats(m_document.toObject(), instance, QStringLiteral("#"), &problems);
    return problems;
}

QList<SchemaValidator::Problem> SchemaValidator::validateTraits(const QJsonObject &traits) const
{
    QList<Problem> problems = validate(QJsonObject{{QStringLiteral("traits"), traits}});
    for (Problem &p : problems)
        if (p.path == QLatin1String("#"))
            p.path = QStringLiteral("#/traits");
    return problems;
}
