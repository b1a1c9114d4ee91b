// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeReason.h"

#include <QtTest>

class tst_ChangeReason : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clean_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("recorded");
        QTest::newRow("plain") << QStringLiteral("SUP-1234") << QStringLiteral("SUP-1234");
        QTest::newRow("ends trimmed") << QStringLiteral("  lost phone  ") << QStringLiteral("lost phone");
        QTest::newRow("line breaks and tabs are spaces")
            << QStringLiteral("asked by\nphone\r\n\tSUP-1") << QStringLiteral("asked by phone SUP-1");
        QTest::newRow("runs of spaces shortened") << QStringLiteral("a     b") << QStringLiteral("a b");
        QTest::newRow("escape sequence dropped") << QStringLiteral("ok\x1b[2Jgone") << QStringLiteral("ok[2Jgone");
        QTest::newRow("bidi override dropped")
            << QStringLiteral("ticket \u202e4321-PUS") << QStringLiteral("ticket 4321-PUS");
        QTest::newRow("zero-width dropped") << QStringLiteral("SUP\u200b-12") << QStringLiteral("SUP-12");
        QTest::newRow("only blanks") << QStringLiteral(" \n\t ") << QString();
        QTest::newRow("non-Latin kept") << QStringLiteral("Kunde ruft an: Passwort vergessen")
                                        << QStringLiteral("Kunde ruft an: Passwort vergessen");
    }
    void clean()
    {
        QFETCH(QString, typed);
        QFETCH(QString, recorded);
        QCOMPARE(ChangeReason::clean(typed), recorded);
    }

    void cleanCapsTheLength()
    {
        const QString longer = QString(ChangeReason::MaxLength + 50, QLatin1Char('x'));
        QCOMPARE(ChangeReason::clean(longer).size(), qsizetype(ChangeReason::MaxLength));
        // A pair of UTF-16 units is never cut in two.
        QString emoji;
        for (int i = 0; i < ChangeReason::MaxLength; ++i)
            emoji += QStringLiteral("\U0001F600");
        const QString cut = ChangeReason::clean(emoji);
        QVERIFY(cut.size() <= ChangeReason::MaxLength);
        QVERIFY(!cut.back().isHighSurrogate());
    }

    void asksFor_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("asks");
        QTest::newRow("deactivate") << QStringLiteral("identity.deactivate") << true;
        QTest::newRow("delete") << QStringLiteral("identity.delete") << true;
        QTest::newRow("bulk") << QStringLiteral("identity.delete.bulk") << true;
        QTest::newRow("import") << QStringLiteral("identity.import") << true;
        QTest::newRow("export") << QStringLiteral("identity.export") << true;
        QTest::newRow("recovery link") << QStringLiteral("identity.recovery_link.create") << true;
        QTest::newRow("reveal") << QStringLiteral("courier.message.reveal") << true;
        QTest::newRow("session") << QStringLiteral("session.revoke") << true;
        QTest::newRow("summary copy is a read") << QStringLiteral("identity.summary.copy") << false;
        QTest::newRow("checkpoint") << QStringLiteral("audit.checkpoint") << false;
        QTest::newRow("trail broken") << QStringLiteral("audit.trail.broken") << false;
    }
    void asksFor()
    {
        QFETCH(QString, action);
        QFETCH(bool, asks);
        QCOMPARE(ChangeReason::asksFor(action), asks);
    }

    void tickets_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("project key") << QStringLiteral("per SUP-1234, confirmed")
                                     << QStringList{QStringLiteral("SUP-1234")};
        QTest::newRow("hash") << QStringLiteral("see #77") << QStringList{QStringLiteral("#77")};
        QTest::newRow("two") << QStringLiteral("SUP-1 and OPS2-99")
                             << QStringList{QStringLiteral("SUP-1"), QStringLiteral("OPS2-99")};
        QTest::newRow("lower case is no key") << QStringLiteral("sup-12") << QStringList{};
        QTest::newRow("no number") << QStringLiteral("SUP- 12") << QStringList{};
        QTest::newRow("part of a word") << QStringLiteral("xSUP-12 SUP-12x a#12 SUP-12-3") << QStringList{};
        QTest::newRow("in brackets") << QStringLiteral("(SUP-5)") << QStringList{QStringLiteral("SUP-5")};
        QTest::newRow("none") << QStringLiteral("lost phone") << QStringList{};
    }
    void tickets()
    {
        QFETCH(QString, reason);
        QFETCH(QStringList, found);
        QCOMPARE(ChangeReason::tickets(reason), found);
    }

    void validateTemplate_data()
    {
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<bool>("usable");
        QTest::newRow("none") << QString() << true;
        QTest::newRow("jira") << QStringLiteral("https://helpdesk.example.com/browse/{ticket}") << true;
        QTest::newRow("query") << QStringLiteral("http://desk.local/t?id={ticket}") << true;
        QTest::newRow("no placeholder") << QStringLiteral("https://helpdesk.example.com/browse/") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert({ticket})") << false;
        QTest::newRow("file") << QStringLiteral("file:///tmp/{ticket}") << false;
        QTest::newRow("no host") << QStringLiteral("https:///{ticket}") << false;
    }
    void validateTemplate()
    {
        QFETCH(QString, urlTemplate);
        QFETCH(bool, usable);
        QCOMPARE(ChangeReason::validateTemplate(urlTemplate).isEmpty(), usable);
    }

    void ticketUrl()
    {
        const QString t = QStringLiteral("https://desk.example.com/browse/{ticket}");
        QCOMPARE(ChangeReason::ticketUrl(t, QStringLiteral("SUP-12")),
                 QStringLiteral("https://desk.example.com/browse/SUP-12"));
        QCOMPARE(ChangeReason::ticketUrl(t, QStringLiteral("#12")),
                 QStringLiteral("https://desk.example.com/browse/12"));
        QCOMPARE(ChangeReason::ticketUrl(QString(), QStringLiteral("SUP-12")), QString());
        QCOMPARE(ChangeReason::ticketUrl(QStringLiteral("javascript:{ticket}"), QStringLiteral("SUP-12")), QString());
    }

    void toHtml_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("urlTemplate");
        QTest::addColumn<QString>("html");
        const QString t = QStringLiteral("https://desk.example.com/browse/{ticket}");
        QTest::newRow("link") << QStringLiteral("per SUP-7") << t
                              << QStringLiteral("per <a href=\"https://desk.example.com/browse/SUP-7\">SUP-7</a>");
        QTest::newRow("no template: plain") << QStringLiteral("per SUP-7") << QString() << QStringLiteral("per SUP-7");
        QTest::newRow("markup escaped")
            << QStringLiteral("<img src=x> & SUP-7 \"q\"") << t
            << QStringLiteral("&lt;img src=x&gt; &amp; <a href=\"https://desk.example.com/browse/SUP-7\">SUP-7</a> "
                              "&quot;q&quot;");
        QTest::newRow("hash") << QStringLiteral("#9") << t
                              << QStringLiteral("<a href=\"https://desk.example.com/browse/9\">#9</a>");
    }
    void toHtml()
    {
        QFETCH(QString, reason);
        QFETCH(QString, urlTemplate);
        QFETCH(QString, html);
        QCOMPARE(ChangeReason::toHtml(reason, urlTemplate), html);
    }
};

QTEST_GUILESS_MAIN(tst_ChangeReason)
#include "tst_changereason.moc"
