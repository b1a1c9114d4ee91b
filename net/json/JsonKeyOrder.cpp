// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonKeyOrder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr int MaxDepth = 256;

QString escapeToken(QString token)
{
    token.replace(QLatin1Char('~'), QStringLiteral("~0"));
    token.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return token;
}

// A recursive-descent reader that only remembers key order; QJsonDocument checks validity.
class Scanner
{
public:
    Scanner(const QByteArray &json, JsonKeyOrder::Map *out)
        : m_p(json.constData())
        , m_end(json.constData() + json.size())
        , m_out(out)
    {}

    bool value(const QString &pointer, int depth)
    {
        skipSpace();
        if (m_p >= m_end || depth > MaxDepth)
            return false;
        if (*m_p == '{')
            return object(pointer, depth);
        if (*m_p == '[')
            return array(pointer, depth);
        if (*m_p == '"') {
            QString ignored;
            return string(&ignored);
        }
        const char *start = m_p;
        while (m_p < m_end && !isDelimiter(*m_p))
            ++m_p;
        return m_p > start;
    }

private:
    static bool isDelimiter(char c)
    {
        return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
    }

    bool string(QString *out)
    {
        const char *start = m_p++;
        bool escaped = false;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\') {
                escaped = true;
                if (m_p + 1 == m_end)
                    return false; // a trailing backslash: the string never ends
                ++m_p;
            }
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        ++m_p;
        const QByteArray token(start, m_p - start);
        if (!escaped) {
            *out = QString::fromUtf8(token.mid(1, token.size() - 2));
            return true;
        }
        const QJsonArray decoded = QJsonDocument::fromJson('[' + token + ']').array();
        if (decoded.size() != 1 || !decoded.first().isString())
            return false;
        *out = decoded.first().toString();
        return true;
    }

    bool object(const QString &pointer, int depth)
    {
        ++m_p;
        QStringList keys;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            m_out->insert(pointer, keys);
            return true;
        }
        while (true) {
            skipSpace();
            QString key;
            if (m_p >= m_end || *m_p != '"' || !string(&key))
                return false;
            skipSpace();
            if (m_p >= m_end || *m_p != ':')
                return false;
            ++m_p;
            keys.append(key);
            if (!value(pointer + QLatin1Char('/') + escapeToken(key), depth + 1))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                m_out->insert(pointer, keys);
                return true;
            }
            return false;
        }
    }

    bool array(const QString &pointer, int depth)
    {
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (int i = 0;; ++i) {
            if (!value(pointer + QLatin1Char('/') + QString::number(i), depth + 1))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            return false;
        }
    }

    const char *m_p;
    const char *m_end;
    JsonKeyOrder::Map *m_out;
};

} // namespace

JsonKeyOrder::Map JsonKeyOrder::scan(const QByteArray &json)
{
    Map out;
    Scanner scanner(json, &out);
    if (!scanner.value(QString(), 0))
        return {};
    return out;
}

JsonKeyOrder::Map JsonKeyOrder::subtree(const Map &all, const QString &pointer)
{
    Map out;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() == pointer)
            out.insert(QString(), it.value());
        else if (it.key().startsWith(pointer + QLatin1Char('/')))
            out.insert(it.key().mid(pointer.size()), it.value());
    }
    return out;
}

namespace {

void write(const QJsonValue &value, const JsonKeyOrder::Map &order, const QString &pointer, int depth, QByteArray *out)
{
    const QByteArray indent((depth + 1) * 4, ' ');
    const QByteArray closing(depth * 4, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            *out += "{}";
            return;
        }
        *out += "{\n";
        const QStringList keys = JsonKeyOrder::ordered(object, order.value(pointer));
        for (int i = 0; i < keys.size(); ++i) {
            const QByteArray key = QJsonDocument(QJsonArray{keys.at(i)}).toJson(QJsonDocument::Compact);
            *out += indent + key.mid(1, key.size() - 2) + ": ";
            write(object.value(keys.at(i)), order, pointer + QLatin1Char('/') + escapeToken(keys.at(i)), depth + 1,
                  out);
            *out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        *out += closing + '}';
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            *out += "[]";
            return;
        }
        *out += "[\n";
        for (int i = 0; i < array.size(); ++i) {
            *out += indent;
            write(array.at(i), order, pointer + QLatin1Char('/') + QString::number(i), depth + 1, out);
            *out += i + 1 < array.size() ? ",\n" : "\n";
        }
        *out += closing + ']';
    } else {
        const QByteArray scalar = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        *out += scalar.mid(1, scalar.size() - 2);
    }
}

} // namespace

QByteArray JsonKeyOrder::toJson(const QJsonValue &value, const Map &order)
{
    QByteArray out;
    write(value, order, QString(), 0, &out);
    return out + '\n';
}

QStringList JsonKeyOrder::ordered(const QJsonObject &object, const QStringList &written)
{
    QStringList out;
    out.reserve(object.size());
    for (const QString &key : written)
        if (object.contains(key) && !out.contains(key))
            out.append(key);
    for (auto it = object.begin(); it != object.end(); ++it) // QJsonObject iterates sorted
        if (!out.contains(it.key()))
            out.append(it.key());
    return out;
}
