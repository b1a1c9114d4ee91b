// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationWording.h"

#include "JsonPointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {

constexpr int kMaxRefHops = 16; // a chain of local $refs longer than this names no title
constexpr qsizetype kMaxTitle = 60;
constexpr qsizetype kMaxValue = 40;
constexpr int kMaxListed = 6;

// Server text on one line, cut to `max` characters.
QString oneLine(QString text, qsizetype max)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    text = text.simplified();
    return text.size() > max ? text.left(max - 1) + QChar(0x2026) : text;
}

QString shownValue(const QJsonValue &v)
{
    if (v.isString())
        return QStringLiteral("\"%1\"").arg(oneLine(v.toString(), kMaxValue));
    const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return oneLine(QString::fromUtf8(json.mid(1, json.size() - 2)), kMaxValue);
}

// valijson writes limits with std::to_string(double): "3.000000".
QString shownNumber(const QString &text)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    if (!ok)
        return text;
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QLocale().toString(qlonglong(d));
    return QLocale().toString(d, 'g', 12);
}

QStringList tokensOf(const QString &path)
{
    QStringList tokens = path.split(QLatin1Char('/'));
    tokens.removeFirst(); // "#"
    for (QString &t : tokens)
        t = JsonPointer::unescape(t);
    return tokens;
}

} // namespace

QString ValidationWording::formatWords(const QString &format)
{
    if (format == QLatin1String("email"))
        return tr("must look like an e-mail address, such as name@example.com");
    if (format == QLatin1String("uri"))
        return tr("must be a full address, such as https://example.com/");
    if (format == QLatin1String("date"))
        return tr("must be a date, such as 2026-03-20");
    if (format == QLatin1String("time"))
        return tr("must be a time with its offset, such as 16:20:00Z");
    if (format == QLatin1String("date-time"))
        return tr("must be a date and time, such as 2026-03-20T16:20:00Z");
    return tr("is not in the form \"%1\"").arg(oneLine(format, kMaxValue));
}

ValidationWording::ValidationWording(const QJsonValue &schema)
    : m_schema(schema)
{}

bool ValidationWording::isWrapper(const QString &raw)
{
    for (const char *prefix :
         {"Failed to validate item #", "Failed to validate against child schema", "Failed to validate against schema",
          "Failed to validate against additional properties schema", "Failed to validate against dependent schema",
          "Failed to validate against a conditional schema", "Cannot validate item #"})
        if (raw.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

QJsonValue ValidationWording::schemaAt(const QString &path) const
{
    const auto followRefs = [this](QJsonValue node) {
        for (int hop = 0; hop < kMaxRefHops && node.isObject(); ++hop) {
            const QString ref = node.toObject().value(QLatin1String("$ref")).toString();
            if (!ref.startsWith(QLatin1Char('#')))
                return node;
            node = JsonPointer::resolve(m_schema, ref.mid(1));
        }
        return node.toObject().contains(QLatin1String("$ref")) ? QJsonValue() : node;
    };
    QJsonValue node = m_schema;
    for (const QString &token : tokensOf(path)) {
        const QJsonObject o = followRefs(node).toObject();
        const QJsonObject properties = o.value(QLatin1String("properties")).toObject();
        const QJsonValue items = o.value(QLatin1String("items"));
        bool isIndex = false;
        const int index = token.toInt(&isIndex);
        if (properties.contains(token))
            node = properties.value(token);
        else if (isIndex && items.isObject())
            node = items;
        else if (isIndex && items.isArray() && index >= 0 && index < items.toArray().size())
            node = items.toArray().at(index);
        else
            return QJsonValue();
    }
    return followRefs(node);
}

QString ValidationWording::titleAt(const QString &path) const
{
    const QString title = schemaAt(path).toObject().value(QLatin1String("title")).toString();
    if (!title.trimmed().isEmpty())
        return oneLine(title, kMaxTitle);
    const QStringList tokens = tokensOf(path);
    return tokens.isEmpty() ? QString() : oneLine(tokens.last(), kMaxTitle);
}

QString ValidationWording::typeWords(const QJsonValue &node) const
{
    const QJsonValue type = node.toObject().value(QLatin1String("type"));
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    QStringList words;
    for (const QJsonValue &t : types) {
        const QString name = t.toString();
        if (name == QLatin1String("string"))
            words.append(tr("text"));
        else if (name == QLatin1String("number"))
            words.append(tr("a number"));
        else if (name == QLatin1String("integer"))
            words.append(tr("a whole number"));
        else if (name == QLatin1String("boolean"))
            words.append(tr("true or false"));
        else if (name == QLatin1String("array"))
            words.append(tr("a list"));
        else if (name == QLatin1String("object"))
            words.append(tr("a group of fields"));
        else if (name == QLatin1String("null"))
            words.append(tr("empty"));
    }
    return words.join(tr(" or "));
}

QString ValidationWording::valueList(const QJsonValue &node) const
{
    const QJsonArray values = node.toObject().value(QLatin1String("enum")).toArray();
    QStringList shown;
    for (qsizetype i = 0; i < values.size() && i < kMaxListed; ++i)
        shown.append(shownValue(values.at(i)));
    if (values.size() > kMaxListed)
        shown.append(QString(QChar(0x2026)));
    return shown.join(QStringLiteral(", "));
}

ValidationProblem ValidationWording::word(const QString &path, const QString &raw) const
{
    ValidationProblem p{path, QString(), QString(), raw};
    if (!wordKnownPattern(raw, &p))
        p.message = wordByKeyword(path, raw);
    p.field = titleAt(p.path);
    return p;
}

bool ValidationWording::wordKnownPattern(const QString &raw, ValidationProblem *out)
{
    static const QRegularExpression missing(QStringLiteral("^Missing required property '(.*)'\\.?$"));
    static const QRegularExpression unknown(
        QStringLiteral("^Object contains a property that could not be validated .*: '(.*)'\\.?$"));
    static const QRegularExpression pattern(QStringLiteral("^does not match pattern \""));
    static const QRegularExpression format(QStringLiteral("does not match format \"([^\"]*)\"$"));
    static const QRegularExpression builtinFormat(QStringLiteral("^String should be a valid (date-time|date|time)"));
    static const QRegularExpression minLength(QStringLiteral("^String should be no fewer than ([0-9]+) "));
    static const QRegularExpression maxLength(QStringLiteral("^String should be no more than ([0-9]+) "));
    static const QRegularExpression minItems(QStringLiteral("^Array should contain no fewer than ([0-9]+) "));
    static const QRegularExpression maxItems(QStringLiteral("^Array should contain no more than ([0-9]+) "));
    static const QRegularExpression minFields(QStringLiteral("^Object should have no fewer than ([0-9]+) "));
    static const QRegularExpression maxFields(QStringLiteral("^Object should have no more than ([0-9]+) "));
    static const QRegularExpression atLeast(QStringLiteral("^Expected number greater than or equal to (.+)$"));
    static const QRegularExpression above(QStringLiteral("^Expected number greater than (.+)$"));
    static const QRegularExpression atMost(QStringLiteral("^Expected number less than or equal to (.+)$"));
    static const QRegularExpression below(QStringLiteral("^Expected number less than (.+)$"));
    static const QRegularExpression multiple(QStringLiteral("^Value should be a multiple of (.+)$"));
    static const QRegularExpression dependency(QStringLiteral("^Missing dependency '(.*)'\\.?$"));

    ValidationProblem &p = *out;
    QRegularExpressionMatch m;
    const auto is = [&](const QRegularExpression &re) {
        m = re.match(raw);
        return m.hasMatch();
    };
    const auto count = [&]() { return m.captured(1).toInt(); };
    if (is(missing)) {
        p.path += QLatin1Char('/') + JsonPointer::escape(m.captured(1));
        p.message = tr("is required");
    } else if (is(unknown)) {
        p.path += QLatin1Char('/') + JsonPointer::escape(m.captured(1));
        p.message = tr("is not a field of this schema");
    } else if (is(pattern)) {
        p.message = tr("is not in the form this field requires");
    } else if (is(format)) {
        p.message = formatWords(m.captured(1));
    } else if (is(builtinFormat)) {
        p.message = formatWords(m.captured(1));
    } else if (is(minLength)) {
        p.message = tr("must be at least %Ln characters long", nullptr, count());
    } else if (is(maxLength)) {
        p.message = tr("must be at most %Ln characters long", nullptr, count());
    } else if (is(minItems)) {
        p.message = tr("needs at least %Ln entries", nullptr, count());
    } else if (is(maxItems)) {
        p.message = tr("takes at most %Ln entries", nullptr, count());
    } else if (is(minFields)) {
        p.message = tr("needs at least %Ln fields", nullptr, count());
    } else if (is(maxFields)) {
        p.message = tr("takes at most %Ln fields", nullptr, count());
    } else if (is(atLeast)) {
        p.message = tr("must be %1 or more").arg(shownNumber(m.captured(1)));
    } else if (is(above)) {
        p.message = tr("must be more than %1").arg(shownNumber(m.captured(1)));
    } else if (is(atMost)) {
        p.message = tr("must be %1 or less").arg(shownNumber(m.captured(1)));
    } else if (is(below)) {
        p.message = tr("must be less than %1").arg(shownNumber(m.captured(1)));
    } else if (is(multiple)) {
        p.message = tr("must be a multiple of %1").arg(shownNumber(m.captured(1)));
    } else if (is(dependency)) {
        p.message = tr("needs the field \"%1\" as well").arg(oneLine(m.captured(1), kMaxTitle));
    } else {
        return false;
    }
    return true;
}

QString ValidationWording::wordByKeyword(const QString &path, const QString &raw) const
{
    if (raw.startsWith(QLatin1String("Value type not permitted"))) {
        const QString type = typeWords(schemaAt(path));
        return type.isEmpty() ? tr("has the wrong type") : tr("must be %1").arg(type);
    }
    if (raw.startsWith(QLatin1String("Failed to match against any enum values"))) {
        const QString values = valueList(schemaAt(path));
        return values.isEmpty() ? tr("is not one of the allowed values") : tr("must be one of %1").arg(values);
    }
    if (raw.startsWith(QLatin1String("Failed to match expected value set by 'const'"))) {
        const QJsonObject node = schemaAt(path).toObject();
        return node.contains(QLatin1String("const"))
                   ? tr("must be %1").arg(shownValue(node.value(QLatin1String("const"))))
                   : tr("is not the value this field requires");
    }
    if (raw.contains(QLatin1String("violate uniqueness constraint"))) {
        return tr("lists the same entry more than once");
    }
    if (raw.startsWith(QLatin1String("Target should not validate"))) {
        return tr("has a value this field does not allow");
    }
    if (raw.contains(QLatin1String("exactly one child schema"))) {
        return tr("must match exactly one of the forms this field allows");
    }
    if (raw.contains(QLatin1String("anyOf"))) {
        return tr("matches none of the forms this field allows");
    }
    return tr("does not match the schema");
}
