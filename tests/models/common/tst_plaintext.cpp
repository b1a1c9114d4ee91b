// SPDX-License-Identifier: GPL-3.0-or-later
// Text from servers and users made safe for where it is shown: a terminal (controls escaped) and
// a wrapping label (break opportunities).
#include "PlainText.h"

#include <QtTest>

class tst_PlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forTerminal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("keepLineBreaks");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("Ada Lovelace") << true << QStringLiteral("Ada Lovelace");
        QTest::newRow("umlauts and CJK") << QStringLiteral("Jörg 佐藤") << false << QStringLiteral("Jörg 佐藤");
        QTest::newRow("window title (OSC … BEL)")
            << QStringLiteral("\x1b]0;pwned\x07") << true << QStringLiteral("\\x1b]0;pwned\\x07");
        QTest::newRow("clear screen (CSI 2J)") << QStringLiteral("\x1b[2J") << true << QStringLiteral("\\x1b[2J");
        QTest::newRow("CR overwrites the line") << QStringLiteral("ok\rEVIL") << true << QStringLiteral("ok\\x0dEVIL");
        QTest::newRow("NUL and DEL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b\x7f") << true
                                     << QStringLiteral("a\\x00b\\x7f");
        QTest::newRow("C1 CSI (U+009B)") << QStringLiteral("x") + QChar(0x9B) + QStringLiteral("2J") << true
                                         << QStringLiteral("x\\x9b2J");
        QTest::newRow("NEL (U+0085)") << QStringLiteral("a") + QChar(0x85) << true << QStringLiteral("a\\x85");
        QTest::newRow("right-to-left override")
            << QChar(0x202E) + QStringLiteral("fdp.exe") << true << QStringLiteral("\\u202efdp.exe");
        QTest::newRow("isolates") << QChar(0x2066) + QStringLiteral("a") + QChar(0x2069) << true
                                  << QStringLiteral("\\u2066a\\u2069");
        QTest::newRow("LF and TAB kept in a message") << QStringLiteral("a\n\tb") << true << QStringLiteral("a\n\tb");
        QTest::newRow("LF and TAB escaped in a cell")
            << QStringLiteral("a\n\tb") << false << QStringLiteral("a\\x0a\\x09b");
    }
    void forTerminal()
    {
        QFETCH(QString, text);
        QFETCH(bool, keepLineBreaks);
        QFETCH(QString, shown);
        QCOMPARE(
            PlainText::forTerminal(text, keepLineBreaks ? PlainText::LineBreaks::Keep : PlainText::LineBreaks::Escape),
            shown);
    }

    void breakable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        const QString zw(QChar(0x200B));
        QTest::newRow("address") << QStringLiteral("ann@mail.example")
                                 << QStringLiteral("ann@") + zw + QStringLiteral("mail.") + zw +
                                        QStringLiteral("example");
        QTest::newRow("sentence end") << QStringLiteral("Done. Next") << QStringLiteral("Done. Next");
        QTest::newRow("trailing dot") << QStringLiteral("end.") << QStringLiteral("end.");
    }
    void breakable()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(PlainText::breakable(text), shown);
    }
};

QTEST_GUILESS_MAIN(tst_PlainText)
#include "tst_plaintext.moc"
