// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkOperation.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace TestSupport;

class tst_BulkOperation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;

    QStringList activeIds(int n) const
    {
        QStringList out;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend() && out.size() < n;
             ++it) {
            if (it.value().json().value(QStringLiteral("state")).toString() == QLatin1String("active"))
                out.append(it.key());
        }
        return out;
    }
    QString stateOf(const QString &id) const
    {
        return m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString();
    }

    // Every PATCH of an identity is answered 429 with Retry-After `seconds`.
    void limitPatches(int seconds)
    {
        m_sim->faults().match = QStringLiteral("PATCH /admin/identities/");
        m_sim->faults().rateLimitRate = 1.0;
        m_sim->faults().retryAfterSeconds = seconds;
    }

private Q_SLOTS:
    void init()
    {
        SimOptions options;
        options.identities = 600;
        options.messages = 0;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        m_audit = std::make_unique<TestAudit>(m_client.get());
        connectTo(*m_client, *m_sim);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void deactivate500WithFailuresThenRetry()
    {
        const QStringList ids = activeIds(500);
        QCOMPARE(ids.size(), 500);
        m_sim->faults().match = QStringLiteral("PATCH /admin/identities/");
        m_sim->faults().errorRate = 0.05;
        m_sim->faults().errorStatus = 503;
        BulkOperation bulk(m_client.get(), &m_audit->log, BulkOperation::Action::Deactivate, ids, 6);
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        QSignalSpy progress(&bulk, &BulkOperation::progress);
        bulk.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(progress.size(), 500);
        const QStringList failed = bulk.ids(BulkOperation::Status::Failed);
        QVERIFY2(failed.size() > 5 && failed.size() < 60, qPrintable(QString::number(failed.size())));
        QCOMPARE(bulk.count(BulkOperation::Status::Succeeded) + failed.size(), 500);
        // Exactly the failed ids are still active on the server.
        QStringList stillActive;
        for (const QString &id : ids) {
            if (stateOf(id) == QLatin1String("active"))
                stillActive.append(id);
        }
        QCOMPARE(QSet<QString>(stillActive.cbegin(), stillActive.cend()),
                 QSet<QString>(failed.cbegin(), failed.cend()));
        for (const BulkOperation::Item &item : bulk.items()) {
            if (item.status == BulkOperation::Status::Failed)
                QCOMPARE(item.error.httpStatus(), 503);
        }

        m_sim->faults() = SimFaults();
        finished.clear();
        bulk.retryFailed();
        QVERIFY(finished.wait(60000));
        QCOMPARE(bulk.count(BulkOperation::Status::Succeeded), 500);
        for (const QString &id : ids)
            QCOMPARE(stateOf(id), QStringLiteral("inactive"));
    }

    void concurrencyIsBounded()
    {
        m_sim->faults().latencyMs = 50;
        const QStringList ids = activeIds(30);
        BulkOperation bulk(m_client.get(), &m_audit->log, BulkOperation::Action::RevokeSessions, ids, 4);
        int maxInFlight = 0;
        connect(&bulk, &BulkOperation::itemFinished, this,
                [&]() { maxInFlight = std::max(maxInFlight, m_client->requestsInFlight() + 1); });
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        bulk.start();
        QCOMPARE(m_client->requestsInFlight(), 0); // nothing goes out before the run's intent is on disk
        QTRY_COMPARE(m_client->requestsInFlight(), 4);
        QVERIFY(finished.wait(30000));
        QVERIFY(maxInFlight <= 4);
        QCOMPARE(bulk.count(BulkOperation::Status::Succeeded), 30); // "no sessions" counts as done
    }

    // On a profile that requires a reason, a bulk change without one refuses every item unsent
    // and writes nothing; with one it runs.
    void requiredReasonRefusesTheWholeRun()
    {
        AuditLog::Scope scope = m_audit->log.scope();
        scope.requireReason = true;
        m_audit->log.setProfile(scope);
        const QStringList ids = activeIds(5);
        BulkOperation bulk(m_client.get(), &m_audit->log, BulkOperation::Action::Deactivate, ids, 2);
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        bulk.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(bulk.count(BulkOperation::Status::Failed), 5);
        for (const BulkOperation::Item &item : bulk.items())
            QCOMPARE(item.error.kind(), ApiError::Kind::ReasonRequired);
        for (const QString &id : ids)
            QCOMPARE(stateOf(id), QStringLiteral("active"));
        QVERIFY(m_audit->records().isEmpty());

        BulkOperation given(m_client.get(), &m_audit->log, BulkOperation::Action::Deactivate, ids, 2);
        QSignalSpy done(&given, &BulkOperation::finished);
        given.setReason(QStringLiteral("SUP-3"));
        given.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(given.count(BulkOperation::Status::Succeeded), 5);
    }

    void cancelStopsTheRest()
    {
        m_sim->faults().latencyMs = 100;
        const QStringList ids = activeIds(40);
        BulkOperation bulk(m_client.get(), &m_audit->log, BulkOperation::Action::Delete, ids, 2);
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        bulk.start();
        QTRY_VERIFY(bulk.count(BulkOperation::Status::Succeeded) >= 2);
        bulk.cancel();
        QTRY_COMPARE(finished.size(), 1); // aborted replies may report back inside cancel()
        const int deleted = bulk.count(BulkOperation::Status::Succeeded);
        QVERIFY(deleted < 40);
        QCOMPARE(bulk.count(BulkOperation::Status::Cancelled) + deleted + bulk.count(BulkOperation::Status::Failed),
                 40);
        int gone = 0;
        for (const QString &id : ids)
            gone += m_sim->store().identity(id) == nullptr;
        QVERIFY(gone >= deleted);
    }

    void readOnlyRefusesEveryItem()
    {
        ConnectionSettings s;
        s.adminUrl = m_sim->adminUrl();
        s.readOnly = true;
        m_client->setConnection(s);
        m_sim->clearRequests();
        BulkOperation bulk(m_client.get(), &m_audit->log, BulkOperation::Action::Delete, activeIds(10), 3);
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        bulk.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(bulk.count(BulkOperation::Status::Failed), 10);
        QVERIFY(m_sim->requests().isEmpty());
    }

    // A 429 pauses the queue for Retry-After (counted down each second) and runs the item again;
    // after three waits in a row the items fail with Kratos's answer.
    void rateLimitWaitsThenGivesUp()
    {
        const QStringList ids = activeIds(4);
        limitPatches(1);
        BulkOperation bulk(m_client.get(), &m_audit->log, BulkOperation::Action::Deactivate, ids, 2);
        QSignalSpy waiting(&bulk, &BulkOperation::waiting);
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        bulk.start();
        QVERIFY(waiting.wait(5000));
        QCOMPARE(waiting.first().first().toInt(), 1);
        QVERIFY(bulk.isRunning());
        QVERIFY(finished.wait(15000));
        int waits = 0;
        for (const QList<QVariant> &args : std::as_const(waiting))
            waits += args.first().toInt() > 0;
        QCOMPARE(waits, BulkOperation::MaxRateLimitWaits);
        QCOMPARE(bulk.count(BulkOperation::Status::Failed), 4);
        QCOMPARE(bulk.items().first().error.httpStatus(), 429);
        for (const QString &id : ids)
            QCOMPARE(stateOf(id), QStringLiteral("active"));

        // Kratos lets requests through again: one wait, then every item is done.
        m_sim->faults().rateLimitRate = 0.0;
        bulk.retryFailed();
        QVERIFY(finished.wait(15000));
        QCOMPARE(bulk.count(BulkOperation::Status::Succeeded), 4);
        for (const QString &id : ids)
            QCOMPARE(stateOf(id), QStringLiteral("inactive"));
    }

    void cancelDuringTheWaitFinishes()
    {
        const QStringList ids = activeIds(2);
        limitPatches(30);
        BulkOperation bulk(m_client.get(), &m_audit->log, BulkOperation::Action::Deactivate, ids, 2);
        QSignalSpy waiting(&bulk, &BulkOperation::waiting);
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        bulk.start();
        QVERIFY(waiting.wait(5000));
        QTRY_VERIFY(bulk.waitSeconds() > 0 && bulk.count(BulkOperation::Status::Running) == 0);
        bulk.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!bulk.isRunning());
        QCOMPARE(bulk.count(BulkOperation::Status::Cancelled), 2);
        QCOMPARE(bulk.waitSeconds(), -1);
    }

    void rateLimitedItemResumesAfterTheWait()
    {
        const QStringList ids = activeIds(3);
        limitPatches(1);
        BulkOperation bulk(m_client.get(), &m_audit->log, BulkOperation::Action::Deactivate, ids, 1);
        QSignalSpy waiting(&bulk, &BulkOperation::waiting);
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        bulk.start();
        QVERIFY(waiting.wait(5000));
        m_sim->faults().rateLimitRate = 0.0; // the limit is over before the wait ends
        QVERIFY(finished.wait(15000));
        QCOMPARE(bulk.count(BulkOperation::Status::Succeeded), 3);
        QCOMPARE(waiting.last().first().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_BulkOperation)
#include "tst_bulkoperation.moc"
