// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class BulkOperation;
class CliContext;
class CliOutput;
class QCommandLineParser;

// What a change command prints: one row per item (id, identifier, result, error) on stdout, a
// progress bar and Kratos's rate-limit waits on stderr, and the ids that failed in a file for a
// re-run (`--failed-file`, else kratos-desk-failed-<time>.txt in the current directory).
class BulkReport
{
public:
    BulkReport(CliContext &cli, const QCommandLineParser &parser);
    ~BulkReport();
    Q_DISABLE_COPY_MOVE(BulkReport)

    // --concurrency and --failed-file
    static void addOptions(QCommandLineParser *parser);
    // --concurrency's value, 1 to MaxConcurrency (default 6, as the window's).
    static int concurrency(const QCommandLineParser &parser);
    static constexpr int MaxConcurrency = 16;

    // One item done (a null error: it succeeded).
    void add(const QString &id, const QString &label, const ApiError &error);
    // One item that needed no change (already in the state asked for): nothing was sent.
    void addUnchanged(const QString &id, const QString &label);
    // Runs `operation` to its end, reporting each item (named by `shown`, else by the operation's
    // label); returns finish().
    int run(BulkOperation *operation, const QHash<QString, QString> &shown = {});
    // Writes the failed ids; Done, PartlyFailed, or the failure's code when every item failed alike.
    int finish();

private:
    CliContext &m_cli;
    QString m_failedFile;
    std::unique_ptr<CliOutput> m_out;
    QStringList m_failed;
    QList<ApiError> m_errors;
    int m_succeeded = 0;
};
