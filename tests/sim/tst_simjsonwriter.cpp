// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// The simulator's own JSON writer: what it writes reads back as the same value, and a whole
// object comes out as Qt's compact form would, so stored and rendered texts agree.
class tst_SimJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatQtWrites_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("scalars") << QJsonObject{{QStringLiteral("b"), true},
                                                {QStringLiteral("a"), false},
                                                {QStringLiteral("n"), QJsonValue(QJsonValue::Null)},
                                                {QStringLiteral("i"), 42},
                                                {QStringLiteral("neg"), -7},
                                                {QStringLiteral("big"), 9007199254740991.0},
                                                {QStringLiteral("f"), 0.1},
                                                {QStringLiteral("e"), 1.5e300}};
        QTest::newRow("escapes") << QJsonObject{{QStringLiteral("q"), QStringLiteral("say \"hi\"")},
                                                {QStringLiteral("slash"), QStringLiteral("a\\b/c")},
                                                {QStringLiteral("ws"), QStringLiteral("tab\tnl\ncr\rff\fbs\b")},
                                                {QStringLiteral("ctl"), QString(QString(QChar(0x01)) + QChar(0x1f))},
                                                {QStringLiteral("del"), QString(QChar(0x7f))}};
        QTest::newRow("unicode") << QJsonObject{{QStringLiteral("name"), QStringLiteral("Jörg Müller 佐藤 ليلى")},
                                                {QStringLiteral("emoji"), QStringLiteral("\U0001F600")},
                                                {QStringLiteral("ключ"), QStringLiteral("значение")}};
        QTest::newRow("nested") << QJsonObject{
            {QStringLiteral("traits"),
             QJsonObject{
                 {QStringLiteral("email"), QStringLiteral("ada@example.com")},
                 {QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), QStringLiteral("Ada")}}},
                 {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin"), 1, QJsonArray{}, QJsonObject{}}}}},
            {QStringLiteral("empty_list"), QJsonArray{}}};
    }
    void writesWhatQtWrites()
    {
        QFETCH(QJsonObject, object);
        const QByteArray text = SimJsonWriter::compact(object);
        QCOMPARE(text, QJsonDocument(object).toJson(QJsonDocument::Compact));
        QJsonParseError error;
        QCOMPARE(QJsonDocument::fromJson(text, &error).object(), object);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    // Fields in the order given, arrays of strings and objects, nested containers.
    void streamsFieldsInOrder()
    {
        SimJsonWriter w;
        w.beginObject()
            .field("id", QStringLiteral("x\"y"))
            .field("state", "active")
            .field("verified", true)
            .field("version", qint64(3))
            .null("organization_id")
            .beginArray("identifiers")
            .field(nullptr, QStringLiteral("a@example.com"))
            .field(nullptr, QStringLiteral("b@example.com"))
            .endArray()
            .beginArray("addresses")
            .beginObject()
            .field("value", QStringLiteral("ä@example.com"))
            .endObject()
            .beginObject()
            .endObject()
            .endArray()
            .field("traits", QJsonValue(QJsonObject{{QStringLiteral("z"), 1}, {QStringLiteral("a"), 2}}))
            .endObject();
        const QByteArray text = w.take();
        QCOMPARE(text,
                 QByteArray("{\"id\":\"x\\\"y\",\"state\":\"active\",\"verified\":true,\"version\":3,"
                            "\"organization_id\":null,\"identifiers\":[\"a@example.com\",\"b@example.com\"],"
                            "\"addresses\":[{\"value\":\"\xc3\xa4@example.com\"},{}],\"traits\":{\"a\":2,\"z\":1}}"));
        QVERIFY(QJsonDocument::fromJson(text).isObject());
    }
};

QTEST_APPLESS_MAIN(tst_SimJsonWriter)
#include "tst_simjsonwriter.moc"
