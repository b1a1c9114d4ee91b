// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusColors.h"

#include <QGuiApplication>
#include <QPalette>

namespace {

struct Pair
{
    QRgb onLight;
    QRgb onDark;
};

Pair textPair(StatusColors::Tone tone)
{
    switch (tone) {
    case StatusColors::Tone::Error:
        return {0xb71c1c, 0xff8a80};
    case StatusColors::Tone::Success:
        return {0x2e7d32, 0x81c784};
    case StatusColors::Tone::Pending:
        return {0xb45309, 0xffb74d};
    case StatusColors::Tone::Muted:
        return {0x5f6368, 0xa0a4a8};
    case StatusColors::Tone::Accent:
        return {0x1a4f9c, 0x8ab4f8};
    case StatusColors::Tone::Neutral:
        return {0x455a64, 0xb0bec5};
    case StatusColors::Tone::Special:
        return {0x8e24aa, 0xe1a6f0};
    }
    return {0x000000, 0xffffff};
}

Pair fillPair(StatusColors::Tone tone)
{
    switch (tone) {
    case StatusColors::Tone::Error:
        return {0xb71c1c, 0xc62828};
    case StatusColors::Tone::Success:
        return {0x2e7d32, 0x2e7d32};
    case StatusColors::Tone::Pending:
        return {0xb45309, 0xa04a06};
    case StatusColors::Tone::Muted:
        return {0x5f6368, 0x5f6368};
    case StatusColors::Tone::Accent:
        return {0x1e5aa8, 0x1e5aa8};
    case StatusColors::Tone::Neutral:
        return {0x455a64, 0x546e7a};
    case StatusColors::Tone::Special:
        return {0x6a1b9a, 0x7b1fa2};
    }
    return {0x000000, 0x000000};
}

} // namespace

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

bool StatusColors::isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor StatusColors::text(Tone tone)
{
    const Pair p = textPair(tone);
    return QColor::fromRgb(isDark() ? p.onDark : p.onLight);
}

QColor StatusColors::fill(Tone tone)
{
    const Pair p = fillPair(tone);
    return QColor::fromRgb(isDark() ? p.onDark : p.onLight);
}
