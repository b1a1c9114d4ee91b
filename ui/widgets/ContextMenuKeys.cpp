// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContextMenuKeys.h"

#include <QAbstractItemView>
#include <QShortcut>

void ContextMenuKeys::install(QWidget *widget)
{
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    for (const QKeySequence &keys : {QKeySequence(Qt::SHIFT | Qt::Key_F10), QKeySequence(Qt::Key_Menu)}) {
        auto *shortcut = new QShortcut(keys, widget);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setWhatsThis(tr("Open the context menu of the list or tree in focus"));
        QObject::connect(shortcut, &QShortcut::activated, widget, [widget]() {
            QPoint pos = widget->rect().center();
            if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
                const QRect item = view->visualRect(view->currentIndex());
                pos = item.isValid() ? item.center() : QPoint(8, 8);
            }
            Q_EMIT widget->customContextMenuRequested(pos);
        });
    }
}
