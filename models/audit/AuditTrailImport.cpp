// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrailImport.h"

#include "AuditRecord.h"
#include "AuditTrailCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The head file written beside a trail: "<name>.head" for "<name>.jsonl".
QString headFor(const QString &trail)
{
    return trail.endsWith(QLatin1String(".jsonl")) ? trail.left(trail.size() - 6) + QStringLiteral(".head")
                                                   : trail + QStringLiteral(".head");
}

bool copyPrivately(const QString &from, const QString &to, QString *error)
{
    QFile::remove(to + QStringLiteral(".part"));
    if (!QFile::copy(from, to + QStringLiteral(".part"))) {
        *error = QStringLiteral("cannot write %1").arg(to);
        return false;
    }
    QFile::setPermissions(to + QStringLiteral(".part"), QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(to);
    if (!QFile::rename(to + QStringLiteral(".part"), to)) {
        *error = QStringLiteral("cannot write %1").arg(to);
        return false;
    }
    return true;
}

} // namespace

QString AuditTrailImport::folder(const QString &auditDirectory)
{
    return QDir(auditDirectory).filePath(QStringLiteral("imported"));
}

AuditTrailImport::Result AuditTrailImport::importFile(const QString &path, const QString &auditDirectory)
{
    Result r;
    r.file = path;
    const QFileInfo info(path);
    if (!info.isFile()) {
        r.problem = tr("%1 is not a file that can be read.").arg(path);
        return r;
    }
    if (info.size() > MaxFileBytes) {
        r.problem = tr("%1 is larger than %2 MiB.").arg(path).arg(MaxFileBytes / (1024 * 1024));
        return r;
    }
    const QString own = QFileInfo(auditDirectory).canonicalFilePath();
    if (!own.isEmpty() && info.canonicalPath() == own) {
        r.problem = tr("%1 is one of this computer's own trails: it is read already.").arg(path);
        return r;
    }
    const QString head = headFor(path);
    const bool hasHead = QFileInfo::exists(head);
    const AuditTrailCheck::Result check = AuditTrailCheck::check(path, head, false);
    // Without a head the chain can still be walked whole; only a cut-off end cannot be seen.
    const bool chainWhole = check.ok || (!hasHead && check.firstBrokenLine == 0 && check.lines > 0 &&
                                         check.lastGoodSequence == check.lines);
    if (!chainWhole) {
        r.problem = check.firstBrokenLine > 0 ? tr("Not imported: the trail does not verify at line %1: %2")
                                                    .arg(check.firstBrokenLine)
                                                    .arg(check.reason)
                                              : tr("Not imported: the trail does not verify: %1").arg(check.reason);
        return r;
    }
    if (check.lines == 0) {
        r.problem = tr("Not imported: %1 holds no records.").arg(path);
        return r;
    }
    if (!hasHead)
        r.note = tr("No head file came with it, so a cut-off end could not be noticed.");
    r.records = check.lines;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const AuditRecord first = AuditRecord::fromJson(QJsonDocument::fromJson(file.readLine()).object());
        r.origin = QStringLiteral("%1@%2 (%3)").arg(first.operatorName, first.host, first.profileName);
    }
    // Named by the trail's first line: the same trail, however long it has grown, is one copy.
    QDir dir(folder(auditDirectory));
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        r.problem = tr("Not imported: cannot make the folder %1.").arg(dir.path());
        return r;
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    r.storedAs = dir.filePath(QString::fromLatin1(check.firstLineHash.left(16)) + QStringLiteral(".jsonl"));
    if (QFileInfo(r.storedAs).size() >= info.size()) {
        r.already = true;
        return r;
    }
    QString error;
    if (!copyPrivately(path, r.storedAs, &error) || (hasHead && !copyPrivately(head, headFor(r.storedAs), &error))) {
        r.problem = tr("Not imported: %1").arg(error);
        return r;
    }
    r.imported = true;
    return r;
}
