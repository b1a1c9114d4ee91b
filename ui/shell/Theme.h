// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class AppSettings;
class PortalColorScheme;
class QPalette;

// Light or dark for the whole application: the user's choice in Settings, or the desktop's
// colour scheme from the XDG portal when the choice is "Follow system". Sets the Fusion style's
// palette and one application style sheet that gives every toned widget (error text, banners,
// badges, destructive buttons: widgets say `tone` as a property, never a colour) the shade
// chosen for the mode.
class Theme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Theme)

public:
    // `settings` may be null: then the desktop's scheme alone decides.
    explicit Theme(AppSettings *settings, QObject *parent = nullptr);

    // Applies the light palette and the style sheet at once, then asks the portal (asynchronously).
    // With `Later` the style sheet waits for applyStyleSheet(), so that the main window is built
    // without it: under an application style sheet every part of a page is restyled again each
    // time a built part moves into its parent (a quarter of the start-up before the first paint).
    enum class StyleSheet
    {
        Now,
        Later
    };
    void start(StyleSheet styleSheet = StyleSheet::Now);
    // The style sheet of the current mode, from now on also when the mode changes.
    void applyStyleSheet();
    bool isDark() const { return m_dark; }
    PortalColorScheme *portal() const { return m_portal; }

    static QPalette darkPalette();
    static QPalette lightPalette();
    static QString styleSheet(bool dark);

Q_SIGNALS:
    void applied(bool dark);

private:
    void apply();

    AppSettings *m_settings;
    PortalColorScheme *m_portal;
    bool m_dark = false;
    bool m_started = false;
    bool m_applied = false; // a palette has been set at least once
    bool m_styled = false;  // the style sheet follows the mode
};
