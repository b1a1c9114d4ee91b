// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Parameters of GET /admin/courier/messages. Status is one of queued, processing, sent,
// abandoned (empty = all); recipient matches exactly.
struct CourierMessageQuery
{
    int pageSize = 100;
    QString pageToken;
    QString status;
    QString recipient;

    // The URL query parameters, in the order sent, for a page of `size`.
    QList<QPair<QString, QString>> parameters(int size) const;
};
