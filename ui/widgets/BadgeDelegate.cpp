// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadgeDelegate.h"

#include "StatusColors.h"

#include <QApplication>
#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int PadX = 6;
constexpr int Gap = 4;

} // namespace

BadgeDelegate::BadgeDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

QColor BadgeDelegate::colorFor(const QString &badge)
{
    // The badge's kind is the words before its colon, as KratosExtension writes them in the
    // user's language. Fills are chosen for white text in light and dark (StatusColors).
    const QString kind = badge.section(QLatin1Char(':'), 0, 0);
    const auto is = [&kind](const char *text) {
        return kind == QCoreApplication::translate("KratosExtension", text).section(QLatin1Char(':'), 0, 0);
    };
    if (is("Login: %1"))
        return StatusColors::fill(StatusColors::Tone::Accent);
    if (is("Verify: %1"))
        return StatusColors::fill(StatusColors::Tone::Success);
    if (is("Recovery: %1"))
        return StatusColors::fill(StatusColors::Tone::Pending);
    if (is("Organisation: %1"))
        return StatusColors::fill(StatusColors::Tone::Special);
    if (is("Unknown: %1"))
        return StatusColors::fill(StatusColors::Tone::Error);
    return StatusColors::fill(StatusColors::Tone::Neutral); // passkey name, TOTP account
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the badges replace the text
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QStringList badges = index.data(m_role).toStringList();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    const QFontMetrics fm(font);
    const int height = qMin(option.rect.height() - 2, fm.height() + 2);
    int x = option.rect.left() + 2;
    const int y = option.rect.center().y() - height / 2;
    for (const QString &badge : badges) {
        const int width = fm.horizontalAdvance(badge) + 2 * PadX;
        if (x + width > option.rect.right())
            break;
        QPainterPath path;
        path.addRoundedRect(QRectF(x, y, width, height), height / 2.0, height / 2.0);
        painter->fillPath(path, colorFor(badge));
        painter->setPen(Qt::white);
        painter->drawText(QRect(x, y, width, height), Qt::AlignCenter, badge);
        x += width + Gap;
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(font);
    int width = 4;
    for (const QString &badge : index.data(m_role).toStringList())
        width += fm.horizontalAdvance(badge) + 2 * PadX + Gap;
    size.setWidth(width);
    return size;
}
