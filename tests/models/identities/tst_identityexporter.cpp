// SPDX-License-Identifier: GPL-3.0-or-later
#include "Await.h"
#include "CsvPoison.h"
#include "IdentityExporter.h"
#include "IdentityImporter.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace TestSupport;

class tst_IdentityExporter : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    QList<Identity> loadAll(KratosClient &client)
    {
        QList<Identity> all;
        IdentityListQuery query;
        query.pageSize = 500;
        Await<Page<Identity>> page;
        client.listIdentities(query, this, page.callback());
        page.wait();
        return page.value().items;
    }

private Q_SLOTS:
    // OWASP's CSV injection rule: cells that a spreadsheet would read as a formula start with ',
    // and a cell holding ; or TAB is quoted so that no locale splits it into a live formula.
    void formulaCellsAreNeutralised_data()
    {
        QTest::addColumn<QString>("trait");
        QTest::addColumn<bool>("poisoned");
        for (const CsvPoison &p : csvPoisons())
            QTest::newRow(p.name) << p.value << p.neutralised;
    }

    void formulaCellsAreNeutralised()
    {
        QFETCH(QString, trait);
        QFETCH(bool, poisoned);
        Identity identity;
        identity.id = QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001");
        identity.schemaId = QStringLiteral("default");
        identity.stateText = QStringLiteral("active");
        identity.externalId = trait;
        identity.traits = QJsonObject{{QStringLiteral("email"), trait},
                                      {QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), trait}}}};
        // Read back with the CSV reader: every cell that held the value now holds it behind a '.
        const QByteArray csv = IdentityExporter::toCsv({identity});
        const QList<QStringList> rows = IdentityExporter::parseCsv(csv);
        QCOMPARE(rows.size(), 2);
        const QStringList header = rows.at(0);
        const QString expected = poisoned ? QLatin1Char('\'') + trait : trait;
        for (const char *column : {"external_id", "traits.email", "traits.name.first"}) {
            const qsizetype at = header.indexOf(QString::fromLatin1(column));
            QVERIFY2(at >= 0, column);
            QCOMPARE(rows.at(1).at(at), expected);
        }
        // On the wire: quoted where it holds a separator of any locale.
        if (csvNeedsQuotes(expected))
            QVERIFY2(csv.contains(csvQuoted(expected)), csv.constData());
    }

    void csvQuotingFollowsRfc4180()
    {
        QCOMPARE(IdentityExporter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(IdentityExporter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(IdentityExporter::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(IdentityExporter::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(IdentityExporter::csvField(QStringLiteral("x;=1+1;")), QStringLiteral("\"x;=1+1;\""));
        QCOMPARE(IdentityExporter::csvField(QStringLiteral("a\tb")), QStringLiteral("\"a\tb\""));
        QCOMPARE(IdentityExporter::csvField(QStringLiteral("-12.5")), QStringLiteral("-12.5"));
        const auto rows = IdentityExporter::parseCsv("a,\"b,c\",\"d \"\"e\"\"\"\r\n1,,\"x\ny\"\r\n");
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("d \"e\"")}));
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("1"), QString(), QStringLiteral("x\ny")}));
    }

    void csvRoundTrip()
    {
        SimOptions options;
        options.identities = 40;
        auto sim = startSimulator(options);
        KratosClient client(&m_nam);
        connectTo(client, *sim);
        QList<Identity> identities = loadAll(client);
        // A trait value that needs quoting.
        identities[0].traits.insert(QStringLiteral("note"), QStringLiteral("Smith, \"Jr.\"\nline 2"));
        const QByteArray csv = IdentityExporter::toCsv(identities);
        QVERIFY(csv.contains("\r\n"));
        const auto rows = IdentityExporter::parseCsv(csv);
        QCOMPARE(rows.size(), identities.size() + 1);
        const QStringList header = rows.first();
        QCOMPARE(header.mid(0, 3),
                 (QStringList{QStringLiteral("id"), QStringLiteral("schema_id"), QStringLiteral("state")}));
        for (const char *column :
             {"traits.email", "traits.name.first", "traits.phone", "traits.profile.roles.0", "traits.note"})
            QVERIFY2(header.contains(QString::fromLatin1(column)), column);
        for (int r = 0; r < identities.size(); ++r) {
            const QStringList row = rows.at(r + 1);
            QCOMPARE(row.size(), header.size());
            QCOMPARE(row.at(0), identities.at(r).id);
            QCOMPARE(row.at(header.indexOf(QStringLiteral("traits.email"))),
                     identities.at(r).traits.value(QStringLiteral("email")).toString());
        }
        QCOMPARE(rows.at(1).at(header.indexOf(QStringLiteral("traits.note"))),
                 QStringLiteral("Smith, \"Jr.\"\nline 2"));
    }

    void jsonExportImportsIntoAnotherServer()
    {
        SimOptions options;
        options.identities = 30;
        auto source = startSimulator(options);
        KratosClient client(&m_nam);
        ConnectionSettings s;
        s.adminUrl = source->adminUrl();
        client.setConnection(s);
        const QList<Identity> identities = loadAll(client);
        const QByteArray json = IdentityExporter::toImportJson(identities);

        SimOptions emptyOptions;
        emptyOptions.identities = 0;
        auto target = startSimulator(emptyOptions);
        s.adminUrl = target->adminUrl();
        client.setConnection(s);
        TestAudit audit(&client);
        IdentityImporter importer(&client, &audit.log);
        QString error;
        QVERIFY2(importer.load(json, &error), qPrintable(error));
        QCOMPARE(importer.count(), 30);
        QSignalSpy finished(&importer, &IdentityImporter::finished);
        importer.start();
        QVERIFY(finished.wait(20000));
        for (const IdentityImporter::Result &r : importer.results())
            QVERIFY2(r.created, qPrintable(r.message));
        QCOMPARE(target->store().identities().size(), 30);
        QHash<QString, QJsonObject> byEmailOrPhone;
        for (auto it = target->store().identities().cbegin(); it != target->store().identities().cend(); ++it) {
            const QJsonObject traits = it.value().json().value(QStringLiteral("traits")).toObject();
            byEmailOrPhone.insert(traits.value(QStringLiteral("email")).toString() +
                                      traits.value(QStringLiteral("phone")).toString(),
                                  it.value().json());
        }
        for (const Identity &i : identities) {
            const QJsonObject copy = byEmailOrPhone.value(i.traits.value(QStringLiteral("email")).toString() +
                                                          i.traits.value(QStringLiteral("phone")).toString());
            QCOMPARE(copy.value(QStringLiteral("traits")).toObject(), i.traits);
            QCOMPARE(copy.value(QStringLiteral("state")).toString(), i.stateText);
            QCOMPARE(copy.value(QStringLiteral("metadata_public")), i.metadataPublic);
        }
    }

    void importReportsTheOneInvalidIdentity()
    {
        SimOptions options;
        options.identities = 0;
        auto sim = startSimulator(options);
        KratosClient client(&m_nam);
        connectTo(client, *sim);
        QJsonArray bodies;
        for (int i = 0; i < 5; ++i)
            bodies.append(
                QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                            {QStringLiteral("traits"),
                             QJsonObject{{QStringLiteral("email"), QStringLiteral("user%1@example.com").arg(i)}}}});
        bodies.replace(2, QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                                      {QStringLiteral("traits"),
                                       QJsonObject{{QStringLiteral("email"), QStringLiteral("not an email")}}}});
        TestAudit audit(&client);
        IdentityImporter importer(&client, &audit.log);
        QString error;
        QVERIFY(importer.load(QJsonDocument(bodies).toJson(), &error));
        QSignalSpy finished(&importer, &IdentityImporter::finished);
        importer.start();
        QVERIFY(finished.wait(10000));
        QStringList failed;
        for (const IdentityImporter::Result &r : importer.results()) {
            if (!r.created)
                failed.append(QString::number(r.index));
        }
        QCOMPARE(failed, QStringList{QStringLiteral("3")});
        QVERIFY(importer.results().at(2).message.contains(QStringLiteral("email")));
        QCOMPARE(sim->store().identities().size(), 4);
    }

    void badStateStaysOutOfTheBatch()
    {
        SimOptions options;
        options.identities = 0;
        auto sim = startSimulator(options);
        KratosClient client(&m_nam);
        connectTo(client, *sim);
        const QByteArray file =
            "{\"identities\":[{\"create\":{\"schema_id\":\"default\",\"traits\":{\"email\":\"a@example.com\"}}},"
            "{\"create\":{\"schema_id\":\"default\",\"traits\":{\"email\":\"b@example.com\"},\"state\":\"frozen\"}},"
            "{\"create\":7}]}";
        TestAudit audit(&client);
        IdentityImporter importer(&client, &audit.log);
        QString error;
        QVERIFY(importer.load(file, &error));
        QSignalSpy finished(&importer, &IdentityImporter::finished);
        importer.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(importer.results().at(0).created);
        QVERIFY(importer.results().at(1).message.contains(QStringLiteral("frozen")));
        QVERIFY(importer.results().at(2).message.contains(QStringLiteral("not a JSON object")));
        QCOMPARE(sim->store().identities().size(), 1);
    }

    void unusableFiles()
    {
        KratosClient client(&m_nam);
        TestAudit audit(&client);
        IdentityImporter importer(&client, &audit.log);
        QString error;
        QVERIFY(!importer.load("[{", &error));
        QVERIFY(error.contains(QStringLiteral("not valid JSON")));
        QVERIFY(!importer.load("{\"x\":1}", &error));
        QVERIFY(error.contains(QStringLiteral("neither")));
        QVERIFY(!importer.load("[]", &error));
        QVERIFY(error.contains(QStringLiteral("no identities")));
    }
};

QTEST_GUILESS_MAIN(tst_IdentityExporter)
#include "tst_identityexporter.moc"
