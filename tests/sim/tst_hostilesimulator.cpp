// SPDX-License-Identifier: GPL-3.0-or-later
// Requests a hostile client could send the simulator that `kratos-desk --demo` runs in-process on
// a loopback port without a token: none may crash it, nor leave it unable to list what it holds,
// nor grow it for good (issue #32 §1).
#include "KratosSimulator.h"
#include "RawHttp.h"
#include "SimJsonDepth.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QtTest>

using namespace TestSupport;

namespace {

// "/metadata_public/a/a/…" with `segments` segments after the first.
QString deepPath(int segments)
{
    QString path = QStringLiteral("/metadata_public");
    path.reserve(path.size() + 2 * segments);
    for (int i = 0; i < segments; ++i)
        path += QStringLiteral("/a");
    return path;
}

// {"a":{"a":…{"a":1}}} nested `levels` deep, as JSON text.
QByteArray deepValue(int levels)
{
    return QByteArray("{\"a\":").repeated(levels) + '1' + QByteArray("}").repeated(levels);
}

QByteArray patch(const char *op, const QString &path, const QByteArray &value)
{
    return "[{\"op\":\"" + QByteArray(op) + "\",\"path\":\"" + path.toUtf8() + "\",\"value\":" + value + "}]";
}

} // namespace

class tst_HostileSimulator : public QObject
{
    Q_OBJECT

    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<RawHttp> m_http;

    QString someIdentity() const { return m_sim->store().identities().firstKey(); }

    // Every identity can still be listed, and the answer reads back whole.
    void verifyListable()
    {
        const RawHttp::Reply page = m_http->get(QStringLiteral("/admin/identities?page_size=500"));
        QCOMPARE(page.status, 200);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(page.body, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.array().size(), m_sim->store().identities().size());
    }

private Q_SLOTS:
    void init()
    {
        SimOptions options;
        options.identities = 5;
        options.messages = 0;
        m_sim = startSimulator(options);
        m_http = std::make_unique<RawHttp>(m_sim->adminUrl());
    }
    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    // Patches, creations and replacements that would build a document deeper than can be stored
    // and read back are refused with Kratos's error shape; the identity is unchanged and the
    // simulator answers on.
    void deepDocumentsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("onIdentity");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        const QByteArray fine = deepValue(3);
        QTest::newRow("add, 50,000-segment path")
            << QByteArray("PATCH") << true << patch("add", deepPath(50000), fine) << QStringLiteral("segments");
        QTest::newRow("replace, 30,000-segment path")
            << QByteArray("PATCH") << true << patch("replace", deepPath(30000), fine) << QStringLiteral("segments");
        QTest::newRow("remove, 50,000-segment path")
            << QByteArray("PATCH") << true
            << QByteArray("[{\"op\":\"remove\",\"path\":\"" + deepPath(50000).toUtf8() + "\"}]")
            << QStringLiteral("segments");
        QTest::newRow("add, a value 600 levels deep")
            << QByteArray("PATCH") << true << patch("add", QStringLiteral("/metadata_public"), deepValue(600))
            << QStringLiteral("deeper than");
        QTest::newRow("add, 200 segments and a value 100 deep")
            << QByteArray("PATCH") << true << patch("add", deepPath(200), deepValue(100))
            << QStringLiteral("deeper than");
        QTest::newRow("create, metadata 600 levels deep")
            << QByteArray("POST") << false
            << QByteArray("{\"schema_id\":\"default\",\"traits\":{\"email\":\"deep@example.com\"},"
                          "\"metadata_admin\":" +
                          deepValue(600) + "}")
            << QStringLiteral("deeper than");
    }
    void deepDocumentsAreRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, onIdentity);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const QString id = someIdentity();
        const QJsonObject before = m_sim->store().identity(id)->json();
        const qsizetype count = m_sim->store().identities().size();
        const RawHttp::Reply reply = m_http->send(
            method, onIdentity ? QStringLiteral("/admin/identities/") + id : QStringLiteral("/admin/identities"), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.error().value(QStringLiteral("code")).toInt(), 400);
        QVERIFY(!reply.errorText("message").isEmpty());
        QVERIFY2(reply.errorText("reason").contains(reason), qPrintable(reply.errorText("reason")));
        QCOMPARE(m_sim->store().identity(id)->json(), before);
        QCOMPARE(m_sim->store().identities().size(), count);
        verifyListable();
    }

    // At the limit a patch is taken, and what it stored still lists.
    void documentsAtTheLimitAreStored()
    {
        const QString id = someIdentity();
        // metadata_public (1) + 100 segments + a value 100 deep: well under 256 levels.
        const RawHttp::Reply reply = m_http->send("PATCH", QStringLiteral("/admin/identities/") + id,
                                                  patch("add", deepPath(100), deepValue(100)));
        QCOMPARE(reply.status, 200);
        QVERIFY(!SimJsonDepth::exceeds(m_sim->store().identity(id)->json(), SimJsonDepth::kMaxStored + 3));
        QVERIFY(SimJsonDepth::exceeds(m_sim->store().identity(id)->json(), 200));
        verifyListable();
    }

    void depthIsMeasured_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("depth");
        QTest::newRow("scalar in an array") << QByteArray("[1]") << 1;
        QTest::newRow("empty object") << QByteArray("{}") << 1;
        QTest::newRow("object in array in object") << QByteArray("{\"a\":[{\"b\":2}]}") << 3;
        QTest::newRow("deep branch after a shallow one") << QByteArray("[1,[2,[3,[4]]],{}]") << 4;
        QTest::newRow("1,000 levels") << QByteArray("[").repeated(1000) + QByteArray("]").repeated(1000) << 1000;
    }
    void depthIsMeasured()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, depth);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        QVERIFY(!SimJsonDepth::exceeds(value, depth));
        QVERIFY(SimJsonDepth::exceeds(value, depth - 1));
    }

    // Forty refused 2 MB bodies leave at most the log's byte budget behind.
    void requestLogIsBoundedByBytes()
    {
        const QByteArray big = "[\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"]";
        for (int i = 0; i < 40; ++i) {
            const RawHttp::Reply reply =
                m_http->send("PATCH", QStringLiteral("/admin/identities/") + someIdentity(), big);
            QCOMPARE(reply.status, 400);
        }
        QVERIFY2(m_sim->recordedBytes() <= KratosSimulator::kRecordedBytesMax,
                 qPrintable(QString::number(m_sim->recordedBytes())));
        const QList<KratosSimulator::RecordedRequest> log = m_sim->requests();
        qsizetype sum = 0;
        for (const KratosSimulator::RecordedRequest &r : log)
            sum += r.body.size();
        QCOMPARE(sum, m_sim->recordedBytes());
        QCOMPARE(log.last().bodySize, big.size());
        QCOMPARE(log.last().body, big.left(KratosSimulator::kRecordedBodyMax));
        // Small requests are kept whole and still counted.
        QCOMPARE(m_http->get(QStringLiteral("/admin/identities?page_size=1")).status, 200);
        QCOMPARE(m_sim->requests().last().method, QStringLiteral("GET"));
        verifyListable();
    }
};

QTEST_GUILESS_MAIN(tst_HostileSimulator)
#include "tst_hostilesimulator.moc"
