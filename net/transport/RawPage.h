// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// One page of a keyset list as the server sent it: the JSON body, not yet parsed, and the token
// of the next page from the `Link` header. For callers that parse thousands of items off the UI
// thread while the next page is already being fetched.
struct RawPage
{
    QByteArray body;
    QString nextPageToken;
    std::optional<qint64> totalCount;

    bool hasMore() const { return !nextPageToken.isEmpty(); }
};
