// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenFit.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

QSize ScreenFit::room(const QWidget *window)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QScreen *screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return {1024, 700};
    // 5 % for the window frame and the desktop's panels the available geometry may not count.
    return screen->availableGeometry().size() * 0.95;
}

void ScreenFit::resize(QWidget *window, const QSize &preferred)
{
    // Wide enough for the whole title beside the title bar's buttons ("Identitäten exportieren —
    // Kratos Desk"), as a window manager such as Openbox draws it.
    const QSize wanted(std::max(preferred.width(), titleBarWidth(window)), preferred.height());
    window->resize(wanted.boundedTo(room(window)).expandedTo(window->minimumSizeHint()));
}

QString ScreenFit::shownTitle(const QWidget *window)
{
    const QString title = window->windowTitle();
    const QString application = QGuiApplication::applicationDisplayName();
    if (title.isEmpty())
        return application;
    if (application.isEmpty() || title.endsWith(application))
        return title;
    return title + QStringLiteral(" \u2014 ") + application;
}

int ScreenFit::titleBarWidth(const QWidget *window)
{
    QFont bold = window->font();
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(shownTitle(window)) + kTitleBarButtons;
}
