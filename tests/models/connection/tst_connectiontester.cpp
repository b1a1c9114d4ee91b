// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionTester.h"
#include "KratosSimulator.h"
#include "TestSupport.h"
#include "TlsTestServer.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QtTest>

using namespace TestSupport;

class tst_ConnectionTester : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    ConnectionTester::Result run(const ConnectionSettings &settings)
    {
        ConnectionTester tester(&m_nam);
        std::optional<ConnectionTester::Result> result;
        tester.test(settings, [&result](const ConnectionTester::Result &r) { result = r; });
        QElapsedTimer t;
        t.start();
        while (!result && t.elapsed() < 15000)
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
        return result.value_or(ConnectionTester::Result());
    }

private Q_SLOTS:
    void okWithVersion()
    {
        auto sim = startSimulator();
        ConnectionSettings s;
        s.adminUrl = sim->adminUrl();
        const auto r = run(s);
        QCOMPARE(r.verdict, ConnectionTester::Verdict::Ok);
        QCOMPARE(r.version, QStringLiteral("v26.2.0"));
        QVERIFY(r.ready);
        QVERIFY(r.summary.contains(QStringLiteral("v26.2.0")));
    }

    // The verdict says whether the support toolkit's public flows can be used, and with which method.
    void publicFlows_data()
    {
        QTest::addColumn<bool>("publicUrl");
        QTest::addColumn<QString>("verification");
        QTest::addColumn<QString>("recovery");
        QTest::addColumn<QString>("words");
        QTest::newRow("both, code") << true << "code"
                                    << "code"
                                    << "verification enabled (code), recovery enabled (code)";
        QTest::newRow("recovery by link") << true << "code"
                                          << "link"
                                          << "recovery enabled (link)";
        QTest::newRow("verification off") << true << "off"
                                          << "code"
                                          << "verification disabled";
        QTest::newRow("no public URL") << false << "code"
                                       << "code"
                                       << "No public URL";
    }
    void publicFlows()
    {
        QFETCH(bool, publicUrl);
        QFETCH(QString, verification);
        QFETCH(QString, recovery);
        QFETCH(QString, words);
        SimOptions options;
        options.verificationEnabled = verification != QLatin1String("off");
        options.verificationMethod = options.verificationEnabled ? verification : QStringLiteral("code");
        options.recoveryMethod = recovery;
        auto sim = startSimulator(options);
        ConnectionSettings s;
        s.adminUrl = sim->adminUrl();
        if (publicUrl)
            s.publicUrl = sim->publicUrl();
        const auto r = run(s);
        QCOMPARE(r.verdict, ConnectionTester::Verdict::Ok);
        QVERIFY2(r.flows.contains(words), qPrintable(r.flows));
        QCOMPARE(r.verificationMethod, publicUrl && options.verificationEnabled ? verification : QString());
    }

    void unauthorized()
    {
        SimOptions options;
        options.token = QStringLiteral("right");
        auto sim = startSimulator(options);
        ConnectionSettings s;
        s.adminUrl = sim->adminUrl();
        s.token = QStringLiteral("wrong");
        const auto r = run(s);
        QCOMPARE(r.verdict, ConnectionTester::Verdict::Unauthorized);
        QCOMPARE(r.version, QStringLiteral("v26.2.0")); // the server was reached
        s.token = QStringLiteral("right");
        QCOMPARE(run(s).verdict, ConnectionTester::Verdict::Ok);
    }

    void unreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        ConnectionSettings s;
        s.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close();
        QCOMPARE(run(s).verdict, ConnectionTester::Verdict::Unreachable);
    }

    void notKratos()
    {
        auto sim = startSimulator();
        ConnectionSettings s;
        s.adminUrl = sim->adminUrl();
        s.adminUrl.setPath(QStringLiteral("/somewhere-else"));
        const auto r = run(s);
        QCOMPARE(r.verdict, ConnectionTester::Verdict::NotKratos);
        sim->faults().malformedJson = true;
        s.adminUrl.setPath(QString());
        QCOMPARE(run(s).verdict, ConnectionTester::Verdict::NotKratos);
    }

    void tlsProblemWithCertificateDetails()
    {
        TlsTestServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ConnectionSettings s;
        s.adminUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        const auto r = run(s);
        QCOMPARE(r.verdict, ConnectionTester::Verdict::TlsProblem);
        QVERIFY(r.details.contains(QStringLiteral("SHA-256")));
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionTester)
#include "tst_connectiontester.moc"
