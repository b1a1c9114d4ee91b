// SPDX-License-Identifier: GPL-3.0-or-later
#include "Await.h"
#include "IdentityActions.h"
#include "IdentityClash.h"
#include "KratosSimulator.h"
#include "SessionActions.h"
#include "SimStore.h"
#include "SupportActions.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace TestSupport;

// The support toolkit's actions end to end against the simulator: what reaches the server, what
// the courier queue shows afterwards, the identity's new state, and the audit trail.
class tst_SupportActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;
    std::unique_ptr<SupportActions> m_actions;

    void start(const std::function<void(SimOptions &)> &configure = {}, bool readOnly = false, bool publicUrl = true)
    {
        SimOptions options;
        options.identities = 80;
        options.messages = 10;
        options.seed = 11;
        options.token = QStringLiteral("ory_pat_support_test");
        if (configure)
            configure(options);
        m_sim = startSimulator(options);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<KratosClient>(m_nam.get());
        ConnectionSettings settings;
        settings.adminUrl = m_sim->adminUrl();
        if (publicUrl)
            settings.publicUrl = m_sim->publicUrl();
        settings.token = options.token;
        settings.readOnly = readOnly;
        m_client->setConnection(settings);
        m_audit = std::make_unique<TestAudit>(m_client.get());
        m_actions = std::make_unique<SupportActions>(m_client.get(), &m_audit->log);
    }
    // An identity with an unverified e-mail address that is also a recovery address.
    QString pickAddress(QString *identityId, QString *addressId, bool verified = false) const
    {
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            const QJsonObject json = it.value().json();
            for (const QJsonValue &v : json.value(QStringLiteral("verifiable_addresses")).toArray()) {
                const QJsonObject a = v.toObject();
                const QString value = a.value(QStringLiteral("value")).toString();
                if (a.value(QStringLiteral("via")).toString() != QLatin1String("email") ||
                    a.value(QStringLiteral("verified")).toBool() != verified)
                    continue;
                for (const QJsonValue &r : json.value(QStringLiteral("recovery_addresses")).toArray()) {
                    if (r.toObject().value(QStringLiteral("value")).toString() == value) {
                        *identityId = it.key();
                        *addressId = a.value(QStringLiteral("id")).toString();
                        return value;
                    }
                }
            }
        }
        return {};
    }
    QJsonObject storedAddress(const QString &identityId, const QString &addressId) const
    {
        for (const QJsonValue &v :
             m_sim->store().identity(identityId)->json().value(QStringLiteral("verifiable_addresses")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == addressId)
                return v.toObject();
        }
        return {};
    }
    int publicSubmits() const
    {
        int n = 0;
        for (const KratosSimulator::RecordedRequest &r : m_sim->requests())
            n += r.method == QLatin1String("POST") && r.path.startsWith(QLatin1String("/self-service/")) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_actions.reset();
        m_audit.reset();
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
    }

    void sendVerificationShowsTheQueuedMessage_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("sharedOrigin");
        QTest::addColumn<QString>("templateType");
        QTest::newRow("code, two ports") << "code" << false << "verification_code_valid";
        QTest::newRow("link, two ports") << "link" << false << "verification_valid";
        QTest::newRow("code, one origin") << "code" << true << "verification_code_valid";
    }
    void sendVerificationShowsTheQueuedMessage()
    {
        QFETCH(QString, method);
        QFETCH(bool, sharedOrigin);
        QFETCH(QString, templateType);
        start([&](SimOptions &o) {
            o.verificationMethod = method;
            o.sharedOrigin = sharedOrigin;
        });
        QString identityId;
        QString addressId;
        const QString address = pickAddress(&identityId, &addressId);
        QVERIFY(!address.isEmpty());
        Await<SupportActions::Sent> sent;
        m_actions->sendVerification(identityId, address, address, this, sent.callback());
        QVERIFY(sent.wait());
        QVERIFY2(sent.result().ok(), qPrintable(sent.error().userMessage()));
        QCOMPARE(sent.value().flow.state, QStringLiteral("sent_email"));
        QVERIFY(sent.value().message);
        QCOMPARE(sent.value().message->templateType, templateType);
        QCOMPARE(sent.value().message->recipient, address);
        QCOMPARE(sent.value().message->status, QStringLiteral("queued"));
        QCOMPARE(sent.value().message->id, m_sim->store().messages().front().id);
        QCOMPARE(storedAddress(identityId, addressId).value(QStringLiteral("status")).toString(),
                 QStringLiteral("sent"));

        for (const KratosSimulator::RecordedRequest &r : m_sim->requests()) {
            if (r.path.startsWith(QLatin1String("/self-service/")))
                QVERIFY2(r.authorization.isEmpty(), "the admin token went to the public API");
        }
        const QList<AuditRecord> records = m_audit->records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).action, QStringLiteral("identity.verification.send"));
        QCOMPARE(records.at(0).phase, AuditRecord::Phase::Intent);
        QCOMPARE(records.at(1).outcome, AuditRecord::Outcome::Succeeded);
        QCOMPARE(records.at(1).targets.last().kind, QStringLiteral("courier_message"));
        QCOMPARE(records.at(1).targets.last().id, sent.value().message->id);
        QVERIFY(records.at(1).summary.contains(address));
    }

    // The flow answers the same for an address Kratos does not know: the app must not say "sent".
    void noMessageWhenKratosQueuesNone()
    {
        start();
        Await<SupportActions::Sent> sent;
        m_actions->sendVerification(QStringLiteral("some-id"), QStringLiteral("ghost"),
                                    QStringLiteral("ghost@nowhere.example"), this, sent.callback());
        QVERIFY(sent.wait());
        QVERIFY(sent.result().ok());
        QVERIFY(!sent.value().message);
        QVERIFY(m_audit->records().last().summary.contains(QLatin1String("queued no message")));
    }

    void recoveryByLinkOrRefusedForCodes_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<bool>("sends");
        QTest::newRow("link") << "link" << true;
        QTest::newRow("code (Kratos's default)") << "code" << false;
    }
    void recoveryByLinkOrRefusedForCodes()
    {
        QFETCH(QString, method);
        QFETCH(bool, sends);
        start([&](SimOptions &o) { o.recoveryMethod = method; });
        QString identityId;
        QString addressId;
        const QString address = pickAddress(&identityId, &addressId);
        Await<SelfServiceFlow> probe;
        m_actions->probe(PublicFlowClient::Flow::Recovery, this, probe.callback());
        QVERIFY(probe.wait());
        QCOMPARE(probe.value().active, method);
        const qsizetype before = qsizetype(m_sim->store().messages().size());
        Await<SupportActions::Sent> sent;
        m_actions->sendRecoveryLink(identityId, address, address, this, sent.callback());
        QVERIFY(sent.wait());
        QCOMPARE(sent.result().ok(), sends);
        QCOMPARE(qsizetype(m_sim->store().messages().size()), before + (sends ? 1 : 0));
        QCOMPARE(publicSubmits(), sends ? 1 : 0);
        if (sends) {
            QCOMPARE(sent.value().message->templateType, QStringLiteral("recovery_valid"));
        } else {
            QCOMPARE(sent.error().kind(), ApiError::Kind::Configuration);
            QVERIFY(sent.error().userMessage().contains(QLatin1String("codes")));
            QCOMPARE(m_audit->records().last().outcome, AuditRecord::Outcome::Refused);
        }
    }

    void refusals_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<bool>("publicUrl");
        QTest::addColumn<int>("kind");
        QTest::newRow("read-only profile") << true << true << int(ApiError::Kind::ReadOnly);
        QTest::newRow("no public URL") << false << false << int(ApiError::Kind::Configuration);
    }
    void refusals()
    {
        QFETCH(bool, readOnly);
        QFETCH(bool, publicUrl);
        QFETCH(int, kind);
        start({}, readOnly, publicUrl);
        QString identityId;
        QString addressId;
        const QString address = pickAddress(&identityId, &addressId);
        const qsizetype before = qsizetype(m_sim->store().messages().size());
        Await<SupportActions::Sent> sent;
        m_actions->sendVerification(identityId, address, address, this, sent.callback());
        QVERIFY(sent.wait());
        QCOMPARE(int(sent.error().kind()), kind);
        QCOMPARE(qsizetype(m_sim->store().messages().size()), before);
        QCOMPARE(publicSubmits(), 0);
        const QList<AuditRecord> records = m_audit->records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.last().outcome, AuditRecord::Outcome::Refused);
    }

    void markVerifiedAndUnverified()
    {
        start();
        QString identityId;
        QString addressId;
        const QString address = pickAddress(&identityId, &addressId);
        Await<Identity> verified;
        m_actions->setAddressVerified(identityId, address, addressId, true, this, verified.callback());
        QVERIFY(verified.wait());
        QVERIFY2(verified.result().ok(), qPrintable(verified.error().userMessage()));
        QJsonObject a = storedAddress(identityId, addressId);
        QVERIFY(a.value(QStringLiteral("verified")).toBool());
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QVERIFY(a.contains(QStringLiteral("verified_at")));
        QCOMPARE(m_audit->records().last().action, QStringLiteral("identity.address.verify"));

        Await<Identity> unverified;
        m_actions->setAddressVerified(identityId, address, addressId, false, this, unverified.callback());
        QVERIFY(unverified.wait());
        QVERIFY(unverified.result().ok());
        a = storedAddress(identityId, addressId);
        QVERIFY(!a.value(QStringLiteral("verified")).toBool());
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(!a.contains(QStringLiteral("verified_at")));
        const AuditRecord last = m_audit->records().last();
        QCOMPARE(last.action, QStringLiteral("identity.address.unverify"));
        QCOMPARE(last.outcome, AuditRecord::Outcome::Succeeded);
    }

    void markVerifiedOnAReadOnlyProfileIsRefused()
    {
        start({}, true);
        QString identityId;
        QString addressId;
        const QString address = pickAddress(&identityId, &addressId);
        Await<Identity> verified;
        m_actions->setAddressVerified(identityId, address, addressId, true, this, verified.callback());
        QVERIFY(verified.wait());
        QCOMPARE(verified.error().kind(), ApiError::Kind::ReadOnly);
        QVERIFY(!storedAddress(identityId, addressId).value(QStringLiteral("verified")).toBool());
    }

    void deactivateAlsoRevokesSessions()
    {
        start();
        QString withSessions;
        for (const SimSession &s : m_sim->store().sessions()) {
            if (m_sim->store().isActive(s)) {
                withSessions = s.identityId;
                break;
            }
        }
        QVERIFY(!withSessions.isEmpty());
        IdentityActions actions(m_client.get(), &m_audit->log);
        Await<Identity> state;
        Await<NoContent> revoked;
        actions.deactivateAndRevoke(withSessions, QStringLiteral("someone"), this, state.callback(),
                                    revoked.callback());
        QVERIFY(state.wait());
        QVERIFY(state.result().ok());
        QCOMPARE(state.value().state, Identity::State::Inactive);
        QVERIFY(revoked.wait());
        QVERIFY(revoked.result().ok());
        for (const SimSession &s : m_sim->store().sessions())
            QVERIFY(s.identityId != withSessions);
        QStringList actionsDone;
        for (const AuditRecord &r : m_audit->records()) {
            if (r.phase == AuditRecord::Phase::Outcome)
                actionsDone.append(r.action);
        }
        QCOMPARE(actionsDone,
                 (QStringList{QStringLiteral("identity.deactivate"), QStringLiteral("identity.sessions.revoke")}));
    }

    // The values a 409 can be about: the strings a change sets, not the ones it keeps.
    void clashCandidates_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QStringList>("candidates");

        QTest::newRow("create: every string, in order")
            << QByteArray("{}")
            << QByteArray("{\"email\":\"a@x.example\",\"name\":{\"first\":"
                          "\"Ann\"},\"tags\":[\"vip\",\"a@x.example\"]}")
            << QStringList{QStringLiteral("a@x.example"), QStringLiteral("Ann"), QStringLiteral("vip")};
        QTest::newRow("update: only what changed")
            << QByteArray("{\"email\":\"a@x.example\",\"username\":\"ann\"}")
            << QByteArray("{\"email\":\"a@x.example\",\"username\":\"mary\"}") << QStringList{QStringLiteral("mary")};
        QTest::newRow("blank and numbers are not identifiers")
            << QByteArray("{}") << QByteArray("{\"a\":\"  \",\"n\":5,\"b\":true}") << QStringList{};
        QTest::newRow("too long to be an identifier")
            << QByteArray("{}") << QByteArray("{\"bio\":\"" + QByteArray(400, 'x') + "\"}") << QStringList{};
    }

    void clashCandidates()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QStringList, candidates);
        QCOMPARE(IdentityClash::candidates(QJsonDocument::fromJson(before).object(),
                                           QJsonDocument::fromJson(after).object()),
                 candidates);
    }

    // Creating an identity with another's e-mail: Kratos says 409 without the value; the error names
    // the address and the identity that has it.
    void clashNamedOnCreate()
    {
        start();
        QString otherId;
        QString otherEmail;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            const QJsonObject traits = it.value().json().value(QStringLiteral("traits")).toObject();
            if (it.value().json().value(QStringLiteral("schema_id")).toString() == QLatin1String("default")) {
                otherId = it.key();
                otherEmail = traits.value(QStringLiteral("email")).toString();
                break;
            }
        }
        QVERIFY(!otherEmail.isEmpty());
        IdentityActions actions(m_client.get(), &m_audit->log);
        Await<Identity> created;
        actions.create(QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                                   {QStringLiteral("traits"),
                                    QJsonObject{{QStringLiteral("email"), otherEmail},
                                                {QStringLiteral("name"),
                                                 QJsonObject{{QStringLiteral("first"), QStringLiteral("Copy")}}}}}},
                       QStringLiteral("copy"), this, created.callback());
        QVERIFY(created.wait());
        QVERIFY(!created.result().ok());
        QCOMPARE(created.error().httpStatus(), 409);
        QCOMPARE(created.error().userMessage(),
                 QStringLiteral("Another identity (%1) already uses %2. (409)").arg(otherId, otherEmail));
        QVERIFY(created.error().technicalDetails().contains(QStringLiteral("conflicts with another identity")));

        // A 409 the lookups cannot explain keeps Kratos's words.
        m_sim->faults().match = QStringLiteral("POST /admin/identities");
        m_sim->faults().errorRate = 1.0;
        m_sim->faults().errorStatus = 409;
        Await<Identity> faulted;
        actions.create(QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                                   {QStringLiteral("traits"),
                                    QJsonObject{{QStringLiteral("email"), QStringLiteral("nobody.else@example.com")}}}},
                       QStringLiteral("new"), this, faulted.callback());
        QVERIFY(faulted.wait());
        QCOMPARE(faulted.error().httpStatus(), 409);
        QVERIFY2(!faulted.error().userMessage().contains(QStringLiteral("Another identity")),
                 qPrintable(faulted.error().userMessage()));
    }

    void expiredSessionWording()
    {
        Session s;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        s.expiresAt = now.addSecs(-60);
        QVERIFY(SessionActions::isExpired(s, now));
        s.expiresAt = now.addSecs(60);
        QVERIFY(!SessionActions::isExpired(s, now));
        const ActionText text =
            SessionActions::describeReviveExpired(QStringLiteral("s1"), QStringLiteral("mary"), now);
        QVERIFY(text.description.contains(QLatin1String("revives")));
        QVERIFY(text.destructive);
    }
};

QTEST_GUILESS_MAIN(tst_SupportActions)
#include "tst_supportactions.moc"
