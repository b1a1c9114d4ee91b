#include "IdentitiesPage.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "MainWindow.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace TestSupport;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shellShowsServerVersionAndPages()
    {
        SimOptions options;
        options.identities = 30;
        auto sim = startSimulator(options);
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        ConnectionSettings settings;
        settings.adminUrl = sim->adminUrl();
        client.setConnection(settings);
        MainWindow window(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.connectToServer(QStringLiteral("Demo"));

        auto *version = window.findChild<QLabel *>(QStringLiteral("versionLabel"));
        auto *server = window.findChild<QLabel *>(QStringLiteral("serverLabel"));
        QVERIFY(version && server);
        QTRY_COMPARE(version->text(), QStringLiteral("Kratos v26.2.0 · ready"));
        QCOMPARE(server->text(), QStringLiteral("Demo"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Demo")));

        auto *table = window.findChild<QTableView *>(QStringLiteral("identityTable"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 30);

        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        auto *list = window.findChild<QListWidget *>(QStringLiteral("pageList"));
        QCOMPARE(pages->currentIndex(), int(MainWindow::IdentitiesArea));
        const QRect courierRect = list->visualItemRect(list->item(MainWindow::CourierArea));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, courierRect.center());
        QCOMPARE(pages->currentIndex(), int(MainWindow::CourierArea));
        const QRect schemasRect = list->visualItemRect(list->item(MainWindow::SchemasArea));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, schemasRect.center());
        QCOMPARE(pages->currentIndex(), int(MainWindow::SchemasArea));
    }

    void notReadyServerIsNamed()
    {
        auto sim = startSimulator();
        sim->store().ready = false;
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        ConnectionSettings settings;
        settings.adminUrl = sim->adminUrl();
        client.setConnection(settings);
        MainWindow window(&client);
        window.connectToServer(QStringLiteral("Broken"));
        auto *version = window.findChild<QLabel *>(QStringLiteral("versionLabel"));
        QTRY_VERIFY(version->text().contains(QStringLiteral("not ready")));
        QVERIFY(version->text().contains(QStringLiteral("database")));
    }

    void unreachableServerShowsErrorAndRetry()
    {
        auto sim = startSimulator();
        sim->faults().errorRate = 1.0;
        sim->faults().errorStatus = 503;
        sim->faults().match = QStringLiteral("/admin/identities");
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        ConnectionSettings settings;
        settings.adminUrl = sim->adminUrl();
        client.setConnection(settings);
        MainWindow window(&client);
        window.show();
        window.connectToServer(QStringLiteral("Flaky"));
        auto *error = window.findChild<QLabel *>(QStringLiteral("identityError"));
        auto *retry = window.findChild<QPushButton *>(QStringLiteral("identityRetry"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("503")));
        QVERIFY(retry->isVisible());
        sim->faults() = SimFaults();
        QTest::mouseClick(retry, Qt::LeftButton);
        auto *table = window.findChild<QTableView *>(QStringLiteral("identityTable"));
        QTRY_VERIFY(table->model()->rowCount() > 0);
        QVERIFY(!error->isVisible());
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
