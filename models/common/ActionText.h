// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What a confirmation says before an account-changing action, owned by the action class that
// performs it: a title, what will happen in full sentences, and the button.
struct ActionText
{
    QString title;       // "Deactivate identity"
    QString description; // what will happen
    QString actionLabel; // "Deactivate"
    bool destructive = false;
};
