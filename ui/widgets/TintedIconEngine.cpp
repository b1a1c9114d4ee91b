// SPDX-License-Identifier: GPL-3.0-or-later
#include "TintedIconEngine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

TintedIconEngine::TintedIconEngine(const QString &resource)
    : m_resource(resource)
{
    QFile file(resource);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QColor TintedIconEngine::colour(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::Text);
}

void TintedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QByteArray svg = m_svg;
    svg.replace(kStroke, colour(mode).name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    if (renderer.isValid())
        renderer.render(painter, rect);
}

QPixmap TintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap TintedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // The page list asks on every repaint: the SVG is parsed once per size, scale and colour.
    const QString key = QStringLiteral("kd-tinted:%1:%2x%3@%4:%5")
                            .arg(m_resource)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(scale)
                            .arg(colour(mode).name());
    QPixmap out;
    if (QPixmapCache::find(key, &out))
        return out;
    out = QPixmap(size * scale);
    out.fill(Qt::transparent);
    {
        QPainter painter(&out);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(0, 0), out.size()), mode, state);
    }
    out.setDevicePixelRatio(scale);
    QPixmapCache::insert(key, out);
    return out;
}

QIconEngine *TintedIconEngine::clone() const
{
    return new TintedIconEngine(*this);
}

QString TintedIconEngine::key() const
{
    return QStringLiteral("TintedIconEngine");
}
