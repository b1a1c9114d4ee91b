// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

// What the server-wide session list keeps of one session: the table's values, no identity
// document and no device list (the detail asks for those again).
struct SessionRow
{
    QString id;
    QString identityId;
    QString identityLabel; // the identity's login identifier, else its id
    QDateTime authenticatedAt;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString aal;
    QString methods;    // "password, totp", with the provider of social sign-ins
    QString lastDevice; // "203.0.113.7 · Berlin, DE · Firefox/128.0…" of the last device, or empty
    bool active = false;
};
// Its members are all relocatable: a list of half a million rows that grows is moved with
// realloc() (for a block that large, the kernel remaps its pages) instead of row by row, which
// held the UI thread for about 40 ms each time the list doubled.
Q_DECLARE_TYPEINFO(SessionRow, Q_RELOCATABLE_TYPE);
