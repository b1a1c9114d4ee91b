// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinnedSelection.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

PinnedSelection::PinnedSelection(QAbstractItemView *view, QAbstractItemModel *model, int idRole, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
    , m_role(idRole)
{
    // Connected before the view and its selection model connect theirs, so that these run first:
    // the current-row changes a model change causes are known as such.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &PinnedSelection::beginChange);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &PinnedSelection::beginChange);
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &PinnedSelection::beginChange);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &PinnedSelection::beginChange);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &PinnedSelection::beginChange);
    view->setModel(model);
    // ...and these after the view's: the view has settled when the pinned row is looked for.
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PinnedSelection::endChange);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PinnedSelection::rowsInserted);
    connect(model, &QAbstractItemModel::rowsMoved, this, &PinnedSelection::endChange);
    connect(model, &QAbstractItemModel::layoutChanged, this, &PinnedSelection::endChange);
    connect(model, &QAbstractItemModel::modelReset, this, &PinnedSelection::endChange);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PinnedSelection::currentRowChanged);
}

void PinnedSelection::pin(const QString &id)
{
    if (id != m_id) {
        m_id = id;
        m_shown = false;
        Q_EMIT pinned(id);
    }
    reconcile();
    if (m_shown)
        m_view->scrollTo(m_view->currentIndex());
}

void PinnedSelection::clear()
{
    m_id.clear();
    m_shown = false;
    m_selecting = true;
    m_view->selectionModel()->clear();
    m_selecting = false;
    Q_EMIT pinned(QString());
}

void PinnedSelection::currentRowChanged(const QModelIndex &current)
{
    if (m_changing > 0 || m_selecting || !current.isValid())
        return; // the model moved it, or this class did; an empty current row unpins nothing
    const QString id = current.data(m_role).toString();
    if (id == m_id) {
        setShown(true);
        return;
    }
    m_id = id;
    m_shown = true;
    Q_EMIT pinned(id);
}

void PinnedSelection::beginChange()
{
    ++m_changing;
}

void PinnedSelection::endChange()
{
    if (m_changing > 0 && --m_changing > 0)
        return;
    reconcile();
}

void PinnedSelection::rowsInserted(const QModelIndex &parent, int first, int last)
{
    if (m_changing > 0 && --m_changing > 0)
        return;
    if (m_id.isEmpty() || parent.isValid())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.data(m_role).toString() == m_id)
        return; // rows added elsewhere: the view is where it was
    const int row = findRow(m_id, first, last);
    if (row < 0)
        return;
    makeCurrent(row);
    setShown(true);
}

void PinnedSelection::reconcile()
{
    if (m_id.isEmpty()) {
        m_shown = false;
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.data(m_role).toString() == m_id) {
        setShown(true);
        return;
    }
    const int row = findRow(m_id, 0, m_model->rowCount() - 1);
    if (row >= 0) {
        makeCurrent(row);
        setShown(true);
        return;
    }
    // Not in the list: no current row rather than another person's; rows the user selected
    // themselves stay selected.
    if (current.isValid()) {
        m_selecting = true;
        m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
        m_selecting = false;
    }
    setShown(false);
}

int PinnedSelection::findRow(const QString &id, int first, int last) const
{
    if (m_lookup)
        return m_lookup(id);
    for (int row = std::max(0, first); row <= last && row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(m_role).toString() == id)
            return row;
    }
    return -1;
}

void PinnedSelection::makeCurrent(int row)
{
    m_selecting = true;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selecting = false;
}

void PinnedSelection::setShown(bool shown)
{
    if (m_shown == shown)
        return;
    m_shown = shown;
    Q_EMIT shownChanged(shown);
}
