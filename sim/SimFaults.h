// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Faults the simulator injects into admin-port replies. A test switches them on and off between
// requests; `match` limits them to requests whose "METHOD /path" contains it.
struct SimFaults
{
    QString match;
    int latencyMs = 0;
    double errorRate = 0.0; // fraction of matching requests answered with errorStatus
    int errorStatus = 500;
    bool plainTextError = false; // the error is Go's plain text ("Method Not Allowed"), not Kratos's JSON
    double rateLimitRate = 0.0;  // fraction answered 429 with Retry-After
    int retryAfterSeconds = 2;
    bool malformedJson = false;  // a 200 whose body is not JSON
    bool truncatedJson = false;  // a 200 whose JSON body is cut in half
    QByteArray replaceBody;      // successful replies carry this body instead
    QByteArray contentType;      // successful replies are labelled with this Content-Type
    bool hang = false;           // accept the request and never answer
    QUrl redirectTo;             // answer 307 to this origin (same path and query)
    int oversizeBytes = 0;       // pad successful JSON replies with this many spaces
    bool publicPortToo = false;  // also fault the public port (where /schemas is served)
    bool dropConnection = false; // close the connection without an answer (the server died)
    int passFirst = 0;           // this many matching requests are answered normally first
    bool repeatNextLink = false; // a page read with a page_token links "next" to that same token
    QByteArray extraListItem;    // identity list pages carry this raw element first (a poisoned identity)

    bool any() const
    {
        return latencyMs > 0 || errorRate > 0 || rateLimitRate > 0 || malformedJson || truncatedJson ||
               !replaceBody.isEmpty() || !contentType.isEmpty() || hang || dropConnection || redirectTo.isValid() ||
               oversizeBytes > 0 || repeatNextLink || !extraListItem.isEmpty();
    }
};
