// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

// Paints cells that hold one line of plain text, as QStyledItemDelegate does, for a fraction of
// its cost: the text is laid out once and kept (QStaticText), instead of being laid out two or
// three times on every paint. A quick filter over a million identities repaints every visible
// cell on each keystroke; with the standard delegate that painting was most of the UI thread's
// work per query. A cell with anything else (an icon, a check box, several lines, focus, an
// editor) is painted by QStyledItemDelegate.
class PlainTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainTextDelegate)

public:
    explicit PlainTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // How many texts are kept laid out (each is a few hundred bytes).
    static constexpr int CachedTexts = 2000;

private:
    // The text as laid out to fit `width` (elided when it does not), from the cache when it is there.
    const QStaticText &laidOut(const QString &text, int width, Qt::TextElideMode mode, const QFont &font,
                               const QTransform &transform) const;

    mutable QFont m_font;                          // the font the cached texts were laid out in
    mutable QCache<QString, QStaticText> m_whole;  // each text laid out on one line
    mutable QCache<QString, QStaticText> m_elided; // texts too wide for their cell, by text and width
};
