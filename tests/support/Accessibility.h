// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

namespace TestSupport {

// Inputs, lists and tables visible in `window` that a screen reader could not name: no
// accessible name of their own and no label whose buddy they are. A combo box's or spin box's
// inner line edit and list belong to it and are not counted.
inline QStringList unnamedInputs(QWidget *window)
{
    QSet<const QWidget *> labelled;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy())
            labelled.insert(label->buddy());
    }
    QStringList out;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                           (qobject_cast<QAbstractItemView *>(w) && !qobject_cast<QHeaderView *>(w)) ||
                           qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                           qobject_cast<QTextEdit *>(w);
        QWidget *parent = w->parentWidget();
        if (!input || qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent) ||
            qobject_cast<QLineEdit *>(parent))
            continue;
        if (w->accessibleName().isEmpty() && !labelled.contains(w))
            out.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName());
    }
    return out;
}

} // namespace TestSupport
