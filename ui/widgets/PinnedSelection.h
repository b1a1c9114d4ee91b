// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndex>
#include <QObject>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;

// Binds a list's detail pane to one row id: only the user changes it.
//
// When rows are removed, filtered out, sorted or reset, QItemSelectionModel moves the current
// index to a neighbour, and a pane that follows the current row silently shows another person.
// This class hears every model change before the view does (it sets the model on the view
// itself, so its handlers run first) and ignores the current-row changes made meanwhile. After
// the change it puts the view back on the pinned row, or, when that row is not in the list any
// more, leaves the view with no current row and says so (shownChanged). A pane changes person
// only through pinned(), which a user's click or key, or pin() on the user's behalf, emits.
class PinnedSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinnedSelection)

public:
    // The row of `id` in the view's model, or -1. Without one, rows are searched one by one.
    using RowLookup = std::function<int(const QString &id)>;

    // Sets `model` on `view` (instead of QAbstractItemView::setModel); `idRole` gives a row's id.
    PinnedSelection(QAbstractItemView *view, QAbstractItemModel *model, int idRole, QObject *parent = nullptr);

    void setRowLookup(RowLookup lookup) { m_lookup = std::move(lookup); }
    // The id the pane is bound to; empty when nothing is pinned.
    QString id() const { return m_id; }
    // The pinned row is in the list (the view's model).
    bool isShown() const { return m_shown; }
    // Pins `id` on the user's behalf (Open identity, a deep link) and selects its row when it is
    // in the list; emits pinned() when the id changes.
    void pin(const QString &id);
    // Nothing is pinned any more (the user's own choice, e.g. a new connection).
    void clear();
    // Looks for the pinned row again and updates the view and isShown() (after a change the model
    // does not signal, e.g. a filter that is applied later).
    void reconcile();

Q_SIGNALS:
    // The user chose another row: show `id` (empty: nothing).
    void pinned(const QString &id);
    // The pinned row came into the list, or left it.
    void shownChanged(bool shown);

private:
    void currentRowChanged(const QModelIndex &current);
    void beginChange();
    void endChange();
    void rowsInserted(const QModelIndex &parent, int first, int last);
    int findRow(const QString &id, int first, int last) const;
    void setShown(bool shown);
    void makeCurrent(int row);

    QAbstractItemView *m_view;
    QAbstractItemModel *m_model;
    int m_role;
    RowLookup m_lookup;
    QString m_id;
    bool m_shown = false;
    int m_changing = 0;       // model changes under way
    bool m_selecting = false; // this class moves the current row
};
