// SPDX-License-Identifier: GPL-3.0-or-later
#include "KratosSimulator.h"
#include "RawHttp.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QtTest>

using namespace TestSupport;

namespace {

const QList<QPair<QByteArray, QByteArray>> kJson{{"Accept", "application/json"}};

QJsonArray messagesOf(const RawHttp::Reply &r)
{
    return r.json().object().value(QStringLiteral("ui")).toObject().value(QStringLiteral("messages")).toArray();
}

qint64 firstMessageId(const RawHttp::Reply &r)
{
    return qint64(messagesOf(r).at(0).toObject().value(QStringLiteral("id")).toDouble());
}

// The ids of every message on the flow's nodes (form errors such as "Property email is missing").
QList<qint64> nodeMessageIds(const RawHttp::Reply &r)
{
    QList<qint64> out;
    for (const QJsonValue &n :
         r.json().object().value(QStringLiteral("ui")).toObject().value(QStringLiteral("nodes")).toArray()) {
        for (const QJsonValue &m : n.toObject().value(QStringLiteral("messages")).toArray())
            out.append(qint64(m.toObject().value(QStringLiteral("id")).toDouble()));
    }
    return out;
}

QByteArray body(const QString &method, const QString &email)
{
    QJsonObject o{{QStringLiteral("method"), method}};
    if (!email.isNull())
        o.insert(QStringLiteral("email"), email);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

// kratos-sim's public verification and recovery flows behave as PUBLIC-FLOWS.md says Kratos's do.
class tst_SimFlows : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<RawHttp> m_public;

    void start(const std::function<void(SimOptions &)> &configure = {})
    {
        SimOptions options;
        options.identities = 60;
        options.messages = 5;
        options.seed = 7;
        if (configure)
            configure(options);
        m_sim = startSimulator(options);
        m_public = std::make_unique<RawHttp>(m_sim->publicUrl());
    }
    // An identity's e-mail address that is a verifiable and a recovery address, and its identity.
    QString emailAddress(QString *identityId = nullptr, bool verified = false) const
    {
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            const QJsonObject json = it.value().json();
            for (const QJsonValue &v : json.value(QStringLiteral("verifiable_addresses")).toArray()) {
                const QJsonObject a = v.toObject();
                if (a.value(QStringLiteral("via")).toString() != QLatin1String("email") ||
                    a.value(QStringLiteral("verified")).toBool() != verified ||
                    a.value(QStringLiteral("value")).toString().endsWith(QLatin1String("@mail.example.net")))
                    continue;
                const QString value = a.value(QStringLiteral("value")).toString();
                for (const QJsonValue &r : json.value(QStringLiteral("recovery_addresses")).toArray()) {
                    if (r.toObject().value(QStringLiteral("value")).toString() == value) {
                        if (identityId)
                            *identityId = it.key();
                        return value;
                    }
                }
            }
        }
        return {};
    }
    QJsonObject addressOf(const QString &identityId, const QString &value) const
    {
        for (const QJsonValue &v :
             m_sim->store().identity(identityId)->json().value(QStringLiteral("verifiable_addresses")).toArray()) {
            if (v.toObject().value(QStringLiteral("value")).toString() == value)
                return v.toObject();
        }
        return {};
    }
    QString initFlow(const QString &kind)
    {
        const RawHttp::Reply r = m_public->send("GET", QStringLiteral("/self-service/%1/api").arg(kind), {}, kJson);
        if (r.status != 200)
            return {};
        return r.json().object().value(QStringLiteral("id")).toString();
    }
    RawHttp::Reply submit(const QString &kind, const QString &flow, const QByteArray &payload,
                          const QList<QPair<QByteArray, QByteArray>> &headers = kJson)
    {
        return m_public->send("POST", QStringLiteral("/self-service/%1?flow=%2").arg(kind, flow), payload, headers);
    }
    const SimMessage &newest() const { return m_sim->store().messages().front(); }

private Q_SLOTS:
    void cleanup()
    {
        m_public.reset();
        m_sim.reset();
    }

    void sendQueuesTheRightMessage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("templateType");
        QTest::addColumn<qint64>("messageId");
        QTest::newRow("verification code") << "verification"
                                           << "code"
                                           << "verification_code_valid" << qint64(1080003);
        QTest::newRow("verification link") << "verification"
                                           << "link"
                                           << "verification_valid" << qint64(1080001);
        QTest::newRow("recovery code") << "recovery"
                                       << "code"
                                       << "recovery_code_valid" << qint64(1060003);
        QTest::newRow("recovery link") << "recovery"
                                       << "link"
                                       << "recovery_valid" << qint64(1060002);
    }
    void sendQueuesTheRightMessage()
    {
        QFETCH(QString, kind);
        QFETCH(QString, method);
        QFETCH(QString, templateType);
        QFETCH(qint64, messageId);
        start([&](SimOptions &o) {
            o.verificationMethod = method;
            o.recoveryMethod = method;
        });
        QString identityId;
        const QString address = emailAddress(&identityId, true);
        QVERIFY(!address.isEmpty());
        const RawHttp::Reply init = m_public->send("GET", QStringLiteral("/self-service/%1/api").arg(kind), {}, kJson);
        QCOMPARE(init.status, 200);
        const QJsonObject flow = init.json().object();
        QCOMPARE(flow.value(QStringLiteral("active")).toString(), method);
        QCOMPARE(flow.value(QStringLiteral("type")).toString(), QStringLiteral("api"));
        QCOMPARE(flow.value(QStringLiteral("state")).toString(), QStringLiteral("choose_method"));
        QVERIFY2(!flow.value(QStringLiteral("ui")).toObject().contains(QStringLiteral("messages")),
                 "ui.messages is left out while empty");

        const qsizetype before = qsizetype(m_sim->store().messages().size());
        // Upper case as a user might type it: Kratos finds the stored (lower-case) value.
        const RawHttp::Reply sent =
            submit(kind, flow.value(QStringLiteral("id")).toString(), body(method, address.toUpper()));
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("sent_email"));
        QCOMPARE(messagesOf(sent).size(), 1);
        QCOMPARE(firstMessageId(sent), messageId);
        QCOMPARE(qsizetype(m_sim->store().messages().size()), before + 1);
        QCOMPARE(newest().json.value(QStringLiteral("template_type")).toString(), templateType);
        QCOMPARE(newest().json.value(QStringLiteral("recipient")).toString(), address);
        QCOMPARE(newest().json.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        QCOMPARE(newest().json.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
        if (kind == QLatin1String("verification")) {
            // Every send marks the address `sent`, a verified one too (which stays verified).
            const QJsonObject a = addressOf(identityId, address);
            QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
            QVERIFY(a.value(QStringLiteral("verified")).toBool());
        }
    }

    void unknownAddressLooksLikeSuccess_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("notify");
        QTest::addColumn<QString>("templateType");
        QTest::newRow("verification, silent") << "verification" << false << QString();
        QTest::newRow("verification, notify") << "verification" << true << "verification_code_invalid";
        QTest::newRow("recovery, silent") << "recovery" << false << QString();
        QTest::newRow("recovery, notify") << "recovery" << true << "recovery_code_invalid";
    }
    void unknownAddressLooksLikeSuccess()
    {
        QFETCH(QString, kind);
        QFETCH(bool, notify);
        QFETCH(QString, templateType);
        start([&](SimOptions &o) { o.notifyUnknownRecipients = notify; });
        const qsizetype before = qsizetype(m_sim->store().messages().size());
        const RawHttp::Reply sent =
            submit(kind, initFlow(kind), body(QStringLiteral("code"), QStringLiteral("nobody@unknown.example")));
        QCOMPARE(sent.status, 200);
        QCOMPARE(firstMessageId(sent), kind == QLatin1String("verification") ? qint64(1080003) : qint64(1060003));
        QCOMPARE(qsizetype(m_sim->store().messages().size()), before + (notify ? 1 : 0));
        if (notify) {
            QCOMPARE(newest().json.value(QStringLiteral("template_type")).toString(), templateType);
            QCOMPARE(newest().json.value(QStringLiteral("recipient")).toString(),
                     QStringLiteral("nobody@unknown.example"));
        }
    }

    void formErrors_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<qint64>("flowMessage");
        QTest::addColumn<qint64>("nodeMessage");
        QTest::newRow("other method") << body(QStringLiteral("link"), QStringLiteral("a@example.com"))
                                      << qint64(4010006) << qint64(0);
        QTest::newRow("no method") << QByteArray(R"({"email":"a@example.com"})") << qint64(4010006) << qint64(0);
        QTest::newRow("no email") << body(QStringLiteral("code"), QString()) << qint64(0) << qint64(4000002);
        QTest::newRow("not an email") << body(QStringLiteral("code"), QStringLiteral("not-an-address")) << qint64(0)
                                      << qint64(4000040);
        QTest::newRow("method out of the enum")
            << body(QStringLiteral("password"), QStringLiteral("a@example.com")) << qint64(0) << qint64(4000001);
    }
    void formErrors()
    {
        QFETCH(QByteArray, payload);
        QFETCH(qint64, flowMessage);
        QFETCH(qint64, nodeMessage);
        start();
        const qsizetype before = qsizetype(m_sim->store().messages().size());
        const RawHttp::Reply r =
            submit(QStringLiteral("verification"), initFlow(QStringLiteral("verification")), payload);
        QCOMPARE(r.status, 400);
        if (flowMessage)
            QCOMPARE(firstMessageId(r), flowMessage);
        if (nodeMessage)
            QVERIFY2(nodeMessageIds(r).contains(nodeMessage), r.body.constData());
        QCOMPARE(qsizetype(m_sim->store().messages().size()), before);
    }

    void apiFlowsRefuseBrowserHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("ory_session=abc") << 400;
        QTest::newRow("origin") << QByteArray("Origin") << QByteArray("https://evil.example") << 400;
        QTest::newRow("cloudflare cookie is tolerated")
            << QByteArray("Cookie") << QByteArray("__cf_bm=1; cf_clearance=2") << 200;
    }
    void apiFlowsRefuseBrowserHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        start();
        const RawHttp::Reply r =
            submit(QStringLiteral("verification"), initFlow(QStringLiteral("verification")),
                   body(QStringLiteral("code"), emailAddress()), {{"Accept", "application/json"}, {header, value}});
        QCOMPARE(r.status, status);
        if (status == 400) {
            QCOMPARE(firstMessageId(r), qint64(4000001));
            QVERIFY(messagesOf(r)
                        .at(0)
                        .toObject()
                        .value(QStringLiteral("text"))
                        .toString()
                        .contains(QString::fromLatin1(header)));
        }
    }

    // Without Accept: application/json Kratos treats the call as a browser's: a 303 to the UI,
    // although the message was queued (PUBLIC-FLOWS.md §8.1).
    void browserAnswerStillSends()
    {
        start();
        const qsizetype before = qsizetype(m_sim->store().messages().size());
        const RawHttp::Reply r = submit(QStringLiteral("verification"), initFlow(QStringLiteral("verification")),
                                        body(QStringLiteral("code"), emailAddress()), {{"Accept", "*/*"}});
        QCOMPARE(r.status, 303);
        QVERIFY(!r.header("Location").isEmpty());
        QCOMPARE(qsizetype(m_sim->store().messages().size()), before + 1);
    }

    void expiredFlow()
    {
        start();
        const QString flow = initFlow(QStringLiteral("verification"));
        m_sim->store().advanceClock(3601);
        const RawHttp::Reply r =
            submit(QStringLiteral("verification"), flow, body(QStringLiteral("code"), emailAddress()));
        QCOMPARE(r.status, 303);
        const QUrl location(QString::fromLatin1(r.header("Location")));
        QCOMPARE(location.path(), QStringLiteral("/self-service/verification/flows"));
        const RawHttp::Reply renewed =
            m_public->send("GET", location.path() + QLatin1Char('?') + location.query(), {}, kJson);
        QCOMPARE(renewed.status, 200);
        QCOMPARE(renewed.json().object().value(QStringLiteral("type")).toString(), QStringLiteral("browser"));
        QCOMPARE(firstMessageId(renewed), qint64(4070005));
        const RawHttp::Reply old =
            m_public->send("GET", QStringLiteral("/self-service/verification/flows?id=") + flow, {}, kJson);
        QCOMPARE(old.status, 410);
        QVERIFY(
            !old.error().value(QStringLiteral("details")).toObject().value(QStringLiteral("api")).toString().isEmpty());
    }

    void disabledFlows_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("verification") << "verification"
                                      << "Verification is not allowed because it was disabled.";
        QTest::newRow("recovery") << "recovery"
                                  << "Recovery is not allowed because it was disabled.";
    }
    void disabledFlows()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        start([](SimOptions &o) {
            o.verificationEnabled = false;
            o.recoveryEnabled = false;
        });
        const RawHttp::Reply r = m_public->send("GET", QStringLiteral("/self-service/%1/api").arg(kind), {}, kJson);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorText("reason"), reason);
    }

    void adminPortRedirectsAndSharedOriginServes()
    {
        start([](SimOptions &o) { o.token = QStringLiteral("ory_pat_test"); });
        RawHttp admin(m_sim->adminUrl());
        const RawHttp::Reply redirect = admin.send("GET", QStringLiteral("/self-service/verification/api"), {}, kJson);
        QCOMPARE(redirect.status, 307);
        QCOMPARE(QUrl(QString::fromLatin1(redirect.header("Location"))).port(), m_sim->publicUrl().port());

        start([](SimOptions &o) {
            o.token = QStringLiteral("ory_pat_test");
            o.sharedOrigin = true;
        });
        QCOMPARE(m_sim->publicUrl(), m_sim->adminUrl());
        RawHttp shared(m_sim->adminUrl());
        // No token needed for the public routes; the admin routes still want it.
        QCOMPARE(shared.send("GET", QStringLiteral("/self-service/verification/api"), {}, kJson).status, 200);
        QCOMPARE(shared.send("GET", QStringLiteral("/schemas"), {}, kJson).status, 200);
        QCOMPARE(shared.get(QStringLiteral("/admin/identities")).status, 401);
    }

    void loginFlowOffersTheConfiguredMethods()
    {
        start([](SimOptions &o) {
            o.loginMethods = {QStringLiteral("password"), QStringLiteral("oidc")};
            o.oidcProviders = {QStringLiteral("google")};
        });
        const RawHttp::Reply r = m_public->send("GET", QStringLiteral("/self-service/login/api"), {}, kJson);
        QCOMPARE(r.status, 200);
        QSet<QString> groups;
        QStringList providers;
        for (const QJsonValue &n :
             r.json().object().value(QStringLiteral("ui")).toObject().value(QStringLiteral("nodes")).toArray()) {
            const QJsonObject node = n.toObject();
            groups.insert(node.value(QStringLiteral("group")).toString());
            if (node.value(QStringLiteral("group")).toString() == QLatin1String("oidc"))
                providers.append(
                    node.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("value")).toString());
        }
        QCOMPARE(groups,
                 (QSet<QString>{QStringLiteral("default"), QStringLiteral("password"), QStringLiteral("oidc")}));
        QCOMPARE(providers, QStringList{QStringLiteral("google")});
    }

    void courierWorkerDeliversOrBounces()
    {
        start([](SimOptions &o) { o.courierRetries = 3; });
        const QString good = m_sim->store().queueMessage(QStringLiteral("ok@example.com"), QStringLiteral("email"),
                                                         QStringLiteral("verification_code_valid"), {}, {});
        const QString bad =
            m_sim->store().queueMessage(QStringLiteral("gone@mail.example.net"), QStringLiteral("email"),
                                        QStringLiteral("verification_code_valid"), {}, {});
        QCOMPARE(m_sim->runCourier(), 2);
        QCOMPARE(m_sim->store().message(good)->json.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        QCOMPARE(m_sim->store().message(bad)->json.value(QStringLiteral("status")).toString(),
                 QStringLiteral("processing"));
        QCOMPARE(m_sim->runCourier(), 1);
        QCOMPARE(m_sim->runCourier(), 1);
        const SimMessage *abandoned = m_sim->store().message(bad);
        QCOMPARE(abandoned->json.value(QStringLiteral("status")).toString(), QStringLiteral("abandoned"));
        QCOMPARE(abandoned->json.value(QStringLiteral("send_count")).toInt(), 3);
        QCOMPARE(abandoned->dispatches.size(), 3);
        QVERIFY(abandoned->dispatches.at(0)
                    .toObject()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("550")));
        QCOMPARE(m_sim->runCourier(), 0);
    }

    // Admin PATCH: verified_at follows `verified`, `status` only what is patched (PUBLIC-FLOWS.md §6.3).
    void patchLeavesStatusAlone()
    {
        start();
        QString identityId;
        const QString address = emailAddress(&identityId, false);
        QVERIFY(!address.isEmpty());
        RawHttp admin(m_sim->adminUrl());
        const QJsonArray addresses =
            m_sim->store().identity(identityId)->json().value(QStringLiteral("verifiable_addresses")).toArray();
        int index = -1;
        for (int i = 0; i < addresses.size(); ++i) {
            if (addresses.at(i).toObject().value(QStringLiteral("value")).toString() == address)
                index = i;
        }
        const QByteArray onlyVerified =
            QStringLiteral(R"([{"op":"replace","path":"/verifiable_addresses/%1/verified","value":true}])")
                .arg(index)
                .toUtf8();
        QCOMPARE(admin.send("PATCH", QStringLiteral("/admin/identities/") + identityId, onlyVerified).status, 200);
        QJsonObject a = addressOf(identityId, address);
        QVERIFY(a.value(QStringLiteral("verified")).toBool());
        QVERIFY(a.contains(QStringLiteral("verified_at")));
        QCOMPARE(a.value(QStringLiteral("status")).toString(),
                 addresses.at(index).toObject().value(QStringLiteral("status")).toString());
    }
};

QTEST_GUILESS_MAIN(tst_SimFlows)
#include "tst_simflows.moc"
