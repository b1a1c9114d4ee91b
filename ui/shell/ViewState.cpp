// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewState.h"

#include "AppSettings.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace {

QString splitterKey(const QSplitter *splitter)
{
    return QStringLiteral("splitter/") + splitter->objectName();
}

QString headerKey(const QAbstractItemView *view)
{
    return QStringLiteral("columns/") + view->objectName();
}

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

} // namespace

void ViewState::save(const QWidget *root, AppSettings *settings)
{
    if (!settings)
        return;
    if (root->isWindow())
        settings->setViewState(QStringLiteral("geometry/") + root->objectName(), root->saveGeometry());
    for (const QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings->setViewState(splitterKey(splitter), splitter->saveState());
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QHeaderView *header = headerOf(view);
        if (header && !view->objectName().isEmpty() && header->count() > 0)
            settings->setViewState(headerKey(view), header->saveState());
    }
}

void ViewState::restore(QWidget *root, const AppSettings *settings)
{
    if (!settings)
        return;
    if (root->isWindow()) {
        const QByteArray geometry = settings->viewState(QStringLiteral("geometry/") + root->objectName());
        if (!geometry.isEmpty())
            root->restoreGeometry(geometry); // Qt keeps a restored window on a screen that exists
    }
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        const QByteArray state =
            splitter->objectName().isEmpty() ? QByteArray() : settings->viewState(splitterKey(splitter));
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = headerOf(view);
        if (!header || view->objectName().isEmpty())
            continue;
        const QByteArray state = settings->viewState(headerKey(view));
        if (state.isEmpty() || !header->restoreState(state))
            continue;
        // The header holds the sort indicator; the view sorts by it only when told.
        if (auto *table = qobject_cast<QTableView *>(view); table && table->isSortingEnabled())
            table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        else if (auto *tree = qobject_cast<QTreeView *>(view); tree && tree->isSortingEnabled())
            tree->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}
