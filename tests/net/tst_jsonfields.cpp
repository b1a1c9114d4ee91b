// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourierDispatch.h"
#include "CourierMessage.h"
#include "Identity.h"
#include "JsonFields.h"
#include "Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class tst_JsonFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goTimestamps()
    {
        const QDateTime nanos = JsonFields::parseDateTime(QStringLiteral("2026-03-20T10:11:12.123456789Z"));
        QVERIFY(nanos.isValid());
        QCOMPARE(nanos, QDateTime(QDate(2026, 3, 20), QTime(10, 11, 12, 123), Qt::UTC));
        const QDateTime offset = JsonFields::parseDateTime(QStringLiteral("2026-03-20T12:11:12.5+02:00"));
        QCOMPARE(offset, QDateTime(QDate(2026, 3, 20), QTime(10, 11, 12, 500), Qt::UTC));
        QCOMPARE(JsonFields::parseDateTime(QStringLiteral("2026-03-20T10:11:12Z")),
                 QDateTime(QDate(2026, 3, 20), QTime(10, 11, 12), Qt::UTC));
        QVERIFY(!JsonFields::parseDateTime(QStringLiteral("yesterday")).isValid());
        QVERIFY(!JsonFields::parseDateTime(QString()).isValid());
    }

    // A number with no qint64 value (1e300 from a server, or not finite) gives the fallback.
    void integersOutOfRange_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("integer");
        QTest::addColumn<int>("small");
        QTest::newRow("ordinary") << 42.0 << qint64(42) << 42;
        QTest::newRow("negative") << -7.0 << qint64(-7) << -7;
        QTest::newRow("1e300") << 1e300 << qint64(-1) << -1;
        QTest::newRow("-1e300") << -1e300 << qint64(-1) << -1;
        QTest::newRow("2^63") << 9223372036854775808.0 << qint64(-1) << -1;
        QTest::newRow("-2^63") << -9223372036854775808.0 << std::numeric_limits<qint64>::min() << -1;
        QTest::newRow("beyond int") << 3e9 << qint64(3000000000) << -1;
    }

    void integersOutOfRange()
    {
        QFETCH(double, value);
        QFETCH(qint64, integer);
        QFETCH(int, small);
        const QJsonObject o{{QStringLiteral("n"), value}};
        QCOMPARE(JsonFields::integer(o, QLatin1String("n"), -1), integer);
        QCOMPARE(JsonFields::smallInteger(o, QLatin1String("n"), -1), small);
    }

    void courierSendCountOf1e300()
    {
        const auto m = CourierMessage::fromJson(
            QJsonDocument::fromJson(R"({"id":"m1","status":"queued","type":"email","send_count":1e300,
                "dispatches":[{"id":"d1","status":"failed","error":{"message":"x","code":1e300}}]})")
                .object(),
            false);
        QVERIFY(m);
        QCOMPARE(m->sendCount, 0);
        QCOMPARE(m->dispatches.size(), 1);
        QCOMPARE(m->dispatches.first().errorText(), QStringLiteral("x"));
    }

    void wrongTypesGiveDefaults()
    {
        const QJsonObject o{{QStringLiteral("s"), 5},
                            {QStringLiteral("n"), QStringLiteral("7")},
                            {QStringLiteral("b"), QStringLiteral("true")},
                            {QStringLiteral("l"), QJsonArray{1, QStringLiteral("x")}}};
        QCOMPARE(JsonFields::string(o, QLatin1String("s")), QString());
        QCOMPARE(JsonFields::integer(o, QLatin1String("n"), -1), -1);
        QCOMPARE(JsonFields::boolean(o, QLatin1String("b"), false), false);
        QCOMPARE(JsonFields::strings(o, QLatin1String("l")), QStringList{QStringLiteral("x")});
    }

    void identityDefaultsOmittedFields()
    {
        // A list item as Kratos sends it: no credentials, no addresses, no metadata_admin.
        const QJsonObject o = QJsonDocument::fromJson(R"({"id":"5f8f","schema_id":"default","state":"inactive",
            "traits":{"email":"a@b.c"},"metadata_public":null,"organization_id":null,
            "created_at":"2026-01-01T00:00:00.000000001Z","region":"eu-central","future_field":{"x":1}})")
                                  .object();
        const auto identity = Identity::fromJson(o);
        QVERIFY(identity);
        QCOMPARE(identity->state, Identity::State::Inactive);
        QVERIFY(!identity->credentialsIncluded);
        QVERIFY(identity->verifiableAddresses.isEmpty());
        QVERIFY(identity->metadataPublic.isNull());
        QVERIFY(identity->metadataAdmin.isNull());
        QVERIFY(identity->organizationId.isEmpty());
        QCOMPARE(identity->region, QStringLiteral("eu-central"));
        QVERIFY(identity->createdAt.isValid());
        QVERIFY(!Identity::fromJson(QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("x")}}));
        QCOMPARE(Identity::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")},
                                                {QStringLiteral("state"), QStringLiteral("frozen")}})
                     ->state,
                 Identity::State::Unknown);
    }

    void courierTypeAcceptsSmsAndPhone()
    {
        for (const char *type : {"sms", "phone"}) {
            const auto m = CourierMessage::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                                                {QStringLiteral("type"), QString::fromLatin1(type)}},
                                                    false);
            QVERIFY(m);
            QCOMPARE(m->channel, CourierMessage::Channel::Sms);
        }
        const auto other = CourierMessage::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                                                {QStringLiteral("type"), QStringLiteral("pigeon")}},
                                                    false);
        QCOMPARE(other->channel, CourierMessage::Channel::Other);
        QCOMPARE(other->typeText, QStringLiteral("pigeon"));
    }

    void courierBodyOnlyWhenAsked()
    {
        const QJsonObject o{{QStringLiteral("id"), QStringLiteral("1")},
                            {QStringLiteral("body"), QStringLiteral("code 123456")}};
        const auto listed = CourierMessage::fromJson(o, false);
        QVERIFY(!listed->bodyIncluded);
        QVERIFY(listed->body.isEmpty());
        const auto revealed = CourierMessage::fromJson(o, true);
        QVERIFY(revealed->bodyIncluded);
        QCOMPARE(revealed->body, QStringLiteral("code 123456"));
        const auto redacted =
            CourierMessage::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                                 {QStringLiteral("body"), CourierMessage::redactedMarker}},
                                     true);
        QVERIFY(redacted->bodyRedacted());
    }

    void dispatchErrorInOneLine()
    {
        const auto withCode = CourierDispatch::fromJson(QJsonObject{
            {QStringLiteral("status"), QStringLiteral("failed")},
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), QStringLiteral("smtp: 550 no such user")},
                                                  {QStringLiteral("reason"), QStringLiteral("rejected")},
                                                  {QStringLiteral("code"), 550}}}});
        QCOMPARE(withCode.errorText(), QStringLiteral("smtp: 550 no such user (rejected) [code 550]"));
        const auto other =
            CourierDispatch::fromJson(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("x"), 1}}}});
        QCOMPARE(other.errorText(), QStringLiteral("{\"x\":1}"));
        QVERIFY(CourierDispatch::fromJson(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")}})
                    .errorText()
                    .isEmpty());
    }

    void sessionNullExpansions()
    {
        const auto s =
            Session::fromJson(QJsonDocument::fromJson(R"({"id":"s1","active":true,"identity":null,"devices":null,
            "authentication_methods":[{"method":"password","aal":"aal1"},{"method":"totp","aal":"aal2"}]})")
                                  .object());
        QVERIFY(s);
        QVERIFY(!s->identity);
        QVERIFY(!s->devicesIncluded);
        QCOMPARE(s->authenticationMethods.size(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_JsonFields)
#include "tst_jsonfields.moc"
