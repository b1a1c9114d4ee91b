// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CourierDispatch.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// A courier message (ADMIN-API.md §4.3). The body can hold live recovery codes and links, so it is
// read only when asked for (`withBody`, used by the audited reveal) and never by list parsing.
struct CourierMessage
{
    enum class Channel
    {
        Email,
        Sms,
        Other
    };

    QString id;
    QString status;
    Channel channel = Channel::Other;
    QString typeText; // as sent: "email", "sms" or the spec's "phone"
    QString channelId;
    QString recipient;
    QString subject;
    QString templateType;
    int sendCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<CourierDispatch> dispatches;
    bool bodyIncluded = false;
    QString body;
    // The object as the server sent it, without the body (for the command line's JSON output).
    QJsonObject json;

    static inline const QString redactedMarker = QStringLiteral("<redacted-unless-dev-mode>");
    bool subjectRedacted() const { return subject == redactedMarker; }
    bool bodyRedacted() const { return bodyIncluded && body == redactedMarker; }

    static std::optional<CourierMessage> fromJson(const QJsonObject &o, bool withBody);
};
