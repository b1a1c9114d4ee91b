// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaValidator.h"

#include "JsonPointer.h"
#include "RegexPattern.h"
#include "SchemaRefCheck.h"
#include "ValidationWording.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QMutex>
#include <QMutexLocker>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/constraint_builder.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <map>
#include <set>
#include <stdexcept>

// valijson 1.0 checks `pattern`, `patternProperties` and `format` with std::regex (ECMAScript):
// patterns Kratos accepts (Go's RE2 syntax, `(?i)`, `\p{L}`) throw or mean something else, and
// backtracking can take seconds or overflow the stack. So those three keywords are renamed before
// valijson sees the schema and checked here, with RE2, as custom constraints.

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SchemaValidator", text);
}

const QString kPattern = QStringLiteral("kd-pattern");
const QString kFormat = QStringLiteral("kd-format");
const QString kPatternProperties = QStringLiteral("kd-patternProperties");
const QString kPatternList = QStringLiteral("kd-pp-patterns");
const QString kPatternSchemas = QStringLiteral("kd-pp-schemas");
const QString kAdditional = QStringLiteral("kd-additional");

QString pointerOf(const std::vector<std::string> &context)
{
    QString out = QStringLiteral("#");
    for (size_t i = 1; i < context.size(); ++i) {
        QString part = QString::fromStdString(context[i]);
        if (part.startsWith(QLatin1Char('[')) && part.endsWith(QLatin1Char(']')))
            part = part.mid(1, part.size() - 2);
        if (part.startsWith(QLatin1Char('"')) && part.endsWith(QLatin1Char('"')))
            part = part.mid(1, part.size() - 2);
        out += QLatin1Char('/') + JsonPointer::escape(part);
    }
    return out;
}

// --- rewriting --------------------------------------------------------------------------------

class Rewriter
{
public:
    QStringList errors;

    QJsonValue rewrite(const QJsonValue &node, const QString &pointer)
    {
        if (!node.isObject())
            return node;
        QJsonObject o = node.toObject();
        if (o.contains(QLatin1String("$ref")))
            return o; // draft 7 ignores every keyword beside $ref; its target is rewritten where it stands
        const auto at = [&](const QString &keyword) -> QString {
            return pointer + QLatin1Char('/') + JsonPointer::escape(keyword);
        };

        if (o.contains(QLatin1String("pattern"))) {
            const QJsonValue pattern = o.take(QLatin1String("pattern"));
            checkPattern(pattern, at(QStringLiteral("pattern")));
            o.insert(kPattern, pattern.toString());
        }
        if (o.value(QLatin1String("format")).isString())
            o.insert(kFormat, o.take(QLatin1String("format")));

        for (const char *keyword : {"properties", "definitions", "$defs", "dependencies"}) {
            const QString key = QLatin1String(keyword);
            if (!o.value(key).isObject())
                continue;
            QJsonObject map = o.value(key).toObject();
            for (auto it = map.begin(); it != map.end(); ++it) {
                if (!it.value().isArray()) // dependencies may list property names instead of a schema
                    it.value() = rewrite(it.value(), at(key) + QLatin1Char('/') + JsonPointer::escape(it.key()));
            }
            o.insert(key, map);
        }
        for (const char *keyword : {"allOf", "anyOf", "oneOf", "items"}) {
            const QString key = QLatin1String(keyword);
            if (!o.value(key).isArray())
                continue;
            QJsonArray list = o.value(key).toArray();
            for (qsizetype i = 0; i < list.size(); ++i)
                list[i] = rewrite(list.at(i), at(key) + QLatin1Char('/') + QString::number(i));
            o.insert(key, list);
        }
        for (const char *keyword :
             {"items", "additionalItems", "contains", "propertyNames", "not", "if", "then", "else"}) {
            const QString key = QLatin1String(keyword);
            if (o.contains(key) && !o.value(key).isArray())
                o.insert(key, rewrite(o.value(key), at(key)));
        }

        if (o.value(QLatin1String("patternProperties")).isObject()) {
            const QJsonObject map = o.take(QLatin1String("patternProperties")).toObject();
            QJsonArray patterns;
            QJsonArray schemas;
            for (auto it = map.begin(); it != map.end(); ++it) {
                checkPattern(it.key(), at(QStringLiteral("patternProperties")) + QLatin1Char('/') +
                                           JsonPointer::escape(it.key()));
                patterns.append(it.key());
                schemas.append(
                    rewrite(it.value(), at(kPatternSchemas) + QLatin1Char('/') + QString::number(schemas.size())));
            }
            o.insert(kPatternList, patterns);
            o.insert(kPatternSchemas, schemas);
            if (o.contains(QLatin1String("additionalProperties")))
                o.insert(kAdditional, rewrite(o.take(QLatin1String("additionalProperties")), at(kAdditional)));
            o.insert(kPatternProperties, pointer);
        } else if (o.contains(QLatin1String("additionalProperties"))) {
            o.insert(QStringLiteral("additionalProperties"), rewrite(o.value(QLatin1String("additionalProperties")),
                                                                     at(QStringLiteral("additionalProperties"))));
        }
        return o;
    }

private:
    void checkPattern(const QJsonValue &pattern, const QString &pointer)
    {
        if (!pattern.isString()) {
            errors.append(
                QCoreApplication::translate("SchemaValidator", "the pattern at \"#%1\" is not a string").arg(pointer));
            return;
        }
        const RegexPattern re(pattern.toString());
        if (!re.isValid())
            errors.append(QCoreApplication::translate("SchemaValidator", "%1 (at \"#%2\")").arg(re.error(), pointer));
    }
};

// --- formats ----------------------------------------------------------------------------------

bool validDate(const std::string &text, size_t at)
{
    const auto number = [&](size_t pos, size_t len) { return std::stoi(text.substr(at + pos, len)); };
    return QDate::isValid(number(0, 4), number(5, 2), number(8, 2));
}

// Kratos checks e-mail addresses and absolute URIs besides dates and times; other formats pass.
// The text is the detail under a problem; ValidationWording says it for people.
QString formatProblem(const std::string &format, const std::string &value)
{
    static const RegexPattern email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const RegexPattern uri(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s\\\\]*$"));
    static const RegexPattern date(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    static const RegexPattern time(QStringLiteral(
        "^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"));
    bool ok = true;
    if (format == "email")
        ok = email.matches(value);
    else if (format == "uri")
        ok = uri.matches(value);
    else if (format == "date")
        ok = date.matches(value) && validDate(value, 0);
    else if (format == "time")
        ok = time.matches(value);
    else if (format == "date-time")
        ok = value.find_first_of("Tt") == 10 && date.matches(std::string_view(value).substr(0, 10)) &&
             validDate(value, 0) && time.matches(std::string_view(value).substr(11));
    if (ok)
        return QString();
    const QString shown = QString::fromStdString(value.size() > 200 ? value.substr(0, 200) + "…" : value);
    return QStringLiteral("\"%1\" does not match format \"%2\"").arg(shown, QString::fromStdString(format));
}

// --- custom constraints -----------------------------------------------------------------------

using valijson::adapters::Adapter;
using valijson::constraints::Constraint;
using valijson::constraints::PolyConstraint;

class PatternConstraint : public PolyConstraint
{
public:
    explicit PatternConstraint(const RegexPattern &re)
        : m_re(re)
    {}
    bool validate(const Adapter &target, const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        if (!target.isString() || m_re.matches(target.asString()))
            return true;
        if (results)
            results->pushError(context, "does not match pattern \"" + m_re.pattern().toStdString() + '"');
        return false;
    }

private:
    Constraint *cloneInto(void *where) const override { return new (where) PatternConstraint(*this); }
    size_t sizeOf() const override { return sizeof(PatternConstraint); }
    RegexPattern m_re;
};

class FormatConstraint : public PolyConstraint
{
public:
    explicit FormatConstraint(std::string format)
        : m_format(std::move(format))
    {}
    bool validate(const Adapter &target, const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        if (!target.isString()) // a format says nothing about other types
            return true;
        const QString problem = formatProblem(m_format, target.asString());
        if (problem.isEmpty())
            return true;
        if (results)
            results->pushError(context, problem.toStdString());
        return false;
    }

private:
    Constraint *cloneInto(void *where) const override { return new (where) FormatConstraint(*this); }
    size_t sizeOf() const override { return sizeof(FormatConstraint); }
    std::string m_format;
};

// The rewritten document, and the subschemas of `patternProperties`/`additionalProperties`
// compiled on first use (each as the whole document with a root `$ref` to it, so that its own
// `$ref`s resolve).
class Compiled;
void addKeywords(valijson::SchemaParser *parser, const Compiled *compiled);

class Compiled
{
public:
    explicit Compiled(QJsonObject root)
        : m_root(std::move(root))
    {}
    const QJsonObject &root() const { return m_root; }
    valijson::Schema schema;

    std::shared_ptr<const valijson::Schema> subschema(const QString &pointer) const
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_cache.find(pointer);
        if (it != m_cache.end())
            return it->second;
        QJsonObject doc = m_root;
        doc.insert(QStringLiteral("$ref"), QString(QLatin1Char('#') + pointer));
        auto compiled = std::make_shared<valijson::Schema>();
        valijson::SchemaParser parser;
        addKeywords(&parser, this);
        parser.populateSchema(valijson::adapters::QtJsonAdapter(doc), *compiled);
        m_cache.emplace(pointer, compiled);
        return compiled;
    }

private:
    QJsonObject m_root;
    mutable QMutex m_mutex;
    mutable std::map<QString, std::shared_ptr<const valijson::Schema>> m_cache;
};

class PatternPropertiesConstraint : public PolyConstraint
{
public:
    PatternPropertiesConstraint(const Compiled *compiled, const QString &pointer)
        : m_compiled(compiled)
        , m_pointer(pointer)
    {
        const QJsonObject node = JsonPointer::resolve(compiled->root(), pointer).toObject();
        for (const QJsonValue &p : node.value(kPatternList).toArray())
            m_patterns.append(RegexPattern(p.toString()));
        const QJsonObject props = node.value(QLatin1String("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            m_properties.insert(it.key().toStdString());
        const QJsonValue additional = node.value(kAdditional);
        m_additionalAllowed = additional.isUndefined() || additional == QJsonValue(true);
        m_additionalSchema = additional.isObject();
    }

    bool validate(const Adapter &target, const std::vector<std::string> &context,
                  valijson::ValidationResults *results) const override
    {
        if (!target.isObject())
            return true;
        bool valid = true;
        target.applyToObject([&](const std::string &name, const Adapter &value) {
            std::vector<std::string> inner = context;
            inner.push_back('[' + name + ']');
            bool matched = m_properties.count(name) > 0;
            for (qsizetype i = 0; i < m_patterns.size(); ++i) {
                if (!m_patterns.at(i).matches(name))
                    continue;
                matched = true;
                valid &= check(m_pointer + QLatin1Char('/') + kPatternSchemas + QLatin1Char('/') + QString::number(i),
                               value, inner, results);
            }
            if (!matched && m_additionalSchema) {
                valid &= check(m_pointer + QLatin1Char('/') + kAdditional, value, inner, results);
            } else if (!matched && !m_additionalAllowed) {
                valid = false;
                if (results)
                    results->pushError(context, "Object contains a property that could not be validated using "
                                                "'properties' or 'additionalProperties' constraints: '" +
                                                    name + "'.");
            }
            return true;
        });
        return valid;
    }

private:
    bool check(const QString &pointer, const Adapter &value, const std::vector<std::string> &context,
               valijson::ValidationResults *results) const
    {
        const auto *json = dynamic_cast<const valijson::adapters::QtJsonAdapter *>(&value);
        if (!json)
            throw std::runtime_error("patternProperties: unexpected value adapter");
        const std::shared_ptr<const valijson::Schema> schema = m_compiled->subschema(pointer);
        valijson::Validator validator;
        valijson::ValidationResults inner;
        const bool valid = validator.validate(*schema, *json, results ? &inner : nullptr);
        valijson::ValidationResults::Error e;
        while (results && inner.popError(e)) {
            std::vector<std::string> full = context;
            full.insert(full.end(), e.context.begin() + (e.context.empty() ? 0 : 1), e.context.end());
            results->pushError(full, e.description);
        }
        return valid;
    }

    Constraint *cloneInto(void *where) const override { return new (where) PatternPropertiesConstraint(*this); }
    size_t sizeOf() const override { return sizeof(PatternPropertiesConstraint); }

    const Compiled *m_compiled;
    QString m_pointer;
    QList<RegexPattern> m_patterns;
    std::set<std::string> m_properties;
    bool m_additionalAllowed = true;
    bool m_additionalSchema = false;
};

class PatternBuilder : public valijson::ConstraintBuilder
{
public:
    Constraint *make(const Adapter &value) const override
    {
        const RegexPattern re(QString::fromStdString(value.asString()));
        if (!re.isValid())
            throw std::invalid_argument(re.error().toStdString());
        return new PatternConstraint(re);
    }
};

class FormatBuilder : public valijson::ConstraintBuilder
{
public:
    Constraint *make(const Adapter &value) const override { return new FormatConstraint(value.asString()); }
};

class PatternPropertiesBuilder : public valijson::ConstraintBuilder
{
public:
    explicit PatternPropertiesBuilder(const Compiled *compiled)
        : m_compiled(compiled)
    {}
    Constraint *make(const Adapter &value) const override
    {
        return new PatternPropertiesConstraint(m_compiled, QString::fromStdString(value.asString()));
    }

private:
    const Compiled *m_compiled;
};

void addKeywords(valijson::SchemaParser *parser, const Compiled *compiled)
{
    parser->addConstraintBuilder(kPattern.toStdString(), new PatternBuilder);
    parser->addConstraintBuilder(kFormat.toStdString(), new FormatBuilder);
    parser->addConstraintBuilder(kPatternProperties.toStdString(), new PatternPropertiesBuilder(compiled));
}

} // namespace

struct SchemaValidator::State
{
    // The constraints inside `compiled->schema` point back to `compiled`; it never moves.
    std::unique_ptr<Compiled> compiled;
    ValidationWording wording; // over the schema as given, titles and all
};

SchemaValidator::SchemaValidator() = default;
SchemaValidator::~SchemaValidator() = default;
SchemaValidator::SchemaValidator(const SchemaValidator &) = default;
SchemaValidator &SchemaValidator::operator=(const SchemaValidator &) = default;

bool SchemaValidator::setSchema(const QJsonValue &schema, QString *error)
{
    m_state.reset();
    const auto refuse = [&](const QString &why) -> bool {
        *error = tr("The identity schema cannot be used for validation: %1").arg(why);
        return false;
    };
    if (!schema.isObject() && !schema.isBool())
        return refuse(tr("it is neither an object nor true or false"));
    const QString refProblem = SchemaRefCheck::problem(schema);
    if (!refProblem.isEmpty())
        return refuse(refProblem);
    Rewriter rewriter;
    const QJsonValue rewritten = rewriter.rewrite(schema, QString());
    if (!rewriter.errors.isEmpty())
        return refuse(rewriter.errors.join(QStringLiteral("; ")));

    auto state = std::make_shared<State>();
    state->compiled = std::make_unique<Compiled>(rewritten.toObject());
    state->wording = ValidationWording(schema);
    try {
        valijson::SchemaParser parser;
        addKeywords(&parser, state->compiled.get());
        parser.populateSchema(valijson::adapters::QtJsonAdapter(rewritten), state->compiled->schema);
    } catch (const std::exception &e) {
        return refuse(QString::fromUtf8(e.what()));
    }
    m_state = std::move(state);
    return true;
}

QList<SchemaValidator::Problem> SchemaValidator::validate(const QJsonValue &instance) const
{
    QList<Problem> problems;
    if (!m_state)
        return problems;
    const ValidationWording &wording = m_state->wording;
    try {
        valijson::Validator validator;
        valijson::ValidationResults results;
        if (!validator.validate(m_state->compiled->schema, valijson::adapters::QtJsonAdapter(instance), &results)) {
            QList<std::pair<QString, QString>> found; // path, the validator's text
            valijson::ValidationResults::Error e;
            while (results.popError(e))
                found.append({pointerOf(e.context), QString::fromStdString(e.description)});
            // "Failed to validate item #2" says less than the problem inside item 2: only shown alone.
            const auto explained = [&found](const QString &path) {
                for (const auto &[other, text] : found)
                    if (!ValidationWording::isWrapper(text) &&
                        (other == path || other.startsWith(path + QLatin1Char('/'))))
                        return true;
                return false;
            };
            for (const auto &[path, text] : found)
                if (!ValidationWording::isWrapper(text) || !explained(path))
                    problems.append(wording.word(path, text));
            if (problems.isEmpty())
                problems.append(wording.word(QStringLiteral("#"), tr("does not match the schema")));
        }
    } catch (const std::exception &e) {
        // Whatever valijson cannot handle is a message, never the end of the process.
        const QString why = QString::fromUtf8(e.what());
        problems = {{QStringLiteral("#"), QString(), tr("could not be checked against the schema: %1").arg(why), why}};
    }
    return problems;
}

QString SchemaValidator::titleAt(const QString &path) const
{
    return m_state ? m_state->wording.titleAt(path) : QString();
}

QList<SchemaValidator::Problem> SchemaValidator::validateTraits(const QJsonObject &traits) const
{
    QList<Problem> problems = validate(QJsonObject{{QStringLiteral("traits"), traits}});
    for (Problem &p : problems)
        if (p.path == QLatin1String("#"))
            p.path = QStringLiteral("#/traits");
    return problems;
}
