// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"
#include "Await.h"
#include "ConnectionController.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "ProfileStore.h"
#include "TestSupport.h"
#include "TokenStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class tst_ConnectionController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void opensWithTokenAndDropsStaleReplies()
    {
        SimOptions slowOptions;
        slowOptions.identities = 10;
        slowOptions.token = QStringLiteral("slow-token");
        auto slow = startSimulator(slowOptions);
        slow->faults().latencyMs = 400;
        SimOptions fastOptions;
        fastOptions.identities = 3;
        auto fast = startSimulator(fastOptions);

        QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        TokenStore tokens(&settings, QStringLiteral("kratos-desk-test-controller"));
        AuditLog audit(m_dir.filePath(QStringLiteral("audit")));
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        client.setAuditGate(&audit);
        ConnectionController controller(&client, &tokens, &profiles, &audit);

        ConnectionProfile a = ConnectionProfile::create(QStringLiteral("Slow"));
        a.adminUrl = slow->adminUrl();
        a.readOnly = true;
        profiles.save(a);
        tokens.keepForSession(a.id, QStringLiteral("slow-token")); // no keychain needed here
        ConnectionProfile b = ConnectionProfile::create(QStringLiteral("Fast"));
        b.adminUrl = fast->adminUrl();
        profiles.save(b);

        QSignalSpy opened(&controller, &ConnectionController::opened);
        controller.open(a.id);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(controller.current()->id, a.id);
        QCOMPARE(profiles.lastProfileId(), a.id);
        QCOMPARE(audit.scope().profileId, a.id);
        QCOMPARE(audit.scope().authority, slow->adminUrl().authority());
        QVERIFY(client.connection().readOnly);

        Await<Page<Identity>> stale;
        client.listIdentities({}, this, stale.callback());
        QTRY_VERIFY(!slow->requests().isEmpty());
        QCOMPARE(slow->requests().last().authorization, QByteArray("Bearer slow-token"));

        controller.open(b.id); // switch while the slow reply is on its way
        QTRY_COMPARE(opened.size(), 2);
        QVERIFY(client.connection().token.isEmpty());
        Await<Page<Identity>> fresh;
        client.listIdentities({}, this, fresh.callback());
        QVERIFY(fresh.wait());
        QCOMPARE(fresh.value().items.size(), 3);
        spin(700);
        QCOMPARE(stale.calls(), 0); // the old profile's reply never arrived

        controller.close();
        QVERIFY(!controller.current());
        QVERIFY(client.connection().token.isEmpty());
        QVERIFY(!client.connection().adminUrl.isValid());
    }

    void badCaFileFailsToOpen()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("ca.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        TokenStore tokens(&settings, QStringLiteral("kratos-desk-test-controller"));
        AuditLog audit(m_dir.filePath(QStringLiteral("audit2")));
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        ConnectionController controller(&client, &tokens, &profiles, &audit);
        ConnectionProfile p = ConnectionProfile::create(QStringLiteral("Private CA"));
        p.adminUrl = QUrl(QStringLiteral("https://kratos.internal.example"));
        p.caFile = m_dir.filePath(QStringLiteral("missing.pem"));
        profiles.save(p);
        tokens.keepForSession(p.id, QStringLiteral("t"));
        QSignalSpy failed(&controller, &ConnectionController::openFailed);
        controller.open(p.id);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("does not exist")));

        QFile notACert(m_dir.filePath(QStringLiteral("not-a-cert.pem")));
        QVERIFY(notACert.open(QIODevice::WriteOnly));
        notACert.write("hello");
        notACert.close();
        p.caFile = notACert.fileName();
        profiles.save(p);
        controller.open(p.id);
        QTRY_COMPARE(failed.size(), 2);
        QVERIFY(failed.last().at(1).toString().contains(QStringLiteral("no PEM or DER certificate")));

        p.caFile = QStringLiteral(KD_TEST_DATA_DIR "/tls-test.crt");
        profiles.save(p);
        QSignalSpy opened(&controller, &ConnectionController::opened);
        controller.open(p.id);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(client.connection().extraCaCertificates.size(), 1);
    }

    void demoProfileStartsTheSimulator()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("demo.ini")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        TokenStore tokens(&settings, QStringLiteral("kratos-desk-test-controller"));
        AuditLog audit(m_dir.filePath(QStringLiteral("audit3")));
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        ConnectionController controller(&client, &tokens, &profiles, &audit);
        std::unique_ptr<KratosSimulator> sim;
        controller.setDemoServer([&sim]() {
            if (!sim)
                sim = startSimulator();
            return ConnectionController::DemoServer{sim->adminUrl(), sim->publicUrl()};
        });
        ConnectionProfile demo = ConnectionProfile::create(QStringLiteral("Demo"));
        demo.demo = true;
        profiles.save(demo);
        tokens.keepForSession(demo.id, QString());
        QSignalSpy opened(&controller, &ConnectionController::opened);
        controller.open(demo.id);
        QTRY_COMPARE(opened.size(), 1);
        QVERIFY(sim);
        QCOMPARE(client.connection().adminUrl, sim->adminUrl());
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionController)
#include "tst_connectioncontroller.moc"
