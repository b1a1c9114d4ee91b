// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyslogTarget.h"

#include <QFileInfo>
#include <QObject>

QString SyslogTarget::validate() const
{
    if (host.isEmpty() && port == 0)
        return QString(); // off
    if (host.isEmpty() || host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/')))
        return QObject::tr("The syslog collector needs a host name or address.");
    if (port < 1 || port > 65535)
        return QObject::tr("The syslog collector's port must be between 1 and 65535.");
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return QObject::tr("The syslog collector's CA file %1 cannot be read.").arg(caFile);
    return QString();
}

QJsonObject SyslogTarget::toJson() const
{
    QJsonObject o{{QStringLiteral("host"), host}, {QStringLiteral("port"), port}, {QStringLiteral("tls"), tls}};
    if (!caFile.isEmpty())
        o.insert(QStringLiteral("ca_file"), caFile);
    return o;
}

SyslogTarget SyslogTarget::fromJson(const QJsonObject &o)
{
    SyslogTarget t;
    t.host = o.value(QLatin1String("host")).toString();
    t.port = o.value(QLatin1String("port")).toInt();
    t.tls = o.value(QLatin1String("tls")).toBool();
    t.caFile = o.value(QLatin1String("ca_file")).toString();
    return t;
}
