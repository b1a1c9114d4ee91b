// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditRecord.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// An audit record as RFC 5424 syslog messages: facility authpriv, severity notice (warning for
// a failed or refused outcome), the record's time, host, "kratos-desk", the process id, the
// action as MSGID, every field of the record as structured data (SD-ID audit@32473, the
// documentation enterprise number of RFC 5612) and the summary as the UTF-8 message.
//
// A record is split rather than relying on the collector's configuration: rsyslog takes 8 KiB
// messages by default and its RFC 5424 parser cuts structured data at 32 KiB whatever its
// maxMessageSize. A record whose message would exceed MaxMessageBytes (a bulk intent naming
// hundreds of identities) goes out as several messages that each carry every small field plus
// part="i/n" and one slice of "targets" or "change"; reassemble() joins the slices in order.
namespace SyslogFormat {

constexpr int MaxMessageBytes = 8000; // under rsyslog's default 8096, RFC 5425's 8192

QList<QByteArray> messages(const AuditRecord &record, qint64 processId);
// One message for the record; messages() splits it when it is too large.
QByteArray message(const AuditRecord &record, qint64 processId);
// RFC 6587 octet counting: "<length> <message>".
QByteArray frame(const QByteArray &message);
// The SD-PARAMs of `structuredData` ("[audit@32473 a=\"1\" ...]"), unescaped: for tests and tools.
QMap<QString, QString> parameters(const QByteArray &structuredData);
// The record's fields as SD-PARAM name/value pairs, as message() writes them.
QMap<QString, QString> fields(const AuditRecord &record);
// The parameters of one record's messages (in the order sent) joined back: slices of split
// fields concatenated, "part" dropped.
QMap<QString, QString> reassemble(const QList<QMap<QString, QString>> &parts);

} // namespace SyslogFormat
