// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ElidedLabel.h"

#include <QAbstractButton>
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

} // namespace TestSupport
