// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditRecord.h"
#include "IdentityStore.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class AuditLog;

// The one place identities leave the app as a file. Audited fail-closed like a change: the
// intent (row count, scope, filter, format and file name) is on disk before anything is built;
// the file is made on a worker from a snapshot of the rows, written whole with permissions
// 0600, CSV cells neutralised against formula injection (IdentityExporter); the outcome names
// the columns written.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    enum class Format
    {
        Csv,
        ImportJson // Kratos's import format: create bodies
    };
    struct Spec
    {
        QString path;
        Format format = Format::Csv;
        QString scope;  // "rows shown", "all loaded", "selection"
        QString filter; // the search and filters in words; empty when none
    };

    explicit ExportJob(AuditLog *log, QObject *parent = nullptr);

    // Exports `rows` (indexes into `snapshot`); finished() follows, also when nothing was written.
    void start(const IdentityStore &snapshot, const QList<int> &rows, const Spec &spec);
    bool isRunning() const { return m_running; }

    static Format formatFor(const QString &path);
    static QString formatName(Format format);

Q_SIGNALS:
    // `error` is empty when the file was written; otherwise it says why nothing was, for the user.
    void finished(const QString &path, int count, const QString &error);

private:
    void refused(const QString &path, const QString &problem);
    void written(const QString &path, int count, const QStringList &columns, const QString &error);

    AuditLog *m_log;
    bool m_running = false;
    QString m_actionId;
    QJsonObject m_change;
    QList<AuditTarget> m_targets;
};
