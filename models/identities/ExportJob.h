// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditRecord.h"
#include "IdentityStore.h"
#include "Page.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class AuditLog;
class QIODevice;
class QTemporaryFile;

#include <functional>
#include <memory>

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
        ImportJson, // Kratos's import format: create bodies
        Json,       // Kratos's identities as the admin API returns them (the command line's)
        JsonLines   // the same, one a line
    };
    struct Spec
    {
        QString path;
        Format format = Format::Csv;
        QString scope;  // "rows shown", "all loaded", "selection"
        QString filter; // the search and filters in words; empty when none
        QString reason; // why the data leaves the app: recorded with the export
    };

    explicit ExportJob(AuditLog *log, QObject *parent = nullptr);
    ~ExportJob() override;

    // Exports `rows` (indexes into `snapshot`); finished() follows, also when nothing was written.
    void start(const IdentityStore &snapshot, const QList<int> &rows, const Spec &spec);
    bool isRunning() const { return m_running; }

    // Streaming, for the command line: pages go out as they arrive, so memory stays bounded
    // whatever the count. beginStream() writes the intent (the scope says what; the count is not
    // known yet) and `ready` hears whether it is on disk; addPage() writes a page to `sink`;
    // endStream() writes what is left (CSV's header needs every trait column, so CSV rows wait in
    // a temporary file) and the outcome, then finished() follows. `spec.path` names the sink in
    // the trail ("-" for standard output). A QSaveFile sink is committed once whole.
    void beginStream(const Spec &spec, QIODevice *sink, const std::function<void(const QString &problem)> &ready);
    // False with `error` when the sink cannot be written.
    bool addPage(const QList<Identity> &identities, QString *error);
    void endStream(const QString &error);
    // Identities the server listed that could not be read: left out of the file, and named in
    // the outcome's audit record (`change.unreadable`, at most 1,000, with `unreadable_count`).
    void noteUnreadable(const QList<UnreadableItem> &items) { m_unreadable.append(items); }

    static Format formatFor(const QString &path);
    static QString formatName(Format format);

Q_SIGNALS:
    // `error` is empty when the file was written; otherwise it says why nothing was, for the user.
    void finished(const QString &path, int count, const QString &error);

private:
    QList<UnreadableItem> m_unreadable;
    AuditRecord intentFor(int count, const Spec &spec);
    bool put(QIODevice *device, const QByteArray &bytes, QString *error);
    void refused(const QString &path, const QString &problem);
    void written(const QString &path, int count, const QStringList &columns, const QString &error);

    AuditLog *m_log;
    bool m_running = false;
    QString m_actionId;
    QJsonObject m_change;
    QList<AuditTarget> m_targets;
    QString m_reason;
    // While streaming
    Spec m_spec;
    QIODevice *m_sink = nullptr;
    std::unique_ptr<QTemporaryFile> m_spool; // CSV rows until every trait column is known
    QSet<QString> m_traitColumns;
    int m_streamed = 0;
};
