// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaRefCheck.h"

#include "JsonPointer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace {

// More schema locations than any identity schema has; past it the check gives up with a message
// rather than spend unbounded time.
constexpr int kMaxLocations = 200000;

struct Location
{
    QList<QString> inPlace;    // applied to the same value
    QList<QString> descending; // applied to a part of the value, or not applied (definitions)
};

class Walker
{
public:
    explicit Walker(const QJsonValue &root)
        : m_root(root)
    {
        const QString id = root.toObject().value(QLatin1String("$id")).toString();
        m_rootId = id.section(QLatin1Char('#'), 0, 0);
    }

    QString run()
    {
        QList<QString> work{QString()};
        m_locations.insert(QString(), {});
        while (!work.isEmpty()) {
            const QString pointer = work.takeLast();
            bool found = false;
            const QJsonValue value = JsonPointer::resolve(m_root, pointer, &found);
            if (!found)
                return QCoreApplication::translate("SchemaRefCheck",
                                                   "the $ref to \"#%1\" points to nothing in the schema")
                    .arg(pointer);
            Location location;
            if (value.isObject()) {
                const QString problem = collect(pointer, value.toObject(), &location);
                if (!problem.isEmpty())
                    return problem;
            }
            for (const QList<QString> *edges : {&location.inPlace, &location.descending}) {
                for (const QString &next : *edges) {
                    if (m_locations.contains(next))
                        continue;
                    if (m_locations.size() >= kMaxLocations)
                        return QCoreApplication::translate("SchemaRefCheck", "the schema has more than %1 subschemas")
                            .arg(kMaxLocations);
                    m_locations.insert(next, {});
                    work.append(next);
                }
            }
            m_locations[pointer] = location;
        }
        return findCycle();
    }

private:
    QString collect(const QString &pointer, const QJsonObject &node, Location *out) const
    {
        const auto child = [&](const QString &keyword) -> QString {
            return pointer + QLatin1Char('/') + JsonPointer::escape(keyword);
        };
        if (node.contains(QLatin1String("$ref"))) {
            QString target;
            const QString problem = refTarget(node.value(QLatin1String("$ref")), &target);
            if (!problem.isEmpty())
                return QCoreApplication::translate("SchemaRefCheck", "%1 (at \"#%2\")").arg(problem, pointer);
            out->inPlace.append(target);
            return QString(); // draft 7: every other keyword beside $ref is ignored
        }
        for (const char *keyword : {"allOf", "anyOf", "oneOf"}) {
            const QJsonArray list = node.value(QLatin1String(keyword)).toArray();
            for (qsizetype i = 0; i < list.size(); ++i)
                out->inPlace.append(child(QLatin1String(keyword)) + QLatin1Char('/') + QString::number(i));
        }
        for (const char *keyword : {"not", "if", "then", "else"}) {
            if (node.contains(QLatin1String(keyword)))
                out->inPlace.append(child(QLatin1String(keyword)));
        }
        const QJsonObject dependencies = node.value(QLatin1String("dependencies")).toObject();
        for (auto it = dependencies.begin(); it != dependencies.end(); ++it) {
            if (!it.value().isArray())
                out->inPlace.append(child(QStringLiteral("dependencies")) + QLatin1Char('/') +
                                    JsonPointer::escape(it.key()));
        }
        for (const char *keyword : {"properties", "patternProperties", "definitions", "$defs"}) {
            const QJsonObject map = node.value(QLatin1String(keyword)).toObject();
            for (auto it = map.begin(); it != map.end(); ++it)
                out->descending.append(child(QLatin1String(keyword)) + QLatin1Char('/') +
                                       JsonPointer::escape(it.key()));
        }
        for (const char *keyword : {"additionalProperties", "additionalItems", "contains", "propertyNames"}) {
            if (node.contains(QLatin1String(keyword)))
                out->descending.append(child(QLatin1String(keyword)));
        }
        const QJsonValue items = node.value(QLatin1String("items"));
        if (items.isArray()) {
            for (qsizetype i = 0; i < items.toArray().size(); ++i)
                out->descending.append(child(QStringLiteral("items")) + QLatin1Char('/') + QString::number(i));
        } else if (!items.isUndefined()) {
            out->descending.append(child(QStringLiteral("items")));
        }
        return QString();
    }

    QString refTarget(const QJsonValue &refValue, QString *target) const
    {
        if (!refValue.isString())
            return QCoreApplication::translate("SchemaRefCheck", "$ref is not a string");
        QString ref = refValue.toString();
        if (!m_rootId.isEmpty() && ref.startsWith(m_rootId))
            ref = ref.mid(m_rootId.size());
        if (ref.isEmpty() || ref == QLatin1String("#")) {
            target->clear();
            return QString();
        }
        if (ref.startsWith(QLatin1String("#/"))) {
            *target = QUrl::fromPercentEncoding(ref.mid(1).toUtf8());
            return QString();
        }
        if (ref.startsWith(QLatin1Char('#')))
            return QCoreApplication::translate("SchemaRefCheck",
                                               "the $ref \"%1\" names an anchor, which is not supported")
                .arg(ref);
        return QCoreApplication::translate("SchemaRefCheck",
                                           "the $ref \"%1\" refers to another document, which is never fetched")
            .arg(ref);
    }

    // Depth-first over the in-place edges only; a back edge is a loop that never reaches a value.
    QString findCycle() const
    {
        enum Colour
        {
            White,
            Grey,
            Black
        };
        QHash<QString, Colour> colour;
        for (auto start = m_locations.begin(); start != m_locations.end(); ++start) {
            if (colour.value(start.key(), White) != White)
                continue;
            QList<QPair<QString, int>> stack{{start.key(), 0}};
            colour.insert(start.key(), Grey);
            while (!stack.isEmpty()) {
                auto &[pointer, next] = stack.last();
                const QList<QString> edges = m_locations.value(pointer).inPlace;
                if (next >= edges.size()) {
                    colour.insert(pointer, Black);
                    stack.removeLast();
                    continue;
                }
                const QString target = edges.at(next++);
                const Colour c = colour.value(target, White);
                if (c == Grey)
                    return QCoreApplication::translate(
                               "SchemaRefCheck",
                               "the schema at \"#%1\" leads back to \"#%2\" without descending into the value "
                               "(a $ref cycle)")
                        .arg(stack.last().first, target);
                if (c == White) {
                    colour.insert(target, Grey);
                    stack.append({target, 0});
                }
            }
        }
        return QString();
    }

    QJsonValue m_root;
    QString m_rootId;
    QHash<QString, Location> m_locations;
};

} // namespace

QString SchemaRefCheck::problem(const QJsonValue &schema)
{
    return Walker(schema).run();
}
