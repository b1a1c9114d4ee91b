// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIconEngine>

// An SVG icon drawn in the colour text has where it stands: the palette's text colour normally,
// its highlighted-text colour when selected, its disabled text colour when disabled. So the icon
// of the selected page reads on the highlight as its label does, in light and dark mode alike,
// and follows the palette when the desktop switches. The SVG is the app's own line drawing, in one
// stroke colour (kStroke) that is replaced; each size, scale and colour is drawn once and cached.
class TintedIconEngine final : public QIconEngine
{
public:
    static constexpr const char *kStroke = "#4f7fc4";

    explicit TintedIconEngine(const QString &resource);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

    // The colour an icon in `mode` is drawn in, from the application's palette.
    static QColor colour(QIcon::Mode mode);

private:
    QString m_resource;
    QByteArray m_svg;
};
