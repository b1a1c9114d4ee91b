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
    // How long a revealed courier body stays visible (10 s to 10 min, default 60 s).
    int bodyWipeSeconds() const;
    void setBodyWipeSeconds(int seconds);

Q_SIGNALS:
    void changed();

private:
    QSettings *m_settings;
};
