// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiRequest.h"
#include "Await.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SimStore.h"
#include "TestSupport.h"
#include "TlsTestServer.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QtTest>

using namespace TestSupport;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

const QString kMarkerToken = QStringLiteral("ory_pat_MARKER_7f3a9c1e5b");

} // namespace

// Transport, errors and token safety of the client's requests, against the simulator's faults.
class tst_ApiRequest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;

    ConnectionSettings settings(const QString &token = QString()) const
    {
        ConnectionSettings s;
        s.adminUrl = m_sim->adminUrl();
        s.token = token;
        s.timeoutMs = 3000;
        return s;
    }
    QString anyIdentity() const { return m_sim->store().identities().firstKey(); }

private Q_SLOTS:
    void init()
    {
        SimOptions options;
        options.identities = 40;
        options.messages = 10;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        m_client->setConnection(settings());
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void plainTextNotFound()
    {
        ConnectionSettings s = settings();
        s.adminUrl.setPath(QStringLiteral("/not-kratos"));
        m_client->setConnection(s);
        Await<ServerVersion> version;
        m_client->getVersion(this, version.callback());
        QVERIFY(version.wait());
        QCOMPARE(version.error().kind(), ApiError::Kind::Http);
        QCOMPARE(version.error().httpStatus(), 404);
        QCOMPARE(version.error().message(), QStringLiteral("404 page not found"));
        QVERIFY(version.error().userMessage().contains(QStringLiteral("does not know this endpoint")));
        QVERIFY(version.error().technicalDetails().contains(QStringLiteral("GET /not-kratos/version")));
    }

    void genericErrorBody()
    {
        JsonPatch patch;
        patch.replace(QStringLiteral("/state"), QStringLiteral("frozen"));
        Await<Identity> patched;
        m_client->patchIdentity(anyIdentity(), patch, this, patched.callback());
        QVERIFY(patched.wait());
        QCOMPARE(patched.error().kind(), ApiError::Kind::Http);
        QCOMPARE(patched.error().httpStatus(), 400);
        QVERIFY(patched.error().reason().contains(QStringLiteral("The supplied state ('frozen') was not valid")));
        QCOMPARE(patched.error().operation(), QStringLiteral("Patch identity"));
    }

    void malformedJson()
    {
        m_sim->faults().malformedJson = true;
        Await<Page<Identity>> page;
        m_client->listIdentities({}, this, page.callback());
        QVERIFY(page.wait());
        QCOMPARE(page.error().kind(), ApiError::Kind::Malformed);
        QVERIFY(page.error().detail().contains(QStringLiteral("invalid JSON")));
        QVERIFY(page.error().userMessage().contains(QStringLiteral("admin port")));
    }

    void truncatedJson()
    {
        m_sim->faults().truncatedJson = true;
        Await<Identity> identity;
        m_client->getIdentity(anyIdentity(), {}, this, identity.callback());
        QVERIFY(identity.wait());
        QCOMPARE(identity.error().kind(), ApiError::Kind::Malformed);
    }

    void wrongJsonShape()
    {
        m_sim->faults().replaceBody = R"({"not":"a list"})";
        Await<Page<Identity>> object;
        m_client->listIdentities({}, this, object.callback());
        QVERIFY(object.wait());
        QCOMPARE(object.error().kind(), ApiError::Kind::Malformed);
        QCOMPARE(object.error().detail(), QStringLiteral("expected a JSON array"));

        m_sim->faults().replaceBody = R"([{"id":"a"}, 7])";
        Await<Page<Identity>> items;
        m_client->listIdentities({}, this, items.callback());
        QVERIFY(items.wait());
        // Identities are what end users shaped: the bad element is named, the page still read (#32 §3).
        QVERIFY(items.error().isNull());
        QVERIFY(!items.value().unreadable.isEmpty());
        QCOMPARE(items.value().unreadable.last().index, 1);
        // Other lists hold what the server made: one bad entry still fails the page.
        m_sim->faults().replaceBody = R"([7])";
        Await<Page<CourierMessage>> messages;
        m_client->listCourierMessages({}, this, messages.callback());
        QVERIFY(messages.wait());
        QCOMPARE(messages.error().detail(), QStringLiteral("list item 1 is not a valid entry"));

        m_sim->faults().replaceBody = R"({"status":"ok"})";
        Await<ServerVersion> version;
        m_client->getVersion(this, version.callback());
        QVERIFY(version.wait());
        QCOMPARE(version.error().kind(), ApiError::Kind::Malformed);
        QCOMPARE(version.error().operation(), QStringLiteral("Get version"));
    }

    void hangTimesOut()
    {
        m_sim->faults().hang = true;
        ConnectionSettings s = settings();
        s.timeoutMs = 400;
        m_client->setConnection(s);
        Await<ServerVersion> version;
        m_client->getVersion(this, version.callback());
        QVERIFY(version.wait(5000));
        QCOMPARE(version.error().kind(), ApiError::Kind::Timeout);
        QVERIFY(version.error().userMessage().contains(QStringLiteral("did not answer in time")));
    }

    void rateLimited()
    {
        m_sim->faults().rateLimitRate = 1.0;
        m_sim->faults().retryAfterSeconds = 3;
        Await<Page<Identity>> page;
        m_client->listIdentities({}, this, page.callback());
        QVERIFY(page.wait());
        QCOMPARE(page.error().httpStatus(), 429);
        QCOMPARE(page.error().retryAfterSeconds(), 3);
        QVERIFY(page.error().userMessage().contains(QStringLiteral("3 s")));
    }

    void serverError()
    {
        m_sim->faults().errorRate = 1.0;
        m_sim->faults().errorStatus = 502;
        Await<Identity> identity;
        m_client->getIdentity(anyIdentity(), {}, this, identity.callback());
        QVERIFY(identity.wait());
        QCOMPARE(identity.error().httpStatus(), 502);
        QCOMPARE(identity.error().title(), QStringLiteral("Server error"));
    }

    void refusedConnection()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        ConnectionSettings s = settings();
        s.adminUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_client->setConnection(s);
        Await<ServerVersion> version;
        m_client->getVersion(this, version.callback());
        QVERIFY(version.wait());
        QCOMPARE(version.error().kind(), ApiError::Kind::Connection);
        QVERIFY(version.error().userMessage().contains(QStringLiteral("connection refused")));
    }

    void tlsFailure()
    {
        TlsTestServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        ConnectionSettings s = settings();
        s.adminUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
        m_client->setConnection(s);
        Await<ServerVersion> untrusted;
        m_client->getVersion(this, untrusted.callback());
        QVERIFY(untrusted.wait());
        QVERIFY2(untrusted.error().kind() == ApiError::Kind::Tls, qPrintable(untrusted.error().technicalDetails()));
        QVERIFY(untrusted.error().userMessage().contains(QStringLiteral("secure connection")));
        // The certificate facts are one click away.
        QVERIFY(untrusted.error().technicalDetails().contains(QStringLiteral("issued by")));
        QVERIFY(untrusted.error().technicalDetails().contains(QStringLiteral("SHA-256")));

        // The profile's CA file is the supported way to trust a private CA.
        s.extraCaCertificates = {TlsTestServer::certificate()};
        m_client->setConnection(s);
        Await<ServerVersion> trusted;
        m_client->getVersion(this, trusted.callback());
        QVERIFY(trusted.wait());
        QVERIFY2(trusted.result().ok(), qPrintable(trusted.error().technicalDetails()));
        QCOMPARE(trusted.value().version, QStringLiteral("v26.2.0"));
    }

    void oversizedResponse()
    {
        ConnectionSettings s = settings();
        s.maxResponseBytes = 4096;
        m_client->setConnection(s);
        Await<Page<Identity>> page;
        m_client->listIdentities({}, this, page.callback());
        QVERIFY(page.wait());
        QCOMPARE(page.error().kind(), ApiError::Kind::TooLarge);

        m_sim->faults().oversizeBytes = 10000;
        Await<ServerVersion> padded;
        m_client->getVersion(this, padded.callback());
        QVERIFY(padded.wait());
        QCOMPARE(padded.error().kind(), ApiError::Kind::TooLarge);
    }

    void listenerDies()
    {
        Await<ServerVersion> before;
        m_client->getVersion(this, before.callback());
        QVERIFY(before.wait());
        QVERIFY(before.result().ok());
        m_sim->killAdminListener();
        Await<ServerVersion> after;
        m_client->getVersion(this, after.callback());
        QVERIFY(after.wait());
        QVERIFY(!after.result().ok());
        QVERIFY(after.error().kind() == ApiError::Kind::Connection);
    }

    void cancelReportsCancelled()
    {
        m_sim->faults().latencyMs = 500;
        Await<ServerVersion> version;
        const auto id = m_client->getVersion(this, version.callback());
        QVERIFY(id != 0);
        QCOMPARE(m_client->requestsInFlight(), 1);
        m_client->cancel(id);
        QVERIFY(version.wait());
        QCOMPARE(version.error().kind(), ApiError::Kind::Cancelled);
        QTRY_COMPARE(m_client->requestsInFlight(), 0);
    }

    void profileSwitchDropsStaleReplies()
    {
        m_sim->faults().latencyMs = 300;
        Await<Page<Identity>> stale;
        m_client->listIdentities({}, this, stale.callback());
        m_client->setConnection(settings()); // another profile, same server
        Await<ServerVersion> fresh;
        m_client->getVersion(this, fresh.callback());
        QVERIFY(fresh.wait());
        spin(600);
        QVERIFY(!stale.done());
        QCOMPARE(stale.calls(), 0);
    }

    void destroyedContextGetsNoCallback()
    {
        m_sim->faults().latencyMs = 200;
        auto context = std::make_unique<QObject>();
        bool called = false;
        m_client->getVersion(context.get(), [&called](const ApiResult<ServerVersion> &) { called = true; });
        context.reset();
        spin(500);
        QVERIFY(!called);
        QCOMPARE(m_client->requestsInFlight(), 0);
    }

    void readOnlyRefusesEveryMutation()
    {
        ConnectionSettings s = settings();
        s.readOnly = true;
        m_client->setConnection(s);
        m_sim->clearRequests();
        const QString id = anyIdentity();
        QList<ApiError> errors;
        auto collect = [&errors](const auto &result) { errors.append(result.error()); };
        m_client->createIdentity(QJsonObject(), this, collect);
        m_client->updateIdentity(id, IdentityUpdate(), this, collect);
        m_client->patchIdentity(id, JsonPatch().replace(QStringLiteral("/state"), QStringLiteral("inactive")), this,
                                collect);
        m_client->deleteIdentity(id, this, collect);
        m_client->deleteIdentityCredential(id, QStringLiteral("totp"), QString(), this, collect);
        m_client->batchCreateIdentities(QJsonArray(), this, collect);
        m_client->deleteIdentitySessions(id, this, collect);
        m_client->extendSession(id, this, collect);
        m_client->revokeSession(id, this, collect);
        m_client->createRecoveryLink(id, QString(), QString(), this, collect);
        m_client->createRecoveryCode(id, QString(), QString(), this, collect);
        QTRY_COMPARE(errors.size(), 11);
        for (const ApiError &e : errors) {
            QCOMPARE(e.kind(), ApiError::Kind::ReadOnly);
            QVERIFY(e.userMessage().contains(QStringLiteral("read-only")));
        }
        QVERIFY(m_sim->requests().isEmpty());
        // Reads still work.
        Await<Identity> read;
        m_client->getIdentity(id, {}, this, read.callback());
        QVERIFY(read.wait());
        QVERIFY(read.result().ok());
    }

    void missingAdminUrl()
    {
        m_client->setConnection(ConnectionSettings());
        Await<ServerVersion> version;
        m_client->getVersion(this, version.callback());
        QVERIFY(version.wait());
        QCOMPARE(version.error().kind(), ApiError::Kind::Configuration);
    }

    void bearerTokenAndUserAgent()
    {
        SimOptions options;
        options.identities = 5;
        options.token = kMarkerToken;
        auto guarded = startSimulator(options);
        ConnectionSettings s;
        s.adminUrl = guarded->adminUrl();
        m_client->setConnection(s);
        Await<Page<Identity>> anonymous;
        m_client->listIdentities({}, this, anonymous.callback());
        QVERIFY(anonymous.wait());
        QCOMPARE(anonymous.error().httpStatus(), 401);
        QVERIFY(anonymous.error().userMessage().contains(QStringLiteral("token")));

        s.token = kMarkerToken;
        m_client->setConnection(s);
        Await<Page<Identity>> authorized;
        m_client->listIdentities({}, this, authorized.callback());
        QVERIFY(authorized.wait());
        QVERIFY(authorized.result().ok());
        QCOMPARE(guarded->requests().last().authorization, QByteArray("Bearer ") + kMarkerToken.toUtf8());
        QVERIFY(ApiRequest::userAgent().startsWith("KratosDesk/" KD_VERSION));
    }

    void tokenNeverFollowsRedirectToAnotherOrigin()
    {
        SimOptions options;
        options.identities = 5;
        auto other = startSimulator(options); // another port: another origin
        m_client->setConnection(settings(kMarkerToken));
        m_sim->faults().redirectTo = other->adminUrl();
        Await<ServerVersion> version;
        m_client->getVersion(this, version.callback());
        QVERIFY(version.wait());
        QVERIFY2(version.result().ok(), qPrintable(version.error().technicalDetails()));
        QCOMPARE(m_sim->requests().last().authorization, QByteArray("Bearer ") + kMarkerToken.toUtf8());
        QVERIFY(!other->requests().isEmpty());
        for (const auto &r : other->requests())
            QVERIFY2(r.authorization.isEmpty(), r.authorization.constData());

        // A change is never re-sent to another origin.
        Await<Identity> patched;
        m_client->patchIdentity(anyIdentity(),
                                JsonPatch().replace(QStringLiteral("/state"), QStringLiteral("inactive")), this,
                                patched.callback());
        QVERIFY(patched.wait());
        QCOMPARE(patched.error().kind(), ApiError::Kind::Redirect);
        for (const auto &r : other->requests())
            QVERIFY(r.method != QLatin1String("PATCH"));
    }

    void schemaRedirectToPublicPortDropsToken()
    {
        m_client->setConnection(settings(kMarkerToken));
        Await<Page<IdentitySchema>> schemas;
        m_client->listIdentitySchemas(10, QString(), this, schemas.callback());
        QVERIFY(schemas.wait());
        QVERIFY(schemas.result().ok());
        bool sawPublic = false;
        for (const auto &r : m_sim->requests()) {
            if (r.publicListener) {
                sawPublic = true;
                QVERIFY(r.authorization.isEmpty());
            } else {
                QVERIFY(!r.authorization.isEmpty());
            }
        }
        QVERIFY(sawPublic);
    }

    void tokenNeverInLogs()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("kratos.*=true\nqt.network.*=true"));
        capturedLog.clear();
        previousHandler = qInstallMessageHandler(captureMessage);
        m_client->setConnection(settings(kMarkerToken));
        Await<Page<Identity>> page;
        m_client->listIdentities({}, this, page.callback());
        QVERIFY(page.wait());
        Await<IdentitySchema> schema;
        m_client->getIdentitySchema(QStringLiteral("default"), this, schema.callback());
        QVERIFY(schema.wait());
        m_sim->faults().errorRate = 1.0;
        Await<Identity> failed;
        m_client->getIdentity(anyIdentity(), {}, this, failed.callback());
        QVERIFY(failed.wait());
        QVERIFY(!failed.error().technicalDetails().contains(kMarkerToken));
        QVERIFY(!failed.error().userMessage().contains(kMarkerToken));
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QMutexLocker lock(&logMutex);
        QVERIFY2(!capturedLog.isEmpty(), "debug logging produced nothing: the check would be empty");
        for (const QString &line : std::as_const(capturedLog))
            QVERIFY2(!line.contains(QStringLiteral("MARKER")), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(tst_ApiRequest)
#include "tst_apirequest.moc"
