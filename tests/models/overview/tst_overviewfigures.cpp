// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourierFigures.h"
#include "IdentityFigures.h"
#include "IdentityListModel.h"
#include "IdentityStore.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "LastSignIns.h"
#include "OverviewLoader.h"
#include "SessionFigures.h"
#include "SessionRow.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace TestSupport;

namespace {

const QDate kToday(2026, 12, 2); // a Wednesday

QJsonObject identity(int n, const QDate &created, const QString &state, const QString &schema, int addresses,
                     bool verified)
{
    QJsonArray verifiable;
    for (int a = 0; a < addresses; ++a)
        verifiable.append(QJsonObject{
            {QStringLiteral("value"), a == 0 ? QStringLiteral("u%1@example.com").arg(n) // the login identifier
                                             : QStringLiteral("u%1-%2@example.com").arg(n).arg(a)},
            {QStringLiteral("verified"), verified && a == 0},
            {QStringLiteral("via"), QStringLiteral("email")},
            {QStringLiteral("status"), verified && a == 0 ? QStringLiteral("completed") : QStringLiteral("pending")}});
    return {
        {QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("schema_id"), schema},
        {QStringLiteral("state"), state},
        {QStringLiteral("traits"), QJsonObject{{QStringLiteral("email"), QStringLiteral("u%1@example.com").arg(n)}}},
        {QStringLiteral("verifiable_addresses"), verifiable},
        {QStringLiteral("created_at"), QDateTime(created, QTime(12, 0), Qt::UTC).toString(Qt::ISODate)}};
}

SessionRow activeSession(const QString &aal, const QDateTime &authenticated, bool active = true)
{
    SessionRow s;
    s.id = QStringLiteral("s");
    s.active = active;
    s.aal = aal;
    s.authenticatedAt = authenticated;
    return s;
}

} // namespace

class tst_OverviewFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A crafted set with known answers: 3 sign-ups today, 2 yesterday, 1 eight days ago (last
    // week's Monday... ), 1 sixty days ago (outside both ranges), states, addresses, schemas.
    void identityFiguresFromCraftedSet()
    {
        QList<QJsonObject> objects;
        int n = 0;
        for (int i = 0; i < 3; ++i)
            objects.append(identity(++n, kToday, QStringLiteral("active"), QStringLiteral("customer"), 1, true));
        for (int i = 0; i < 2; ++i)
            objects.append(
                identity(++n, kToday.addDays(-1), QStringLiteral("inactive"), QStringLiteral("customer"), 2, false));
        objects.append(identity(++n, kToday.addDays(-8), QStringLiteral("active"), QStringLiteral("staff"), 0, false));
        objects.append(identity(++n, kToday.addDays(-60), QStringLiteral("weird"), QStringLiteral("staff"), 1, false));
        QList<IdentityStore::Labels> labels; // the login identifier is the e-mail trait
        for (const QJsonObject &o : std::as_const(objects))
            labels.append({o.value(QStringLiteral("traits")).toObject().value(QStringLiteral("email")).toString(), {}});
        IdentityStore store;
        store.append(IdentityStore::prepare(objects, labels, IdentityCompressor()));
        QCOMPARE(store.size(), 7);

        const IdentityFigures f = IdentityFigures::compute(store, kToday, 0);
        QCOMPARE(f.total, 7);
        QCOMPARE(f.signUpsPerDay.size(), IdentityFigures::Days);
        QCOMPARE(f.signUpsPerDay.firstKey(), kToday.addDays(1 - IdentityFigures::Days));
        QCOMPARE(f.signUpsPerDay.lastKey(), kToday);
        QCOMPARE(f.signUpsPerDay.value(kToday), 3);
        QCOMPARE(f.signUpsPerDay.value(kToday.addDays(-1)), 2);
        QCOMPARE(f.signUpsPerDay.value(kToday.addDays(-8)), 1);
        int inDays = 0;
        for (int v : f.signUpsPerDay)
            inDays += v;
        QCOMPARE(inDays, 6); // the one of sixty days ago is outside
        QCOMPARE(f.signUpsPerWeek.size(), IdentityFigures::Weeks);
        QCOMPARE(f.signUpsPerWeek.lastKey(), QDate(2026, 11, 30)); // this week's Monday
        QCOMPARE(f.signUpsPerWeek.value(QDate(2026, 11, 30)), 5);
        QCOMPARE(f.signUpsPerWeek.value(QDate(2026, 11, 23)), 1); // 24 Nov
        QCOMPARE(f.active, 4);
        QCOMPARE(f.inactive, 2);
        QCOMPARE(f.otherState, 1);
        QCOMPARE(f.loginVerified, 3);
        QCOMPARE(f.loginUnverified, 3);   // two with two unverified addresses, one with one
        QCOMPARE(f.loginNotAnAddress, 1); // no verifiable address at all
        QCOMPARE(f.schemaUsage, (QMap<QString, int>{{QStringLiteral("customer"), 5}, {QStringLiteral("staff"), 2}}));
    }

    void loginAddress_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QByteArray>("addresses");
        QTest::addColumn<int>("expected");
        const auto v = int(IdentityStore::LoginAddress::Verified);
        const auto u = int(IdentityStore::LoginAddress::Unverified);
        const auto n = int(IdentityStore::LoginAddress::NotAnAddress);
        QTest::newRow("verified") << "ada@example.com" << QByteArray(R"([{"value":"ada@example.com","verified":true}])")
                                  << v;
        QTest::newRow("another address is verified, the login one not")
            << "ada@example.com"
            << QByteArray(
                   R"([{"value":"old@example.com","verified":true},{"value":"ada@example.com","verified":false}])")
            << u;
        QTest::newRow("case differs") << "Ada@Example.com"
                                      << QByteArray(R"([{"value":"ada@example.com","verified":true}])") << v;
        QTest::newRow("a username") << "ada" << QByteArray(R"([{"value":"ada@example.com","verified":true}])") << n;
        QTest::newRow("no identifier") << "" << QByteArray(R"([{"value":"","verified":true}])") << n;
        QTest::newRow("no addresses") << "+4915100000000" << QByteArray("[]") << n;
    }

    void loginAddress()
    {
        QFETCH(QString, identifier);
        QFETCH(QByteArray, addresses);
        QFETCH(int, expected);
        QCOMPARE(int(IdentityStore::loginAddress(identifier, QJsonDocument::fromJson(addresses).array())), expected);
    }

    // Dormant: active, older than 90 days, no sign-in in 90 days (no session kept counts). A table
    // of people; "now" is noon of kToday.
    void dormant_data()
    {
        QTest::addColumn<int>("createdDaysAgo");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("signedInDaysAgo"); // -1: no session kept
        QTest::addColumn<bool>("dormant");
        QTest::newRow("old, never seen") << 200 << "active" << -1 << true;
        QTest::newRow("old, signed in last week") << 200 << "active" << 7 << false;
        QTest::newRow("old, signed in 91 days ago") << 200 << "active" << 91 << true;
        QTest::newRow("old, signed in 89 days ago") << 200 << "active" << 89 << false;
        QTest::newRow("old but deactivated") << 200 << "inactive" << -1 << false;
        QTest::newRow("new, not signed in yet") << 10 << "active" << -1 << false;
        QTest::newRow("created 89 days ago") << 89 << "active" << -1 << false;
    }
    void dormant()
    {
        QFETCH(int, createdDaysAgo);
        QFETCH(QString, state);
        QFETCH(int, signedInDaysAgo);
        QFETCH(bool, dormant);
        const QJsonObject person =
            identity(1, kToday.addDays(-createdDaysAgo), state, QStringLiteral("default"), 1, true);
        IdentityStore store;
        store.append(IdentityStore::prepare({person}, {{QStringLiteral("u1@example.com"), {}}}, IdentityCompressor()));
        const QDateTime now(kToday, QTime(12, 0), Qt::UTC);
        QList<SessionRow> sessions;
        if (signedInDaysAgo >= 0) {
            SessionRow s = activeSession(QStringLiteral("aal1"), now.addDays(-signedInDaysAgo), false);
            s.identityId = person.value(QStringLiteral("id")).toString();
            sessions.append(s);
        }
        // A session of someone else never counts for this person.
        SessionRow other = activeSession(QStringLiteral("aal1"), now, true);
        other.identityId = QStringLiteral("00000000-0000-4000-8000-999999999999");
        sessions.append(other);
        const auto signIns = LastSignIns::fromRows(sessions, now);
        QCOMPARE(IdentityFigures::countDormant(store, *signIns, now.toMSecsSinceEpoch()), dormant ? 1 : 0);
        QCOMPARE(IdentityFigures::compute(store, kToday, 0).dormant, -1); // unknown without the sign-ins
    }

    // Invited but never signed in: invited (in a trail), active, and no session kept. A table of people.
    void invitedWithoutSession_data()
    {
        QTest::addColumn<bool>("invited");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("session");
        QTest::addColumn<int>("counted");
        QTest::newRow("invited, no session") << true << "active" << false << 1;
        QTest::newRow("invited, signed in") << true << "active" << true << 0;
        QTest::newRow("invited, revoked") << true << "inactive" << false << 0;
        QTest::newRow("not invited, no session") << false << "active" << false << 0;
    }
    void invitedWithoutSession()
    {
        QFETCH(bool, invited);
        QFETCH(QString, state);
        QFETCH(bool, session);
        QFETCH(int, counted);
        const QJsonObject person = identity(1, kToday.addDays(-3), state, QStringLiteral("default"), 1, false);
        const QString id = person.value(QStringLiteral("id")).toString();
        IdentityStore store;
        store.append(IdentityStore::prepare({person}, {{QStringLiteral("u1@example.com"), {}}}, IdentityCompressor()));
        const QDateTime now(kToday, QTime(12, 0), Qt::UTC);
        QList<SessionRow> sessions;
        if (session) {
            SessionRow s = activeSession(QStringLiteral("aal1"), now.addDays(-1), false);
            s.identityId = id;
            sessions.append(s);
        }
        const auto signIns = LastSignIns::fromRows(sessions, now);
        QSet<QString> invitedIds{QStringLiteral("00000000-0000-4000-8000-999999999999")}; // someone deleted since
        if (invited)
            invitedIds.insert(id);
        QCOMPARE(IdentityFigures::countInvitedWithoutSession(store, *signIns, invitedIds), counted);
        QCOMPARE(IdentityFigures::compute(store, kToday, 0).invitedNoSession, -1); // unknown without the sign-ins
    }

    // Labelled again once the schemas say which trait is the identifier: the login address follows.
    void relabelledLoginAddress()
    {
        IdentityStore store;
        store.append(
            IdentityStore::prepare({identity(1, kToday, QStringLiteral("active"), QStringLiteral("default"), 1, true)},
                                   {{QStringLiteral("someone"), {}}}, IdentityCompressor()));
        QCOMPARE(store.loginAddress(0), IdentityStore::LoginAddress::NotAnAddress);
        store.setLabels(0, {QStringLiteral("u1@example.com"), {}},
                        store.identity(0)->json.value(QStringLiteral("verifiable_addresses")).toArray());
        QCOMPARE(store.loginAddress(0), IdentityStore::LoginAddress::Verified);
        QCOMPARE(store.identifier(0), QStringLiteral("u1@example.com"));
    }

    // The operator's time zone moves a sign-up across midnight.
    void identityDayFollowsTimeZone_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("daysBack");
        QTest::newRow("UTC: noon stays today") << 0 << 0;
        QTest::newRow("UTC+13: noon is tomorrow, outside") << 13 * 3600 << -1;
        QTest::newRow("UTC-13: noon was yesterday") << -13 * 3600 << 1;
    }

    void identityDayFollowsTimeZone()
    {
        QFETCH(int, offset);
        QFETCH(int, daysBack);
        IdentityStore store;
        store.append(
            IdentityStore::prepare({identity(1, kToday, QStringLiteral("active"), QStringLiteral("default"), 0, false)},
                                   {{}}, IdentityCompressor()));
        const IdentityFigures f = IdentityFigures::compute(store, kToday, offset);
        int total = 0;
        for (int v : f.signUpsPerDay)
            total += v;
        QCOMPARE(total, daysBack < 0 ? 0 : 1);
        if (daysBack >= 0)
            QCOMPARE(f.signUpsPerDay.value(kToday.addDays(-daysBack)), 1);
    }

    void sessionFigures()
    {
        SessionFigures f(kToday);
        const QDateTime noon(kToday, QTime(12, 0), Qt::UTC);
        f.add({activeSession(QStringLiteral("aal1"), noon), activeSession(QStringLiteral("aal2"), noon.addDays(-1)),
               activeSession(QStringLiteral("AAL2"), noon.addDays(-3)),
               activeSession(QStringLiteral("aal1"), noon.addDays(-30)),
               activeSession(QStringLiteral("aal1"), noon, false)},
              0);
        QCOMPARE(f.active, 4);
        QCOMPARE(f.byAal, (QMap<QString, int>{{QStringLiteral("aal1"), 2}, {QStringLiteral("aal2"), 2}}));
        QCOMPARE(f.authenticated.size(), SessionFigures::Days);
        QCOMPARE(f.authenticated.value(kToday), 1);
        QCOMPARE(f.authenticated.value(kToday.addDays(-1)), 1);
        QCOMPARE(f.authenticated.value(kToday.addDays(-3)), 1);
        QCOMPARE(f.older, 1);
    }

    void countText_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("capped");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << 0 << false << false << "—";
        QTest::newRow("none") << 0 << false << true << "0";
        QTest::newRow("exactly the cap") << 10000 << false << true << "10,000";
        QTest::newRow("beyond the cap") << 10000 << true << true << "10,000+";
    }

    void countText()
    {
        QFETCH(int, count);
        QFETCH(bool, capped);
        QFETCH(bool, known);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(CourierFigures::countText({count, capped, known}), text);
    }

    // Against the simulator with 20,000 queued messages on top of the seeded ones: the counts
    // (capped where Kratos would make us page forever), the oldest queued, the latest abandoned
    // with their errors in words, the active sessions by AAL, the server; never a credential.
    void loaderAgainstSimulator()
    {
        SimOptions options;
        options.identities = 400;
        options.messages = 300;
        options.stuckCourier = true; // the named scenario: queued messages waiting for days
        auto sim = startSimulator(options);
        const QDateTime now = sim->store().now();
        for (int i = 0; i < 20000; ++i) {
            SimMessage m;
            m.id = SimStore::newUuid();
            m.createdMs = now.addSecs(-3600 - i).toMSecsSinceEpoch();
            m.json = QJsonObject{{QStringLiteral("id"), m.id},
                                 {QStringLiteral("status"), QStringLiteral("queued")},
                                 {QStringLiteral("type"), QStringLiteral("email")},
                                 {QStringLiteral("recipient"), QStringLiteral("bulk%1@example.com").arg(i)},
                                 {QStringLiteral("subject"), QStringLiteral("s")},
                                 {QStringLiteral("body"), QStringLiteral("b")},
                                 {QStringLiteral("template_type"), QStringLiteral("verification_code_valid")},
                                 {QStringLiteral("send_count"), 0},
                                 {QStringLiteral("created_at"), SimStore::formatTime(now.addSecs(-3600 - i))},
                                 {QStringLiteral("updated_at"), SimStore::formatTime(now.addSecs(-3600 - i))}};
            sim->store().addMessage(m);
        }
        sim->store().sortMessages();
        QMap<QString, int> expected;
        QDateTime newestAbandoned;
        for (const SimMessage &m : sim->store().messages()) {
            const QString status = m.json.value(QStringLiteral("status")).toString();
            ++expected[status];
            if (status == QLatin1String("abandoned") && !newestAbandoned.isValid())
                newestAbandoned = QDateTime::fromMSecsSinceEpoch(m.createdMs, Qt::UTC);
        }
        QVERIFY(expected.value(QStringLiteral("queued")) > 20000);
        QVERIFY(expected.value(QStringLiteral("abandoned")) > 0);
        QMap<QString, int> activeByAal;
        for (const SimSession &s : sim->store().sessions()) {
            if (sim->store().isActive(s))
                ++activeByAal[s.aal()];
        }

        QNetworkAccessManager nam;
        KratosClient client(&nam);
        connectTo(client, *sim);
        OverviewLoader loader(&client);
        loader.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(loader.courier().counts.value(QStringLiteral("queued")).known &&
                                     loader.courier().counts.value(QStringLiteral("processing")).known &&
                                     loader.courier().counts.value(QStringLiteral("abandoned")).known &&
                                     loader.sessionsComplete() && loader.server().readyKnown &&
                                     !loader.server().version.isEmpty(),
                                 30000);
        const CourierFigures &c = loader.courier();
        QVERIFY(c.counts.value(QStringLiteral("queued")).capped);
        QCOMPARE(c.counts.value(QStringLiteral("queued")).count, CourierFigures::Cap);
        QCOMPARE(c.counts.value(QStringLiteral("processing")).count, expected.value(QStringLiteral("processing")));
        QVERIFY(!c.counts.value(QStringLiteral("processing")).capped);
        QCOMPARE(c.counts.value(QStringLiteral("abandoned")).count, expected.value(QStringLiteral("abandoned")));
        QVERIFY(c.oldestQueued.isValid());
        QVERIFY(c.courierMayBeStopped(now));
        QCOMPARE(c.latestAbandoned.size(),
                 std::min<qsizetype>(CourierFigures::LatestAbandoned, expected.value(QStringLiteral("abandoned"))));
        QCOMPARE(c.latestAbandoned.first().message.createdAt, newestAbandoned);
        QTRY_VERIFY(std::all_of(c.latestAbandoned.cbegin(), c.latestAbandoned.cend(),
                                [](const CourierFigures::Abandoned &a) { return !a.error.isEmpty(); }));
        // A queued page is 500 messages; the cap stops the paging at 20 pages.
        int queuedPages = 0;
        for (const auto &r : sim->requests()) {
            if (r.path == QLatin1String("/admin/courier/messages") && r.query.contains("status=queued"))
                ++queuedPages;
            QVERIFY2(!r.query.contains("include_credential"), r.query.constData());
        }
        QCOMPARE(queuedPages, CourierFigures::Cap / OverviewLoader::CourierPageSize);

        QCOMPARE(loader.sessions().byAal, activeByAal);
        int active = 0;
        for (int v : activeByAal)
            active += v;
        QCOMPARE(loader.sessions().active, active);
        QVERIFY(loader.server().alive);
        QVERIFY(loader.server().ready);
        QVERIFY(loader.server().roundTripMs >= 0);

        // Compute loads every identity (no credentials) and counts them.
        QSignalSpy progress(&loader, &OverviewLoader::identitiesProgress);
        loader.computeIdentities();
        QTRY_VERIFY_WITH_TIMEOUT(loader.hasIdentityFigures(), 20000);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(loader.identities().total, int(sim->store().identities().size()));
        int inactive = 0;
        for (const SimIdentity &i : sim->store().identities())
            inactive += i.json().value(QStringLiteral("state")).toString() == QLatin1String("inactive") ? 1 : 0;
        QCOMPARE(loader.identities().inactive, inactive);
        for (const auto &r : sim->requests())
            QVERIFY2(!r.query.contains("include_credential"), r.query.constData());
    }

    // The overview only reads: on a read-only profile every part still arrives.
    void readOnlyProfile()
    {
        SimOptions options;
        options.identities = 40;
        auto sim = startSimulator(options);
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        ConnectionSettings settings;
        settings.adminUrl = sim->adminUrl();
        settings.readOnly = true;
        client.setConnection(settings);
        OverviewLoader loader(&client);
        loader.refresh();
        loader.computeIdentities();
        QTRY_VERIFY_WITH_TIMEOUT(loader.sessionsComplete() &&
                                     loader.courier().counts.value(QStringLiteral("queued")).known &&
                                     loader.hasIdentityFigures() && loader.server().readyKnown,
                                 10000);
        QVERIFY(loader.courierError().isNull());
        QVERIFY(loader.sessionsError().isNull());
        QCOMPARE(loader.identities().total, 40);
    }

    // When the Identities page's list becomes whole (and unfiltered), the figures follow by
    // themselves; a filtered list is never taken for all identities.
    void sharedListComputesByItself()
    {
        SimOptions options;
        options.identities = 120;
        auto sim = startSimulator(options);
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        connectTo(client, *sim);
        IdentityListModel shared(&client);
        OverviewLoader loader(&client);
        loader.setSharedIdentities(&shared);
        IdentityListQuery filtered;
        filtered.identifierPrefix = QStringLiteral("a");
        shared.setQuery(filtered);
        shared.loadAll();
        QTRY_VERIFY(shared.isComplete());
        QTest::qWait(100);
        QVERIFY(!loader.hasIdentityFigures());
        shared.setQuery(IdentityListQuery());
        shared.loadAll();
        QTRY_VERIFY(shared.isComplete());
        const auto identityPages = [&sim]() {
            const QList<KratosSimulator::RecordedRequest> all = sim->requests(); // a copy: one list for both ends
            return std::count_if(all.cbegin(), all.cend(),
                                 [](const auto &r) { return r.path == QLatin1String("/admin/identities"); });
        };
        const auto pagesSoFar = identityPages();
        QTRY_VERIFY_WITH_TIMEOUT(loader.hasIdentityFigures(), 10000);
        QCOMPARE(loader.identities().total, 120);
        QCOMPARE(identityPages(), pagesSoFar); // no list of its own: the page's was used
    }

    // One part failing leaves the others alone, and says why in its own place.
    void partFailsAlone()
    {
        SimOptions options;
        options.identities = 40;
        auto sim = startSimulator(options);
        sim->faults().match = QStringLiteral("/admin/courier");
        sim->faults().errorRate = 1.0;
        sim->faults().errorStatus = 500;
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        connectTo(client, *sim);
        OverviewLoader loader(&client);
        loader.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(
            loader.sessionsComplete() && !loader.courierError().isNull() && loader.server().readyKnown, 10000);
        QCOMPARE(loader.courierError().httpStatus(), 500);
        QVERIFY(loader.sessions().active > 0);
        QVERIFY(loader.sessionsError().isNull());
        QVERIFY(loader.server().ready);
    }
};

QTEST_MAIN(tst_OverviewFigures)
#include "tst_overviewfigures.moc"
