// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

// Shift+F10 and the Menu key open a widget's custom context menu, as a right click does: for an
// item view at its current item (else the top of its viewport), for other widgets at their middle.
// The widget's customContextMenuRequested() is emitted with a position in the coordinates its
// handler already uses for mouse clicks (the viewport's for item views).
class ContextMenuKeys final
{
    Q_DECLARE_TR_FUNCTIONS(ContextMenuKeys)

public:
    ContextMenuKeys() = delete;

    static void install(QWidget *widget);
};
