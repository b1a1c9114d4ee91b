// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMenu.h"

#include <QHeaderView>
#include <QMenu>

void ColumnMenu::install(QHeaderView *header)
{
    new ColumnMenu(header);
}

ColumnMenu::ColumnMenu(QHeaderView *header)
    : QObject(header)
    , m_header(header)
    , m_initial(header->saveState())
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionsMovable(true);
    connect(header, &QWidget::customContextMenuRequested, this, &ColumnMenu::show);
}

void ColumnMenu::show(const QPoint &pos)
{
    const QAbstractItemModel *model = m_header->model();
    if (!model)
        return;
    // Not exec(): no nested event loop; the menu deletes itself when it closes.
    auto *menu = new QMenu(m_header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(QStringLiteral("columnMenu"));
    int visible = 0;
    for (int section = 0; section < m_header->count(); ++section)
        visible += m_header->isSectionHidden(section) ? 0 : 1;
    // In the order the user sees them.
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int section = m_header->logicalIndex(visual);
        QAction *action = menu->addAction(model->headerData(section, m_header->orientation()).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(section));
        action->setEnabled(m_header->isSectionHidden(section) || visible > 1);
        connect(action, &QAction::toggled, m_header,
                [this, section](bool shown) { m_header->setSectionHidden(section, !shown); });
    }
    menu->addSeparator();
    menu->addAction(tr("&Reset columns"), m_header, [this]() { m_header->restoreState(m_initial); });
    menu->popup(m_header->viewport()->mapToGlobal(pos));
}
