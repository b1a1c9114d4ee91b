// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// Parameters of GET /admin/sessions and GET /admin/identities/{id}/sessions.
struct SessionListQuery
{
    int pageSize = 250;
    QString pageToken;
    std::optional<bool> active;
    bool expandIdentity = false; // /admin/sessions only; identity sessions always come expanded
    bool expandDevices = false;

    // The URL query parameters, in the order sent, for a page of `size`.
    QList<QPair<QString, QString>> parameters(int size) const;
};
