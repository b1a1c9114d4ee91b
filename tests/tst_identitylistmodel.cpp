#include "IdentityListModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace TestSupport;

class tst_IdentityListModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;

private Q_SLOTS:
    void init()
    {
        SimOptions options;
        options.identities = 95;
        options.messages = 0;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        ConnectionSettings s;
        s.adminUrl = m_sim->adminUrl();
        m_client->setConnection(s);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void lazyPagingOnePageAtATime()
    {
        // No QAbstractItemModelTester here: it calls fetchMore() itself on every change.
        IdentityListModel model(m_client.get());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        IdentityListQuery query;
        query.pageSize = 20;
        model.setQuery(query);
        QTRY_COMPARE(model.rowCount(), 20);
        QCOMPARE(inserted.size(), 1); // one beginInsertRows per page
        QVERIFY(model.canFetchMore({}));
        int pages = 1;
        while (model.canFetchMore({}) || model.isLoading()) {
            if (!model.isLoading()) {
                model.fetchMore({});
                ++pages;
            }
            QTest::qWait(5);
        }
        QCOMPARE(pages, 5);
        QCOMPARE(model.rowCount(), 95);
        QCOMPARE(inserted.size(), 5);
        QVERIFY(model.isComplete());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(0, IdentityListModel::IdColumn)).toString(),
                 m_sim->store().identities().firstKey());
    }

    void modelTesterOverAllPages()
    {
        IdentityListModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IdentityListQuery query;
        query.pageSize = 10;
        model.setQuery(query);
        QTRY_COMPARE(model.rowCount(), 95); // the tester's own fetchMore() calls page through everything
        QVERIFY(model.isComplete());
    }

    void columnsAndRoles()
    {
        IdentityListModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_VERIFY(model.rowCount() > 0);
        const QString firstId = m_sim->store().identities().firstKey();
        const SimIdentity *raw = m_sim->store().identity(firstId);
        const QModelIndex row0 = model.index(0, IdentityListModel::IdentifierColumn);
        QCOMPARE(model.data(row0, IdentityListModel::IdentityIdRole).toString(), firstId);
        const QJsonObject traits = raw->json.value(QStringLiteral("traits")).toObject();
        const QString expected =
            traits.contains(QStringLiteral("email"))      ? traits.value(QStringLiteral("email")).toString()
            : traits.contains(QStringLiteral("username")) ? traits.value(QStringLiteral("username")).toString()
                                                          : traits.value(QStringLiteral("phone")).toString();
        QCOMPARE(model.data(row0).toString(), expected);
        QCOMPARE(model.data(model.index(0, IdentityListModel::StateColumn)).toString(),
                 raw->json.value(QStringLiteral("state")).toString());
        QVERIFY(model.data(model.index(0, IdentityListModel::CreatedColumn), IdentityListModel::SortRole)
                    .toDateTime()
                    .isValid());
        QCOMPARE(model.headerData(IdentityListModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
    }

    void staleReplyAfterReloadIsDropped()
    {
        m_sim->faults().latencyMs = 300;
        IdentityListModel model(m_client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        IdentityListQuery all;
        all.pageSize = 50;
        model.setQuery(all); // first request in flight
        IdentityListQuery one;
        one.ids = {m_sim->store().identities().lastKey()};
        model.setQuery(one);
        QTRY_COMPARE(model.rowCount(), 1);
        QTest::qWait(500); // the first reply has come and gone
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, IdentityListModel::IdColumn)).toString(),
                 m_sim->store().identities().lastKey());
    }

    void errorStopsFetching()
    {
        m_sim->faults().errorRate = 1.0;
        IdentityListModel model(m_client.get());
        QSignalSpy failed(&model, &IdentityListModel::loadFailed);
        model.reload();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(model.lastError().httpStatus(), 500);
        QVERIFY(!model.canFetchMore({})); // no retry storm from the view
        m_sim->faults() = SimFaults();
        model.reload();
        QTRY_VERIFY(model.rowCount() > 0);
        QVERIFY(model.lastError().isNull());
    }
};

QTEST_GUILESS_MAIN(tst_IdentityListModel)
#include "tst_identitylistmodel.moc"
