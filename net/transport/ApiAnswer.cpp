// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiAnswer.h"

#include <QJsonArray>

namespace ApiAnswer {

bool parseDocument(const ApiResponse &r, QJsonDocument *doc, ApiError *error)
{
    QJsonParseError pe;
    const QJsonDocument parsed = QJsonDocument::fromJson(r.body, &pe);
    if (doc)
        *doc = parsed;
    if (pe.error != QJsonParseError::NoError) {
        *error = ApiError(ApiError::Kind::Malformed,
                          r.body.isEmpty() ? QCoreApplication::translate("KratosClient", "the answer was empty")
                                           : QCoreApplication::translate("KratosClient", "invalid JSON at byte %1: %2")
                                                 .arg(pe.offset)
                                                 .arg(pe.errorString()));
        return false;
    }
    return true;
}

bool readEntries(const ApiResponse &r, bool tolerant, QList<Entry> *entries, QList<UnreadableItem> *unreadable,
                 ApiError *error)
{
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
    if (pe.error == QJsonParseError::NoError) {
        if (!doc.isArray()) {
            *error = ApiError(ApiError::Kind::Malformed,
                              QCoreApplication::translate("KratosClient", "expected a JSON array"));
            return false;
        }
        const QJsonArray array = doc.array();
        entries->reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue v = array.at(i);
            if (v.isObject())
                entries->append({i, v.toObject()});
            else
                unreadable->append({i, JsonArrayItems::topLevelId({}),
                                    QCoreApplication::translate("KratosClient", "not a valid entry")});
        }
        return true;
    }
    // The page as a whole is not readable: element by element where that is allowed.
    QList<QByteArray> elements;
    QString problem;
    if (!tolerant || r.body.isEmpty() || !JsonArrayItems::split(r.body, &elements, &problem)) {
        parseDocument(r, nullptr, error);
        return false;
    }
    for (qsizetype i = 0; i < elements.size(); ++i) {
        QJsonParseError itemError{};
        const QJsonDocument item = QJsonDocument::fromJson(elements.at(i), &itemError);
        if (itemError.error == QJsonParseError::NoError && item.isObject())
            entries->append({i, item.object()});
        else
            unreadable->append({i, JsonArrayItems::topLevelId(elements.at(i)),
                                itemError.error != QJsonParseError::NoError
                                    ? itemError.errorString()
                                    : QCoreApplication::translate("KratosClient", "not an object")});
    }
    return true;
}

QString nextPageToken(const ApiResponse &r, Paging paging, qsizetype items, qsizetype read, int requestedSize)
{
    switch (paging) {
    case Paging::Keyset:
        // rel="next" is present only when more items exist.
        return LinkHeader::targetParameter(r.link, QStringLiteral("next"), QStringLiteral("page_token"));
    case Paging::Offset:
    case Paging::Legacy:
        // Offset links always point somewhere (even with nothing left); a short page is the end.
        if (items > 0 && read >= requestedSize)
            return LinkHeader::targetParameter(r.link, QStringLiteral("next"),
                                               paging == Paging::Offset ? QStringLiteral("page_token")
                                                                        : QStringLiteral("page"));
        break;
    }
    return {};
}

ApiResult<RawPage> rawPage(const ApiResponse &r)
{
    RawPage page;
    page.body = r.body;
    page.totalCount = r.totalCount;
    page.nextPageToken = LinkHeader::targetParameter(r.link, QStringLiteral("next"), QStringLiteral("page_token"));
    return page;
}

ApiResult<HealthStatus> healthy(const ApiResponse &r)
{
    return HealthStatus{true, r.status, QString()};
}

ApiError notAnEntry(qsizetype index)
{
    return ApiError(ApiError::Kind::Malformed,
                    QCoreApplication::translate("KratosClient", "list item %1 is not a valid entry").arg(index + 1));
}

} // namespace ApiAnswer
