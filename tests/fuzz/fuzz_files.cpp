// SPDX-License-Identifier: GPL-3.0-or-later
// Files the user opens: an audit trail (read and verified, against a collector's checkpoints, and
// as a collector's file read back into trails),
// an identity import and a profile import. Each input is written where the reader expects it.
#include "AuditAnchors.h"
#include "AuditLog.h"
#include "AuditSyslogImport.h"
#include "AuditTrailFilter.h"
#include "FuzzInput.h"
#include "IdentityImporter.h"
#include "ProfileStore.h"
#include "SyslogFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_files";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;

    const QByteArray text = FuzzInput::bytes(data, size);
    const auto [log, head] = FuzzInput::split(text);
    QFile logFile(dir.filePath(QStringLiteral("fuzz.jsonl")));
    QFile headFile(dir.filePath(QStringLiteral("fuzz.head")));
    if (logFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        logFile.write(log);
    logFile.close();
    if (headFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        headFile.write(head);
    headFile.close();
    static AuditLog audit(dir.path()); // its writer threads are made once
    const QList<AuditRecord> records = audit.records(QStringLiteral("fuzz"));
    (void)audit.verify(QStringLiteral("fuzz"));
    // The same text as a collector's file: its checkpoints against the trail.
    QList<AuditAnchors::Checkpoint> anchors;
    for (const QByteArray &line : text.split('\n')) {
        AuditAnchors::Checkpoint c;
        if (AuditAnchors::parse(line, &c))
            anchors.append(c);
    }
    if (!anchors.isEmpty())
        (void)AuditAnchors::verify(anchors, audit.filePath(QStringLiteral("fuzz")), anchors.first().profileId,
                                   anchors.first().host, anchors.first().operatorName);
    (void)AuditTrailFilter::toCsv(AuditTrailFilter::actions(records));
    // The same text as a collector's file read back into trails, into a folder of its own each time.
    const QString importInto = dir.filePath(QStringLiteral("collector-import"));
    QDir(importInto).removeRecursively();
    (void)AuditSyslogImport::importFiles({logFile.fileName()}, importInto);
    // Whatever a record holds, its syslog messages parse back into its fields.
    for (const AuditRecord &record : records) {
        QList<QMap<QString, QString>> parts;
        for (const QByteArray &message : SyslogFormat::messages(record, 1))
            parts.append(SyslogFormat::parameters(message.mid(message.indexOf('['))));
        (void)SyslogFormat::reassemble(parts);
    }

    IdentityImporter importer(nullptr, nullptr);
    QString error;
    (void)importer.load(text, &error);

    QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    settings.clear();
    ProfileStore profiles(&settings);
    (void)profiles.importJson(text, &error);
    return 0;
}
