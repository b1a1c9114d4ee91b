// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllSessionsModel.h"
#include "CourierMessageModel.h"
#include "CourierPage.h"
#include "ErrorBanner.h"
#include "FaultCase.h"
#include "IdentitiesPage.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "Prompt.h"
#include "SchemaListModel.h"
#include "SchemasPage.h"
#include "SessionsPage.h"
#include "TestAudit.h"
#include "TestSupport.h"
#include "TlsTestServer.h"

#include <QNetworkAccessManager>
#include <QPushButton>
#include <QtTest>

using namespace TestSupport;

namespace {

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

PageUnderTest makePage(const QString &name, KratosClient *client, AuditLog *audit)
{
    PageUnderTest p;
    p.schemas = std::make_unique<SchemaListModel>(client);
    if (name == QLatin1String("identities")) {
        auto *page = new IdentitiesPage(client, audit, p.schemas.get());
        p.widget.reset(page);
        p.load = [page]() { page->reload(); };
        p.rows = [page]() { return page->model()->rowCount(); };
        p.banner = QStringLiteral("identityErrorBanner");
        p.faultMatch = QStringLiteral("/admin/identities");
    } else if (name == QLatin1String("courier")) {
        auto *page = new CourierPage(client, audit);
        p.widget.reset(page);
        p.load = [page]() { page->reload(); };
        p.rows = [page]() { return page->model()->rowCount(); };
        p.banner = QStringLiteral("courierErrorBanner");
        p.faultMatch = QStringLiteral("/admin/courier");
    } else if (name == QLatin1String("sessions")) {
        auto *page = new SessionsPage(client, audit, p.schemas.get());
        p.widget.reset(page);
        p.load = [page]() { page->reload(); };
        p.rows = [page]() { return page->model()->rowCount(); };
        p.banner = QStringLiteral("sessionsErrorBanner");
        p.faultMatch = QStringLiteral("/admin/sessions");
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
        const QList<QPair<QString, QString>> faults = FaultCase::all();
        for (const char *page : {"identities", "sessions", "courier", "schemas"}) {
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
        const ConnectionSettings good = FaultCase::goodSettings(*sim, fault);
        ConnectionSettings settings = good;

        TlsTestServer untrusted; // a self-signed certificate the profile does not trust
        TestAudit audit(&client);
        PageUnderTest p = makePage(page, &client, &audit.log);
        SimFaults faults;
        faults.match = p.faultMatch;
        faults.publicPortToo = p.publicPortToo;
        FaultCase::apply(fault, *sim, &faults, &settings, &untrusted);
        sim->faults() = faults;
        client.setConnection(settings);

        p.widget->resize(1100, 700);
        p.widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(p.widget.get()));
        FaultCase::StallWatch stalls;
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
