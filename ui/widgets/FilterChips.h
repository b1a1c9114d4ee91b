// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class FlowLayout;
class QLabel;
class QPushButton;
class QToolButton;

// What restricts a list, in one visible line: how many rows it shows of how many, then one chip
// per restriction (server search, state, quick filter, …), each removable on its own, and "Clear
// all". A page says what restricts it; the chips never decide anything themselves.
class FilterChips final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterChips)

public:
    struct Chip
    {
        QString key;  // the page's name for the restriction ("state", "quick", …)
        QString text; // what the user reads ("State: Inactive")
    };

    explicit FilterChips(QWidget *parent = nullptr);

    // The count in words ("37 shown of 2,000 loaded") and the restrictions in force.
    void setState(const QString &count, const QList<Chip> &chips);
    QString countText() const;
    QStringList chipKeys() const;
    // Tab goes from `before` through the chips and "Clear all" to `after`, however often the
    // chips are made again.
    void setTabNeighbours(QWidget *before, QWidget *after);

Q_SIGNALS:
    void removeRequested(const QString &key);
    void clearAllRequested();

private:
    void chainTabOrder();

    FlowLayout *m_layout;
    QWidget *m_before = nullptr;
    QWidget *m_after = nullptr;
    QLabel *m_count;
    QPushButton *m_clearAll;
    QList<QToolButton *> m_chips;
};
