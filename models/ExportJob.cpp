// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportJob.h"

#include "ApiError.h"
#include "AuditLog.h"
#include "BackgroundFile.h"
#include "IdentityExporter.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
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

ExportJob::Format ExportJob::formatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::ImportJson : Format::Csv;
}

QString ExportJob::formatName(Format format)
{
    return format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("kratos-import-json");
}

void ExportJob::start(const IdentityStore &snapshot, const QList<int> &rows, const Spec &spec)
{
    m_running = true;
    const int count = int(rows.size());
    const QString file = QFileInfo(spec.path).fileName();
    AuditRecord intent;
    intent.actionId = AuditRecord::newActionId();
    intent.action = QStringLiteral("identity.export");
    intent.summary = QStringLiteral("Export %1 identities (%2) to %3").arg(count).arg(spec.scope, file);
    intent.targets = {{QStringLiteral("file"), spec.path, file}};
    intent.change = {{QStringLiteral("rows"), count},
                     {QStringLiteral("scope"), spec.scope},
                     {QStringLiteral("filter"), spec.filter},
                     {QStringLiteral("format"), formatName(spec.format)},
                     {QStringLiteral("file"), spec.path}};
    m_actionId = intent.actionId;
    m_change = intent.change;
    m_targets = intent.targets;
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
            if (format == Format::ImportJson) {
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

void ExportJob::refused(const QString &path, const QString &problem)
{
    m_running = false;
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
    outcome = outcome.outcomeOf(error.isEmpty() ? AuditRecord::Outcome::Succeeded : AuditRecord::Outcome::Failed,
                                error.isEmpty() ? QStringLiteral("Exported %1 identities to %2").arg(count).arg(path)
                                                : QStringLiteral("Export to %1 failed: %2").arg(path, error),
                                ApiError());
    outcome.change = m_change;
    outcome.change.insert(QStringLiteral("columns"), QJsonArray::fromStringList(columns));
    if (m_log)
        m_log->write(outcome);
    Q_EMIT finished(path, error.isEmpty() ? count : 0,
                    error.isEmpty() ? QString() : tr("Nothing was exported: cannot write %1: %2").arg(path, error));
}
