// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusVariant>
#include <QObject>

// The desktop's colour scheme as GNOME and KDE publish it: the XDG desktop portal's setting
// org.freedesktop.appearance / color-scheme (0 no preference, 1 prefer dark, 2 prefer light),
// read once and then followed through SettingChanged. Qt 6.4 has no QStyleHints::colorScheme.
// Every call is asynchronous: a portal that does not answer (it can take 25 s) never holds up
// the window, and a desktop without a portal simply leaves the scheme at "no preference".
class PortalColorScheme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalColorScheme)

public:
    enum class Scheme
    {
        NoPreference = 0,
        PreferDark = 1,
        PreferLight = 2
    };

    explicit PortalColorScheme(QObject *parent = nullptr);

    // Asks the portal (again). The answer arrives as changed().
    void read();
    Scheme scheme() const { return m_scheme; }
    bool prefersDark() const { return m_scheme == Scheme::PreferDark; }

Q_SIGNALS:
    void changed(PortalColorScheme::Scheme scheme);

private Q_SLOTS:
    void onSettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    void take(const QVariant &value);

    Scheme m_scheme = Scheme::NoPreference;
};
