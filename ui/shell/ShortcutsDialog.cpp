// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include "ScreenFit.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString plain(QString text)
{
    // "&Go to…" reads "Go to…"; "&&" is a literal ampersand.
    text.replace(QLatin1String("&&"), QString(QChar(0xE000)));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0xE000), QLatin1Char('&'));
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Keys"), tr("What it does")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    QList<QPair<QString, QString>> rows;
    auto add = [&rows](const QKeySequence &keys, const QString &what) {
        const QPair<QString, QString> row{keys.toString(QKeySequence::NativeText), what};
        if (!keys.isEmpty() && !what.isEmpty() && !rows.contains(row))
            rows.append(row);
    };
    for (const QAction *action : window->findChildren<QAction *>()) {
        for (const QKeySequence &keys : action->shortcuts())
            add(keys, plain(action->text()));
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>())
        add(shortcut->key(), shortcut->whatsThis());
    add(QKeySequence(Qt::Key_Return), tr("Search box: search now, or open the selected or only result"));
    add(QKeySequence(Qt::SHIFT | Qt::Key_F10), tr("Open the context menu of the list or tree in focus"));
    add(QKeySequence(Qt::Key_Menu), tr("Open the context menu of the list or tree in focus"));
    add(QKeySequence(Qt::Key_Escape), tr("Close a dialog or menu without doing anything"));
    for (const auto &[keys, what] : rows)
        new QTreeWidgetItem(m_list, {keys, what});
    m_list->sortItems(1, Qt::AscendingOrder);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(560, 460));
}

QList<QPair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<QPair<QString, QString>> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        out.append({m_list->topLevelItem(i)->text(0), m_list->topLevelItem(i)->text(1)});
    return out;
}
