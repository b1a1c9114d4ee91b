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

struct Shades
{
    Pair text; // on the window's background
    Pair fill; // behind white text
};

Shades shades(StatusColors::Tone tone)
{
    switch (tone) {
    case StatusColors::Tone::Error:
        return {{0xb71c1c, 0xff8a80}, {0xb71c1c, 0xc62828}};
    case StatusColors::Tone::Success:
        return {{0x2e7d32, 0x81c784}, {0x2e7d32, 0x2e7d32}};
    case StatusColors::Tone::Pending:
        return {{0xb45309, 0xffb74d}, {0xb45309, 0xa04a06}};
    case StatusColors::Tone::Muted:
        return {{0x5f6368, 0xa0a4a8}, {0x5f6368, 0x5f6368}};
    case StatusColors::Tone::Accent:
        return {{0x1a4f9c, 0x8ab4f8}, {0x1e5aa8, 0x1e5aa8}};
    case StatusColors::Tone::Neutral:
        return {{0x455a64, 0xb0bec5}, {0x455a64, 0x546e7a}};
    case StatusColors::Tone::Special:
        return {{0x8e24aa, 0xe1a6f0}, {0x6a1b9a, 0x7b1fa2}};
    }
    return {{0x000000, 0xffffff}, {0x000000, 0x000000}};
}

QColor pick(const Pair &pair)
{
    return QColor::fromRgb(StatusColors::isDark() ? pair.onDark : pair.onLight);
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
    return pick(shades(tone).text);
}

QColor StatusColors::fill(Tone tone)
{
    return pick(shades(tone).fill);
}
