// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSize;
class QString;
class QWidget;

// Sizes a window or dialog as it would like to be, but never larger than the screen it opens on
// (at any scale: a 1600×1000 screen at scale 2 has room for 800×500), leaving room for the frame,
// and wide enough for its title where the screen allows.
class ScreenFit final
{
public:
    ScreenFit() = delete;

    // Room beside a title for the title bar's icon and buttons.
    static constexpr int kTitleBarButtons = 120;

    static void resize(QWidget *window, const QSize &preferred);
    // The title as the window manager shows it: Qt appends " — " and the application's display
    // name ("Export identities — Kratos Desk") unless the title already ends with it.
    static QString shownTitle(const QWidget *window);
    // Width of the shown title in a bold title-bar font, plus room for the icon and buttons.
    static int titleBarWidth(const QWidget *window);
    // What `window` may take up on the screen it opens on (its parent's, else the primary screen).
    static QSize room(const QWidget *window);
};
