// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimCommandLine.h"
#include "SimFaults.h"
#include "SimOptions.h"

#include <QTest>

// kratos-sim's command line: each value reaches the simulator, each wrong one is named.
class tst_SimCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void values();
    void refuses_data();
    void refuses();
};

void tst_SimCommandLine::defaults()
{
    SimCommandLine cli;
    QVERIFY(cli.parse({QStringLiteral("kratos-sim")}));
    SimOptions options;
    SimFaults faults;
    QString error;
    QVERIFY2(cli.readOptions(&options, &error), qPrintable(error));
    QVERIFY2(cli.readFaults(&faults, &error), qPrintable(error));
    QCOMPARE(options.adminPort, quint16(4434));
    QCOMPARE(options.address, QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(options.identities, 200);
    QCOMPARE(options.courierIntervalMs, 2000);
    QVERIFY(options.verificationEnabled);
    QCOMPARE(options.verificationMethod, QStringLiteral("code"));
    QVERIFY(!faults.any());
}

void tst_SimCommandLine::values()
{
    SimCommandLine cli;
    QVERIFY(
        cli.parse({QStringLiteral("kratos-sim"), QStringLiteral("--port=0"), QStringLiteral("--identities=7"),
                   QStringLiteral("--recovery=off"), QStringLiteral("--verification=link"),
                   QStringLiteral("--latency=25"), QStringLiteral("--error-status=503"),
                   QStringLiteral("--fault-match=GET /admin"), QStringLiteral("--hang"), QStringLiteral("--token=T")}));
    SimOptions options;
    SimFaults faults;
    QString error;
    QVERIFY2(cli.readOptions(&options, &error), qPrintable(error));
    QVERIFY2(cli.readFaults(&faults, &error), qPrintable(error));
    QCOMPARE(options.adminPort, quint16(0));
    QCOMPARE(options.identities, 7);
    QVERIFY(!options.recoveryEnabled);
    QCOMPARE(options.verificationMethod, QStringLiteral("link"));
    QCOMPARE(options.token, QStringLiteral("T"));
    QCOMPARE(faults.latencyMs, 25);
    QCOMPARE(faults.errorStatus, 503);
    QCOMPARE(faults.match, QStringLiteral("GET /admin"));
    QVERIFY(faults.hang);
}

void tst_SimCommandLine::refuses_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("error");
    QTest::newRow("port") << "--port=http"
                          << "--port must be a whole number >= 0, got \"http\"";
    QTest::newRow("negative identities") << "--identities=-1"
                                         << "--identities must be a whole number >= 0, got \"-1\"";
    QTest::newRow("bind") << "--bind=localhost"
                          << "--bind needs an IP address, got \"localhost\"";
    QTest::newRow("flow") << "--recovery=email"
                          << "--recovery must be code, link or off, got \"email\"";
    QTest::newRow("latency") << "--latency=soon"
                             << "--latency must be a whole number >= 0, got \"soon\"";
    QTest::newRow("status") << "--error-status=42"
                            << "--error-status must be a whole number >= 100, got \"42\"";
}

void tst_SimCommandLine::refuses()
{
    QFETCH(QString, argument);
    QFETCH(QString, error);
    SimCommandLine cli;
    QVERIFY(cli.parse({QStringLiteral("kratos-sim"), argument}));
    SimOptions options;
    SimFaults faults;
    QString said;
    const bool read = cli.readOptions(&options, &said) && cli.readFaults(&faults, &said);
    QVERIFY(!read);
    QCOMPARE(said, error);
}

QTEST_GUILESS_MAIN(tst_SimCommandLine)
#include "tst_simcommandline.moc"
