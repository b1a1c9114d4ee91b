// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class AppSettings;
class QWidget;

// Remembers how the user arranged a window: its geometry, every named splitter's sizes and every
// named table's or tree's columns (widths, order, hidden columns, sort). Everything is found by
// object name below `root`, so a page added later is remembered without code of its own.
class ViewState final
{
public:
    ViewState() = delete;

    static void save(const QWidget *root, AppSettings *settings);
    // Restores what save() wrote; a state from an older layout (other columns) is ignored.
    static void restore(QWidget *root, const AppSettings *settings);
};
