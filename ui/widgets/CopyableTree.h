// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QTreeWidget;

// Copy for every value in a two-column field/value tree: Ctrl+C copies the current row's value,
// the context menu (right click, Shift+F10 or the Menu key) offers the value, the field with its
// value, and the whole branch as indented text.
class CopyableTree final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyableTree)

public:
    // Owned by the tree.
    static CopyableTree *install(QTreeWidget *tree);

    void copyValue() const;
    void copyRow() const;
    void copyBranch() const;
    // The menu for the current row, open at `pos` (viewport coordinates); deletes itself.
    QMenu *showMenu(const QPoint &pos);

private:
    explicit CopyableTree(QTreeWidget *tree);

    QTreeWidget *m_tree;
};
