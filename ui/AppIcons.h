// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

// The icons of pages and actions: the desktop's icon theme where it has the icon, the app's own
// SVG drawings (resources/icons/actions/, one stroke colour that reads on light and dark) where it
// does not. SVG stays crisp at any scale.
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
