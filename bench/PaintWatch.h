// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;

// Tells when an item view has painted what its model last changed: a layout change or a reset
// makes a paint due, the viewport's next paint event settles it. Search times are taken until
// the rows are on screen, not only until the model has them.
class PaintWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaintWatch)

public:
    // The view's model must be set.
    explicit PaintWatch(QAbstractItemView *view);

    bool isPaintDue() const { return m_due; }
    // Runs the event loop until no paint is due (at most two seconds).
    void waitUntilPainted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QAbstractItemView> m_view;
    bool m_due = false;
};
