// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityFilterProxy.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "LastSignIns.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace TestSupport;

namespace {

using State = std::optional<Identity::State>;

void collectText(const QJsonValue &value, QString *out)
{
    if (value.isString())
        *out += value.toString().toLower() + QLatin1Char('\n');
    else if (value.isDouble())
        *out += QString::number(value.toDouble()) + QLatin1Char('\n');
    else if (value.isObject())
        for (const QJsonValue &v : value.toObject())
            collectText(v, out);
    else if (value.isArray())
        for (const QJsonValue &v : value.toArray())
            collectText(v, out);
}

// What the proxy must show, worked out row by row from what the model itself says.
std::vector<int> expectedRows(const IdentityListModel &model, const QString &query, State state, int column,
                              Qt::SortOrder order)
{
    const QString lower = query.trimmed().toLower();
    std::vector<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (state && index.data(IdentityListModel::StateRole).toInt() != int(*state))
            continue;
        QString text = model.idAt(row) + QLatin1Char('\n');
        collectText(model.identityAt(row)->traits, &text);
        collectText(model.identityAt(row)->externalId, &text); // found as the id is
        if (!lower.isEmpty() && !text.contains(lower))
            continue;
        rows.push_back(row);
    }
    if (column < 0)
        return rows;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto less = [&](int a, int b) {
        const QVariant l = model.index(a, column).data(IdentityListModel::SortRole);
        const QVariant r = model.index(b, column).data(IdentityListModel::SortRole);
        if (l.typeId() == QMetaType::QDateTime)
            return l.toDateTime() < r.toDateTime();
        if (l.typeId() == QMetaType::Bool)
            return !l.toBool() && r.toBool();
        return collator.compare(l.toString(), r.toString()) < 0;
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return order == Qt::AscendingOrder ? less(a, b) : less(b, a); });
    return rows;
}

std::vector<int> shownRows(const IdentityFilterProxy &proxy)
{
    std::vector<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.push_back(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

QString describe(const std::vector<int> &rows)
{
    QStringList out;
    for (const int row : rows)
        out.append(QString::number(row));
    return out.join(QLatin1Char(','));
}

} // namespace

class tst_IdentityFilterProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;

    void loadAll(IdentityListModel *model, int pageSize = IdentityListModel::MaxPageSize)
    {
        model->setQuery(IdentityListQuery());
        model->loadAll(pageSize);
        QTRY_VERIFY(model->isComplete());
    }

private Q_SLOTS:
    void init()
    {
        SimOptions options;
        options.identities = 160;
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

    // The rows shown, and their order, are what the query, state and sort column say: the same
    // rows, in the same order, as working it out row by row from the model.
    void showsWhatTheCriteriaSay_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<State>("state");
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<bool>("signIns"); // the sessions' last sign-ins are known
        const State any;
        const auto asc = Qt::AscendingOrder;
        const auto desc = Qt::DescendingOrder;
        QTest::newRow("everything") << QString() << any << -1 << asc << false;
        QTest::newRow("one letter") << QStringLiteral("a") << any << -1 << asc << false;
        QTest::newRow("upper case, spaces around") << QStringLiteral("  EXAMPLE ") << any << -1 << asc << false;
        QTest::newRow("a digit") << QStringLiteral("7") << any << -1 << asc << false;
        QTest::newRow("nobody") << QStringLiteral("no such text anywhere") << any << -1 << asc << false;
        QTest::newRow("inactive") << QString() << State(Identity::State::Inactive) << -1 << asc << false;
        QTest::newRow("query and state") << QStringLiteral("e") << State(Identity::State::Active) << -1 << asc << false;
        QTest::newRow("identifier ascending")
            << QString() << any << int(IdentityListModel::IdentifierColumn) << asc << false;
        QTest::newRow("identifier descending")
            << QString() << any << int(IdentityListModel::IdentifierColumn) << desc << false;
        QTest::newRow("name") << QString() << any << int(IdentityListModel::NameColumn) << asc << false;
        QTest::newRow("state column") << QString() << any << int(IdentityListModel::StateColumn) << desc << false;
        QTest::newRow("verified") << QString() << any << int(IdentityListModel::VerifiedColumn) << asc << false;
        QTest::newRow("schema") << QString() << any << int(IdentityListModel::SchemaColumn) << desc << false;
        QTest::newRow("created") << QString() << any << int(IdentityListModel::CreatedColumn) << asc << false;
        QTest::newRow("updated descending")
            << QString() << any << int(IdentityListModel::UpdatedColumn) << desc << false;
        QTest::newRow("id") << QString() << any << int(IdentityListModel::IdColumn) << asc << false;
        QTest::newRow("external id, none first")
            << QString() << any << int(IdentityListModel::ExternalIdColumn) << asc << false;
        QTest::newRow("external id descending")
            << QString() << any << int(IdentityListModel::ExternalIdColumn) << desc << false;
        QTest::newRow("organisation") << QString() << any << int(IdentityListModel::OrganisationColumn) << asc << false;
        QTest::newRow("query, state and sort") << QStringLiteral("a") << State(Identity::State::Active)
                                               << int(IdentityListModel::NameColumn) << desc << false;
        QTest::newRow("last sign-in, known")
            << QString() << any << int(IdentityListModel::LastSignInColumn) << desc << true;
        QTest::newRow("last sign-in, unknown: the order stays")
            << QString() << any << int(IdentityListModel::LastSignInColumn) << asc << false;
    }
    void showsWhatTheCriteriaSay()
    {
        QFETCH(QString, query);
        QFETCH(State, state);
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(bool, signIns);
        IdentityListModel model(m_client.get());
        loadAll(&model);
        IdentityFilterProxy proxy;
        if (signIns) {
            QList<SessionRow> sessions;
            for (const SimSession &s : m_sim->store().sessions())
                sessions.append(
                    SessionRow{s.id, s.identityId, {}, s.authenticatedAt, s.createdAt, s.expiresAt, {}, {}, {}, false});
            QVERIFY(!sessions.isEmpty());
            const auto known = LastSignIns::fromRows(sessions, QDateTime::currentDateTimeUtc());
            model.setLastSignIns(known);
            proxy.setLastSignIns(known);
        }
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setQuery(query);
        proxy.setStateFilter(state);
        proxy.sort(column, order);
        QTRY_VERIFY(proxy.isSettled());
        const std::vector<int> expected = expectedRows(model, query, state, column, order);
        QCOMPARE(describe(shownRows(proxy)), describe(expected));
        QCOMPARE(expected.empty(), query.startsWith(QLatin1String("no such")));
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.mapFromSource(model.index(expected[size_t(row)], 2)), proxy.index(row, 2));
    }

    // The window's filter folds case fully (issue #32 §7): "STRASSE" finds "Hauptstraße",
    // "istanbul" finds "İSTANBUL", and a line feed pasted into the query never spans two values.
    void filterFoldsCase_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("shown");
        QTest::newRow("STRASSE / Hauptstraße") << QStringLiteral("STRASSE") << 1;
        QTest::newRow("istanbul / İSTANBUL") << QStringLiteral("istanbul") << 1;
        QTest::newRow("address and city, two values") << QStringLiteral("com\nhaupt") << 0;
    }
    void filterFoldsCase()
    {
        QFETCH(QString, query);
        QFETCH(int, shown);
        for (const QString &city : {QStringLiteral("Hauptstraße"), QStringLiteral("İSTANBUL")}) {
            const auto created = m_sim->store().createIdentity(QJsonObject{
                {QStringLiteral("schema_id"), QStringLiteral("default")},
                {QStringLiteral("traits"),
                 QJsonObject{{QStringLiteral("email"), QStringLiteral("folded-%1@example.com").arg(city.size())},
                             {QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), city},
                                                                  {QStringLiteral("last"), QStringLiteral("Zq")}}}}}});
            QVERIFY(created.ok());
        }
        IdentityListModel model(m_client.get());
        loadAll(&model);
        IdentityFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setQuery(query);
        QTRY_VERIFY(proxy.isSettled());
        QCOMPARE(proxy.rowCount(), shown);
    }

    // Pages that arrive while a filter and a sort are set join the rows shown: at the end they
    // are what a fresh computation over every row shows, sorted or not.
    void pagesJoinTheRowsShown_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("server order") << -1;
        QTest::newRow("sorted by identifier") << int(IdentityListModel::IdentifierColumn);
    }
    void pagesJoinTheRowsShown()
    {
        QFETCH(int, column);
        IdentityListModel model(m_client.get());
        IdentityFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setQuery(QStringLiteral("e"));
        proxy.sort(column, Qt::DescendingOrder);
        loadAll(&model, 10);
        QTRY_VERIFY(proxy.isSettled());
        const std::vector<int> expected =
            expectedRows(model, QStringLiteral("e"), std::nullopt, column, Qt::DescendingOrder);
        QVERIFY(expected.size() > 10 && expected.size() < size_t(model.rowCount()));
        QCOMPARE(describe(shownRows(proxy)), describe(expected));
    }

    // A new query is applied in one layout change that keeps the selection of a row still
    // shown; a row no longer shown leaves the selection. Until the result is there, the rows
    // shown before stay.
    void selectionOutlivesANewQuery()
    {
        IdentityListModel model(m_client.get());
        loadAll(&model);
        IdentityFilterProxy proxy;
        proxy.setSourceModel(&model);
        QItemSelectionModel selection(&proxy);
        const int source = 42;
        const QString id = model.idAt(source);
        selection.setCurrentIndex(proxy.mapFromSource(model.index(source, 0)),
                                  QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        proxy.setQuery(id.mid(9, 9));
        QCOMPARE(proxy.rowCount(), model.rowCount()); // still the rows shown before
        QTRY_VERIFY(proxy.isSettled());
        QCOMPARE(layout.size(), 1);
        QCOMPARE(reset.size(), 0);
        QVERIFY(proxy.rowCount() < model.rowCount());
        QCOMPARE(selection.currentIndex().data(IdentityListModel::IdentityIdRole).toString(), id);
        QCOMPARE(selection.selectedRows().size(), 1);
        proxy.setQuery(QStringLiteral("no such text anywhere"));
        QTRY_VERIFY(proxy.isSettled());
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!selection.currentIndex().isValid());
        QVERIFY(selection.selectedRows().isEmpty());
    }

    // Typing faster than the worker: only the last query's rows are ever applied.
    void onlyTheLastQueryIsApplied()
    {
        IdentityListModel model(m_client.get());
        loadAll(&model);
        IdentityFilterProxy proxy;
        proxy.setSourceModel(&model);
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy settled(&proxy, &IdentityFilterProxy::settled);
        const QString id = model.idAt(7);
        for (int length = 1; length <= 12; ++length)
            proxy.setQuery(id.left(length));
        QTRY_VERIFY(proxy.isSettled());
        QCOMPARE(settled.size(), 1);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(describe(shownRows(proxy)),
                 describe(expectedRows(model, id.left(12), std::nullopt, -1, Qt::AscendingOrder)));
    }

    // A query typed while another runs: the running one's matches are kept for refinement under
    // its own query, never under the one typed meanwhile. Each step is (row whose id, length).
    void refinesFromWhatTheRunningQueryMatched_data()
    {
        QTest::addColumn<QPoint>("running");
        QTest::addColumn<QPoint>("typedMeanwhile");
        QTest::addColumn<QPoint>("next");
        QTest::newRow("another query meanwhile") << QPoint(3, 6) << QPoint(9, 4) << QPoint(9, 8);
        QTest::newRow("extended meanwhile") << QPoint(9, 2) << QPoint(9, 4) << QPoint(9, 8);
        QTest::newRow("shortened meanwhile") << QPoint(9, 8) << QPoint(9, 2) << QPoint(9, 5);
        QTest::newRow("extended after a longer one") << QPoint(9, 6) << QPoint(3, 1) << QPoint(3, 3);
    }
    void refinesFromWhatTheRunningQueryMatched()
    {
        QFETCH(QPoint, running);
        QFETCH(QPoint, typedMeanwhile);
        QFETCH(QPoint, next);
        IdentityListModel model(m_client.get());
        loadAll(&model);
        IdentityFilterProxy proxy;
        proxy.setSourceModel(&model);
        const auto query = [&model](QPoint step) { return model.idAt(step.x()).left(step.y()); };
        proxy.setQuery(query(running));
        QVERIFY(!proxy.isSettled());
        proxy.setQuery(query(typedMeanwhile));
        QTRY_VERIFY(proxy.isSettled());
        QCOMPARE(describe(shownRows(proxy)),
                 describe(expectedRows(model, query(typedMeanwhile), std::nullopt, -1, Qt::AscendingOrder)));
        proxy.setQuery(query(next));
        QTRY_VERIFY(proxy.isSettled());
        const std::vector<int> expected = expectedRows(model, query(next), std::nullopt, -1, Qt::AscendingOrder);
        QVERIFY(!expected.empty());
        QCOMPARE(describe(shownRows(proxy)), describe(expected));
    }

    // A changed identity joins the rows shown when it now matches and leaves when it no longer
    // does; a deleted one leaves; in the server's order at once, sorted after the next computation.
    void changedRowsJoinAndLeave_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("server order") << -1;
        QTest::newRow("sorted by name") << int(IdentityListModel::NameColumn);
    }
    void changedRowsJoinAndLeave()
    {
        QFETCH(int, column);
        IdentityListModel model(m_client.get());
        loadAll(&model);
        IdentityFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        const QString query = QStringLiteral("zz-joined");
        proxy.setQuery(query);
        proxy.sort(column);
        QTRY_VERIFY(proxy.isSettled());
        QCOMPARE(proxy.rowCount(), 0);
        auto setEmail = [&model](int row, const QString &email) {
            std::optional<Identity> identity = model.identityAt(row);
            QVERIFY(identity);
            identity->traits.insert(QStringLiteral("email"), email);
            identity->json.insert(QStringLiteral("traits"), identity->traits);
            model.updateIdentity(*identity);
        };
        for (const int row : {30, 10, 20})
            setEmail(row, QStringLiteral("%1-%2@example.org").arg(query).arg(row));
        QTRY_VERIFY(proxy.isSettled());
        QCOMPARE(describe(shownRows(proxy)),
                 describe(expectedRows(model, query, std::nullopt, column, Qt::AscendingOrder)));
        QCOMPARE(proxy.rowCount(), 3);
        setEmail(20, QStringLiteral("left@example.org"));
        const QString deleted = model.idAt(10);
        model.removeIdentity(deleted);
        QTRY_VERIFY(proxy.isSettled());
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(IdentityListModel::IdentityIdRole).toString(), model.idAt(29));
        QCOMPARE(describe(shownRows(proxy)),
                 describe(expectedRows(model, query, std::nullopt, column, Qt::AscendingOrder)));
    }

    // A reload empties the rows shown and fills them again under the same criteria.
    void reloadKeepsTheCriteria()
    {
        IdentityListModel model(m_client.get());
        loadAll(&model);
        IdentityFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setStateFilter(Identity::State::Inactive);
        proxy.sort(IdentityListModel::CreatedColumn, Qt::DescendingOrder);
        QTRY_VERIFY(proxy.isSettled());
        const std::vector<int> before = shownRows(proxy);
        QVERIFY(!before.empty());
        model.reload();
        model.loadAll();
        QTRY_VERIFY(model.isComplete() && proxy.isSettled());
        QCOMPARE(model.rowCount(), 160);
        QCOMPARE(describe(shownRows(proxy)), describe(before));
    }
};

QTEST_MAIN(tst_IdentityFilterProxy)
#include "tst_identityfilterproxy.moc"
