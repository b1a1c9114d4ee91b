// SPDX-License-Identifier: GPL-3.0-or-later
// One identity a user shaped so that Qt cannot read it (nested deeper than 1,024 levels, a number
// such as 1e400) or an element that is no identity at all: the rest of its page is still listed,
// and it is named, never dropped unseen (issue #32 §3).
#include "Await.h"
#include "IdentitiesPage.h"
#include "IdentityListModel.h"
#include "JsonArrayItems.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SchemaListModel.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace TestSupport;

namespace {

const QString kPoisonId = QStringLiteral("0badc0de-0000-4000-8000-000000000001");

QByteArray deepIdentity(int levels)
{
    return "{\"id\":\"" + kPoisonId.toLatin1() +
           "\",\"schema_id\":\"default\",\"traits\":{\"email\":\"x@example.org\"},"
           "\"metadata_public\":" +
           QByteArray("[").repeated(levels) + QByteArray("]").repeated(levels) + "}";
}

} // namespace

class tst_HostileIdentities : public QObject
{
    Q_OBJECT

    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QStringLiteral("en")); // English plural forms, as the app has them
        SimOptions options;
        options.identities = 30;
        options.messages = 0;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        connectTo(*m_client, *m_sim);
    }
    void init() { m_sim->faults() = SimFaults(); }

    void split_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QList<QByteArray>>("items");
        QTest::newRow("empty") << QByteArray(" [ ] ") << true << QList<QByteArray>{};
        QTest::newRow("objects and scalars")
            << QByteArray("[{\"a\":[1,{\"b\":\"],}\"}]}, 42 ,\"x,]\",null]") << true
            << QList<QByteArray>{"{\"a\":[1,{\"b\":\"],}\"}]}", "42", "\"x,]\"", "null"};
        QTest::newRow("escaped quote") << QByteArray("[\"a\\\"],\"]") << true << QList<QByteArray>{"\"a\\\"],\""};
        QTest::newRow("deep element")
            << QByteArray("[" + QByteArray("[").repeated(5000) + QByteArray("]").repeated(5000) + "]") << true
            << QList<QByteArray>{QByteArray("[").repeated(5000) + QByteArray("]").repeated(5000)};
        QTest::newRow("not an array") << QByteArray("{\"a\":1}") << false << QList<QByteArray>{};
        QTest::newRow("cut short") << QByteArray("[{\"a\":1},{\"b\"") << false << QList<QByteArray>{};
        QTest::newRow("text after") << QByteArray("[1] x") << false << QList<QByteArray>{};
        QTest::newRow("empty element") << QByteArray("[1,,2]") << false << QList<QByteArray>{};
    }
    void split()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QList<QByteArray>, items);
        QList<QByteArray> got;
        QString problem;
        QCOMPARE(JsonArrayItems::split(json, &got, &problem), ok);
        if (ok)
            QCOMPARE(got, items);
        else
            QVERIFY(!problem.isEmpty());
    }

    void topLevelId_data()
    {
        QTest::addColumn<QByteArray>("element");
        QTest::addColumn<QString>("id");
        QTest::newRow("first") << QByteArray("{\"id\":\"abc\",\"x\":1}") << QStringLiteral("abc");
        QTest::newRow("after a nested id")
            << QByteArray("{\"t\":{\"id\":\"inner\"},\"id\" : \"outer\"}") << QStringLiteral("outer");
        QTest::newRow("id as a value only") << QByteArray("{\"name\":\"id\",\"k\":\"id\"}") << QString();
        QTest::newRow("deep, id last") << deepIdentity(3000) << kPoisonId;
        QTest::newRow("not an object") << QByteArray("[\"id\",\"x\"]") << QString();
    }
    void topLevelId()
    {
        QFETCH(QByteArray, element);
        QFETCH(QString, id);
        QCOMPARE(JsonArrayItems::topLevelId(element), id);
    }

    // The client's page of identities (the command line's find): the readable ones, and the
    // unreadable one named with its reason.
    void clientPageKeepsTheReadable_data()
    {
        QTest::addColumn<QByteArray>("poison");
        QTest::addColumn<QString>("id");
        QTest::newRow("2,000 levels deep") << deepIdentity(2000) << kPoisonId;
        QTest::newRow("1e400") << QByteArray("{\"id\":\"" + kPoisonId.toLatin1() + "\",\"traits\":{\"n\":1e400}}")
                               << kPoisonId;
        QTest::newRow("a number, not an identity") << QByteArray("42") << QString();
        QTest::newRow("an object without an id") << QByteArray("{\"traits\":{}}") << QString();
    }
    void clientPageKeepsTheReadable()
    {
        QFETCH(QByteArray, poison);
        QFETCH(QString, id);
        m_sim->faults().extraListItem = poison;
        IdentityListQuery query;
        query.pageSize = 500;
        Await<Page<Identity>> page;
        m_client->listIdentities(query, this, page.callback());
        QVERIFY(page.wait());
        QVERIFY2(page.error().isNull(), qPrintable(page.error().userMessage()));
        QCOMPARE(page.value().items.size(), m_sim->store().identities().size());
        QCOMPARE(page.value().unreadable.size(), 1);
        QCOMPARE(page.value().unreadable.first().index, 0);
        QCOMPARE(page.value().unreadable.first().id, id);
        QVERIFY(!page.value().unreadable.first().reason.isEmpty());
    }

    // The window: every readable identity listed, the unreadable one named above the list.
    void windowNamesTheUnreadable()
    {
        m_sim->faults().extraListItem = deepIdentity(2000);
        TestAudit audit(m_client.get());
        SchemaListModel schemas(m_client.get());
        IdentitiesPage page(m_client.get(), &audit.log, &schemas);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.model()->reload();
        page.model()->loadAll();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->isComplete(), 15000);
        QVERIFY(page.model()->lastError().isNull());
        QCOMPARE(page.model()->rowCount(), m_sim->store().identities().size());
        QCOMPARE(page.model()->unreadable().size(), 1);
        auto *note = page.findChild<QLabel *>(QStringLiteral("unreadableNote"));
        QVERIFY(note);
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(kPoisonId), qPrintable(note->text()));
        QVERIFY2(note->text().startsWith(QStringLiteral("1 identity")), qPrintable(note->text()));
        // A reload that no longer meets it clears the note.
        m_sim->faults() = SimFaults();
        page.model()->reload();
        QTRY_VERIFY(!note->isVisible());
    }
};

QTEST_MAIN(tst_HostileIdentities)
#include "tst_hostileidentities.moc"
