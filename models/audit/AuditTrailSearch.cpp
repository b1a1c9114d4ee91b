// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrailSearch.h"

#include "AuditTrailImport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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
bool readTrail(const QString &path, const QString &authority, const AuditTrailSearch::Match &match,
               const QString &origin, QList<AuditRecord> *out, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
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
        if (!std::any_of(match.needles.cbegin(), match.needles.cend(),
                         [&line](const QByteArray &needle) { return line.contains(needle); }))
            continue; // most lines: no parse
        AuditRecord r = AuditRecord::fromJson(QJsonDocument::fromJson(line).object());
        if (r.authority == authority && match.keep(r)) {
            r.origin = origin;
            out->append(r);
        }
    }
    if (!whole)
        *problem = QStringLiteral("%1 has lines too long to read").arg(QFileInfo(path).fileName());
    return whole;
}

AuditTrailSearch::Found readFolders(const QString &directory, const QString &authority,
                                    const AuditTrailSearch::Match &match, const QList<bool> &folders);

} // namespace

namespace AuditTrailSearch {

Found aboutIdentity(const QString &directory, const QString &authority, const QString &identityId)
{
    if (identityId.isEmpty())
        return {};
    return matching(directory, authority,
                    {{identityId.toUtf8()}, [identityId](const AuditRecord &r) { return names(r, identityId); }});
}

Found imported(const QString &directory, const QString &authority)
{
    return readFolders(directory, authority, {{QByteArrayLiteral("\"seq\"")}, [](const AuditRecord &) { return true; }},
                       {true});
}

Found matching(const QString &directory, const QString &authority, const Match &match)
{
    return readFolders(directory, authority, match, {false, true});
}

} // namespace AuditTrailSearch

namespace {

AuditTrailSearch::Found readFolders(const QString &directory, const QString &authority,
                                    const AuditTrailSearch::Match &match, const QList<bool> &folders)
{
    AuditTrailSearch::Found found;
    QStringList problems;
    // This machine's own trails, then the ones imported from other desks (AuditTrailImport).
    for (const bool imported : folders) {
        const QDir dir(imported ? AuditTrailImport::folder(directory) : directory);
        for (const QString &name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
            QString problem;
            if (!readTrail(dir.filePath(name), authority, match, imported ? name : QString(), &found.records, &problem))
                problems.append(problem);
        }
    }
    found.problem = problems.join(QStringLiteral("; "));
    return found;
}

} // namespace
