// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

// The icons of pages and actions: the desktop's icon theme where it has the icon, the app's own
// SVG drawings (resources/icons/actions/) where it does not, drawn in the palette's text colour
// (TintedIconEngine) so that they read as text does, selected or not, light or dark.
class AppIcons final
{
public:
    enum class Name
    {
        Overview,
        Identities,
        Sessions,
        Courier,
        Schemas,
        Profiles,
        Audit,
        Settings
    };

    AppIcons() = delete;

    static QIcon icon(Name name);
    // The app's own drawing, without asking the theme.
    static QIcon fallback(Name name);
};
