// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimRefGuard.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace {

class Guard
{
public:
    explicit Guard(const QJsonValue &root)
        : m_root(root)
    {}

    // Every schema location is entered once as a fresh start; `inPlace` holds the locations
    // reached from that start without descending into the value.
    QString visit(const QString &pointer, QSet<QString> inPlace)
    {
        if (inPlace.contains(pointer))
            return QStringLiteral("the schema at \"#%1\" refers back to itself (a $ref cycle)").arg(pointer);
        if (++m_steps > 100000)
            return QStringLiteral("the schema is too large");
        bool found = false;
        const QJsonValue value = resolve(pointer, &found);
        if (!found)
            return QStringLiteral("the $ref to \"#%1\" points to nothing").arg(pointer);
        if (!value.isObject())
            return QString();
        const QJsonObject node = value.toObject();
        inPlace.insert(pointer);
        const auto at = [&](const QString &k) -> QString { return pointer + QLatin1Char('/') + k; };
        if (node.contains(QLatin1String("$ref"))) {
            const QString ref = node.value(QLatin1String("$ref")).toString();
            if (ref != QLatin1String("#") && !ref.startsWith(QLatin1String("#/")))
                return QStringLiteral("the $ref \"%1\" leaves the document").arg(ref);
            return visit(QUrl::fromPercentEncoding(ref.mid(1).toUtf8()), inPlace);
        }
        QStringList same;
        QStringList deeper;
        for (const char *k : {"allOf", "anyOf", "oneOf"})
            for (qsizetype i = 0; i < node.value(QLatin1String(k)).toArray().size(); ++i)
                same.append(at(QLatin1String(k)) + QLatin1Char('/') + QString::number(i));
        for (const char *k : {"not", "if", "then", "else"})
            if (node.contains(QLatin1String(k)))
                same.append(at(QLatin1String(k)));
        for (const char *k : {"properties", "patternProperties"}) {
            const QJsonObject map = node.value(QLatin1String(k)).toObject();
            for (auto it = map.begin(); it != map.end(); ++it)
                deeper.append(at(QLatin1String(k)) + QLatin1Char('/') + escape(it.key()));
        }
        for (const char *k : {"items", "additionalProperties", "additionalItems", "contains", "propertyNames"})
            if (node.value(QLatin1String(k)).isObject())
                deeper.append(at(QLatin1String(k)));
        for (const QString &next : same) {
            const QString problem = visit(next, inPlace);
            if (!problem.isEmpty())
                return problem;
        }
        for (const QString &next : deeper) {
            if (m_done.contains(next))
                continue;
            m_done.insert(next);
            const QString problem = visit(next, {});
            if (!problem.isEmpty())
                return problem;
        }
        return QString();
    }

private:
    static QString escape(QString token)
    {
        return token.replace(QLatin1Char('~'), QLatin1String("~0")).replace(QLatin1Char('/'), QLatin1String("~1"));
    }

    QJsonValue resolve(const QString &pointer, bool *found) const
    {
        QJsonValue current = m_root;
        *found = true;
        if (pointer.isEmpty())
            return current;
        for (QString token : pointer.mid(1).split(QLatin1Char('/'))) {
            token.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
            if (current.isObject() && current.toObject().contains(token)) {
                current = current.toObject().value(token);
            } else if (current.isArray() && token.toInt() < current.toArray().size() && token.toInt() >= 0 &&
                       !token.isEmpty()) {
                current = current.toArray().at(token.toInt());
            } else {
                *found = false;
                return {};
            }
        }
        return current;
    }

    QJsonValue m_root;
    QSet<QString> m_done;
    int m_steps = 0;
};

} // namespace

QString SimRefGuard::problem(const QJsonValue &schema)
{
    return Guard(schema).visit(QString(), {});
}
