// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkHeader.h"

#include <QtTest>

class tst_LinkHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysetHeader()
    {
        const QByteArray header = "</admin/identities?page_size=2&page_token=00000000-0000-0000-0000-000000000000>; "
                                  "rel=\"first\",</admin/identities?page_size=2&page_token=0a1b>; rel=\"next\"";
        const auto links = LinkHeader::parse(header);
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).rel, QStringLiteral("first"));
        QCOMPARE(links.at(1).rel, QStringLiteral("next"));
        QCOMPARE(links.at(1).target.path(), QStringLiteral("/admin/identities"));
        QCOMPARE(LinkHeader::targetParameter(header, QStringLiteral("next"), QStringLiteral("page_token")),
                 QStringLiteral("0a1b"));
        QCOMPARE(LinkHeader::targetParameter(header, QStringLiteral("next"), QStringLiteral("page_size")),
                 QStringLiteral("2"));
    }

    void noNextOnLastPage()
    {
        const QByteArray header = "</admin/identities?page_size=2&page_token=abc>; rel=\"first\"";
        QVERIFY(!LinkHeader::target(header, QStringLiteral("next")).isValid());
        QVERIFY(LinkHeader::targetParameter(header, QStringLiteral("next"), QStringLiteral("page_token")).isEmpty());
    }

    void encodedTokenIsDecoded()
    {
        // Opaque courier tokens are percent-encoded in links; "+" in a query means a space to Go.
        const QByteArray header = "</admin/courier/messages?page_token=a%2Fb%3D%3D&x=one+two>; rel=\"next\"";
        QCOMPARE(LinkHeader::targetParameter(header, QStringLiteral("next"), QStringLiteral("page_token")),
                 QStringLiteral("a/b=="));
        QCOMPARE(LinkHeader::targetParameter(header, QStringLiteral("next"), QStringLiteral("x")),
                 QStringLiteral("one two"));
    }

    void offsetHeaderWithFourRels()
    {
        const QByteArray header =
            "</schemas?page_size=1&page_token=eyJvZmZzZXQiOiIwIiwidiI6Mn0&per_page=1&page=0>; rel=\"first\","
            "</schemas?page_size=1&page_token=eyJvZmZzZXQiOiIyIiwidiI6Mn0&per_page=1&page=2>; rel=\"next\","
            "</schemas?page_size=1&page_token=eyJvZmZzZXQiOiIwIiwidiI6Mn0&per_page=1&page=0>; rel=\"prev\","
            "</schemas?page_size=1&page_token=eyJvZmZzZXQiOiIyIiwidiI6Mn0&per_page=1&page=2>; rel=\"last\"";
        QCOMPARE(LinkHeader::parse(header).size(), 4);
        QCOMPARE(LinkHeader::targetParameter(header, QStringLiteral("next"), QStringLiteral("page")),
                 QStringLiteral("2"));
        QCOMPARE(LinkHeader::targetParameter(header, QStringLiteral("last"), QStringLiteral("page_token")),
                 QStringLiteral("eyJvZmZzZXQiOiIyIiwidiI6Mn0"));
    }

    void toleratesOddFormatting()
    {
        // Spaces, unquoted rel, parameters with quoted commas, several relation types.
        const QByteArray header = " <https://h/x?a=1> ; title=\"a, b\" ; rel=next , <https://h/y>; rel=\"prev first\"";
        const auto links = LinkHeader::parse(header);
        QCOMPARE(links.size(), 2);
        QCOMPARE(LinkHeader::target(header, QStringLiteral("next")), QUrl(QStringLiteral("https://h/x?a=1")));
        QCOMPARE(LinkHeader::target(header, QStringLiteral("first")), QUrl(QStringLiteral("https://h/y")));
    }

    void garbageGivesNothing()
    {
        QVERIFY(LinkHeader::parse(QByteArray()).isEmpty());
        QVERIFY(LinkHeader::parse("not a link header").isEmpty());
        QVERIFY(LinkHeader::parse("<unterminated; rel=\"next\"").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_LinkHeader)
#include "tst_linkheader.moc"
