// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"
// kratos-desk-bench: starts kratos-sim as a separate process on loopback, drives the real client
// and models against it, measures plain-tool baselines against the same simulator, and prints one
// JSON document (stdout) plus a readable table (stderr).
#include "AllSessionsModel.h"
#include "BenchSimulator.h"
#include "BulkOperation.h"
#include "CourierMessageModel.h"
#include "IdentityFigures.h"
#include "IdentityFilterProxy.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "OverviewLoader.h"
#include "PaintWatch.h"
#include "PlainTextDelegate.h"
#include "SchemaTree.h"
#include "StallProbe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <malloc.h>
#include <unistd.h>

namespace {

// Sleeps in the event loop until `done` holds. (The overload of processEvents() with a time
// limit drops WaitForMoreEvents: it spun a core, which on two cores the workers and the
// simulator then lacked.)
void waitUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

// Resident memory of this process, after handing freed heap back to the system.
double residentBytes()
{
    malloc_trim(0);
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) : 0;
}

double runShell(const QString &script, const QStringList &args)
{
    QProcess bash;
    QElapsedTimer t;
    t.start();
    bash.start(QStringLiteral("bash"), QStringList{QStringLiteral("-c"), script, QStringLiteral("bench")} + args);
    bash.waitForFinished(-1);
    if (bash.exitCode() != 0)
        std::fprintf(stderr, "kratos-desk-bench: baseline failed: %s\n", bash.readAllStandardError().constData());
    return double(t.nsecsElapsed()) / 1e9;
}

// One curl per page, one after another, following rel="next" as a shell user would.
double curlLoadAllSeconds(const QUrl &admin, int pageSize)
{
    return runShell(QStringLiteral("base=\"$1\"; url=\"$base/admin/identities?page_size=$2\"\n"
                                   "while [ -n \"$url\" ]; do\n"
                                   "  next=$(curl -s -o /dev/null -D - \"$url\" | tr -d '\\r' | grep -i "
                                   "'^link:' | grep -o '<[^>]*>; rel=\"next\"' | sed 's/^<//; s/>.*//')\n"
                                   "  url=${next:+$base$next}\n"
                                   "done\n"),
                    {admin.toString(), QString::number(pageSize)});
}

// `xargs -P 6` running one `curl -X PATCH` per identity.
double curlBulkDeactivateSeconds(const QUrl &admin, const QStringList &ids)
{
    QTemporaryDir dir;
    QFile list(dir.filePath(QStringLiteral("ids")));
    if (!list.open(QIODevice::WriteOnly))
        return 0;
    list.write(ids.join(QLatin1Char('\n')).toUtf8() + '\n');
    list.close();
    return runShell(QStringLiteral("xargs -P 6 -I{} curl -s -o /dev/null -X PATCH -H 'Content-Type: application/json' "
                                   "--data '[{\"op\":\"replace\",\"path\":\"/state\",\"value\":\"inactive\"}]' "
                                   "\"$1/admin/identities/{}\" < \"$2\""),
                    {admin.toString(), list.fileName()});
}

// From process start to the first paint of the main window, on the demo profile, offscreen.
double startupMs()
{
    QList<double> runs;
    for (int i = 0; i < 3; ++i) {
        QTemporaryDir home;
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("KD_STARTUP_PROBE"), QStringLiteral("1"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer t;
        t.start();
        app.start(QStringLiteral(KD_APP_PATH), {QStringLiteral("--demo")});
        QByteArray err;
        double ms = -1;
        while (app.waitForReadyRead(30000) || app.state() == QProcess::Running) {
            err += app.readAll();
            if (err.contains("first paint")) {
                ms = double(t.nsecsElapsed()) / 1e6;
                break;
            }
            if (t.elapsed() > 30000)
                break;
        }
        app.kill();
        app.waitForFinished(5000);
        if (ms > 0)
            runs.append(ms);
    }
    std::sort(runs.begin(), runs.end());
    return runs.isEmpty() ? -1 : runs.at(runs.size() / 2);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int index = qBound(0, int(std::ceil(p * double(values.size()))) - 1, int(values.size()) - 1);
    return values.at(index);
}

// 200 queries: 1-4 character pieces of real trait values, and real first and last names.
QStringList searchQueries(const IdentityListModel &model, quint32 seed)
{
    QRandomGenerator rng(seed);
    QStringList out;
    const int rows = model.rowCount();
    while (out.size() < 200 && rows > 0) {
        const std::optional<Identity> identity = model.identityAt(int(rng.bounded(rows)));
        if (out.size() % 2 == 0) {
            const QString text = IdentityListModel::primaryIdentifier(*identity);
            if (text.size() < 4)
                continue;
            const int length = 1 + int(rng.bounded(4));
            out.append(text.mid(int(rng.bounded(int(text.size()) - length + 1)), length));
        } else {
            const QString name = IdentityListModel::displayName(*identity);
            const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.isEmpty())
                continue;
            out.append(parts.at(int(rng.bounded(int(parts.size())))));
        }
    }
    return out;
}

} // namespace

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

    QJsonObject results;
    results.insert(QStringLiteral("identities"), parser.value(identities).toInt());
    results.insert(QStringLiteral("messages"), parser.value(messages).toInt());
    StallProbe probe;

    {
        IdentityListModel model(&client);
        QElapsedTimer t;
        t.start();
        model.setQuery(IdentityListQuery());
        waitUntil([&model] { return model.rowCount() > 0 || !model.lastError().isNull(); });
        results.insert(QStringLiteral("first_page_ms"), double(t.nsecsElapsed()) / 1e6);
    }

    // One untimed pass first: the simulator's first touch of its pages is not either side's cost.
    if (wants("load"))
        curlLoadAllSeconds(sim.adminUrl(), 500);

    const double rssBefore = residentBytes();
    IdentityListModel model(&client);
    {
        probe.start();
        QElapsedTimer t;
        t.start();
        // KD_BENCH_TRACE=1: every stall over 30 ms, with the rows loaded when it ended.
        const bool trace = qEnvironmentVariableIsSet("KD_BENCH_TRACE");
        QList<QPair<double, int>> rowsAt;
        if (trace)
            QObject::connect(&model, &IdentityListModel::pageLoaded, &model, [&] {
                rowsAt.append({double(t.nsecsElapsed()) / 1e6, model.rowCount()});
            });
        model.setQuery(IdentityListQuery());
        model.loadAll();
        waitUntil([&model] { return model.isComplete() || !model.lastError().isNull(); });
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        probe.stop();
        for (const auto &[at, ms] : probe.stallsOver(trace ? 30 : 1e9)) {
            int rows = 0;
            for (const auto &[when, count] : rowsAt)
                rows = when <= at ? count : rows;
            std::fprintf(stderr, "stall %.0f ms ending at %.0f ms, %d rows\n", ms, at, rows);
        }
        // The load-all runs for every part; its baseline only when it is measured.
        const double baseline = wants("load") ? curlLoadAllSeconds(sim.adminUrl(), 500) : 0.0;
        results.insert(QStringLiteral("load_all_s"), seconds);
        results.insert(QStringLiteral("load_all_curl_s"), baseline);
        results.insert(QStringLiteral("load_all_ratio"), baseline > 0 ? seconds / baseline : 0.0);
        results.insert(QStringLiteral("identities_loaded"), model.rowCount());
        results.insert(QStringLiteral("ui_stall_load_all_ms"), probe.maxStallMs());
        results.insert(QStringLiteral("ui_stall_p99_ms"), probe.stallPercentileMs(0.99));
    }
    // Only beside the baseline's pass: without it (--only without "load") the figure reads two
    // to three times higher, for reasons not yet understood, so it is left out there.
    const double rssAfter = residentBytes();
    if (wants("load"))
        results.insert(QStringLiteral("rss_per_identity_bytes"),
                       model.rowCount() > 0 ? (rssAfter - rssBefore) / model.rowCount() : 0.0);
    if (wants("busy")) {
        // The same load-all with one core kept busy by another process, as on a working desktop.
        QProcess neighbour;
        neighbour.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
        neighbour.waitForStarted();
        IdentityListModel busyModel(&client);
        StallProbe busyProbe;
        busyProbe.start();
        busyModel.setQuery(IdentityListQuery());
        busyModel.loadAll();
        waitUntil([&busyModel] { return busyModel.isComplete() || !busyModel.lastError().isNull(); });
        busyProbe.stop();
        neighbour.kill();
        neighbour.waitForFinished();
        results.insert(QStringLiteral("ui_stall_p99_busy_ms"), busyProbe.stallPercentileMs(0.99));
        results.insert(QStringLiteral("ui_stall_max_busy_ms"), busyProbe.maxStallMs());
    }

    if (wants("search")) {
        // The Identities page's filter and table: a query is timed until its rows are on screen
        // (computed on a worker, applied in one layout change, laid out and painted by the table).
        IdentityFilterProxy proxy;
        QTableView view;
        view.resize(1024, 700);
        view.verticalHeader()->hide(); // as on the Identities page
        view.setWordWrap(false);
        view.setItemDelegate(new PlainTextDelegate(&view)); // as on the Identities page
        view.setModel(&proxy);
        proxy.setSourceModel(&model);
        view.show();
        QCoreApplication::processEvents(); // its first paint is not a search's
        StallProbe searchProbe;
        searchProbe.start();
        QElapsedTimer searchClock;
        searchClock.start();
        const bool trace = qEnvironmentVariableIsSet("KD_BENCH_TRACE");
        if (trace)
            std::fprintf(stderr, "search starts at %.3f s (monotonic)\n",
                         double(searchClock.msecsSinceReference()) / 1e3);
        PaintWatch painted(&view);
        QElapsedTimer queryClock; // started by each query
        queryClock.start();
        double settledMs = 0; // when the query's rows were applied, before they were painted
        auto shown = [&proxy, &painted, &queryClock, &settledMs] {
            QEventLoop settled;
            QObject::connect(&proxy, &IdentityFilterProxy::settled, &settled, &QEventLoop::quit);
            if (!proxy.isSettled())
                settled.exec();
            settledMs = double(queryClock.nsecsElapsed()) / 1e6;
            painted.waitUntilPainted();
        };
        QList<double> times;
        for (const QString &q : searchQueries(model, parser.value(seed).toUInt())) {
            queryClock.start();
            proxy.setQuery(q);
            shown();
            times.append(double(queryClock.nsecsElapsed()) / 1e6);
            if (trace)
                std::fprintf(stderr, "search \"%s\": %d rows in %.1f ms (applied at %.1f ms)\n", qPrintable(q),
                             proxy.rowCount(), times.last(), settledMs);
        }
        searchProbe.stop();
        if (trace) {
            std::fprintf(stderr, "search ends at %.3f s (monotonic)\n",
                         double(searchClock.msecsSinceReference() + searchClock.elapsed()) / 1e3);
            for (const auto &[at, ms] : searchProbe.stallsOver(16))
                std::fprintf(stderr, "search stall %.0f ms ending at %.0f ms\n", ms, at);
        }
        results.insert(QStringLiteral("search_queries"), int(times.size()));
        results.insert(QStringLiteral("search_p50_ms"), percentile(times, 0.50));
        results.insert(QStringLiteral("search_p99_ms"), percentile(times, 0.99));
        results.insert(QStringLiteral("ui_stall_search_ms"), searchProbe.maxStallMs());

        // Typing: 25 login identifiers entered one character at a time (up to 8), the box
        // cleared in between; each keystroke after the first refines the previous result.
        QList<double> keystrokes;
        QRandomGenerator rng(parser.value(seed).toUInt() + 1);
        for (int word = 0; word < 25 && model.rowCount() > 0; ++word) {
            const QString text =
                model.identityAt(int(rng.bounded(model.rowCount())))->traits.value(QLatin1String("email")).toString();
            proxy.setQuery(QString());
            shown();
            for (int length = 1; length <= qMin(8, int(text.size())); ++length) {
                queryClock.start();
                proxy.setQuery(text.left(length));
                shown();
                keystrokes.append(double(queryClock.nsecsElapsed()) / 1e6);
                if (trace)
                    std::fprintf(stderr, "typed \"%s\": %d rows in %.1f ms (applied at %.1f ms)\n",
                                 qPrintable(text.left(length)), proxy.rowCount(), keystrokes.last(), settledMs);
            }
        }
        results.insert(QStringLiteral("search_typing_p50_ms"), percentile(keystrokes, 0.50));
        results.insert(QStringLiteral("search_typing_p99_ms"), percentile(keystrokes, 0.99));

        // A click on a column header with every row shown: sorted on a worker, timed until shown.
        proxy.setQuery(QString());
        shown();
        for (const auto &[column, name] : {std::pair{IdentityListModel::IdentifierColumn, "sort_identifier_ms"},
                                           std::pair{IdentityListModel::CreatedColumn, "sort_created_ms"}}) {
            queryClock.start();
            view.sortByColumn(column, Qt::AscendingOrder);
            shown();
            results.insert(QLatin1String(name), double(queryClock.nsecsElapsed()) / 1e6);
        }
    }

    if (wants("bulk")) {
        QStringList ids;
        for (int row = 0; row < model.rowCount() && ids.size() < 1000; ++row)
            ids.append(model.idAt(row));
        BulkOperation bulk(&client, &audit, BulkOperation::Action::Deactivate, ids);
        StallProbe bulkProbe;
        bulkProbe.start();
        QElapsedTimer t;
        t.start();
        bool done = false;
        QObject::connect(&bulk, &BulkOperation::finished, &bulk, [&done] { done = true; });
        bulk.start();
        waitUntil([&done] { return done; });
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        bulkProbe.stop();
        const double baseline = curlBulkDeactivateSeconds(sim.adminUrl(), ids);
        results.insert(QStringLiteral("bulk_deactivate_1000_s"), seconds);
        results.insert(QStringLiteral("bulk_deactivate_curl_s"), baseline);
        results.insert(QStringLiteral("bulk_deactivate_ratio"), baseline > 0 ? seconds / baseline : 0.0);
        results.insert(QStringLiteral("bulk_failed"), bulk.count(BulkOperation::Status::Failed));
        results.insert(QStringLiteral("ui_stall_bulk_ms"), bulkProbe.maxStallMs());
    }
    if (wants("bulk") && wants("search"))
        results.insert(QStringLiteral("ui_stall_max_ms"),
                       std::max({results.value(QStringLiteral("ui_stall_load_all_ms")).toDouble(),
                                 results.value(QStringLiteral("ui_stall_search_ms")).toDouble(),
                                 results.value(QStringLiteral("ui_stall_bulk_ms")).toDouble()}));

    if (wants("courier")) {
        CourierMessageModel courier(&client);
        QElapsedTimer t;
        t.start();
        courier.setFilter(QString(), QString());
        courier.loadAll();
        waitUntil([&courier] { return courier.isComplete() || !courier.lastError().isNull(); });
        results.insert(QStringLiteral("courier_load_all_s"), double(t.nsecsElapsed()) / 1e9);
        results.insert(QStringLiteral("courier_messages_loaded"), courier.rowCount());
    }

    if (wants("sessions")) {
        // Every session on the server through the Sessions page's model (identity and devices
        // expanded, 1,000 a page, parsed off the UI thread), with the stall probe running.
        const double rssBeforeSessions = residentBytes();
        AllSessionsModel sessions(&client);
        StallProbe sessionsProbe;
        sessionsProbe.start();
        QElapsedTimer t;
        t.start();
        sessions.reload();
        sessions.loadAll();
        waitUntil([&sessions] { return sessions.isComplete() || !sessions.lastError().isNull(); });
        results.insert(QStringLiteral("sessions_load_all_s"), double(t.nsecsElapsed()) / 1e9);
        sessionsProbe.stop();
        results.insert(QStringLiteral("sessions_loaded"), sessions.rowCount());
        results.insert(QStringLiteral("rss_per_session_bytes"),
                       sessions.rowCount() > 0 ? (residentBytes() - rssBeforeSessions) / sessions.rowCount() : 0.0);
        results.insert(QStringLiteral("ui_stall_sessions_ms"), sessionsProbe.maxStallMs());
    }

    if (wants("overview")) {
        // The overview's identity figures over every loaded identity: the worker's computation
        // alone (median of 7), then a whole refresh with compute as the page runs it, probed.
        const IdentityStore store = model.snapshot();
        const int offset = QDateTime::currentDateTime().offsetFromUtc();
        QList<double> times;
        int total = 0;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer t;
            t.start();
            total = IdentityFigures::compute(store, QDate::currentDate(), offset).total;
            times.append(double(t.nsecsElapsed()) / 1e6);
        }
        results.insert(QStringLiteral("overview_compute_ms"), percentile(times, 0.5));
        results.insert(QStringLiteral("overview_identities"), total);
        OverviewLoader overview(&client);
        overview.setSharedIdentities(&model);
        StallProbe overviewProbe;
        overviewProbe.start();
        QElapsedTimer t;
        t.start();
        overview.refresh();
        waitUntil([&overview] {
            const CourierFigures &c = overview.courier();
            const bool courier =
                (c.counts.value(QStringLiteral("queued")).known && c.counts.value(QStringLiteral("processing")).known &&
                 c.counts.value(QStringLiteral("abandoned")).known) ||
                !overview.courierError().isNull();
            return courier && (overview.sessionsComplete() || !overview.sessionsError().isNull()) &&
                   overview.hasIdentityFigures() && overview.server().readyKnown;
        });
        results.insert(QStringLiteral("overview_refresh_s"), double(t.nsecsElapsed()) / 1e9);
        overviewProbe.stop();
        results.insert(QStringLiteral("ui_stall_overview_ms"), overviewProbe.maxStallMs());
    }

    if (wants("schemas")) {
        QList<IdentitySchema> schemas;
        bool done = false;
        client.listIdentitySchemas(100, QString(), &app, [&](const ApiResult<Page<IdentitySchema>> &page) {
            if (page.ok())
                schemas = page.value().items;
            done = true;
        });
        waitUntil([&done] { return done; });
        QJsonObject largest;
        for (const IdentitySchema &s : schemas)
            if (QJsonDocument(s.schema).toJson().size() > QJsonDocument(largest).toJson().size())
                largest = s.schema;
        constexpr int rounds = 2000;
        QElapsedTimer t;
        t.start();
        int nodes = 0;
        for (int i = 0; i < rounds; ++i)
            nodes += SchemaTree::build(largest)->nodeCount();
        results.insert(QStringLiteral("schema_tree_build_us"), double(t.nsecsElapsed()) / 1e3 / rounds);
        results.insert(QStringLiteral("schema_tree_nodes"), nodes / rounds);
    }

    if (wants("startup"))
        results.insert(QStringLiteral("startup_ms"), startupMs());
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
