// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

// Paints a list of short labels (the item's `role` data, a QStringList) as coloured rounded
// badges, one colour per kind: what Kratos's extension makes of a schema node, at a glance.
class BadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BadgeDelegate)

public:
    BadgeDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour of a badge, chosen by its first word ("Login", "Verify", "Recovery", …).
    static QColor colorFor(const QString &badge);

private:
    int m_role;
};
