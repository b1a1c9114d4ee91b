#include "AuditLog.h"
#include "Await.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class tst_AuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QList<QByteArray> lines(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QList<QByteArray> out = f.readAll().split('\n');
        out.removeAll(QByteArray());
        return out;
    }
    static void writeLines(const QString &path, const QList<QByteArray> &content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (const QByteArray &l : content)
            f.write(l + '\n');
    }
    void fill(AuditLog &log, int n)
    {
        for (int i = 0; i < n; ++i)
            log.record({QStringLiteral("Patch identity"),
                        {QStringLiteral("id-%1").arg(i)},
                        AuditEvent::Outcome::Succeeded,
                        200,
                        {}});
    }

private Q_SLOTS:
    void eachAuditedCallWritesExactlyOneLine()
    {
        SimOptions options;
        options.identities = 20;
        options.messages = 5;
        options.devMode = true;
        auto sim = startSimulator(options);
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        AuditLog log(m_dir.filePath(QStringLiteral("calls")));
        log.setProfile(QStringLiteral("p1"), QStringLiteral("Staging"));
        client.setAuditSink(&log);
        connectTo(client, *sim);
        const QString path = log.filePath(QStringLiteral("p1"));
        const QString id = sim->store().identities().firstKey();

        Await<Page<Identity>> plainRead;
        client.listIdentities({}, this, plainRead.callback());
        QVERIFY(plainRead.wait());
        QCOMPARE(lines(path).size(), 0); // an ordinary read is not audited

        Await<Identity> patched;
        client.patchIdentity(id, JsonPatch().replace(QStringLiteral("/state"), QStringLiteral("inactive")), this,
                             patched.callback());
        QVERIFY(patched.wait());
        QCOMPARE(lines(path).size(), 1);

        Await<RecoveryLink> link;
        client.createRecoveryLink(id, QString(), QString(), this, link.callback());
        QVERIFY(link.wait());
        QCOMPARE(lines(path).size(), 2);

        const QString messageId = sim->store().messages().front().id;
        Await<CourierMessage> revealed;
        client.getCourierMessage(messageId, true, this, revealed.callback());
        QVERIFY(revealed.wait());
        QCOMPARE(lines(path).size(), 3);

        Await<Identity> withCredentials;
        client.getIdentity(id, {QStringLiteral("password")}, this, withCredentials.callback());
        QVERIFY(withCredentials.wait());
        QCOMPARE(lines(path).size(), 4);

        Await<NoContent> failed;
        client.deleteIdentity(QStringLiteral("7c7e3a3e-0000-4000-8000-000000000000"), this, failed.callback());
        QVERIFY(failed.wait());
        QCOMPARE(lines(path).size(), 5);

        ConnectionSettings readOnly = client.connection();
        readOnly.readOnly = true;
        client.setConnection(readOnly);
        Await<NoContent> refused;
        client.deleteIdentity(id, this, refused.callback());
        QVERIFY(refused.wait());
        QCOMPARE(lines(path).size(), 6);

        const QList<AuditLog::Entry> entries = log.entries(QStringLiteral("p1"));
        QCOMPARE(entries.size(), 6);
        QCOMPARE(entries.at(0).action, QStringLiteral("Patch identity"));
        QCOMPARE(entries.at(0).targets, QStringList{id});
        QCOMPARE(entries.at(0).outcome, QStringLiteral("succeeded"));
        QCOMPARE(entries.at(0).profileName, QStringLiteral("Staging"));
        QVERIFY(!entries.at(0).user.isEmpty());
        QCOMPARE(entries.at(2).action, QStringLiteral("Reveal courier message body"));
        QCOMPARE(entries.at(2).targets, QStringList{messageId});
        QCOMPARE(entries.at(4).outcome, QStringLiteral("failed"));
        QCOMPARE(entries.at(4).httpStatus, 404);
        QCOMPARE(entries.at(5).outcome, QStringLiteral("refused"));
        QVERIFY(log.verify(QStringLiteral("p1")).ok);

        // Never a secret: not the recovery link, not the body.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QVERIFY(!all.contains(link.value().link.toUtf8()));
        QVERIFY(!all.contains(revealed.value().body.left(40).toUtf8()));
    }

    void createNamesTheNewIdentity()
    {
        auto sim = startSimulator();
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        AuditLog log(m_dir.filePath(QStringLiteral("create")));
        log.setProfile(QStringLiteral("p"), QStringLiteral("P"));
        client.setAuditSink(&log);
        connectTo(client, *sim);
        Await<Identity> created;
        client.createIdentity(QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                                          {QStringLiteral("traits"),
                                           QJsonObject{{QStringLiteral("email"), QStringLiteral("a@example.com")}}}},
                              this, created.callback());
        QVERIFY(created.wait());
        QCOMPARE(log.entries(QStringLiteral("p")).first().targets, QStringList{created.value().id});
    }

    void modifiedLineIsDetected()
    {
        AuditLog log(m_dir.filePath(QStringLiteral("modified")));
        log.setProfile(QStringLiteral("x"), QStringLiteral("X"));
        fill(log, 5);
        QVERIFY(log.verify(QStringLiteral("x")).ok);
        QList<QByteArray> content = lines(log.filePath(QStringLiteral("x")));
        content[2].replace("id-2", "id-9");
        writeLines(log.filePath(QStringLiteral("x")), content);
        const AuditLog::Verification v = log.verify(QStringLiteral("x"));
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenLine, 4); // line 3 changed, so line 4's hash of it no longer matches
    }

    void removedLineIsDetected()
    {
        AuditLog log(m_dir.filePath(QStringLiteral("removed")));
        log.setProfile(QStringLiteral("x"), QStringLiteral("X"));
        fill(log, 5);
        QList<QByteArray> content = lines(log.filePath(QStringLiteral("x")));
        content.removeAt(1);
        writeLines(log.filePath(QStringLiteral("x")), content);
        const AuditLog::Verification v = log.verify(QStringLiteral("x"));
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenLine, 2);
    }

    void truncatedEndIsDetected()
    {
        AuditLog log(m_dir.filePath(QStringLiteral("truncated")));
        log.setProfile(QStringLiteral("x"), QStringLiteral("X"));
        fill(log, 5);
        QList<QByteArray> content = lines(log.filePath(QStringLiteral("x")));
        content.removeLast();
        writeLines(log.filePath(QStringLiteral("x")), content);
        const AuditLog::Verification v = log.verify(QStringLiteral("x"));
        QVERIFY(!v.ok);
        QVERIFY(v.reason.contains(QStringLiteral("cut off")));
    }

    void appendsAcrossInstances()
    {
        const QString dir = m_dir.filePath(QStringLiteral("reopen"));
        {
            AuditLog log(dir);
            log.setProfile(QStringLiteral("x"), QStringLiteral("X"));
            fill(log, 3);
        }
        AuditLog again(dir);
        again.setProfile(QStringLiteral("x"), QStringLiteral("X"));
        fill(again, 2);
        const AuditLog::Verification v = again.verify(QStringLiteral("x"));
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.lines, 5);
    }

    void unwritableFolderIsReported()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AuditLog log(m_dir.filePath(QStringLiteral("blocker/sub"))); // a file where a folder must be
        log.setProfile(QStringLiteral("x"), QStringLiteral("X"));
        fill(log, 1);
        QVERIFY(!log.lastWriteOk());
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
