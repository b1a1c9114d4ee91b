// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSettings;

// The user's preferences that are not part of a profile, kept in QSettings, with their limits.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    explicit AppSettings(QSettings *settings, QObject *parent = nullptr);

    // How often the courier page reloads while auto-refresh is on (5 s to 1 h, default 30 s).
    int courierRefreshSeconds() const;
    void setCourierRefreshSeconds(int seconds);
    // How often the overview reads its figures again (0 = only on demand, else 30 s to 1 h; default 5 min).
    int overviewRefreshSeconds() const;
    void setOverviewRefreshSeconds(int seconds);
    // How long a revealed courier body stays visible (10 s to 10 min, default 60 s).
    int bodyWipeSeconds() const;
    void setBodyWipeSeconds(int seconds);

    // How often an audit checkpoint goes to the syslog collector (1 min to 24 h, default 15 min).
    // Set by who deploys the app (audit/checkpointMinutes); there is no control for it.
    int auditCheckpointMinutes() const;

    enum class Appearance
    {
        FollowSystem, // the desktop's colour scheme, read from the XDG desktop portal
        Light,
        Dark
    };
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    // The language of the user interface: "" follows the system, else "en", "de", … Read at start.
    QString language() const;
    void setLanguage(const QString &language);

    // What the window remembers of its own layout (geometry, splitters, table headers), by name.
    // Opaque to everything but the widget that wrote it; empty when there is none.
    QByteArray viewState(const QString &name) const;
    void setViewState(const QString &name, const QByteArray &state);

Q_SIGNALS:
    void changed();

private:
    QSettings *m_settings;
};
