// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonArrayItems.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Past the string that starts at `p` (on its opening quote); `end` when it never closes.
const char *skipString(const char *p, const char *end)
{
    for (++p; p < end; ++p) {
        if (*p == '\\')
            ++p;
        else if (*p == '"')
            return p + 1;
    }
    return end;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonArrayItems", text);
}

} // namespace

bool JsonArrayItems::split(const QByteArray &json, QList<QByteArray> *items, QString *problem)
{
    items->clear();
    const char *p = json.constData();
    const char *const end = p + json.size();
    while (p < end && isSpace(*p))
        ++p;
    if (p == end || *p != '[') {
        *problem = tr("expected a JSON array");
        return false;
    }
    ++p;
    qsizetype depth = 0;
    const char *start = nullptr;
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            if (depth == 0 && !start)
                start = p;
            p = skipString(p, end);
            continue;
        }
        if (c == '{' || c == '[') {
            if (depth == 0 && !start)
                start = p;
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) {
                if (c != ']') {
                    *problem = tr("unbalanced brackets");
                    return false;
                }
                if (start)
                    items->append(QByteArray(start, p - start).trimmed());
                for (++p; p < end; ++p) {
                    if (!isSpace(*p)) {
                        *problem = tr("text after the array");
                        return false;
                    }
                }
                return true;
            }
            --depth;
        } else if (depth == 0 && c == ',') {
            if (!start) {
                *problem = tr("an empty element");
                return false;
            }
            items->append(QByteArray(start, p - start).trimmed());
            start = nullptr;
        } else if (depth == 0 && !start && !isSpace(c)) {
            start = p; // a scalar element
        }
        ++p;
    }
    *problem = tr("the array is cut short");
    return false;
}

QString JsonArrayItems::topLevelId(const QByteArray &element)
{
    const char *p = element.constData();
    const char *const end = p + element.size();
    while (p < end && isSpace(*p))
        ++p;
    if (p == end || *p != '{')
        return {};
    ++p;
    qsizetype depth = 0;
    bool expectKey = true; // at depth 0: the next string is a member's name
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            const char *closing = skipString(p, end);
            if (depth == 0 && expectKey && closing - p == 4 && p[1] == 'i' && p[2] == 'd') {
                // "id": the value follows after the colon.
                const char *v = closing;
                while (v < end && (isSpace(*v) || *v == ':'))
                    ++v;
                if (v < end && *v == '"') {
                    const char *valueEnd = skipString(v, end);
                    const QByteArray raw(v + 1, std::max<qsizetype>(0, valueEnd - v - 2));
                    return QString::fromUtf8(raw.left(100));
                }
                return {};
            }
            expectKey = false;
            p = closing;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
        else if (depth == 0 && c == ',')
            expectKey = true;
        ++p;
    }
    return {};
}

bool JsonArrayItems::readObjects(const QByteArray &json, QList<QJsonObject> *objects, QList<UnreadableItem> *unreadable,
                                 QString *problem, QList<QByteArray> *raw)
{
    objects->clear();
    unreadable->clear();
    if (raw)
        raw->clear();
    QJsonParseError whole{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &whole);
    if (whole.error == QJsonParseError::NoError) {
        if (!doc.isArray()) {
            *problem = tr("expected a JSON array");
            return false;
        }
        const QJsonArray array = doc.array();
        objects->reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isObject())
                objects->append(array.at(i).toObject());
            else
                unreadable->append({i, QString(), tr("not an object")});
        }
        return true;
    }
    QList<QByteArray> elements;
    if (!split(json, &elements, problem)) {
        *problem = tr("invalid JSON at byte %1: %2").arg(whole.offset).arg(whole.errorString());
        return false;
    }
    for (qsizetype i = 0; i < elements.size(); ++i) {
        QJsonParseError error{};
        const QJsonDocument item = QJsonDocument::fromJson(elements.at(i), &error);
        if (error.error == QJsonParseError::NoError && item.isObject()) {
            objects->append(item.object());
            if (raw)
                raw->append(elements.at(i));
        } else {
            unreadable->append({i, topLevelId(elements.at(i)),
                                error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object")});
        }
    }
    return true;
}
