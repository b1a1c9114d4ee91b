// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

PlainTextDelegate::PlainTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_whole(CachedTexts)
    , m_elided(CachedTexts / 4)
{}

void PlainTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString &text = opt.text;
    const bool plain = !(opt.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration |
                                         QStyleOptionViewItem::WrapText)) &&
                       !(opt.state & (QStyle::State_HasFocus | QStyle::State_Editing)) &&
                       !text.contains(QChar::LineSeparator) && !text.contains(QLatin1Char('\n'));
    if (!plain) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The background (alternating, selected, a model's brush) as the style draws it.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The text where QCommonStyle puts it: inside the focus frame's margin, in the option's colour.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
    QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QStaticText &shown = laidOut(text, area.width(), opt.textElideMode, opt.font, painter->transform());
    const QSizeF size = shown.size();
    const Qt::Alignment align = QStyle::visualAlignment(opt.direction, opt.displayAlignment);
    qreal x = area.left();
    if (align & Qt::AlignRight)
        x = area.left() + area.width() - size.width();
    else if (align & Qt::AlignHCenter)
        x = area.left() + (area.width() - size.width()) / 2;
    qreal y = area.top() + (area.height() - size.height()) / 2;
    if (align & Qt::AlignTop)
        y = area.top();
    else if (align & Qt::AlignBottom)
        y = area.top() + area.height() - size.height();

    painter->save();
    painter->setClipRect(opt.rect, Qt::IntersectClip);
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), shown);
    painter->restore();
}

const QStaticText &PlainTextDelegate::laidOut(const QString &text, int width, Qt::TextElideMode mode, const QFont &font,
                                              const QTransform &transform) const
{
    if (font != m_font) {
        m_whole.clear();
        m_elided.clear();
        m_font = font;
    }
    auto prepared = [&font, &transform](const QString &shown) {
        auto *laid = new QStaticText(shown);
        laid->setTextFormat(Qt::PlainText);
        QTextOption option;
        option.setWrapMode(QTextOption::NoWrap);
        laid->setTextOption(option);
        laid->prepare(transform, font);
        return laid;
    };
    QStaticText *whole = m_whole.object(text);
    if (!whole) {
        whole = prepared(text);
        m_whole.insert(text, whole);
    }
    if (whole->size().width() <= width || mode == Qt::ElideNone)
        return *whole;
    const QString key =
        QString::number(width) + QLatin1Char(' ') + QString::number(int(mode)) + QLatin1Char(' ') + text;
    QStaticText *elided = m_elided.object(key);
    if (!elided) {
        elided = prepared(QFontMetrics(font).elidedText(text, mode, width));
        m_elided.insert(key, elided);
    }
    return *elided;
}
