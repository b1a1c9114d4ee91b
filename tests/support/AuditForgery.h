// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditTrailCheck.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace TestSupport {

// The records of the trail at `trail`, one per line.
inline QList<QByteArray> trailLines(const QString &trail)
{
    QFile f(trail);
    QList<QByteArray> lines = f.open(QIODevice::ReadOnly) ? f.readAll().split('\n') : QList<QByteArray>();
    lines.removeAll(QByteArray());
    return lines;
}

// What a forger with write access to the trail folder does: writes `lines` as the trail with
// every "prev" recomputed, and a head to match. The local check then calls it whole; only the
// collector's checkpoints can tell. The head is "<name>.head" beside "<name>.jsonl".
inline bool forgeTrail(const QString &trail, QList<QByteArray> lines)
{
    QByteArray prev = AuditTrailCheck::genesisHash();
    QByteArray out;
    for (QByteArray &line : lines) {
        QJsonObject o = QJsonDocument::fromJson(line).object();
        o.insert(QStringLiteral("prev"), QString::fromLatin1(prev));
        line = QJsonDocument(o).toJson(QJsonDocument::Compact);
        prev = AuditTrailCheck::hashOf(line);
        out += line + '\n';
    }
    const QFileInfo info(trail);
    QFile f(trail);
    QFile head(info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".head"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(out) != out.size() ||
        !head.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray h = QJsonDocument(QJsonObject{{QStringLiteral("lines"), lines.size()},
                                                   {QStringLiteral("last"), QString::fromLatin1(prev)}})
                             .toJson(QJsonDocument::Compact);
    return head.write(h) == h.size();
}

} // namespace TestSupport
