// kratos-desk-bench: starts kratos-sim as a separate process on loopback, drives the real client
// and models against it, measures plain-tool baselines against the same simulator, and prints one
// JSON document plus a readable table.
#include "IdentityListModel.h"
#include "KratosClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace {

struct Simulator
{
    QProcess process;
    QUrl adminUrl;

    bool start(int identities, int messages, int seed, QString *error)
    {
        process.setProgram(QStringLiteral(KD_SIM_PATH));
        process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--identities"),
                              QString::number(identities), QStringLiteral("--messages"), QString::number(messages),
                              QStringLiteral("--seed"), QString::number(seed)});
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(10000)) {
            *error = QStringLiteral("kratos-sim did not start: ") + process.errorString();
            return false;
        }
        static const QRegularExpression admin(QStringLiteral("admin (http://[^ ]+)"));
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 600000) {
            process.waitForReadyRead(1000);
            out += process.readAllStandardOutput();
            const auto m = admin.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                adminUrl = QUrl(m.captured(1));
                return true;
            }
            if (process.state() != QProcess::Running)
                break;
        }
        *error = QStringLiteral("kratos-sim did not report its address: ") +
                 QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    ~Simulator()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

void waitUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

double curlLoadAllSeconds(const QUrl &admin)
{
    // One curl per page, one after another, following rel="next" as a shell user would.
    const QString script = QStringLiteral("base=\"$1\"; url=\"$base/admin/identities?page_size=500\"\n"
                                          "while [ -n \"$url\" ]; do\n"
                                          "  next=$(curl -s -o /dev/null -D - \"$url\" | tr -d '\\r' | grep -i "
                                          "'^link:' | grep -o '<[^>]*>; rel=\"next\"' | sed 's/^<//; s/>.*//')\n"
                                          "  url=${next:+$base$next}\n"
                                          "done\n");
    QProcess bash;
    QElapsedTimer t;
    t.start();
    bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), script, QStringLiteral("bench"), admin.toString()});
    bash.waitForFinished(-1);
    return t.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    parser.addOptions({identities, messages, seed});
    parser.process(app);

    Simulator sim;
    QString error;
    if (!sim.start(parser.value(identities).toInt(), parser.value(messages).toInt(), parser.value(seed).toInt(),
                   &error)) {
        std::fprintf(stderr, "kratos-desk-bench: %s\n", qPrintable(error));
        return 1;
    }

    QNetworkAccessManager nam;
    KratosClient client(&nam);
    ConnectionSettings settings;
    settings.adminUrl = sim.adminUrl;
    settings.timeoutMs = 60000;
    client.setConnection(settings);

    QJsonObject results;
    {
        IdentityListModel model(&client);
        IdentityListQuery query;
        query.pageSize = 250;
        QElapsedTimer t;
        t.start();
        model.setQuery(query);
        waitUntil([&model] { return model.rowCount() > 0 || !model.lastError().isNull(); });
        results.insert(QStringLiteral("first_page_ms"), double(t.nsecsElapsed()) / 1e6);
    }
    {
        IdentityListModel model(&client);
        IdentityListQuery query;
        query.pageSize = 500;
        QElapsedTimer t;
        t.start();
        model.setQuery(query);
        waitUntil([&model] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return model.isComplete() || !model.lastError().isNull();
        });
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        const double baseline = curlLoadAllSeconds(sim.adminUrl);
        results.insert(QStringLiteral("load_all_s"), seconds);
        results.insert(QStringLiteral("load_all_curl_s"), baseline);
        results.insert(QStringLiteral("load_all_ratio"), baseline > 0 ? seconds / baseline : 0.0);
        results.insert(QStringLiteral("identities_loaded"), model.rowCount());
    }

    QTextStream out(stdout);
    out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    QTextStream err(stderr);
    for (auto it = results.begin(); it != results.end(); ++it)
        err << QStringLiteral("%1 %2\n").arg(it.key(), -24).arg(it.value().toDouble(), 0, 'f', 3);
    return 0;
}
