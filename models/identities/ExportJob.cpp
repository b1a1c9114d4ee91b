// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportJob.h"

#include "ApiError.h"
#include "AuditLog.h"
#include "BackgroundFile.h"
#include "ChangeReason.h"
#include "IdentityExporter.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTimer>
#include <QtConcurrent>

namespace {

struct Built
{
    QByteArray bytes;
    QStringList columns;
};

} // namespace

ExportJob::ExportJob(AuditLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{}

ExportJob::~ExportJob() = default;

ExportJob::Format ExportJob::formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::ImportJson : Format::Csv;
}

QString ExportJob::formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::ImportJson:
        return QStringLiteral("kratos-import-json");
    case Format::Json:
        return QStringLiteral("json");
    case Format::JsonLines:
        return QStringLiteral("jsonl");
    }
    return {};
}

AuditRecord ExportJob::intentFor(int count, const Spec &spec)
{
    const QString file =
        spec.path == QLatin1String("-") ? QStringLiteral("standard output") : QFileInfo(spec.path).fileName();
    AuditRecord intent;
    intent.actionId = AuditRecord::newActionId();
    intent.action = QStringLiteral("identity.export");
    intent.summary = count < 0 ? QStringLiteral("Export identities (%1) to %2").arg(spec.scope, file)
                               : QStringLiteral("Export %1 identities (%2) to %3").arg(count).arg(spec.scope, file);
    intent.targets = {{QStringLiteral("file"), spec.path, file}};
    intent.reason = spec.reason;
    intent.change = {{QStringLiteral("scope"), spec.scope},
                     {QStringLiteral("filter"), spec.filter},
                     {QStringLiteral("format"), formatName(spec.format)},
                     {QStringLiteral("file"), spec.path}};
    if (count >= 0)
        intent.change.insert(QStringLiteral("rows"), count);
    m_actionId = intent.actionId;
    m_change = intent.change;
    m_targets = intent.targets;
    m_reason = intent.reason;
    return intent;
}

void ExportJob::start(const IdentityStore &snapshot, const QList<int> &rows, const Spec &spec)
{
    m_running = true;
    const int count = int(rows.size());
    const AuditRecord intent = intentFor(count, spec);
    if (!m_log) {
        QTimer::singleShot(0, this, [this, spec]() { refused(spec.path, QStringLiteral("no audit trail")); });
        return;
    }
    // Personal data leaves the app only once the trail says who took it.
    m_log->write(intent, this, [this, snapshot, rows, spec, count](const QString &problem) {
        if (!problem.isEmpty()) {
            refused(spec.path, problem);
            return;
        }
        auto *watcher = new QFutureWatcher<Built>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, spec, count]() {
            watcher->deleteLater();
            const Built built = watcher->result();
            BackgroundFile::write(spec.path, built.bytes, this,
                                  [this, spec, count, columns = built.columns](const QString &error) {
                                      written(spec.path, count, columns, error);
                                  });
        });
        watcher->setFuture(QtConcurrent::run([snapshot, rows, format = spec.format]() {
            QList<Identity> identities;
            identities.reserve(rows.size());
            for (const int row : rows) {
                if (const auto identity = snapshot.identity(row))
                    identities.append(*identity);
            }
            Built out;
            if (format != Format::Csv) { // the window writes CSV or Kratos's import format
                out.bytes = IdentityExporter::toImportJson(identities);
                out.columns = {QStringLiteral("schema_id"),
                               QStringLiteral("traits"),
                               QStringLiteral("state"),
                               QStringLiteral("metadata_public"),
                               QStringLiteral("metadata_admin"),
                               QStringLiteral("verifiable_addresses"),
                               QStringLiteral("recovery_addresses")};
            } else {
                out.bytes = IdentityExporter::toCsv(identities);
                const QByteArray header = out.bytes.left(out.bytes.indexOf('\n') + 1);
                const QList<QStringList> parsed = IdentityExporter::parseCsv(header);
                if (!parsed.isEmpty())
                    out.columns = parsed.first();
            }
            return out;
        }));
    });
}

void ExportJob::beginStream(const Spec &spec, QIODevice *sink, const std::function<void(const QString &problem)> &ready)
{
    m_running = true;
    m_spec = spec;
    m_sink = sink;
    m_streamed = 0;
    m_traitColumns.clear();
    m_spool.reset();
    const AuditRecord intent = intentFor(-1, spec);
    if (!m_log) {
        QTimer::singleShot(0, this, [ready]() { ready(QStringLiteral("no audit trail")); });
        return;
    }
    m_log->write(intent, this, [this, ready](const QString &problem) {
        QString error = problem;
        if (error.isEmpty() && m_spec.format == Format::Csv) {
            m_spool = std::make_unique<QTemporaryFile>();
            if (!m_spool->open())
                error = QStringLiteral("cannot make a temporary file: %1").arg(m_spool->errorString());
        }
        if (!error.isEmpty())
            m_running = false;
        ready(error);
    });
}

bool ExportJob::put(QIODevice *device, const QByteArray &bytes, QString *error)
{
    if (device->write(bytes) == bytes.size())
        return true;
    *error = device->errorString();
    return false;
}

bool ExportJob::addPage(const QList<Identity> &identities, QString *error)
{
    QByteArray out;
    for (const Identity &identity : identities) {
        switch (m_spec.format) {
        case Format::Csv: {
            // The fixed cells and the flattened traits, as one JSON array a line, until the header is known.
            const QMap<QString, QString> traits = IdentityExporter::flatTraits(identity);
            QJsonObject flat;
            for (auto it = traits.cbegin(); it != traits.cend(); ++it) {
                m_traitColumns.insert(it.key());
                flat.insert(it.key(), it.value());
            }
            out +=
                QJsonDocument(QJsonArray{QJsonArray::fromStringList(IdentityExporter::fixedCsvCells(identity)), flat})
                    .toJson(QJsonDocument::Compact) +
                '\n';
            break;
        }
        case Format::ImportJson:
            out += (m_streamed == 0 ? "[\n" : ",\n") +
                   QJsonDocument(IdentityExporter::importBody(identity)).toJson(QJsonDocument::Compact);
            break;
        case Format::Json:
            out += (m_streamed == 0 ? "[\n" : ",\n") + QJsonDocument(identity.json).toJson(QJsonDocument::Compact);
            break;
        case Format::JsonLines:
            out += QJsonDocument(identity.json).toJson(QJsonDocument::Compact) + '\n';
            break;
        }
        ++m_streamed;
    }
    return put(m_spec.format == Format::Csv ? static_cast<QIODevice *>(m_spool.get()) : m_sink, out, error);
}

void ExportJob::endStream(const QString &failure)
{
    QString error = failure;
    QStringList columns;
    if (error.isEmpty() && m_spec.format == Format::Csv) {
        QStringList traitColumns(m_traitColumns.cbegin(), m_traitColumns.cend());
        traitColumns.sort();
        columns = IdentityExporter::fixedCsvColumns() + traitColumns;
        bool ok = put(m_sink, IdentityExporter::csvLine(columns), &error) && m_spool->seek(0);
        while (ok && !m_spool->atEnd()) {
            const QJsonArray row = QJsonDocument::fromJson(m_spool->readLine()).array();
            QStringList cells;
            for (const QJsonValue &cell : row.at(0).toArray())
                cells.append(cell.toString());
            const QJsonObject traits = row.at(1).toObject();
            for (const QString &column : std::as_const(traitColumns))
                cells.append(traits.value(column).toString());
            ok = put(m_sink, IdentityExporter::csvLine(cells), &error);
        }
    } else if (error.isEmpty() && (m_spec.format == Format::Json || m_spec.format == Format::ImportJson)) {
        put(m_sink, m_streamed == 0 ? QByteArray("[]\n") : QByteArray("\n]\n"), &error);
    }
    // A file appears only whole; on failure it is not written at all.
    if (auto *file = qobject_cast<QSaveFile *>(m_sink)) {
        if (error.isEmpty() && !file->commit())
            error = file->errorString();
        else if (!error.isEmpty())
            file->cancelWriting();
    }
    m_spool.reset();
    m_sink = nullptr;
    written(m_spec.path, m_streamed, columns, error);
}

void ExportJob::refused(const QString &path, const QString &problem)
{
    m_running = false;
    if (problem == ChangeReason::missingProblem()) {
        Q_EMIT finished(path, 0,
                        tr("Nothing was exported: this profile asks for a reason or ticket reference with every "
                           "export. Give one in the export dialog, or with --reason on the command line."));
        return;
    }
    Q_EMIT finished(path, 0,
                    tr("Nothing was exported: every export is recorded in the audit trail first, and the trail "
                       "cannot be written (%1).")
                        .arg(problem));
}

void ExportJob::written(const QString &path, int count, const QStringList &columns, const QString &error)
{
    m_running = false;
    AuditRecord outcome;
    outcome.actionId = m_actionId;
    outcome.action = QStringLiteral("identity.export");
    outcome.targets = m_targets;
    outcome.reason = m_reason;
    outcome = outcome.outcomeOf(error.isEmpty() ? AuditRecord::Outcome::Succeeded : AuditRecord::Outcome::Failed,
                                error.isEmpty() ? QStringLiteral("Exported %1 identities to %2").arg(count).arg(path)
                                                : QStringLiteral("Export to %1 failed: %2").arg(path, error),
                                ApiError());
    outcome.change = m_change;
    outcome.change.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    if (!m_unreadable.isEmpty()) {
        QJsonArray unreadable;
        for (const UnreadableItem &item : m_unreadable.mid(0, 1000))
            unreadable.append(QJsonObject{{QStringLiteral("id"), item.id}, {QStringLiteral("reason"), item.reason}});
        outcome.change.insert(QStringLiteral("unreadable"), unreadable);
        outcome.change.insert(QStringLiteral("unreadable_count"), int(m_unreadable.size()));
    }
    if (!outcome.change.contains(QStringLiteral("rows"))) // streamed: counted as it went
        outcome.change.insert(QStringLiteral("rows"), count);
    if (m_log)
        m_log->write(outcome);
    Q_EMIT finished(path, error.isEmpty() ? count : 0,
                    error.isEmpty() ? QString() : tr("Nothing was exported: cannot write %1: %2").arg(path, error));
}
