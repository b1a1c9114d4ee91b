// SPDX-License-Identifier: GPL-3.0-or-later
// A server whose `Link: rel="next"` points back at a page already read: every paging loop of the
// window stops with a clear error after a few requests instead of reading for ever (issue #32 §2).
// The command line's loops are tested in tst_commandline against `kratos-sim --repeat-next-link`.
#include "AllSessionsModel.h"
#include "CourierMessageModel.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "OverviewLoader.h"
#include "PageTrail.h"
#include "SchemaListModel.h"
#include "SessionListModel.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QNetworkAccessManager>
#include <QUuid>
#include <QtTest>

using namespace TestSupport;

class tst_HostilePaging : public QObject
{
    Q_OBJECT

    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        SimOptions options;
        options.identities = 5000; // about 2,500 sessions: three pages of 1,000
        options.messages = 3000;
        options.courierIntervalMs = 0;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        connectTo(*m_client, *m_sim);
    }
    void init()
    {
        m_sim->faults() = SimFaults();
        m_sim->faults().repeatNextLink = true;
        m_sim->clearRequests();
    }

    void loopsStop_data()
    {
        QTest::addColumn<QString>("listing");
        for (const char *name : {"identities", "courier", "sessions", "identity sessions", "schemas",
                                 "overview courier", "overview sessions"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void loopsStop()
    {
        QFETCH(QString, listing);
        ApiError error;
        std::unique_ptr<QObject> owner;
        if (listing == QLatin1String("identities")) {
            auto *model = new IdentityListModel(m_client.get());
            owner.reset(model);
            model->reload();
            model->loadAll(100);
            QTRY_VERIFY_WITH_TIMEOUT(!model->lastError().isNull(), 20000);
            error = model->lastError();
            // The pages read before stay shown: the last one is still being prepared on a worker
            // when the error comes (under the sanitizers it was not yet added), so wait for it.
            QTRY_VERIFY(model->rowCount() >= 100);
        } else if (listing == QLatin1String("courier")) {
            auto *model = new CourierMessageModel(m_client.get());
            owner.reset(model);
            model->reload();
            model->loadAll();
            QTRY_VERIFY_WITH_TIMEOUT(!model->lastError().isNull(), 20000);
            error = model->lastError();
        } else if (listing == QLatin1String("sessions")) {
            auto *model = new AllSessionsModel(m_client.get());
            owner.reset(model);
            model->reload();
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 || !model->lastError().isNull(), 20000);
            model->fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model->lastError().isNull(), 20000);
            error = model->lastError();
        } else if (listing == QLatin1String("identity sessions")) {
            // One identity with 600 sessions, three pages of 250: the second links to itself.
            const QString id = m_sim->store().identities().firstKey();
            for (int i = 0; i < 600; ++i) {
                SimSession session;
                session.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                session.identityId = id;
                session.createdAt = session.authenticatedAt = m_sim->store().now().addSecs(-i);
                session.expiresAt = session.createdAt.addDays(1);
                m_sim->store().addSession(session);
            }
            auto *model = new SessionListModel(m_client.get());
            owner.reset(model);
            connect(model, &SessionListModel::loadFailed, this, [&error](const ApiError &e) { error = e; });
            model->load(id);
            QTRY_VERIFY_WITH_TIMEOUT(!error.isNull(), 20000);
            QCOMPARE(model->rowCount(), 500); // the pages read before stay shown
        } else if (listing == QLatin1String("schemas")) {
            auto *model = new SchemaListModel(m_client.get());
            owner.reset(model);
            model->setPageSize(1);
            m_sim->faults().publicPortToo = true; // where /schemas is served
            connect(model, &SchemaListModel::failed, this, [&error](const ApiError &e) { error = e; });
            model->reload();
            QTRY_VERIFY_WITH_TIMEOUT(!error.isNull(), 20000);
        } else {
            auto *loader = new OverviewLoader(m_client.get());
            owner.reset(loader);
            loader->refresh();
            const bool courier = listing == QLatin1String("overview courier");
            QTRY_VERIFY_WITH_TIMEOUT(!(courier ? loader->courierError() : loader->sessionsError()).isNull(), 20000);
            error = courier ? loader->courierError() : loader->sessionsError();
        }
        QCOMPARE(error.kind(), ApiError::Kind::Malformed);
        QVERIFY2(error.detail().contains(QLatin1String("one already read")), qPrintable(error.detail()));
        // Stopped: no request follows the error.
        QTest::qWait(300);
        const qsizetype requests = m_sim->requests().size();
        QTest::qWait(300);
        QCOMPARE(m_sim->requests().size(), requests);
        QVERIFY2(requests < 40, qPrintable(QString::number(requests)));
    }

    void trailRules_data()
    {
        QTest::addColumn<QStringList>("tokens"); // token read, then the next it links to, per page
        QTest::addColumn<QList<int>>("items");
        QTest::addColumn<int>("stopsAtPage"); // 0: never
        QTest::newRow("honest") << QStringList{QString(),           QStringLiteral("a"), QStringLiteral("a"),
                                               QStringLiteral("b"), QStringLiteral("b"), QString()}
                                << QList<int>{10, 10, 3} << 0;
        QTest::newRow("links to itself") << QStringList{QString(), QStringLiteral("a"), QStringLiteral("a"),
                                                        QStringLiteral("a")}
                                         << QList<int>{10, 10} << 2;
        QTest::newRow("links back two pages")
            << QStringList{QString(),           QStringLiteral("a"), QStringLiteral("a"),
                           QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("a")}
            << QList<int>{10, 10, 10} << 3;
        QStringList empties{QString(), QStringLiteral("t0")};
        QList<int> none{0};
        for (int i = 0; i < 12; ++i) {
            empties << QStringLiteral("t%1").arg(i) << QStringLiteral("t%1").arg(i + 1);
            none << 0;
        }
        QTest::newRow("empty pages that link on") << empties << none << PageTrail::kMaxEmptyPagesInARow;
    }
    void trailRules()
    {
        QFETCH(QStringList, tokens);
        QFETCH(QList<int>, items);
        QFETCH(int, stopsAtPage);
        PageTrail trail;
        int stopped = 0;
        for (int page = 0; page < items.size() && stopped == 0; ++page) {
            if (!trail.follow(tokens.at(2 * page), tokens.at(2 * page + 1), items.at(page)).isNull())
                stopped = page + 1;
        }
        QCOMPARE(stopped, stopsAtPage);
    }
};

QTEST_GUILESS_MAIN(tst_HostilePaging)
#include "tst_hostilepaging.moc"
