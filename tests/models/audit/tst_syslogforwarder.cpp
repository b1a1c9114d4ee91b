// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditAnchors.h"
#include "AuditForgery.h"
#include "AuditLog.h"
#include "AuditSyslogImport.h"
#include "AuditTrailCheck.h"
#include "RsyslogCollector.h"
#include "SyslogFormat.h"
#include "SyslogForwarder.h"
#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace TestSupport;

// Central collection against a real collector: Debian's rsyslogd on a loopback port. The
// collector's copy of each record equals the local one field by field; records written while it
// is down, restarted or unreachable arrive once it is back, each once and in order.
class tst_SyslogForwarder : public QObject
{
    Q_OBJECT

private:
    static void write(AuditLog &log, int from, int count, int targets = 1)
    {
        for (int i = from; i < from + count; ++i) {
            AuditRecord r;
            r.actionId = AuditRecord::newActionId();
            r.action = QStringLiteral("identity.update");
            r.summary = QStringLiteral("Updated identity user%1@example.com \"quoted\" [x] back\\slash Zoë").arg(i);
            for (int t = 0; t < targets; ++t)
                r.targets.append({QStringLiteral("identity"), QStringLiteral("id-%1-%2").arg(i).arg(t),
                                  QStringLiteral("user%1.%2@example.com").arg(i).arg(t)});
            r.change = {{QStringLiteral("patch"),
                         QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                {QStringLiteral("path"), QStringLiteral("/traits/name")},
                                                {QStringLiteral("value"), QStringLiteral("Ann ] \" \\ End")},
                                                {QStringLiteral("old"), QStringLiteral("Ann")}}}}};
            r.phase = AuditRecord::Phase::Outcome;
            r.outcome = AuditRecord::Outcome::Succeeded;
            r.httpStatus = 200;
            log.write(r);
        }
    }
    static AuditLog::Scope scope(quint16 port, bool tls = false)
    {
        SyslogTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = port;
        target.tls = tls;
        if (tls)
            target.caFile = QStringLiteral(KD_TEST_DATA_DIR "/tls-test.crt");
        return {QStringLiteral("p"), QStringLiteral("Prod"), QStringLiteral("kratos.example:4434"),
                QStringLiteral("production"), target};
    }
    // The sequence numbers the collector holds, in the order it wrote them.
    static QList<qint64> sequences(const RsyslogCollector &collector)
    {
        QList<qint64> out;
        for (const QByteArray &line : collector.lines())
            out.append(SyslogFormat::parameters(line.split('\t').value(1)).value(QStringLiteral("seq")).toLongLong());
        return out;
    }
    static QList<qint64> range(qint64 first, qint64 last)
    {
        QList<qint64> out;
        for (qint64 i = first; i <= last; ++i)
            out.append(i);
        return out;
    }
    void requireRsyslog()
    {
        if (RsyslogCollector::binary().isEmpty())
            QSKIP("rsyslogd is not installed (Debian package rsyslog): central collection is not tested");
    }

    // A collector on a free loopback port (with the test certificate when TLS) and a trail in a
    // temporary folder that copies to it.
    struct Rig
    {
        explicit Rig(bool tls = false)
            : collector(unusedPort(), tls, QStringLiteral(KD_TEST_DATA_DIR "/tls-test.crt"),
                        QStringLiteral(KD_TEST_DATA_DIR "/tls-test.key"))
        {}
        bool start()
        {
            QString error;
            if (collector.start(&error))
                return true;
            qWarning("rsyslogd did not start: %s", qPrintable(error));
            return false;
        }
        // Opens (or opens again, as after a restart of the app) the trail of profile "p";
        // `trusted`: the profile names the collector's CA.
        AuditLog &open(bool tls = false, bool trusted = true)
        {
            log.reset();
            log = std::make_unique<AuditLog>(dir.filePath(QStringLiteral("audit")));
            AuditLog::Scope s = scope(collector.port(), tls);
            if (!trusted)
                s.syslog.caFile.clear();
            log->setProfile(s);
            return *log;
        }
        // Records `from`.. in bursts of 20 with the event loop turning in between.
        void bursts(int from, int count)
        {
            for (int i = 0; i < count; i += 20) {
                write(*log, from + i, std::min(20, count - i));
                QVERIFY(log->waitForWritten());
                spin(20);
            }
        }

        RsyslogCollector collector;
        QTemporaryDir dir;
        std::unique_ptr<AuditLog> log;
    };

private Q_SLOTS:
    void collectorCopyEqualsTheLocalRecord()
    {
        requireRsyslog();
        Rig rig;
        QVERIFY(rig.start());
        AuditLog &log = rig.open();
        rig.bursts(1, 5);
        QTRY_COMPARE_WITH_TIMEOUT(rig.collector.lines().size(), 5, 15000);
        QTRY_VERIFY2(log.forwardingState().startsWith(QStringLiteral("delivering to 127.0.0.1")),
                     qPrintable(log.forwardingState()));
        QTRY_COMPARE(log.forwardingPending(), 0);
        const QList<AuditRecord> local = log.records(QStringLiteral("p"));
        const QList<QByteArray> lines = rig.collector.lines();
        for (int i = 0; i < local.size(); ++i) {
            const QList<QByteArray> parts = lines.at(i).split('\t');
            QCOMPARE(parts.size(), 3);
            QCOMPARE(QString::fromUtf8(parts.at(0)), local.at(i).action);
            const QMap<QString, QString> copy = SyslogFormat::parameters(parts.at(1));
            const QMap<QString, QString> mine = SyslogFormat::fields(local.at(i));
            QCOMPARE(copy.keys(), mine.keys());
            for (auto it = mine.cbegin(); it != mine.cend(); ++it)
                QCOMPARE(copy.value(it.key()), it.value());
            QVERIFY(copy.contains(QStringLiteral("seq")) && copy.contains(QStringLiteral("prev")));
            QByteArray message = parts.at(2);
            if (message.startsWith("\xEF\xBB\xBF"))
                message.remove(0, 3);
            QCOMPARE(QString::fromUtf8(message), local.at(i).summary);
        }
    }

    void collectorDownThenBack()
    {
        requireRsyslog();
        Rig rig;
        AuditLog &log = rig.open();
        rig.bursts(1, 7); // changes never wait for the collector
        QTRY_COMPARE(log.forwardingPending(), 7);
        QTRY_VERIFY(log.forwardingState().contains(QStringLiteral("unreachable")));
        QVERIFY(rig.start());
        QTRY_COMPARE_WITH_TIMEOUT(sequences(rig.collector), range(1, 7), 20000);
        QTRY_COMPARE(log.forwardingPending(), 0);
    }

    // The collector is stopped and started again while records keep coming: every record
    // arrives once, in order.
    void collectorRestartMidStream()
    {
        requireRsyslog();
        Rig rig;
        QVERIFY(rig.start());
        AuditLog &log = rig.open();
        rig.bursts(1, 200);
        rig.collector.stop(); // while the last bursts may still be on their way
        rig.bursts(201, 200);
        QVERIFY(rig.start());
        rig.bursts(401, 100);
        QTRY_COMPARE_WITH_TIMEOUT(sequences(rig.collector), range(1, 500), 40000);
        QTRY_COMPARE(log.forwardingPending(), 0);
    }

    // The cursor outlives the app: what was not taken before it closed goes out after it opens.
    void pendingRecordsSurviveTheApp()
    {
        requireRsyslog();
        Rig rig;
        rig.open();
        rig.bursts(1, 4);
        rig.log.reset(); // the app closes with four records and its exit checkpoint pending
        QVERIFY(rig.start());
        rig.open();
        QTRY_COMPARE_WITH_TIMEOUT(sequences(rig.collector), range(1, 5), 15000);
        QVERIFY(rig.collector.lines().last().startsWith("audit.checkpoint\t"));
        rig.bursts(6, 2);
        QTRY_COMPARE_WITH_TIMEOUT(sequences(rig.collector), range(1, 7), 15000);
    }

    // Checkpoints reach a real rsyslog, and its output file anchors the local trail: whole as
    // written, broken once a record is rewritten with every hash and the head recomputed.
    void checkpointsAnchorTheTrail()
    {
        requireRsyslog();
        Rig rig;
        QVERIFY(rig.start());
        AuditLog &log = rig.open();
        rig.bursts(1, 3);
        log.checkpoint();
        rig.bursts(4, 2);
        log.checkpoint();
        QVERIFY(log.waitForWritten());
        QTRY_COMPARE_WITH_TIMEOUT(sequences(rig.collector), range(1, 7), 15000);
        const QString trail = log.filePath(QStringLiteral("p"));
        QString error;
        const QList<AuditAnchors::Checkpoint> anchors = AuditAnchors::read(rig.collector.output(), &error);
        QCOMPARE(anchors.size(), 2);
        AuditAnchors::Report report =
            AuditAnchors::verify(anchors, trail, QStringLiteral("p"), log.host(), log.operatorName());
        QVERIFY2(report.ok, qPrintable(report.failure));
        QCOMPARE(report.checked, 2);
        QCOMPARE(report.anchoredUpTo, 6);

        // A forger rewrites record 2 and recomputes the chain and the head.
        QList<QByteArray> lines = TestSupport::trailLines(trail);
        lines[1].replace("user2@", "user9@");
        QVERIFY(TestSupport::forgeTrail(trail, lines));
        QVERIFY(log.verify(QStringLiteral("p")).ok); // the local chain alone cannot tell
        report = AuditAnchors::verify(anchors, trail, QStringLiteral("p"), log.host(), log.operatorName());
        QVERIFY(!report.ok);
        QVERIFY2(report.failure.contains(QStringLiteral("record 3 no longer matches")), qPrintable(report.failure));
    }

    // A trail found damaged is started again; its audit.trail.broken record goes to the collector
    // like any other, although the collector already took records with those numbers.
    void restartIsForwarded()
    {
        requireRsyslog();
        Rig rig;
        QVERIFY(rig.start());
        AuditLog &log = rig.open();
        rig.bursts(1, 4);
        QTRY_COMPARE_WITH_TIMEOUT(sequences(rig.collector), range(1, 4), 15000);
        QVERIFY(QFile::remove(QFileInfo(log.filePath(QStringLiteral("p"))).path() + QStringLiteral("/p.head")));
        // Closing writes the exit checkpoint, which finds the damage: a new trail, audit.trail.broken
        // then the checkpoint. Opened again, one more record.
        rig.log.reset();
        AuditLog &again = rig.open();
        rig.bursts(5, 1);
        QCOMPARE(again.records(QStringLiteral("p")).first().action, QStringLiteral("audit.trail.broken"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.collector.lines().size(), 7, 15000);
        const QList<QByteArray> lines = rig.collector.lines();
        QVERIFY(lines.at(4).startsWith("audit.trail.broken\t"));
        QVERIFY(lines.at(5).startsWith("audit.checkpoint\t"));
        QCOMPARE(sequences(rig.collector).mid(4), (QList<qint64>{1, 2, 3}));
    }

    // A bulk intent naming 2,000 identities is far above rsyslog's default 8 KiB message and its
    // 32 KiB structured-data limit: it goes out in parts that join back into the record.
    void largeRecordIsSplitAndJoinsBack()
    {
        requireRsyslog();
        Rig rig;
        QVERIFY(rig.start());
        AuditLog &log = rig.open();
        write(log, 1, 1, 2000);
        write(log, 2, 1); // a small one after it
        QVERIFY(log.waitForWritten());
        const AuditRecord local = log.records(QStringLiteral("p")).first();
        const int parts = int(SyslogFormat::messages(local, 1).size());
        QVERIFY(parts > 10);
        QTRY_COMPARE_WITH_TIMEOUT(rig.collector.lines().size(), parts + 1, 15000);
        QList<QMap<QString, QString>> received;
        for (const QByteArray &line : rig.collector.lines().mid(0, parts)) {
            QVERIFY(line.size() < 8192);
            received.append(SyslogFormat::parameters(line.split('\t').value(1)));
        }
        QCOMPARE(received.first().value(QStringLiteral("part")), QStringLiteral("1/%1").arg(parts));
        QCOMPARE(SyslogFormat::reassemble(received), SyslogFormat::fields(local));
        QCOMPARE(sequences(rig.collector).last(), 2);
    }

    // What rsyslog wrote is read back into the trail itself, byte for byte, split record and all.
    void collectorFileImportsAsTheTrail()
    {
        requireRsyslog();
        Rig rig;
        QVERIFY(rig.start());
        AuditLog &log = rig.open();
        write(log, 1, 1, 900);
        rig.bursts(2, 6);
        const int parts = int(SyslogFormat::messages(log.records(QStringLiteral("p")).first(), 1).size());
        QTRY_COMPARE_WITH_TIMEOUT(rig.collector.lines().size(), parts + 6, 15000);
        QVERIFY(AuditSyslogImport::isCollectorFile(rig.collector.output()));
        QTemporaryDir elsewhere;
        const AuditSyslogImport::Result result =
            AuditSyslogImport::importFiles({rig.collector.output()}, elsewhere.filePath(QStringLiteral("audit")));
        QCOMPARE(result.records, qint64(7));
        QCOMPARE(result.trails.size(), 1);
        QVERIFY2(result.trails.first().imported, qPrintable(result.trails.first().problem));
        QFile copy(result.trails.first().storedAs);
        QFile trail(log.filePath(QStringLiteral("p")));
        QVERIFY(copy.open(QIODevice::ReadOnly) && trail.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), trail.readAll());
    }

    // Over TLS with the collector's CA; a collector whose certificate is not trusted gets
    // nothing and the records wait.
    void overTls_data()
    {
        QTest::addColumn<bool>("trusted");
        QTest::newRow("trusted") << true;
        QTest::newRow("not trusted") << false;
    }
    void overTls()
    {
        QFETCH(bool, trusted);
        requireRsyslog();
        if (!RsyslogCollector::tlsAvailable())
            QSKIP("rsyslog's TLS driver is not installed (Debian package rsyslog-gnutls): TLS is not tested");
        Rig rig(true);
        QVERIFY(rig.start());
        AuditLog &log = rig.open(true, trusted);
        rig.bursts(1, 3);
        if (trusted) {
            QTRY_COMPARE_WITH_TIMEOUT(sequences(rig.collector), range(1, 3), 15000);
            QTRY_VERIFY(log.forwardingState().contains(QStringLiteral("TLS")));
            return;
        }
        QTRY_VERIFY(log.forwardingState().contains(QStringLiteral("unreachable")));
        QCOMPARE(log.forwardingPending(), 3);
        spin(300);
        QVERIFY(rig.collector.lines().isEmpty());
    }

    void sdValuesAreEscaped()
    {
        AuditRecord r;
        r.sequence = 3;
        r.action = QStringLiteral("identity.update");
        r.summary = QStringLiteral("a ] \" \\ b");
        r.targets = {{QStringLiteral("identity"), QStringLiteral("x"), QStringLiteral("la]bel \"q\" \\")}};
        r.time = QDateTime::currentDateTimeUtc();
        r.host = QStringLiteral("my host");
        const QByteArray message = SyslogFormat::message(r, 42);
        QVERIFY(message.startsWith("<85>1 "));
        QVERIFY(message.contains(" my_host kratos-desk 42 identity.update [audit@32473 "));
        const qsizetype sdStart = message.indexOf('[');
        const QMap<QString, QString> back = SyslogFormat::parameters(message.mid(sdStart));
        QCOMPARE(back, SyslogFormat::fields(r));
        // Split: every part within the limit, and the parts join back into the record.
        for (int t = 0; t < 300; ++t)
            r.targets.append(
                {QStringLiteral("identity"), QStringLiteral("id-%1").arg(t), QStringLiteral("Zoë ] \"%1\"").arg(t)});
        const QList<QByteArray> parts = SyslogFormat::messages(r, 42);
        QVERIFY(parts.size() > 1);
        QList<QMap<QString, QString>> params;
        for (const QByteArray &part : parts) {
            QVERIFY2(part.size() <= SyslogFormat::MaxMessageBytes, QByteArray::number(part.size()).constData());
            params.append(SyslogFormat::parameters(part.mid(part.indexOf('['))));
        }
        QCOMPARE(SyslogFormat::reassemble(params), SyslogFormat::fields(r));
        QCOMPARE(SyslogFormat::frame("abc"), QByteArray("3 abc"));
    }
};

QTEST_GUILESS_MAIN(tst_SyslogForwarder)
#include "tst_syslogforwarder.moc"
