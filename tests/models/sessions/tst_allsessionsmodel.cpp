// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllSessionsModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace TestSupport;

class tst_AllSessionsModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;

    int expectedCount(std::optional<bool> active) const
    {
        int n = 0;
        for (const SimSession &s : m_sim->store().sessions())
            n += !active || m_sim->store().isActive(s) == *active ? 1 : 0;
        return n;
    }
    static bool loadEverything(AllSessionsModel &model)
    {
        model.loadAll();
        return QTest::qWaitFor([&model]() { return model.isComplete() || !model.lastError().isNull(); }, 20000) &&
               model.isComplete();
    }

private Q_SLOTS:
    void init()
    {
        SimOptions options;
        options.identities = 2400; // every 4th has 1–3 sessions: about 1,200 sessions, several pages of 250
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        connectTo(*m_client, *m_sim);
    }

    // The first page arrives by itself; fetchMore() adds the next; every row is a real session
    // of the server, newest first, labelled with its identity's login identifier.
    void pagesLazilyNewestFirst()
    {
        AllSessionsModel model(m_client.get()); // no model tester here: it would fetch more by itself
        QSignalSpy pages(&model, &AllSessionsModel::pageLoaded);
        model.reload();
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), AllSessionsModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 2 * AllSessionsModel::PageSize);
        const KratosSimulator::RecordedRequest last = m_sim->requests().constLast();
        QVERIFY(last.query.contains("expand=identity"));
        QVERIFY(last.query.contains("expand=devices"));
        QVERIFY(last.query.contains("page_token="));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.rowAt(row - 1)->issuedAt >= model.rowAt(row)->issuedAt);
        const SessionRow *first = model.rowAt(0);
        const SimSession *stored = m_sim->store().session(first->id);
        QVERIFY(stored);
        QCOMPARE(first->identityId, stored->identityId);
        const QJsonObject traits =
            m_sim->store().identity(stored->identityId)->json().value(QStringLiteral("traits")).toObject();
        QVERIFY(!first->identityLabel.isEmpty());
        QVERIFY2(traits.value(QStringLiteral("email")).toString() == first->identityLabel ||
                     traits.value(QStringLiteral("username")).toString() == first->identityLabel ||
                     traits.value(QStringLiteral("phone")).toString() == first->identityLabel,
                 qPrintable(first->identityLabel));
        QCOMPARE(first->aal, stored->aal());
        QVERIFY(!first->lastDevice.isEmpty());
        QVERIFY(first->lastDevice.startsWith(QLatin1String("203.0.113.")));
        QCOMPARE(model.index(0, AllSessionsModel::AalColumn).data().toString(), stored->aal().toUpper());
    }

    void activeFilter_data()
    {
        QTest::addColumn<int>("filter"); // -1 all, 0 inactive, 1 active
        QTest::newRow("all") << -1;
        QTest::newRow("active") << 1;
        QTest::newRow("inactive (revoked or expired)") << 0;
    }

    // Load all at Kratos's largest page: every session the filter selects, each once.
    void activeFilter()
    {
        QFETCH(int, filter);
        const std::optional<bool> active = filter < 0 ? std::nullopt : std::optional<bool>(filter == 1);
        AllSessionsModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setActiveFilter(active);
        QVERIFY(loadEverything(model));
        QCOMPARE(model.rowCount(), expectedCount(active));
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.rowAt(row)->id);
            if (active)
                QCOMPARE(model.rowAt(row)->active, *active);
        }
        QCOMPARE(ids.size(), model.rowCount());
        QVERIFY(m_sim->requests().constLast().query.contains("page_size=1000"));
        if (active)
            QVERIFY(m_sim->requests().constLast().query.contains(*active ? "active=true" : "active=false"));
    }

    // What Kratos's expanded session JSON turns into, case by case.
    void rowFromJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("methods");
        QTest::addColumn<QString>("device");
        const QByteArray base = R"({"id":"s1","active":true,"authenticator_assurance_level":"aal2",)";
        QTest::newRow("identity and two devices: the last one shows")
            << base + R"("identity":{"id":"i1","traits":{"email":"ada@example.com"}},
                "authentication_methods":[{"method":"password","aal":"aal1"},{"method":"totp","aal":"aal2"}],
                "devices":[{"ip_address":"198.51.100.1"},{"ip_address":"203.0.113.9","location":"Berlin, DE",
                "user_agent":"curl/8"}]})"
            << "ada@example.com"
            << "password, totp"
            << "203.0.113.9 · Berlin, DE · curl/8";
        QTest::newRow("identity null (deleted or not expanded)")
            << base + R"("identity":null,"authentication_methods":[],"devices":null})"
            << "(identity not included)"
            << ""
            << "";
        QTest::newRow("social sign-in names its provider")
            << base + R"("identity":{"id":"i2","traits":{"username":"grace"}},
                "authentication_methods":[{"method":"oidc","provider":"github"}],"devices":[]})"
            << "grace"
            << "oidc (github)"
            << "";
        QTest::newRow("no identifier trait: the id")
            << base + R"("identity":{"id":"i3","traits":{}},"authentication_methods":[{"method":"code"},
                {"method":"code"}],"devices":[{"user_agent":"okhttp/4"}]})"
            << "i3"
            << "code"
            << "okhttp/4";
    }

    void rowFromJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, label);
        QFETCH(QString, methods);
        QFETCH(QString, device);
        const auto page = AllSessionsModel::preparePage('[' + json + ']', SchemaCatalog());
        QVERIFY2(page.problem.isEmpty(), qPrintable(page.problem));
        QCOMPARE(page.rows.size(), 1);
        QCOMPARE(page.rows.first().identityLabel, label);
        QCOMPARE(page.rows.first().methods, methods);
        QCOMPARE(page.rows.first().lastDevice, device);
    }

    void badPages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << QByteArray("<html>") << "invalid JSON at byte";
        QTest::newRow("an object") << QByteArray(R"({"error":{}})") << "expected a JSON array";
        QTest::newRow("an item without id")
            << QByteArray(R"([{"id":"a"},{"active":true}])") << "list item 2 is not a valid session";
        QTest::newRow("an item that is a number") << QByteArray("[1]") << "list item 1 is not a valid session";
    }

    void badPages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problem);
        const auto page = AllSessionsModel::preparePage(body, SchemaCatalog());
        QVERIFY2(page.problem.startsWith(problem), qPrintable(page.problem));
        QVERIFY(page.rows.isEmpty());
    }

    // A page the server garbles stops the list with a specific message, keeps the rows loaded
    // so far, and Retry asks for that page again.
    void failedPageKeepsRowsAndRetries()
    {
        AllSessionsModel model(m_client.get());
        QSignalSpy pages(&model, &AllSessionsModel::pageLoaded);
        QSignalSpy failed(&model, &AllSessionsModel::loadFailed);
        model.reload();
        QVERIFY(pages.wait());
        const int before = model.rowCount();
        m_sim->faults().match = QStringLiteral("GET /admin/sessions");
        m_sim->faults().truncatedJson = true;
        model.fetchMore({});
        QVERIFY(failed.wait());
        QCOMPARE(model.rowCount(), before);
        QVERIFY(model.lastError().userMessage().contains(QLatin1String("invalid JSON")));
        QVERIFY(!model.canFetchMore({}));
        m_sim->faults() = SimFaults();
        model.retry();
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), before + AllSessionsModel::PageSize);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.rowAt(row)->id);
        QCOMPARE(ids.size(), model.rowCount()); // the retried page is the one that failed, not the next
    }

    // A reply for a list that was reloaded meanwhile never lands in the new one.
    void staleRepliesDropped()
    {
        AllSessionsModel model(m_client.get());
        QSignalSpy pages(&model, &AllSessionsModel::pageLoaded);
        m_sim->faults().latencyMs = 300;
        model.reload();
        model.setActiveFilter(true);
        QVERIFY(pages.wait());
        QTest::qWait(400);
        QCOMPARE(pages.size(), 1);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.rowAt(row)->active);
    }

    void markRevoked()
    {
        AllSessionsModel model(m_client.get());
        QSignalSpy pages(&model, &AllSessionsModel::pageLoaded);
        model.setActiveFilter(true);
        QVERIFY(pages.wait());
        const int active = model.activeCount();
        QCOMPARE(active, model.rowCount());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.markRevoked({model.rowAt(0)->id, model.rowAt(2)->id, QStringLiteral("not-loaded")});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.activeCount(), active - 2);
        QCOMPARE(model.index(0, AllSessionsModel::ActiveColumn).data(AllSessionsModel::ActiveRole).toBool(), false);
    }
};

QTEST_MAIN(tst_AllSessionsModel)
#include "tst_allsessionsmodel.moc"
