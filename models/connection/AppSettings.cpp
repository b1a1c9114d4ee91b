// SPDX-License-Identifier: GPL-3.0-or-later
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

namespace {
int overviewSeconds(int seconds)
{
    return seconds <= 0 ? 0 : std::clamp(seconds, 30, 3600);
}
} // namespace

int AppSettings::overviewRefreshSeconds() const
{
    return overviewSeconds(m_settings->value(QStringLiteral("overview/refreshSeconds"), 300).toInt());
}

void AppSettings::setOverviewRefreshSeconds(int seconds)
{
    m_settings->setValue(QStringLiteral("overview/refreshSeconds"), overviewSeconds(seconds));
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

int AppSettings::auditCheckpointMinutes() const
{
    return std::clamp(m_settings->value(QStringLiteral("audit/checkpointMinutes"), 15).toInt(), 1, 24 * 60);
}

QByteArray AppSettings::viewState(const QString &name) const
{
    return m_settings->value(QStringLiteral("view/") + name).toByteArray();
}

void AppSettings::setViewState(const QString &name, const QByteArray &state)
{
    // Not a preference: no changed() signal, nothing to apply.
    m_settings->setValue(QStringLiteral("view/") + name, state);
}

AppSettings::Appearance AppSettings::appearance() const
{
    const QString value = m_settings->value(QStringLiteral("appearance/scheme")).toString();
    if (value == QLatin1String("light"))
        return Appearance::Light;
    if (value == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::FollowSystem;
}

void AppSettings::setAppearance(Appearance appearance)
{
    const char *value = appearance == Appearance::Light ? "light" : appearance == Appearance::Dark ? "dark" : "system";
    m_settings->setValue(QStringLiteral("appearance/scheme"), QString::fromLatin1(value));
    Q_EMIT changed();
}

QString AppSettings::language() const
{
    return m_settings->value(QStringLiteral("appearance/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(QStringLiteral("appearance/language"), language);
    Q_EMIT changed();
}
