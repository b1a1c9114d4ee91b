// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// Where a profile's audit records are copied for central collection: a syslog collector taking
// RFC 5424 messages over TCP with octet counting (RFC 6587), over TLS (RFC 5425) when `tls` is
// set. Off while host or port is empty. Large records are split to fit the collector's default
// message size (see SyslogFormat).
struct SyslogTarget
{
    QString host;
    int port = 0;
    bool tls = false;
    QString caFile; // PEM; empty: the system's trust store

    bool enabled() const { return !host.isEmpty() && port > 0; }
    // Empty when usable (or off); otherwise what is wrong, in words.
    QString validate() const;
    QJsonObject toJson() const;
    static SyslogTarget fromJson(const QJsonObject &o);
    bool operator==(const SyslogTarget &other) const = default;
};
