// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkReport.h"

#include "BulkOperation.h"
#include "CliContext.h"
#include "CliOutput.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QSaveFile>

namespace {

const QString ConcurrencyOption = QStringLiteral("concurrency");
const QString FailedFileOption = QStringLiteral("failed-file");

} // namespace

BulkReport::BulkReport(CliContext &cli, const QCommandLineParser &parser)
    : m_cli(cli)
    , m_failedFile(parser.value(FailedFileOption))
    , m_out(std::make_unique<CliOutput>(cli.format(), QStringList{QStringLiteral("id"), QStringLiteral("identifier"),
                                                                  QStringLiteral("result"), QStringLiteral("error")}))
{}

BulkReport::~BulkReport() = default;

void BulkReport::addOptions(QCommandLineParser *parser)
{
    parser->addOption({ConcurrencyOption,
                       QStringLiteral("At most N requests at a time (1-%1, default 6).").arg(MaxConcurrency),
                       QStringLiteral("N"), QStringLiteral("6")});
    parser->addOption({FailedFileOption,
                       QStringLiteral("Where to write the ids that failed, one a line (default: "
                                      "kratos-desk-failed-<time>.txt here, only when some failed)."),
                       QStringLiteral("FILE")});
}

int BulkReport::concurrency(const QCommandLineParser &parser)
{
    return qBound(1, parser.value(ConcurrencyOption).toInt(), MaxConcurrency);
}

void BulkReport::add(const QString &id, const QString &label, const ApiError &error)
{
    const bool ok = error.isNull();
    const QString result = ok                                          ? QStringLiteral("succeeded")
                           : error.kind() == ApiError::Kind::Cancelled ? QStringLiteral("cancelled")
                                                                       : QStringLiteral("failed");
    QJsonObject row{
        {QStringLiteral("id"), id}, {QStringLiteral("identifier"), label}, {QStringLiteral("result"), result}};
    const QString words = ok ? QString() : QStringLiteral("%1: %2").arg(error.title(), error.userMessage());
    if (!ok) {
        row.insert(QStringLiteral("error"), words);
        if (error.httpStatus() > 0)
            row.insert(QStringLiteral("status"), error.httpStatus());
        m_failed.append(id);
        m_errors.append(error);
    } else {
        ++m_succeeded;
    }
    m_out->add(row, {id, label, result, words});
}

void BulkReport::addUnchanged(const QString &id, const QString &label)
{
    const QString result = QStringLiteral("unchanged");
    m_out->add({{QStringLiteral("id"), id}, {QStringLiteral("identifier"), label}, {QStringLiteral("result"), result}},
               {id, label, result, QString()});
}

int BulkReport::run(BulkOperation *operation, const QHash<QString, QString> &shown)
{
    QEventLoop loop;
    QObject::connect(operation, &BulkOperation::itemFinished, &loop, [this, operation, &shown](int index) {
        const BulkOperation::Item &item = operation->items().at(index);
        add(item.id, shown.value(item.id, item.label),
            item.status == BulkOperation::Status::Succeeded ? ApiError() : item.error);
    });
    QObject::connect(operation, &BulkOperation::progress, &loop,
                     [this](int finished, int total) { m_cli.progress(QStringLiteral("Working"), finished, total); });
    QObject::connect(operation, &BulkOperation::waiting, &loop, [this](int seconds) {
        if (seconds > 0)
            m_cli.progress(QStringLiteral("Kratos is limiting the rate: continuing in %1 s").arg(seconds), 0, 0);
    });
    QObject::connect(operation, &BulkOperation::finished, &loop, &QEventLoop::quit);
    operation->start();
    if (operation->isRunning())
        loop.exec();
    m_cli.endProgress();
    return finish();
}

int BulkReport::finish()
{
    m_out->finish();
    if (m_failed.isEmpty())
        return CliContext::Done;
    QString path = m_failedFile;
    if (path.isEmpty())
        path = QDir::current().filePath(
            QStringLiteral("kratos-desk-failed-%1.txt")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.write((m_failed.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) > 0 &&
                         file.commit();
    m_cli.fail(
        written ? QStringLiteral("%1 of %2 failed; their ids are in %3 (run again with: < %3)")
                      .arg(m_failed.size())
                      .arg(m_failed.size() + m_succeeded)
                      .arg(path)
                : QStringLiteral("%1 failed, and their ids could not be written to %2").arg(m_failed.size()).arg(path));
    if (m_succeeded == 0) {
        const int first = CliContext::exitFor(m_errors.first());
        bool alike = true;
        for (const ApiError &error : std::as_const(m_errors))
            alike = alike && CliContext::exitFor(error) == first;
        if (alike)
            return first;
    }
    return CliContext::PartlyFailed;
}
