// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeepLink.h"

#include <QTest>

// Helpdesk links and pasted text: what opens, and every hostile form refused with its reason.
class tst_DeepLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opens_data();
    void opens();
    void refuses_data();
    void refuses();
};

namespace {
const QString kId = QStringLiteral("3f1c0000-0000-4000-8000-000000000001");
}

void tst_DeepLink::opens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("byId");
    const int identity = int(DeepLink::Target::Identity);
    const int message = int(DeepLink::Target::CourierMessage);
    const int session = int(DeepLink::Target::Session);
    QTest::newRow("bare id") << kId << "" << identity << kId << true;
    QTest::newRow("bare id with spaces around") << QStringLiteral("  %1\n").arg(kId) << "" << identity << kId << true;
    QTest::newRow("bare identifier") << "ada@example.org"
                                     << "" << identity << "ada@example.org" << false;
    QTest::newRow("phone") << "+4917012345"
                           << "" << identity << "+4917012345" << false;
    QTest::newRow("link with profile and id")
        << QStringLiteral("kratos-desk://open?profile=Prod%20EU&identity=%1").arg(kId) << "Prod EU" << identity << kId
        << true;
    QTest::newRow("link with an encoded identifier") << "kratos-desk://open?identity=ada%2Bsupport%40example.org"
                                                     << "" << identity << "ada+support@example.org" << false;
    QTest::newRow("link to a message") << QStringLiteral("kratos-desk://open?page=courier&message=%1").arg(kId) << ""
                                       << message << kId << true;
    QTest::newRow("link to a session") << QStringLiteral("kratos-desk://open?profile=P&session=%1").arg(kId) << "P"
                                       << session << kId << true;
    QTest::newRow("sessions page named") << QStringLiteral("kratos-desk://open?page=sessions&session=%1").arg(kId) << ""
                                         << session << kId << true;
    QTest::newRow("identities page named")
        << QStringLiteral("kratos-desk://open?page=identities&identity=%1").arg(kId) << "" << identity << kId << true;
}

void tst_DeepLink::opens()
{
    QFETCH(QString, text);
    QFETCH(QString, profile);
    QFETCH(int, target);
    QFETCH(QString, value);
    QFETCH(bool, byId);
    QString error;
    const std::optional<DeepLink> link = DeepLink::parse(text, &error);
    QVERIFY2(link, qPrintable(error));
    QCOMPARE(link->profile, profile);
    QCOMPARE(int(link->target), target);
    QCOMPARE(link->value, value);
    QCOMPARE(link->byId, byId);
}

void tst_DeepLink::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "   "
                           << "nothing to open";
    QTest::newRow("too long") << QStringLiteral("kratos-desk://open?identity=") + QString(5000, QLatin1Char('a'))
                              << "too long";
    QTest::newRow("other scheme") << "https://evil.example/open?identity=x"
                                  << "Only kratos-desk:// links";
    QTest::newRow("javascript") << "javascript://open?identity=x"
                                << "Only kratos-desk:// links";
    QTest::newRow("other host") << "kratos-desk://delete?identity=x"
                                << "starts with kratos-desk://open?";
    QTest::newRow("a path") << "kratos-desk://open/../../etc?identity=x"
                            << "starts with kratos-desk://open?";
    QTest::newRow("unknown part") << "kratos-desk://open?identity=x&action=delete"
                                  << "does not know";
    QTest::newRow("repeated part") << "kratos-desk://open?identity=a&identity=b"
                                   << "more than once";
    QTest::newRow("empty part") << "kratos-desk://open?identity="
                                << "empty";
    QTest::newRow("encoded newline") << "kratos-desk://open?identity=a%0Ab"
                                     << "invisible";
    QTest::newRow("bidi override in text") << QStringLiteral("ada\u202E@example.org") << "invisible";
    QTest::newRow("nothing named") << "kratos-desk://open?profile=Prod"
                                   << "names nothing";
    QTest::newRow("two targets") << QStringLiteral("kratos-desk://open?identity=a&page=courier&message=%1").arg(kId)
                                 << "one thing";
    QTest::newRow("message not a uuid") << "kratos-desk://open?page=courier&message=../x"
                                        << "not one";
    QTest::newRow("session not a uuid") << "kratos-desk://open?session=1%20OR%201"
                                        << "not one";
    QTest::newRow("session and identity")
        << QStringLiteral("kratos-desk://open?identity=a&session=%1").arg(kId) << "one thing";
    QTest::newRow("session on the courier page")
        << QStringLiteral("kratos-desk://open?page=courier&session=%1").arg(kId) << "one thing";
    QTest::newRow("sentence") << "please open ada"
                              << "neither";
}

void tst_DeepLink::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!DeepLink::parse(text, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_DeepLink)
#include "tst_deeplink.moc"
