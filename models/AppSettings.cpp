#include "AppSettings.h"

#include <QSettings>

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

int AppSettings::courierRefreshSeconds() const
{
    return std::clamp(m_settings->value(QStringLiteral("courier/refreshSeconds"), 30).toInt(), 5, 3600);
}

void AppSettings::setCourierRefreshSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("courier/refreshSeconds"), std::clamp(seconds, 5, 3600));
    Q_EMIT changed();
}

int AppSettings::bodyWipeSeconds() const
{
    return std::clamp(m_settings->value(QStringLiteral("courier/bodyWipeSeconds"), 60).toInt(), 10, 600);
}

void AppSettings::setBodyWipeSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("courier/bodyWipeSeconds"), std::clamp(seconds, 10, 600));
    Q_EMIT changed();
}
