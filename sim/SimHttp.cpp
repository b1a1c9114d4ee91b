// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimHttp.h"

#include "SimPageToken.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace SimHttp {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

bool isUuid(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(value).hasMatch();
}

SimResponse fromOutcome(const SimStore::Outcome &o)
{
    return SimResponse::error(o.status, o.message, o.reason, o.errorId);
}

SimResponse notFoundPage()
{
    return SimResponse::text(404, "404 page not found\n");
}

SimResponse methodNotAllowed(const QByteArray &allow)
{
    SimResponse r = SimResponse::text(405, "Method Not Allowed\n");
    r.setHeader("Allow", allow);
    return r;
}

// Parses an integer page size the way the keyset endpoints do: absent -> default, not a number -> error.
bool pageSize(const SimRequest &r, const QString &key, int def, int max, int *out)
{
    if (!r.has(key)) {
        *out = def;
        return true;
    }
    bool ok = false;
    const int v = r.param(key).toInt(&ok);
    if (!ok)
        return false;
    *out = v < 1 ? def : std::min(v, max);
    return true;
}

int lenientSize(const SimRequest &r, const QString &key, int def, int max)
{
    bool ok = false;
    const int v = r.param(key).toInt(&ok);
    return ok && v >= 1 ? std::min(v, max) : def;
}

// Go's time.ParseDuration for the units Kratos users write ("1h30m", "15m", "90s", "500ms").
bool parseDuration(const QString &text, qint64 *ms)
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ms|h|m|s)"));
    if (text.isEmpty())
        return false;
    qint64 total = 0;
    qsizetype pos = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart() != pos)
            return false;
        pos = m.capturedEnd();
        const double v = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double factor = unit == QLatin1String("h")   ? 3600000.0
                              : unit == QLatin1String("m") ? 60000.0
                              : unit == QLatin1String("s") ? 1000.0
                                                           : 1.0;
        // Go's time.Duration is int64 nanoseconds: anything past ~292 years is "invalid duration".
        constexpr double maxMs = 9223372036854.0;
        if (v * factor > maxMs || double(total) + v * factor > maxMs)
            return false;
        total += static_cast<qint64>(v * factor);
    }
    if (pos != text.size())
        return false;
    *ms = total;
    return true;
}

bool parseBody(const SimRequest &r, QJsonDocument *doc, SimResponse *error)
{
    QJsonParseError pe;
    *doc = QJsonDocument::fromJson(r.body, &pe);
    if (r.body.trimmed().isEmpty()) {
        *error = SimResponse::error(400, s("unexpected end of JSON input"));
        return false;
    }
    if (pe.error != QJsonParseError::NoError) {
        *error = SimResponse::error(
            400, kMalformed,
            QStringLiteral("Unable to decode JSON payload: %1 at offset %2").arg(pe.errorString()).arg(pe.offset));
        return false;
    }
    return true;
}

const QStringList &credentialTypes()
{
    static const QStringList types{
        s("password"),        s("oidc"),    s("totp"), s("lookup_secret"), s("webauthn"),      s("code"),
        s("passkey"),         s("profile"), s("saml"), s("link_recovery"), s("code_recovery"), s("deviceauthn"),
        s("identifier_first")};
    return types;
}

QByteArray keysetLink(const SimRequest &r, int pageSize, const QString &firstToken, const QString &nextToken)
{
    auto link = [&](const QString &token, const char *rel) -> QByteArray {
        QByteArray q;
        for (const auto &item : r.query) {
            if (item.first == QLatin1String("page_size") || item.first == QLatin1String("page_token") ||
                item.first == QLatin1String("per_page") || item.first == QLatin1String("page"))
                continue;
            q += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second) + '&';
        }
        q += "page_size=" + QByteArray::number(pageSize) + "&page_token=" + QUrl::toPercentEncoding(token);
        return '<' + r.path.toUtf8() + '?' + q + ">; rel=\"" + rel + '"';
    };
    QByteArray out = link(firstToken, "first");
    if (!nextToken.isEmpty())
        out += ',' + link(nextToken, "next");
    return out;
}

// ory/x's offset link builder, quirks included (no "first" on the first page, a lone "first"
// when everything fits, a "next" even when there is nothing).
QByteArray offsetLink(const SimRequest &r, qint64 total, qint64 offset, int size, bool legacyOnly)
{
    auto link = [&](const char *rel, qint64 limit, qint64 off) -> QByteArray {
        QByteArray q;
        for (const auto &item : r.query) {
            if (item.first == QLatin1String("page_size") || item.first == QLatin1String("page_token") ||
                item.first == QLatin1String("per_page") || item.first == QLatin1String("page"))
                continue;
            q += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second) + '&';
        }
        const qint64 page = limit > 0 ? off / limit : 0;
        if (!legacyOnly)
            q += "page_size=" + QByteArray::number(limit) +
                 "&page_token=" + QUrl::toPercentEncoding(SimPageToken::encodeOffset(off)) + '&';
        q += "per_page=" + QByteArray::number(limit) + "&page=" + QByteArray::number(page);
        return '<' + r.path.toUtf8() + '?' + q + ">; rel=\"" + rel + '"';
    };
    const qint64 lastOffset = total % size == 0 ? total - size : (total / size) * size;
    if (offset >= lastOffset) {
        if (total == 0)
            return link("first", size, 0) + ',' + link("next", size, (offset / size + 1) * size) + ',' +
                   link("prev", size, (offset / size - 1) * size);
        if (total <= size)
            return link("first", total, 0);
        return link("first", size, 0) + ',' + link("prev", size, std::max<qint64>(0, offset - size));
    }
    if (offset < size)
        return link("next", size, size) + ',' + link("last", size, lastOffset);
    return link("first", size, 0) + ',' + link("next", size, offset + size) + ',' + link("prev", size, offset - size) +
           ',' + link("last", size, lastOffset);
}

} // namespace SimHttp
