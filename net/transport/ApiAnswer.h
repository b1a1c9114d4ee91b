// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ApiResponse.h"
#include "ApiResult.h"
#include "HealthStatus.h"
#include "JsonArrayItems.h"
#include "LinkHeader.h"
#include "Page.h"
#include "RawPage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <optional>

// Reading the admin API's answers into typed values: one object, or one page of a list with the
// token of the next page. What is not what Kratos sends is a Malformed ApiError in words.
namespace ApiAnswer {

enum class Paging
{
    Keyset, // rel="next" is there only when more items exist
    Offset, // links always point somewhere; a short page is the end
    Legacy  // as Offset, with page numbers
};

// One list entry as read: its place on the page and its JSON.
struct Entry
{
    qsizetype index = 0;
    QJsonObject object;
};

// `r`'s body as JSON; false with `error` set when it is not.
bool parseDocument(const ApiResponse &r, QJsonDocument *doc, ApiError *error);

// The entries of a list answer. `tolerant`: a page Qt cannot read whole is read entry by entry,
// so that one entry nested too deep (or holding 1e400) is named in `unreadable` and does not hide
// the others. False with `error` set when the body is not a list.
bool readEntries(const ApiResponse &r, bool tolerant, QList<Entry> *entries, QList<UnreadableItem> *unreadable,
                 ApiError *error);

// The next page's token as `paging` finds it in the Link header, for a page of `items` readable
// entries out of `read`.
QString nextPageToken(const ApiResponse &r, Paging paging, qsizetype items, qsizetype read, int requestedSize);

ApiError notAnEntry(qsizetype index);

// A keyset page left unparsed: the body, the next page's token and the total if the server sent one.
ApiResult<RawPage> rawPage(const ApiResponse &r);

// A health endpoint's 2xx answer.
ApiResult<HealthStatus> healthy(const ApiResponse &r);

template<typename T>
ApiResult<T> parseObject(const ApiResponse &r, const std::function<std::optional<T>(const QJsonObject &)> &fromJson,
                         const char *what)
{
    QJsonDocument doc;
    ApiError error;
    if (!parseDocument(r, &doc, &error))
        return error;
    if (!doc.isObject())
        return ApiError(ApiError::Kind::Malformed,
                        QCoreApplication::translate("KratosClient", "expected a JSON object"));
    std::optional<T> value = fromJson(doc.object());
    if (!value)
        return ApiError(
            ApiError::Kind::Malformed,
            QCoreApplication::translate("KratosClient", "the answer is not %1").arg(QString::fromLatin1(what)));
    return *value;
}

// One parser for every list endpoint; the paging style decides how the next token is found.
// Lists other than identities hold what the server made, not what end users wrote: one bad
// entry there fails the page (`tolerant` false).
template<typename T>
ApiResult<Page<T>> parsePage(const ApiResponse &r, const std::function<std::optional<T>(const QJsonObject &)> &fromJson,
                             Paging paging, int requestedSize, bool tolerant = false)
{
    QList<Entry> entries;
    Page<T> page;
    ApiError error;
    if (!readEntries(r, tolerant, &entries, &page.unreadable, &error))
        return error;
    page.items.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries)) {
        std::optional<T> item = fromJson(entry.object);
        if (item)
            page.items.append(std::move(*item));
        else
            page.unreadable.append({entry.index, entry.object.value(QLatin1String("id")).toString(),
                                    QCoreApplication::translate("KratosClient", "not a valid entry")});
    }
    // In the page's order, as they were met.
    std::sort(page.unreadable.begin(), page.unreadable.end(),
              [](const UnreadableItem &a, const UnreadableItem &b) { return a.index < b.index; });
    if (!tolerant && !page.unreadable.isEmpty())
        return notAnEntry(page.unreadable.first().index);
    page.totalCount = r.totalCount;
    page.nextPageToken =
        nextPageToken(r, paging, page.items.size(), page.items.size() + page.unreadable.size(), requestedSize);
    return page;
}

} // namespace ApiAnswer
