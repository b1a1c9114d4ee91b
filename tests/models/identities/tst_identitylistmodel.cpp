// SPDX-License-Identifier: GPL-3.0-or-later
#include "Await.h"
#include "IdentityFilterProxy.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "LastSignIns.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
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
        connectTo(*m_client, *m_sim);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    // The Last sign-in column: unknown until the sessions are known, then each identity's newest
    // sign-in among every session, "none kept" for one without any, sortable by time.
    void lastSignInColumn()
    {
        IdentityListModel model(m_client.get());
        IdentityListQuery query;
        query.pageSize = 200;
        model.setQuery(query);
        QTRY_COMPARE(model.rowCount(), 95);
        const QString a = model.idAt(0);
        const QString b = model.idAt(1);
        auto text = [&model](int row) {
            return model.data(model.index(row, IdentityListModel::LastSignInColumn)).toString();
        };
        QCOMPARE(model.headerData(IdentityListModel::LastSignInColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Last sign-in"));
        QCOMPARE(text(0), QStringLiteral("unknown"));
        QVERIFY(model.data(model.index(0, IdentityListModel::LastSignInColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Load all")));
        const QDateTime older(QDate(2026, 11, 2), QTime(8, 30), Qt::UTC);
        const QDateTime newer(QDate(2026, 12, 1), QTime(17, 5), Qt::UTC);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLastSignIns(
            LastSignIns::fromRows({SessionRow{QStringLiteral("s1"), a, {}, older, older, {}, {}, {}, {}, false},
                                   SessionRow{QStringLiteral("s2"), a, {}, newer, newer, {}, {}, {}, {}, true},
                                   SessionRow{QStringLiteral("s3"), a, {}, {}, older, {}, {}, {}, {}, false}},
                                  newer));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(text(0), QStringLiteral("2026-12-01 17:05"));
        QCOMPARE(
            model.data(model.index(0, IdentityListModel::LastSignInColumn), IdentityListModel::SortRole).toDateTime(),
            newer);
        QCOMPARE(text(1), QStringLiteral("none kept"));
        QVERIFY(!b.isEmpty());
        QVERIFY(model.data(model.index(1, IdentityListModel::LastSignInColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("3 session(s)")));
        model.setLastSignIns(nullptr);
        QCOMPARE(text(0), QStringLiteral("unknown"));
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
        const QJsonObject traits = raw->json().value(QStringLiteral("traits")).toObject();
        const QString expected =
            traits.contains(QStringLiteral("email"))      ? traits.value(QStringLiteral("email")).toString()
            : traits.contains(QStringLiteral("username")) ? traits.value(QStringLiteral("username")).toString()
                                                          : traits.value(QStringLiteral("phone")).toString();
        QCOMPARE(model.data(row0).toString(), expected);
        QCOMPARE(model.data(model.index(0, IdentityListModel::StateColumn)).toString(),
                 raw->json().value(QStringLiteral("state")).toString());
        QVERIFY(model.data(model.index(0, IdentityListModel::CreatedColumn), IdentityListModel::SortRole)
                    .toDateTime()
                    .isValid());
        QCOMPARE(model.headerData(IdentityListModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
        // The External ID column shows Kratos's external_id, empty for those without one.
        QCOMPARE(model.headerData(IdentityListModel::ExternalIdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("External ID"));
        QTRY_COMPARE(model.rowCount(), 95);
        int withExternal = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString shown = model.data(model.index(row, IdentityListModel::ExternalIdColumn)).toString();
            const QString id = model.idAt(row);
            QCOMPARE(shown, m_sim->store().identity(id)->json().value(QStringLiteral("external_id")).toString());
            withExternal += shown.isEmpty() ? 0 : 1;
        }
        QVERIFY(withExternal > 0 && withExternal < 95);
        // The Organisation column: organization_id, empty for those in none.
        int inOrganisation = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString shown = model.data(model.index(row, IdentityListModel::OrganisationColumn)).toString();
            QCOMPARE(
                shown,
                m_sim->store().identity(model.idAt(row))->json().value(QStringLiteral("organization_id")).toString());
            inOrganisation += shown.isEmpty() ? 0 : 1;
        }
        QVERIFY(inOrganisation > 0 && inOrganisation < 95);
    }

    void loadAllKeepsTheServerOrderAndEveryField()
    {
        // Small pages, prepared on two worker threads: rows still arrive in the server's order.
        IdentityListModel model(m_client.get());
        QSignalSpy pages(&model, &IdentityListModel::pageLoaded);
        IdentityListQuery query;
        query.pageSize = 7;
        model.setQuery(query);
        model.loadAll(7);
        QTRY_VERIFY(model.isComplete());
        QCOMPARE(model.rowCount(), 95);
        QCOMPARE(pages.size(), 14);
        QCOMPARE(model.isLoading(), false);
        const QStringList expected = m_sim->store().identities().keys();
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.idAt(row));
        QCOMPARE(ids, expected);

        // Every row gives back the identity exactly as the list endpoint sent it.
        Await<Page<Identity>> list;
        IdentityListQuery all;
        all.pageSize = 500;
        m_client->listIdentities(all, this, list.callback());
        QVERIFY(list.wait());
        QCOMPARE(list.value().items.size(), 95);
        for (int row = 0; row < model.rowCount(); ++row) {
            const std::optional<Identity> identity = model.identityAt(row);
            QVERIFY(identity);
            QCOMPARE(identity->json, list.value().items.at(row).json);
            QCOMPARE(identity->verifiableAddresses.size(), list.value().items.at(row).verifiableAddresses.size());
        }
    }

    void searchMatchesTraitValuesAndIds()
    {
        IdentityListModel model(m_client.get());
        model.setQuery(IdentityListQuery());
        model.loadAll();
        QTRY_VERIFY(model.isComplete());
        // Count independently over the simulator's own data.
        auto expected = [this](const QString &needle) {
            int n = 0;
            for (const SimIdentity &i : m_sim->store().identities()) {
                const QString traits = QString::fromUtf8(
                    QJsonDocument(i.json().value(QStringLiteral("traits")).toObject()).toJson(QJsonDocument::Compact));
                // Substring of a value: quote-free needles cannot span keys and values.
                QStringList values;
                std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &v) {
                    if (v.isString())
                        values.append(v.toString().toLower());
                    else if (v.isDouble())
                        values.append(QString::number(v.toDouble()));
                    for (const QJsonValue &c : v.toArray())
                        collect(c);
                    const QJsonObject o = v.toObject();
                    for (auto it = o.begin(); it != o.end(); ++it)
                        collect(it.value());
                };
                collect(i.json().value(QStringLiteral("traits")));
                Q_UNUSED(traits)
                const bool hit = i.json().value(QStringLiteral("id")).toString().contains(needle.toLower()) ||
                                 std::any_of(values.begin(), values.end(),
                                             [&](const QString &v) { return v.contains(needle.toLower()); });
                n += hit ? 1 : 0;
            }
            return n;
        };
        for (const QString &needle : {QStringLiteral("ada"), QStringLiteral("EXAMPLE.COM"), QStringLiteral("+49"),
                                      QStringLiteral("legal"), QStringLiteral("zz-nothing")}) {
            QCOMPARE(model.matchingRows(needle).count(), expected(needle));
        }
        QVERIFY(expected(QStringLiteral("ada")) > 0);
    }

    // Typing on refines the previous result; the rows shown are those a fresh search shows, also
    // after the list changed in between (then the previous result is not used).
    void typingOnRefinesTheSearch_data()
    {
        QTest::addColumn<QStringList>("typed");
        QTest::addColumn<bool>("changeBetween");
        QTest::newRow("typing on") << QStringList{QStringLiteral("a"), QStringLiteral("ad"), QStringLiteral("ada")}
                                   << false;
        QTest::newRow("typed in the middle")
            << QStringList{QStringLiteral("example"), QStringLiteral("@example"), QStringLiteral("@example.")} << false;
        QTest::newRow("back and on") << QStringList{QStringLiteral("ex"), QStringLiteral("e"), QStringLiteral("ex"),
                                                    QStringLiteral("exa")}
                                     << false;
        QTest::newRow("upper case on") << QStringList{QStringLiteral("ADA"), QStringLiteral("ada ")} << false;
        QTest::newRow("row replaced between") << QStringList{QStringLiteral("ex"), QStringLiteral("exa")} << true;
    }
    void typingOnRefinesTheSearch()
    {
        QFETCH(QStringList, typed);
        QFETCH(bool, changeBetween);
        IdentityListModel model(m_client.get());
        model.setQuery(IdentityListQuery());
        model.loadAll();
        QTRY_VERIFY(model.isComplete());
        IdentityFilterProxy typing;
        typing.setSourceModel(&model);
        for (qsizetype i = 0; i < typed.size(); ++i) {
            if (changeBetween && i == typed.size() - 1) {
                // A row "ex" did not match now does: a refinement over the old matches would miss it.
                const RowBits before = model.matchingRows(typed.first());
                int missed = 0;
                while (missed < before.size() && before[missed])
                    ++missed;
                QVERIFY(missed < before.size());
                std::optional<Identity> changed = model.identityAt(missed);
                QVERIFY(changed);
                changed->traits = QJsonObject{{QStringLiteral("email"), QStringLiteral("exa@refined.test")}};
                changed->json.insert(QStringLiteral("traits"), changed->traits);
                model.updateIdentity(*changed);
            }
            typing.setQuery(typed.at(i));
            IdentityFilterProxy fresh;
            fresh.setSourceModel(&model);
            fresh.setQuery(typed.at(i));
            QTRY_VERIFY(typing.isSettled() && fresh.isSettled());
            QCOMPARE(typing.rowCount(), fresh.rowCount());
            for (int row = 0; row < fresh.rowCount(); ++row)
                QCOMPARE(typing.mapToSource(typing.index(row, 0)).row(), fresh.mapToSource(fresh.index(row, 0)).row());
        }
        QVERIFY(typing.rowCount() > 0);
    }

    // A view that asks for more rows as soon as it sees the reset (as QAbstractItemModelTester
    // does) starts the first page; the reload itself then does not ask for it again.
    void fetchMoreDuringTheResetLoadsThePageOnce()
    {
        IdentityListModel model(m_client.get());
        model.setQuery(IdentityListQuery());
        QTRY_VERIFY(model.rowCount() > 0 && !model.isLoading());
        connect(&model, &QAbstractItemModel::modelReset, &model, [&model]() { model.fetchMore({}); });
        const qsizetype before = m_sim->requests().size();
        model.reload();
        QTRY_VERIFY(model.isComplete() || model.canFetchMore({}));
        QTRY_VERIFY(!model.isLoading());
        spin(100);
        QCOMPARE(m_sim->requests().size() - before, 1);
        QCOMPARE(model.rowCount(), 95); // one page of 250 holds them all, once
    }

    void malformedPageIsAnError()
    {
        m_sim->faults().malformedJson = true;
        IdentityListModel model(m_client.get());
        QSignalSpy failed(&model, &IdentityListModel::loadFailed);
        model.reload();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(model.lastError().kind(), ApiError::Kind::Malformed);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
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
