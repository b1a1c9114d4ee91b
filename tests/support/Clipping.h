// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ElidedLabel.h"
#include "ScreenFit.h"

#include <QAbstractButton>
#include <QFontMetrics>
#include <QLabel>
#include <QStringList>
#include <QWidget>

namespace TestSupport {

// Buttons and one-line labels in `window` that are narrower than their text needs (elided
// labels and word-wrapped ones excepted: they are meant to fit any width).
inline QStringList clippedTexts(QWidget *window)
{
    QStringList out;
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(window) && !b->text().isEmpty() && b->width() < b->sizeHint().width() - 1)
            out.append(
                QStringLiteral("button \"%1\" %2 < %3").arg(b->text()).arg(b->width()).arg(b->sizeHint().width()));
    }
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(window) || l->wordWrap() || qobject_cast<ElidedLabel *>(l) || l->text().isEmpty() ||
            !l->pixmap().isNull())
            continue;
        if (l->width() < l->sizeHint().width() - 1)
            out.append(QStringLiteral("label \"%1\" %2 < %3")
                           .arg(l->text().left(40))
                           .arg(l->width())
                           .arg(l->sizeHint().width()));
    }
    return out;
}

// What a title bar needs for `window`'s title as a window manager such as Openbox draws it: bold,
// followed by " — Kratos Desk" (Qt appends the display name), beside the icon and buttons. The
// test sets the display name the application sets.
inline int titleBarNeeds(const QWidget *window)
{
    const QString application = QStringLiteral("Kratos Desk");
    const QString title = window->windowTitle().endsWith(application)
                              ? window->windowTitle()
                              : window->windowTitle() + QStringLiteral(" \u2014 ") + application;
    QFont bold = window->font();
    bold.setBold(true);
    return QFontMetrics(bold).horizontalAdvance(title) + ScreenFit::kTitleBarButtons;
}

} // namespace TestSupport
