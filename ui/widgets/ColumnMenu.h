// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QHeaderView;

// A context menu on a table's header that shows or hides its columns (one checkable entry per
// column, the last visible one cannot be hidden) and puts them back as they were at first.
class ColumnMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMenu)

public:
    // Owned by the header.
    static void install(QHeaderView *header);

private:
    explicit ColumnMenu(QHeaderView *header);
    void show(const QPoint &pos);

    QHeaderView *m_header;
    QByteArray m_initial;
};
