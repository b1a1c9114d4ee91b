// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusMetaType>
#include <QDBusVariant>
#include <QObject>

using PortalSettings = QMap<QString, QVariantMap>; // a{sa{sv}}
Q_DECLARE_METATYPE(PortalSettings)

// The XDG desktop portal's Settings interface as Debian 12's xdg-desktop-portal serves it, on the
// test's session bus: Read answers with the value wrapped in one more variant than the
// specification says, ReadAll with the namespaces asked for, and setColorScheme() emits
// SettingChanged as the portal does when the desktop switches.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    static constexpr const char *Service = "org.freedesktop.portal.Desktop";
    static constexpr const char *Path = "/org/freedesktop/portal/desktop";

    // On a connection of its own, as the real portal is another process: the app's signal match
    // names the portal's bus name as the sender, which the app's own connection never is.
    explicit FakePortal(uint scheme)
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-portal")))
        , m_scheme(scheme)
    {
        qDBusRegisterMetaType<PortalSettings>();
    }
    ~FakePortal() override
    {
        unregister();
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-portal"));
    }

    bool registerOnBus()
    {
        QDBusConnection &bus = m_bus;
        return bus.registerService(QString::fromLatin1(Service)) &&
               bus.registerObject(QString::fromLatin1(Path), this,
                                  QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals);
    }
    void unregister()
    {
        QDBusConnection &bus = m_bus;
        bus.unregisterObject(QString::fromLatin1(Path));
        bus.unregisterService(QString::fromLatin1(Service));
    }
    void setColorScheme(uint scheme)
    {
        m_scheme = scheme;
        Q_EMIT SettingChanged(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme"),
                              QDBusVariant(QVariant::fromValue(scheme)));
    }
    int reads = 0;

public Q_SLOTS:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        ++reads;
        if (group != QLatin1String("org.freedesktop.appearance") || key != QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant::fromValue(0u))));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant::fromValue(m_scheme))));
    }
    PortalSettings ReadAll(const QStringList &groups)
    {
        PortalSettings all;
        if (groups.isEmpty() || groups.contains(QStringLiteral("org.freedesktop.appearance")))
            all.insert(QStringLiteral("org.freedesktop.appearance"),
                       QVariantMap{{QStringLiteral("color-scheme"), QVariant::fromValue(m_scheme)}});
        return all;
    }

Q_SIGNALS:
    void SettingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    QDBusConnection m_bus;
    uint m_scheme;
};
