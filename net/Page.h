// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// One page of a list endpoint. Whatever pagination style the endpoint uses (keyset, offset or
// legacy page numbers, see ADMIN-API.md §3), `nextPageToken` is what to send for the next page and
// is empty on the last one; callers never parse Link headers or count offsets themselves.
template<typename T>
struct Page
{
    QList<T> items;
    QString nextPageToken;
    std::optional<qint64> totalCount; // X-Total-Count, where the endpoint sends it

    bool hasMore() const { return !nextPageToken.isEmpty(); }
};
