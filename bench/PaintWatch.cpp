// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaintWatch.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>

PaintWatch::PaintWatch(QAbstractItemView *view)
    : m_view(view)
{
    view->viewport()->installEventFilter(this);
    const QAbstractItemModel *model = view->model();
    const auto due = [this] { m_due = true; };
    connect(model, &QAbstractItemModel::layoutChanged, this, due);
    connect(model, &QAbstractItemModel::modelReset, this, due);
}

void PaintWatch::waitUntilPainted()
{
    // A view lays out and repaints after every layout change or reset; the deadline only keeps
    // a broken view from hanging the benchmark.
    QElapsedTimer waited;
    waited.start();
    while (m_due && m_view && m_view->isVisible() && waited.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

bool PaintWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_view && watched == m_view->viewport())
        m_due = false;
    return QObject::eventFilter(watched, event);
}
