// SPDX-License-Identifier: GPL-3.0-or-later
#include "InviteeList.h"

#include <QJsonDocument>
#include <QtTest>

// Who a typed list or a CSV file invites, and what it leaves out and why: a table of files.
class tst_InviteeList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("emails");
        QTest::addColumn<QString>("firstTraits"); // compact JSON of the first invitee's traits
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<QString>("error");

        QTest::newRow("email only") << QByteArray("email\nada@example.org\nbob@example.org\n")
                                    << QStringList{QStringLiteral("ada@example.org"), QStringLiteral("bob@example.org")}
                                    << "{}" << QStringList() << QString();
        QTest::newRow("nested traits, CRLF, BOM")
            << QByteArray("\xef\xbb\xbf"
                          "Email,name.first,name/last\r\nada@example.org,Ada,Lovelace\r\n")
            << QStringList{QStringLiteral("ada@example.org")} << "{\"name\":{\"first\":\"Ada\",\"last\":\"Lovelace\"}}"
            << QStringList() << QString();
        QTest::newRow("quoted comma, doubled quote, line break in a field")
            << QByteArray("email,title\nada@example.org,\"Countess, \"\"Ada\"\"\nof Lovelace\"\n")
            << QStringList{QStringLiteral("ada@example.org")} << "{\"title\":\"Countess, \\\"Ada\\\" of Lovelace\"}"
            << QStringList() << QString();
        QTest::newRow("empty cells are left out")
            << QByteArray("email,username\nada@example.org,\n") << QStringList{QStringLiteral("ada@example.org")}
            << "{}" << QStringList() << QString();
        QTest::newRow("bad address, duplicate, short row, blank line")
            << QByteArray("email,username\nbob,b\nada@example.org,a\n\nADA@example.org,a2\nx@example.org\n")
            << QStringList{QStringLiteral("ada@example.org")} << "{\"username\":\"a\"}"
            << QStringList{QStringLiteral("line 2: \"bob\" is not an e-mail address"),
                           QStringLiteral("line 5: ADA@example.org is listed twice"),
                           QStringLiteral("line 6: 1 fields where the header has 2")}
            << QString();
        QTest::newRow("control characters are cleaned") << QByteArray("email,username\nada@example.org,a\x1b[2Jb\n")
                                                        << QStringList{QStringLiteral("ada@example.org")}
                                                        << "{\"username\":\"a[2Jb\"}" << QStringList() << QString();
        QTest::newRow("a column that is no trait path")
            << QByteArray("email,first name\nada@example.org,Ada\n") << QStringList() << "{}" << QStringList()
            << QStringLiteral("Column 2 (\"first name\") is not a trait path such as name.first.");
        QTest::newRow("header names no email")
            << QByteArray("username\nada\n") << QStringList() << "{}" << QStringList()
            << QStringLiteral("The first line names no \"email\" column.");
        QTest::newRow("trait path too deep")
            << QByteArray("email,a.b.c.d.e\n") << QStringList() << "{}" << QStringList()
            << QStringLiteral("Column 2 (\"a.b.c.d.e\") is not a trait path such as name.first.");
        QTest::newRow("quote never closed") << QByteArray("email\n\"ada@example.org\n") << QStringList() << "{}"
                                            << QStringList() << QStringLiteral("line 2: a quoted field is not closed");
        QTest::newRow("empty file") << QByteArray() << QStringList() << "{}" << QStringList()
                                    << QStringLiteral("The file is empty.");
    }
    void csv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, emails);
        QFETCH(QString, firstTraits);
        QFETCH(QStringList, problems);
        QFETCH(QString, error);
        const InviteeList::Parsed parsed = InviteeList::parseCsv(csv);
        QCOMPARE(parsed.error, error);
        QCOMPARE(parsed.problems, problems);
        QStringList got;
        for (const Invitee &i : parsed.invitees)
            got.append(i.email);
        QCOMPARE(got, emails);
        if (!parsed.invitees.isEmpty())
            QCOMPARE(QString::fromUtf8(QJsonDocument(parsed.invitees.first().traits).toJson(QJsonDocument::Compact)),
                     firstTraits);
    }

    void hostileSizes_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("invited");
        QTest::newRow("too many columns")
            << ("email" + QByteArray(",x").repeated(40) + "\n") << "line 1: more than 32 columns" << 0;
        QTest::newRow("a huge cell") << ("email\n" + QByteArray(2000, 'a') + "\n")
                                     << "line 2: a field is longer than 1000 characters" << 0;
        QTest::newRow("a file too large") << QByteArray(5 * 1024 * 1024, ',') << "The file is larger than 4 MiB." << 0;
        QByteArray many("email\n");
        for (int i = 0; i < 1100; ++i)
            many += "p" + QByteArray::number(i) + "@example.org\n";
        QTest::newRow("more people than allowed") << many << QString() << 1000;
    }
    void hostileSizes()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        QFETCH(int, invited);
        const InviteeList::Parsed parsed = InviteeList::parseCsv(csv);
        QCOMPARE(parsed.error, error);
        QCOMPARE(parsed.invitees.size(), invited);
        if (invited == 1000)
            QCOMPARE(parsed.problems.size(), 100);
    }

    void typedAddresses()
    {
        const auto parsed = InviteeList::parseAddresses(
            QStringLiteral("ada@example.org, bob@example.org\nnot-an-address;ada@example.org"));
        QCOMPARE(parsed.invitees.size(), 2);
        QCOMPARE(parsed.problems, (QStringList{QStringLiteral("\"not-an-address\" is not an e-mail address"),
                                               QStringLiteral("ada@example.org is listed twice")}));
    }

    void createBodyPutsTheAddressWhereTheSchemaWantsIt()
    {
        Invitee invitee{
            3, QStringLiteral("ada@example.org"),
            QJsonObject{{QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), QStringLiteral("Ada")}}}}};
        const QJsonObject body =
            InviteeList::createBody(invitee, QStringLiteral("customer"), QStringLiteral("contact/email"));
        QCOMPARE(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                 QStringLiteral("{\"schema_id\":\"customer\",\"state\":\"active\",\"traits\":{\"contact\":{\"email\":"
                                "\"ada@example.org\"},\"name\":{\"first\":\"Ada\"}}}"));
    }
};

QTEST_GUILESS_MAIN(tst_InviteeList)
#include "tst_inviteelist.moc"
