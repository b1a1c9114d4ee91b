#include "CourierMessageModel.h"
#include "CourierPage.h"
#include "ErrorBanner.h"
#include "IdentitiesPage.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "Prompt.h"
#include "SchemaListModel.h"
#include "SchemasPage.h"
#include "TestSupport.h"
#include "TlsTestServer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

using namespace TestSupport;

namespace {

// The longest gap between ticks of a 10 ms timer on the UI thread while a cell runs.
class StallWatch
{
public:
    StallWatch()
    {
        m_clock.start();
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this]() { m_longest = qMax(m_longest, m_clock.restart()); });
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

// One page of the window that talks to Kratos, built on its own for a test cell.
struct PageUnderTest
{
    std::unique_ptr<SchemaListModel> schemas;
    std::unique_ptr<QWidget> widget;
    std::function<void()> load;
    std::function<int()> rows;
    QString banner;     // the page's ErrorBanner object name
    QString faultMatch; // what the simulator's faults apply to ("METHOD /path" contains it)
    bool publicPortToo = false;
};

PageUnderTest makePage(const QString &name, KratosClient *client)
{
    PageUnderTest p;
    p.schemas = std::make_unique<SchemaListModel>(client);
    if (name == QLatin1String("identities")) {
        auto *page = new IdentitiesPage(client, p.schemas.get());
        p.widget.reset(page);
        p.load = [page]() { page->reload(); };
        p.rows = [page]() { return page->model()->rowCount(); };
        p.banner = QStringLiteral("identityErrorBanner");
        p.faultMatch = QStringLiteral("/admin/identities");
    } else if (name == QLatin1String("courier")) {
        auto *page = new CourierPage(client);
        p.widget.reset(page);
        p.load = [page]() { page->reload(); };
        p.rows = [page]() { return page->model()->rowCount(); };
        p.banner = QStringLiteral("courierErrorBanner");
        p.faultMatch = QStringLiteral("/admin/courier");
    } else {
        auto *page = new SchemasPage(client, p.schemas.get());
        p.widget.reset(page);
        p.load = [page]() { page->reload(); };
        p.rows = [page]() { return page->listModel()->rowCount(); };
        p.banner = QStringLiteral("schemaErrorBanner");
        p.faultMatch = QStringLiteral("/schemas");
        p.publicPortToo = true;
    }
    return p;
}

} // namespace

// The fault matrix through the real pages: for every page that lists something from Kratos and
// every way the server or the network can fail, the page says what happened in its banner, the
// window keeps answering, and Retry (or the automatic retry after a 429) brings the data once the
// fault is gone. The README's fault table lists the outcome of each cell.
class tst_FaultPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }

    void cell_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected"); // part of the banner's text; empty: the data arrives
        const QList<QPair<QString, QString>> faults{
            {QStringLiteral("server down"), QStringLiteral("Could not reach")},
            {QStringLiteral("500"), QStringLiteral("server error (500)")},
            {QStringLiteral("502"), QStringLiteral("server error (502)")},
            {QStringLiteral("503"), QStringLiteral("server error (503)")},
            {QStringLiteral("429 Retry-After"), QStringLiteral("Retrying in")},
            {QStringLiteral("hang"), QStringLiteral("did not answer in time")},
            {QStringLiteral("truncated JSON"), QStringLiteral("not what Kratos")},
            {QStringLiteral("malformed JSON"), QStringLiteral("not what Kratos")},
            {QStringLiteral("HTML with text/html"), QStringLiteral("not what Kratos")},
            {QStringLiteral("plain-text 404"), QStringLiteral("does not know this endpoint")},
            {QStringLiteral("enormous answer"), QStringLiteral("larger than")},
            {QStringLiteral("redirect to another origin"), QStringLiteral("Could not reach")},
            {QStringLiteral("TLS failure"), QStringLiteral("secure connection")},
            {QStringLiteral("latency 3 s"), QString()},
        };
        for (const char *page : {"identities", "courier", "schemas"}) {
            for (const auto &[fault, expected] : faults)
                QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(page), fault)))
                    << QString::fromLatin1(page) << fault << expected;
        }
    }

    void cell()
    {
        QFETCH(QString, page);
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        SimOptions options;
        options.identities = 12;
        options.messages = 12;
        auto sim = startSimulator(options);
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        ConnectionSettings good;
        good.adminUrl = sim->adminUrl();
        good.timeoutMs = fault == QLatin1String("latency 3 s") ? 15000 : 1500;
        good.maxResponseBytes = 256 * 1024;
        ConnectionSettings settings = good;

        TlsTestServer untrusted; // a self-signed certificate the profile does not trust
        PageUnderTest p = makePage(page, &client);
        SimFaults faults;
        faults.match = p.faultMatch;
        faults.publicPortToo = p.publicPortToo;
        if (fault == QLatin1String("server down"))
            settings.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()));
        else if (fault == QLatin1String("plain-text 404"))
            settings.adminUrl = QUrl(sim->adminUrl().toString() + QStringLiteral("/not-kratos"));
        else if (fault == QLatin1String("TLS failure")) {
            QVERIFY(untrusted.listen(QHostAddress::LocalHost, 0));
            settings.adminUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(untrusted.serverPort()));
        } else if (fault.startsWith(QLatin1String("50"))) {
            faults.errorRate = 1.0;
            faults.errorStatus = fault.toInt();
        } else if (fault == QLatin1String("429 Retry-After")) {
            faults.rateLimitRate = 1.0;
            faults.retryAfterSeconds = 1;
        } else if (fault == QLatin1String("hang"))
            faults.hang = true;
        else if (fault == QLatin1String("truncated JSON"))
            faults.truncatedJson = true;
        else if (fault == QLatin1String("malformed JSON"))
            faults.malformedJson = true;
        else if (fault == QLatin1String("HTML with text/html")) {
            faults.replaceBody = "<!DOCTYPE html><html><body>Sign in to the proxy</body></html>";
            faults.contentType = "text/html; charset=utf-8";
        } else if (fault == QLatin1String("enormous answer"))
            faults.oversizeBytes = 512 * 1024;
        else if (fault == QLatin1String("redirect to another origin"))
            faults.redirectTo = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(unusedPort()));
        else if (fault == QLatin1String("latency 3 s"))
            faults.latencyMs = 3000;
        sim->faults() = faults;
        client.setConnection(settings);

        p.widget->resize(1100, 700);
        p.widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(p.widget.get()));
        StallWatch stalls;
        p.load();
        auto *banner = p.widget->findChild<ErrorBanner *>(p.banner);
        QVERIFY(banner);

        if (expected.isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(p.rows() > 0, 15000);
            QVERIFY(!banner->isVisible());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 15000);
            QVERIFY2(banner->text().contains(expected), qPrintable(banner->text()));
            qInfo("%s", qPrintable(banner->text()));
            QCOMPARE(p.rows(), 0);
            // The fault goes away; Retry (or the countdown after a 429) brings the data.
            sim->faults() = SimFaults{};
            client.setConnection(good);
            if (fault != QLatin1String("429 Retry-After"))
                QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("errorRetry")), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(p.rows() > 0, 15000);
            QTRY_VERIFY(!banner->isVisible());
        }
        // A loose bound: the window never stopped answering (finer figures belong to the benchmark).
        QVERIFY2(stalls.longestMs() < 500, qPrintable(QString::number(stalls.longestMs())));
    }
};

QTEST_MAIN(tst_FaultPages)
#include "tst_faultpages.moc"
