// SPDX-License-Identifier: GPL-3.0-or-later
// kratos-desk-bench: starts kratos-sim as a separate process on loopback, drives the real client
// and models against it (BenchRun), measures plain-tool baselines against the same simulator
// (BenchBaselines), and prints one JSON document (stdout) plus a readable table (stderr).
#include "AuditLog.h"
#include "BenchBaselines.h"
#include "BenchRun.h"
#include "BenchSimulator.h"
#include "KratosClient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kratos-desk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kratos Desk benchmarks against kratos-sim on loopback."));
    parser.addHelpOption();
    const QCommandLineOption identities(QStringLiteral("identities"), QStringLiteral("Identities to seed."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Courier messages to seed."),
                                      QStringLiteral("M"), QStringLiteral("20000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the data."), QStringLiteral("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Measure only these parts (comma-separated): load, busy, search, bulk, courier, sessions, "
                       "overview, schemas, startup. The identities are loaded for every part that needs them."),
        QStringLiteral("PARTS"));
    parser.addOptions({identities, messages, seed, only});
    parser.process(app);
    const QStringList parts = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wants = [&parts](const char *part) { return parts.isEmpty() || parts.contains(QLatin1String(part)); };

    BenchSimulator sim;
    QString error;
    if (!sim.start(parser.value(identities).toInt(), parser.value(messages).toInt(), parser.value(seed).toInt(),
                   &error)) {
        std::fprintf(stderr, "kratos-desk-bench: %s\n", qPrintable(error));
        return 1;
    }

    QNetworkAccessManager nam;
    KratosClient client(&nam);
    // The trail the 1,000-item bulk writes (fail-closed, on its own thread), as in the app.
    QTemporaryDir auditDir;
    AuditLog audit(auditDir.filePath(QStringLiteral("audit")));
    audit.setProfile({QStringLiteral("bench"), QStringLiteral("Bench"), sim.adminUrl().authority(),
                      QStringLiteral("development"), SyslogTarget()});
    client.setAuditGate(&audit);
    ConnectionSettings settings;
    settings.adminUrl = sim.adminUrl();
    settings.timeoutMs = 120000;
    client.setConnection(settings);

    BenchRun run(&client, &audit, sim.adminUrl(), parser.value(seed).toUInt());
    QJsonObject &results = run.results();
    results.insert(QStringLiteral("identities"), parser.value(identities).toInt());
    results.insert(QStringLiteral("messages"), parser.value(messages).toInt());
    run.firstPage();
    run.loadAll(wants("load")); // every part needs the identities; curl's time only when measured
    if (wants("busy"))
        run.loadAllOnABusyMachine();
    if (wants("search"))
        run.search();
    if (wants("bulk"))
        run.bulk();
    if (wants("bulk") && wants("search"))
        results.insert(QStringLiteral("ui_stall_max_ms"),
                       std::max({results.value(QStringLiteral("ui_stall_load_all_ms")).toDouble(),
                                 results.value(QStringLiteral("ui_stall_search_ms")).toDouble(),
                                 results.value(QStringLiteral("ui_stall_bulk_ms")).toDouble()}));
    if (wants("courier"))
        run.courier();
    if (wants("sessions"))
        run.sessions();
    if (wants("overview"))
        run.overview();
    if (wants("schemas"))
        run.schemas();
    if (wants("startup"))
        results.insert(QStringLiteral("startup_ms"), BenchBaselines::startupMs());
    results.insert(QStringLiteral("sim_seed_s"), sim.seedSeconds());
    results.insert(QStringLiteral("sim_peak_rss_bytes"), sim.peakResidentBytes());

    QTextStream out(stdout);
    out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    out.flush();
    QTextStream err(stderr);
    for (auto it = results.begin(); it != results.end(); ++it)
        err << QStringLiteral("%1 %2\n").arg(it.key(), -26).arg(it.value().toDouble(), 12, 'f', 3);
    return 0;
}
