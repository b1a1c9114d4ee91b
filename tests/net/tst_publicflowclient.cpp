// SPDX-License-Identifier: GPL-3.0-or-later
#include "Await.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "NoCookieJar.h"
#include "PublicFlowClient.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QtTest>

using namespace TestSupport;

namespace {

const QString kToken = QStringLiteral("ory_pat_public_flow_test_token");

QByteArray headerOf(const KratosSimulator::RecordedRequest &r, const QByteArray &name)
{
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

// The public flow client talks to Kratos's self-service API flows without ever carrying the
// admin token or a cookie, also where both APIs share one origin (Ory Network).
class tst_PublicFlowClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<KratosClient> m_client;

    void start(bool sharedOrigin, bool withPublicUrl = true)
    {
        SimOptions options;
        options.identities = 30;
        options.messages = 0;
        options.token = kToken;
        options.sharedOrigin = sharedOrigin;
        m_sim = startSimulator(options);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<KratosClient>(m_nam.get());
        ConnectionSettings settings;
        settings.adminUrl = m_sim->adminUrl();
        if (withPublicUrl)
            settings.publicUrl = m_sim->publicUrl();
        settings.token = kToken;
        m_client->setConnection(settings);
    }
    PublicFlowClient *flows() const { return m_client->publicFlows(); }
    QString knownAddress() const
    {
        for (const SimIdentity &identity : m_sim->store().identities()) {
            for (const QJsonValue &v : identity.json().value(QStringLiteral("verifiable_addresses")).toArray()) {
                if (v.toObject().value(QStringLiteral("via")).toString() == QLatin1String("email"))
                    return v.toObject().value(QStringLiteral("value")).toString();
            }
        }
        return {};
    }

private Q_SLOTS:
    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
    }

    void tokenAndCookiesNeverReachThePublicApi_data()
    {
        QTest::addColumn<bool>("sharedOrigin");
        QTest::newRow("self-hosted, two ports") << false;
        QTest::newRow("Ory Network, one origin") << true;
    }
    void tokenAndCookiesNeverReachThePublicApi()
    {
        QFETCH(bool, sharedOrigin);
        start(sharedOrigin);
        // A cookie somebody put in the jar, and one the server might set: neither is kept nor sent.
        QNetworkCookie planted("ory_session", "stolen");
        planted.setDomain(m_sim->publicUrl().host());
        QVERIFY(!flows()->networkAccessManager()->cookieJar()->insertCookie(planted));
        QVERIFY(qobject_cast<NoCookieJar *>(flows()->networkAccessManager()->cookieJar()));
        QVERIFY(flows()->networkAccessManager() != m_nam.get());

        Await<SelfServiceFlow> init;
        flows()->initFlow(PublicFlowClient::Flow::Verification, this, init.callback());
        QVERIFY(init.wait());
        QVERIFY2(init.result().ok(), qPrintable(init.error().userMessage()));
        QCOMPARE(init.value().active, QStringLiteral("code"));
        Await<SelfServiceFlow> sent;
        flows()->submitFlow(
            PublicFlowClient::Flow::Verification, init.value().id,
            QJsonObject{{QStringLiteral("method"), QStringLiteral("code")}, {QStringLiteral("email"), knownAddress()}},
            this, sent.callback());
        QVERIFY(sent.wait());
        QVERIFY2(sent.result().ok(), qPrintable(sent.error().userMessage()));
        QCOMPARE(sent.value().state, QStringLiteral("sent_email"));
        // The server's Date, to find the message this call queued.
        QVERIFY(sent.value().answeredAt.isValid());
        QVERIFY(qAbs(sent.value().answeredAt.secsTo(m_sim->store().now())) <= 2);

        // The admin API of the same profile still gets its token.
        Await<Page<Identity>> admin;
        m_client->listIdentities(IdentityListQuery(), this, admin.callback());
        QVERIFY(admin.wait());
        QVERIFY2(admin.result().ok(), qPrintable(admin.error().userMessage()));

        int publicCalls = 0;
        for (const KratosSimulator::RecordedRequest &r : m_sim->requests()) {
            if (!r.path.startsWith(QLatin1String("/self-service/")))
                continue;
            ++publicCalls;
            QCOMPARE(r.publicListener, !sharedOrigin);
            QVERIFY2(r.authorization.isEmpty(), qPrintable(r.path));
            QVERIFY(headerOf(r, "Cookie").isEmpty());
            QVERIFY(headerOf(r, "Origin").isEmpty());
            QVERIFY(headerOf(r, "X-Session-Token").isEmpty());
            QCOMPARE(headerOf(r, "Accept"), QByteArray("application/json"));
            QVERIFY(!headerOf(r, "Cookie").contains(kToken.toUtf8()));
        }
        QCOMPARE(publicCalls, 2);
    }

    void flowFormErrorsInKratosWords()
    {
        start(false);
        Await<SelfServiceFlow> init;
        flows()->initFlow(PublicFlowClient::Flow::Verification, this, init.callback());
        QVERIFY(init.wait());
        Await<SelfServiceFlow> wrong;
        flows()->submitFlow(
            PublicFlowClient::Flow::Verification, init.value().id,
            QJsonObject{{QStringLiteral("method"), QStringLiteral("link")}, {QStringLiteral("email"), knownAddress()}},
            this, wrong.callback());
        QVERIFY(wrong.wait());
        QVERIFY(!wrong.result().ok());
        QCOMPARE(wrong.error().httpStatus(), 400);
        QVERIFY2(wrong.error().userMessage().contains(QLatin1String("Could not find a strategy")),
                 qPrintable(wrong.error().userMessage()));
    }

    void redirectsAreNotFollowed()
    {
        start(false);
        Await<SelfServiceFlow> init;
        flows()->initFlow(PublicFlowClient::Flow::Verification, this, init.callback());
        QVERIFY(init.wait());
        m_sim->store().advanceClock(3601);
        Await<SelfServiceFlow> expired;
        flows()->submitFlow(
            PublicFlowClient::Flow::Verification, init.value().id,
            QJsonObject{{QStringLiteral("method"), QStringLiteral("code")}, {QStringLiteral("email"), knownAddress()}},
            this, expired.callback());
        QVERIFY(expired.wait());
        QCOMPARE(expired.error().kind(), ApiError::Kind::Redirect);
        QVERIFY(expired.error().userMessage().contains(QLatin1String("303")));
        int submits = 0;
        for (const KratosSimulator::RecordedRequest &r : m_sim->requests())
            submits += r.path.startsWith(QLatin1String("/self-service/verification")) ? 1 : 0;
        QCOMPARE(submits, 2); // init and the submit; the redirect's target was not fetched
    }

    void disabledFlowSaysSo()
    {
        SimOptions options;
        options.identities = 1;
        options.recoveryEnabled = false;
        m_sim = startSimulator(options);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<KratosClient>(m_nam.get());
        ConnectionSettings settings;
        settings.adminUrl = m_sim->adminUrl();
        settings.publicUrl = m_sim->publicUrl();
        m_client->setConnection(settings);
        Await<SelfServiceFlow> init;
        flows()->initFlow(PublicFlowClient::Flow::Recovery, this, init.callback());
        QVERIFY(init.wait());
        QCOMPARE(init.error().httpStatus(), 400);
        QVERIFY(init.error().userMessage().contains(QLatin1String("disabled")));
    }

    void noPublicUrlIsAClearRefusal()
    {
        start(false, false);
        Await<SelfServiceFlow> init;
        flows()->initFlow(PublicFlowClient::Flow::Verification, this, init.callback());
        QVERIFY(init.wait());
        QCOMPARE(init.error().kind(), ApiError::Kind::Configuration);
        QVERIFY(init.error().userMessage().contains(QLatin1String("public URL")));
        for (const KratosSimulator::RecordedRequest &r : m_sim->requests())
            QVERIFY(!r.path.startsWith(QLatin1String("/self-service/")));
    }

    void loginMethodsAreRead()
    {
        start(false);
        Await<SelfServiceFlow> login;
        flows()->initFlow(PublicFlowClient::Flow::Login, this, login.callback());
        QVERIFY(login.wait());
        QVERIFY2(login.result().ok(), qPrintable(login.error().userMessage()));
        QCOMPARE(login.value().methodGroups(), (QStringList{QStringLiteral("password"), QStringLiteral("code"),
                                                            QStringLiteral("oidc"), QStringLiteral("passkey")}));
        QCOMPARE(login.value().oidcProviders(), (QStringList{QStringLiteral("google"), QStringLiteral("github")}));
    }
};

QTEST_GUILESS_MAIN(tst_PublicFlowClient)
#include "tst_publicflowclient.moc"
