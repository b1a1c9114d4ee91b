// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterChips.h"

#include "ElidedLabel.h"
#include "FlowLayout.h"

#include <QLabel>
#include <QPushButton>
#include <QToolButton>

FilterChips::FilterChips(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
    , m_count(new ElidedLabel(this))
    , m_clearAll(new QPushButton(tr("Clear all filters"), this))
{
    setObjectName(QStringLiteral("filterChips"));
    m_count->setObjectName(QStringLiteral("filterCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_clearAll->setObjectName(QStringLiteral("clearAllFilters"));
    m_clearAll->setToolTip(tr("Remove every restriction of this list (also Esc in the empty search box)"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_count);
    m_layout->addWidget(m_clearAll);
    connect(m_clearAll, &QPushButton::clicked, this, &FilterChips::clearAllRequested);
    m_clearAll->hide();
}

void FilterChips::setState(const QString &count, const QList<Chip> &chips)
{
    m_count->setText(count);
    QStringList wanted;
    for (const Chip &chip : chips)
        wanted.append(chip.key + QLatin1Char('\n') + chip.text);
    QStringList present;
    for (const QToolButton *button : std::as_const(m_chips))
        present.append(button->property("chipKey").toString() + QLatin1Char('\n') +
                       button->property("chipText").toString());
    if (wanted != present) {
        // Rebuilt only when they change: the count changes with every page, the chips seldom.
        qDeleteAll(m_chips);
        m_chips.clear();
        m_layout->removeWidget(m_clearAll);
        for (const Chip &chip : chips) {
            auto *button = new QToolButton(this);
            button->setObjectName(QStringLiteral("chip:") + chip.key);
            button->setProperty("chipKey", chip.key);
            button->setProperty("chipText", chip.text);
            // A cross in the text, not an icon: it takes the text's colour, in light and dark.
            // A long restriction (a pasted id, a long address) is cut: no chip widens the window.
            const QString shortText = fontMetrics().elidedText(chip.text, Qt::ElideMiddle,
                                                               fontMetrics().horizontalAdvance(QLatin1Char('M')) * 24);
            button->setText(tr("%1  ✕").arg(shortText));
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            button->setToolTip(tr("Remove this restriction: %1").arg(chip.text));
            button->setAccessibleName(tr("Remove restriction: %1").arg(chip.text));
            button->setFocusPolicy(Qt::StrongFocus); // reachable by Tab like any button
            connect(button, &QToolButton::clicked, this, [this, key = chip.key]() { Q_EMIT removeRequested(key); });
            m_layout->addWidget(button);
            button->show();
            m_chips.append(button);
        }
        m_layout->addWidget(m_clearAll);
        chainTabOrder();
    }
    m_clearAll->setVisible(!chips.isEmpty());
}

void FilterChips::setTabNeighbours(QWidget *before, QWidget *after)
{
    m_before = before;
    m_after = after;
    chainTabOrder();
}

void FilterChips::chainTabOrder()
{
    if (!m_before || !m_after)
        return;
    QWidget *previous = m_before;
    for (QToolButton *chip : std::as_const(m_chips)) {
        QWidget::setTabOrder(previous, chip);
        previous = chip;
    }
    QWidget::setTabOrder(previous, m_clearAll);
    QWidget::setTabOrder(m_clearAll, m_after);
}

QString FilterChips::countText() const
{
    return m_count->text();
}

QStringList FilterChips::chipKeys() const
{
    QStringList keys;
    for (const QToolButton *button : m_chips)
        keys.append(button->property("chipKey").toString());
    return keys;
}
