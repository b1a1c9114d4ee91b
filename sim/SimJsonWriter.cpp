// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimJsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

SimJsonWriter::SimJsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void SimJsonWriter::separate(const char *key)
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
    if (key) {
        m_out.append('"');
        m_out.append(key); // keys are literals of ours: nothing to escape
        m_out.append("\":", 2);
    }
}

void SimJsonWriter::string(QStringView text)
{
    m_out.append('"');
    // Plain ASCII, the usual case, goes in as it is; anything else through UTF-8 and escaping.
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x80 && c != QLatin1Char('"') && c != QLatin1Char('\\');
    });
    if (plain) {
        const qsizetype at = m_out.size();
        m_out.resize(at + text.size());
        char *out = m_out.data() + at;
        for (const QChar c : text)
            *out++ = char(c.unicode());
        m_out.append('"');
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            m_out.append("\\\"", 2);
            break;
        case '\\':
            m_out.append("\\\\", 2);
            break;
        case '\b':
            m_out.append("\\b", 2);
            break;
        case '\f':
            m_out.append("\\f", 2);
            break;
        case '\n':
            m_out.append("\\n", 2);
            break;
        case '\r':
            m_out.append("\\r", 2);
            break;
        case '\t':
            m_out.append("\\t", 2);
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
                m_out.append(escaped, sizeof(escaped));
            } else {
                m_out.append(c);
            }
        }
    }
    m_out.append('"');
}

void SimJsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        m_out.append(v.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            m_out.append("null"); // as Qt writes it
        else if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            m_out.append(QByteArray::number(qint64(d)));
        else
            m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        break;
    }
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array: {
        m_out.append('[');
        m_first = true;
        for (const QJsonValue &item : v.toArray()) {
            separate(nullptr);
            value(item);
        }
        m_out.append(']');
        m_first = false;
        break;
    }
    case QJsonValue::Object: {
        m_out.append('{');
        m_first = true;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            separate(nullptr);
            string(it.key());
            m_out.append(':');
            value(it.value());
        }
        m_out.append('}');
        m_first = false;
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        m_out.append("null");
        break;
    }
}

SimJsonWriter &SimJsonWriter::beginObject(const char *key)
{
    separate(key);
    m_out.append('{');
    m_first = true;
    return *this;
}

SimJsonWriter &SimJsonWriter::endObject()
{
    m_out.append('}');
    m_first = false;
    return *this;
}

SimJsonWriter &SimJsonWriter::beginArray(const char *key)
{
    separate(key);
    m_out.append('[');
    m_first = true;
    return *this;
}

SimJsonWriter &SimJsonWriter::endArray()
{
    m_out.append(']');
    m_first = false;
    return *this;
}

SimJsonWriter &SimJsonWriter::field(const char *key, const QString &text)
{
    separate(key);
    string(text);
    return *this;
}

SimJsonWriter &SimJsonWriter::field(const char *key, const char *latin1)
{
    return field(key, QString::fromLatin1(latin1));
}

SimJsonWriter &SimJsonWriter::field(const char *key, bool v)
{
    separate(key);
    m_out.append(v ? "true" : "false");
    return *this;
}

SimJsonWriter &SimJsonWriter::field(const char *key, qint64 v)
{
    separate(key);
    m_out.append(QByteArray::number(v));
    return *this;
}

SimJsonWriter &SimJsonWriter::field(const char *key, const QJsonValue &v)
{
    separate(key);
    value(v);
    return *this;
}

SimJsonWriter &SimJsonWriter::null(const char *key)
{
    separate(key);
    m_out.append("null");
    return *this;
}

QByteArray SimJsonWriter::take()
{
    m_out.squeeze();
    return std::move(m_out);
}

QByteArray SimJsonWriter::compact(const QJsonValue &v)
{
    SimJsonWriter writer;
    writer.value(v);
    return writer.take();
}
