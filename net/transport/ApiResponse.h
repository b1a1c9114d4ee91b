// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <optional>

// What one finished HTTP exchange produced, before it is parsed into a typed result.
struct ApiResponse
{
    int status = 0;
    QByteArray body;                  // also an error status's body, for callers that read it
    QUrl location;                    // a redirect's target, when the request did not follow it
    QDateTime date;                   // the server's Date header (invalid when absent)
    QByteArray link;                  // the Link header
    std::optional<qint64> totalCount; // X-Total-Count
    QUrl url;                         // after redirects
    ApiError error;                   // null when the exchange succeeded with a 2xx

    bool ok() const { return error.isNull(); }
};
