// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QUrl>

#include <optional>

// What one finished HTTP exchange produced, before it is parsed into a typed result.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QByteArray link;                  // the Link header
    std::optional<qint64> totalCount; // X-Total-Count
    QUrl url;                         // after redirects
    ApiError error;                   // null when the exchange succeeded with a 2xx

    bool ok() const { return error.isNull(); }
};
