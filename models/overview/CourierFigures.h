// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CourierMessage.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

// The courier right now, as the overview shows it. Kratos has no count endpoint: each status is
// paged through up to `Cap` messages, and a status with more says so (`capped`).
struct CourierFigures
{
    struct Count
    {
        int count = 0;
        bool capped = false; // more than Cap: shown as "10,000+"
        bool known = false;
    };
    QMap<QString, Count> counts; // "queued", "processing", "abandoned"
    QDateTime oldestQueued;      // of the queued messages counted (the oldest of all unless capped)
    struct Abandoned
    {
        CourierMessage message;
        QString error; // the last failed dispatch's error in words, empty until read
    };
    QList<Abandoned> latestAbandoned; // newest first

    static constexpr int Cap = 10000;
    static constexpr int LatestAbandoned = 5;
    static constexpr qint64 StuckAfterSecs = 15 * 60; // an older queued message: the courier may be stopped
    static QStringList statuses()
    {
        return {QStringLiteral("queued"), QStringLiteral("processing"), QStringLiteral("abandoned")};
    }
    // "10,000+", "42", in the user's locale.
    static QString countText(const Count &count);
    bool courierMayBeStopped(const QDateTime &now) const
    {
        return oldestQueued.isValid() && oldestQueued.secsTo(now) > StuckAfterSecs;
    }
};
