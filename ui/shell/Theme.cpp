// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include "AppSettings.h"
#include "PortalColorScheme.h"
#include "StatusColors.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

Theme::Theme(AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_portal(new PortalColorScheme(this))
{
    connect(m_portal, &PortalColorScheme::changed, this, &Theme::apply);
    if (m_settings)
        connect(m_settings, &AppSettings::changed, this, &Theme::apply);
}

void Theme::start(StyleSheet styleSheet)
{
    m_styled = styleSheet == StyleSheet::Now;
    // Fusion draws every control from the palette, so both modes look alike on every desktop.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    m_started = true;
    apply();
    m_portal->read();
}

void Theme::apply()
{
    if (!m_started)
        return;
    const AppSettings::Appearance choice =
        m_settings ? m_settings->appearance() : AppSettings::Appearance::FollowSystem;
    const bool dark = choice == AppSettings::Appearance::Dark ||
                      (choice == AppSettings::Appearance::FollowSystem && m_portal->prefersDark());
    if (m_applied && dark == m_dark)
        return;
    m_applied = true;
    m_dark = dark;
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    if (m_styled)
        qApp->setStyleSheet(styleSheet(dark)); // after the palette: StatusColors reads it
    Q_EMIT applied(dark);
}

void Theme::applyStyleSheet()
{
    if (m_styled)
        return;
    m_styled = true;
    qApp->setStyleSheet(styleSheet(m_dark));
}

QPalette Theme::lightPalette()
{
    QStyle *style = QApplication::style();
    QPalette p = style ? style->standardPalette() : QPalette();
    // Fusion's highlight (#308cc6) carries white text at 3.6:1; a deeper blue reads at 5.3:1 (WCAG AA),
    // for the selected row's text and its icon alike.
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Highlight, QColor(0x1f, 0x6f, 0xb2));
        p.setColor(group, QPalette::HighlightedText, Qt::white);
    }
    return p;
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x7f, 0x83, 0x88);
    const QColor button(0x3a, 0x3c, 0x40);
    QPalette p(button, window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x28, 0x2c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x47));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6b, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

QString Theme::styleSheet(bool dark)
{
    // The shades below are pairs: each reads on its own mode's window colour.
    const QString error = StatusColors::text(StatusColors::Tone::Error).name();
    const QString bannerBackground = dark ? QStringLiteral("#3b1c1c") : QStringLiteral("#fdecea");
    const QString bannerBorder = dark ? QStringLiteral("#7a2e2e") : QStringLiteral("#f5c2c0");
    const QString bannerText = dark ? QStringLiteral("#f8d7d4") : QStringLiteral("#5f1412");
    const QString neutral = StatusColors::fill(StatusColors::Tone::Neutral).name();
    const QString alert = StatusColors::fill(StatusColors::Tone::Error).name();
    const QString noteBackground = dark ? QStringLiteral("#3a2e12") : QStringLiteral("#fff4e5");
    const QString noteBorder = dark ? QStringLiteral("#7a5c1e") : QStringLiteral("#f0c36d");
    const QString noteText = dark ? QStringLiteral("#f6e0b5") : QStringLiteral("#5c3c00");
    return QStringLiteral("ErrorBanner, QLabel[tone=\"problem\"] { background: %2; border: 1px solid %3; "
                          "border-radius: 4px; }\n"
                          "ErrorBanner QLabel, QLabel[tone=\"problem\"] { color: %4; padding: 2px; }\n"
                          "QLabel[tone=\"error\"] { color: %1; }\n"
                          "QPushButton[tone=\"danger\"] { color: %1; font-weight: bold; }\n"
                          "QLabel[tone=\"alert\"] { background: %6; color: white; padding: 6px; }\n"
                          "QLabel[tone=\"badge\"] { background: %5; color: white; padding: 2px 6px; "
                          "border-radius: 3px; }\n"
                          "ListNote { background: %7; border: 1px solid %8; border-radius: 4px; }\n"
                          "ListNote QLabel { color: %9; }\n")
        .arg(error, bannerBackground, bannerBorder, bannerText, neutral, alert, noteBackground, noteBorder, noteText);
}
