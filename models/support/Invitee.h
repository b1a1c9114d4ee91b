// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// One person to invite: the address the invitation goes to and any further traits for the new
// identity (nested as the schema has them: {"name": {"first": "Ada"}}). `line` is where a list
// named the person (0 when typed in).
struct Invitee
{
    int line = 0;
    QString email;
    QJsonObject traits;
};
