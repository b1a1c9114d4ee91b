// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

// The colours that carry meaning (failed, succeeded, waiting, muted, syntax), one pair per tone:
// a dark shade that reads on a light background and a light shade that reads on a dark one. The
// shade is picked from the application's palette when asked, so models and widgets follow a
// switch between light and dark without holding colours of their own.
class StatusColors final
{
public:
    enum class Tone
    {
        Error,   // failed, abandoned, invalid
        Success, // sent, verified, active
        Pending, // queued, processing
        Muted,   // structure, not content
        Accent,  // keys, identifiers
        Neutral, // read-only, schema names
        Special  // numbers, literals
    };

    StatusColors() = delete;

    // For text on the window's own background.
    static QColor text(Tone tone);
    // For a badge: a fill that white text reads on, in either mode.
    static QColor fill(Tone tone);
    // Whether a palette is a dark one (its base darker than its text).
    static bool isDark(const QPalette &palette);
    static bool isDark();
};
