// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyableTree.h"

#include "ContextMenuKeys.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QShortcut>
#include <QTreeWidget>

namespace {

QString rowText(const QTreeWidgetItem *item)
{
    const QString value = item->text(1);
    return value.isEmpty() ? item->text(0) : item->text(0) + QStringLiteral(": ") + value;
}

void appendBranch(const QTreeWidgetItem *item, int depth, QStringList *lines)
{
    lines->append(QString(depth * 2, QLatin1Char(' ')) + rowText(item));
    for (int i = 0; i < item->childCount(); ++i)
        appendBranch(item->child(i), depth + 1, lines);
}

} // namespace

CopyableTree *CopyableTree::install(QTreeWidget *tree)
{
    return new CopyableTree(tree);
}

CopyableTree::CopyableTree(QTreeWidget *tree)
    : QObject(tree)
    , m_tree(tree)
{
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(tree, &QWidget::customContextMenuRequested, this, &CopyableTree::showMenu);
    ContextMenuKeys::install(tree);
    auto *copy = new QShortcut(QKeySequence::Copy, tree);
    copy->setContext(Qt::WidgetWithChildrenShortcut);
    copy->setWhatsThis(tr("Details: copy the selected value"));
    connect(copy, &QShortcut::activated, this, &CopyableTree::copyValue);
}

void CopyableTree::copyValue() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    // A heading row has no value: copy its name.
    QApplication::clipboard()->setText(item->text(1).isEmpty() ? item->text(0) : item->text(1));
}

void CopyableTree::copyRow() const
{
    if (const QTreeWidgetItem *item = m_tree->currentItem())
        QApplication::clipboard()->setText(rowText(item));
}

void CopyableTree::copyBranch() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    QStringList lines;
    appendBranch(item, 0, &lines);
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

QMenu *CopyableTree::showMenu(const QPoint &pos)
{
    if (QTreeWidgetItem *item = m_tree->itemAt(pos))
        m_tree->setCurrentItem(item);
    if (!m_tree->currentItem())
        return nullptr;
    auto *menu = new QMenu(m_tree);
    menu->setObjectName(QStringLiteral("copyMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Copy value"), QKeySequence::Copy, this, &CopyableTree::copyValue)
        ->setObjectName(QStringLiteral("copyValueAction"));
    menu->addAction(tr("Copy &field and value"), this, &CopyableTree::copyRow)
        ->setObjectName(QStringLiteral("copyRowAction"));
    if (m_tree->currentItem()->childCount() > 0)
        menu->addAction(tr("Copy &branch as text"), this, &CopyableTree::copyBranch)
            ->setObjectName(QStringLiteral("copyBranchAction"));
    // Not exec(): no nested event loop under the pane.
    menu->popup(m_tree->viewport()->mapToGlobal(pos));
    return menu;
}
