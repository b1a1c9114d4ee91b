// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrailSearch.h"

#include "AuditTrailImport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool names(const AuditRecord &r, const QString &identityId)
{
    for (const AuditTarget &t : r.targets) {
        if (t.id == identityId && (t.kind == QLatin1String("identity") || t.kind.isEmpty()))
            return true;
    }
    return false;
}

// Reads one trail; false (with `problem`) when it could not be read whole.
bool readTrail(const QString &path, const QString &authority, const QString &identityId, const QString &origin,
               QList<AuditRecord> *out, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    const QByteArray needle = identityId.toUtf8();
    qint64 read = 0;
    bool whole = true;
    while (!file.atEnd()) {
        if (read >= AuditTrailSearch::MaxFileBytes) {
            *problem = QStringLiteral("%1 is larger than %2 MiB; only its start was read")
                           .arg(QFileInfo(path).fileName())
                           .arg(AuditTrailSearch::MaxFileBytes / (1024 * 1024));
            return false;
        }
        const QByteArray line = file.readLine(AuditTrailSearch::MaxLineBytes);
        read += line.size();
        if (!line.endsWith('\n') && !file.atEnd()) {
            // Longer than the cap: skip the rest of it.
            while (!file.atEnd() && !file.readLine(AuditTrailSearch::MaxLineBytes).endsWith('\n')) {
            }
            whole = false;
            continue;
        }
        if (!line.contains(needle))
            continue; // most lines: no parse
        AuditRecord r = AuditRecord::fromJson(QJsonDocument::fromJson(line).object());
        if (r.authority == authority && names(r, identityId)) {
            r.origin = origin;
            out->append(r);
        }
    }
    if (!whole)
        *problem = QStringLiteral("%1 has lines too long to read").arg(QFileInfo(path).fileName());
    return whole;
}

} // namespace

namespace AuditTrailSearch {

Found aboutIdentity(const QString &directory, const QString &authority, const QString &identityId)
{
    Found found;
    if (identityId.isEmpty())
        return found;
    QStringList problems;
    // This machine's own trails, then the ones imported from other desks (AuditTrailImport).
    for (const bool imported : {false, true}) {
        const QDir dir(imported ? AuditTrailImport::folder(directory) : directory);
        for (const QString &name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
            QString problem;
            if (!readTrail(dir.filePath(name), authority, identityId, imported ? name : QString(), &found.records,
                           &problem))
                problems.append(problem);
        }
    }
    found.problem = problems.join(QStringLiteral("; "));
    return found;
}

} // namespace AuditTrailSearch
