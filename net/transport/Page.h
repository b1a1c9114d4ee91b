// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

// One page of a list endpoint. Whatever pagination style the endpoint uses (keyset, offset or
// legacy page numbers, see ADMIN-API.md §3), `nextPageToken` is what to send for the next page and
// is empty on the last one; callers never parse Link headers or count offsets themselves.
// An element of a list page that could not be read: where it was, its id when one can be told
// from its text, and why.
struct UnreadableItem
{
    qsizetype index = 0; // 0-based, on its page
    QString id;
    QString reason;
};

template<typename T>
struct Page
{
    QList<T> items;
    // Elements that are not what the endpoint lists (JSON Qt cannot read, not an object, not a
    // valid entry): reported, never dropped silently, and never a reason to lose the others.
    QList<UnreadableItem> unreadable;
    QString nextPageToken;
    std::optional<qint64> totalCount; // X-Total-Count, where the endpoint sends it

    bool hasMore() const { return !nextPageToken.isEmpty(); }
};
