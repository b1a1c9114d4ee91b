// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayTime.h"
#include "InvitationChecker.h"
#include "InvitationJob.h"
#include "InvitationLedger.h"
#include "InviteeList.h"
#include "KratosSimulator.h"
#include "SimAddresses.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace TestSupport;

// Invitations end to end against the simulator: who is created, how the invitation is handed over,
// what the trail records (and never records), what the ledger reads back and what the checker
// finds on the server.
class tst_Invitations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;

    void start(const QString &recoveryMethod)
    {
        SimOptions options;
        options.identities = 20;
        options.messages = 0;
        options.seed = 5;
        options.token = QStringLiteral("ory_pat_invite_test");
        options.recoveryMethod = recoveryMethod;
        m_sim = startSimulator(options);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<KratosClient>(m_nam.get());
        ConnectionSettings settings;
        settings.adminUrl = m_sim->adminUrl();
        settings.publicUrl = m_sim->publicUrl();
        settings.token = options.token;
        m_client->setConnection(settings);
        m_audit = std::make_unique<TestAudit>(m_client.get());
    }
    QList<InvitationJob::Result> run(const QList<Invitee> &invitees, InvitationJob::Delivery delivery,
                                     const QString &reason = QStringLiteral("SUP-77"))
    {
        InvitationJob job(m_client.get(), &m_audit->log);
        job.setReason(reason);
        QSignalSpy finished(&job, &InvitationJob::finished);
        job.start(invitees, QStringLiteral("default"), QStringLiteral("email"), delivery);
        if (!finished.wait(15000))
            return {};
        return job.results();
    }
    QString simIdentityWithEmail(const QString &email) const
    {
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            if (it.value().json().value(QStringLiteral("traits")).toObject().value(QStringLiteral("email")) == email)
                return it.key();
        }
        return {};
    }
    QStringList actions()
    {
        QStringList out;
        for (const AuditRecord &r : m_audit->records())
            out.append(r.action + QLatin1Char('/') + AuditRecord::phaseName(r.phase));
        return out;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_audit.reset();
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
    }

    void mailThroughKratosCreatesAndSends()
    {
        start(QStringLiteral("link"));
        const auto parsed =
            InviteeList::parseCsv("email,name.first\nada@invited.example,Ada\nbob@invited.example,Bob\n");
        const auto results = run(parsed.invitees, InvitationJob::Delivery::Mail);
        QCOMPARE(results.size(), 2);
        for (const InvitationJob::Result &r : results) {
            QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
            QVERIFY(r.delivered);
            QVERIFY(!r.messageId.isEmpty());
            QCOMPARE(simIdentityWithEmail(r.invitee.email), r.identityId);
        }
        const QJsonObject ada = m_sim->store().identity(results.first().identityId)->json();
        QCOMPARE(ada.value(QStringLiteral("traits"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toObject()
                     .value(QStringLiteral("first")),
                 QStringLiteral("Ada"));
        QCOMPARE(ada.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
        QCOMPARE(
            actions(),
            (QStringList{QStringLiteral("identity.invite/intent"), QStringLiteral("identity.invite/outcome"),
                         QStringLiteral("identity.recovery.send/intent"),
                         QStringLiteral("identity.recovery.send/outcome"), QStringLiteral("identity.invite/intent"),
                         QStringLiteral("identity.invite/outcome"), QStringLiteral("identity.recovery.send/intent"),
                         QStringLiteral("identity.recovery.send/outcome")}));
        for (const AuditRecord &r : m_audit->records())
            QCOMPARE(r.reason, QStringLiteral("SUP-77"));

        // The ledger reads them back, newest first, with the message; the checker finds no sign-in yet.
        const auto read = InvitationLedger::read(m_audit->log.directory(), QStringLiteral("kratos.test:4434"));
        QCOMPARE(read.invitations.size(), 2);
        QCOMPARE(read.invitations.first().email, QStringLiteral("bob@invited.example"));
        QCOMPARE(read.invitations.first().delivery, QStringLiteral("mail"));
        QCOMPARE(read.invitations.first().sends, 1);
        QCOMPARE(read.invitations.first().messageId, results.last().messageId);
        QCOMPARE(read.invitations.first().reason, QStringLiteral("SUP-77"));
        QVERIFY(!read.invitations.first().invitedBy.isEmpty());

        InvitationChecker checker(m_client.get());
        QSignalSpy checked(&checker, &InvitationChecker::checked);
        QSignalSpy done(&checker, &InvitationChecker::finished);
        checker.check(read.invitations);
        QVERIFY(done.wait(15000));
        QCOMPARE(checked.size(), 2);
        const auto facts = checked.first().at(1).value<InvitationFacts>();
        QVERIFY(facts.read);
        QCOMPARE(facts.signIn, InvitationFacts::SignIn::Never);
        QVERIFY(!facts.messageStatus.isEmpty());
        QVERIFY(facts.active);
    }

    // A recovery flow that sends codes makes mail useless: nobody is created, nothing recorded.
    void mailRefusedWhenTheFlowUsesCodes()
    {
        start(QStringLiteral("code"));
        const int before = int(m_sim->store().identities().size());
        const auto results = run(InviteeList::parseAddresses(QStringLiteral("ada@invited.example")).invitees,
                                 InvitationJob::Delivery::Mail);
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first().problem.contains(QStringLiteral("Nobody was invited")));
        QVERIFY(results.first().identityId.isEmpty());
        QCOMPARE(int(m_sim->store().identities().size()), before);
        QVERIFY(actions().isEmpty());
    }

    // A link or code to hand over is in the results only, never in the trail.
    void handedOverSecretsAreNeverRecorded_data()
    {
        QTest::addColumn<int>("delivery");
        QTest::newRow("link") << int(InvitationJob::Delivery::Link);
        QTest::newRow("code") << int(InvitationJob::Delivery::Code);
    }
    void handedOverSecretsAreNeverRecorded()
    {
        QFETCH(int, delivery);
        start(QStringLiteral("code"));
        const auto results = run(InviteeList::parseAddresses(QStringLiteral("ada@invited.example")).invitees,
                                 InvitationJob::Delivery(delivery));
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().problem.isEmpty(), qPrintable(results.first().problem));
        QVERIFY(!results.first().link.isEmpty());
        QCOMPARE(results.first().code.isEmpty(), delivery == int(InvitationJob::Delivery::Link));
        QFile trail(m_audit->path());
        QVERIFY(trail.open(QIODevice::ReadOnly));
        const QByteArray all = trail.readAll();
        QVERIFY(!all.contains(results.first().link.toUtf8()));
        if (!results.first().code.isEmpty())
            QVERIFY(!all.contains(QByteArray("\"" + results.first().code.toUtf8() + "\"")));
        const QString kind =
            delivery == int(InvitationJob::Delivery::Link) ? QStringLiteral("link") : QStringLiteral("code");
        QVERIFY(actions().contains(QStringLiteral("identity.recovery_%1.create/outcome").arg(kind)));
        const auto read = InvitationLedger::read(m_audit->log.directory(), QStringLiteral("kratos.test:4434"));
        QCOMPARE(read.invitations.size(), 1);
        QCOMPARE(read.invitations.first().delivery, kind);
        QCOMPARE(read.invitations.first().lastDelivery, kind);
    }

    // Someone who has an account already is that row's failure; the others are invited.
    void anExistingAddressFailsOnlyItsRow()
    {
        start(QStringLiteral("link"));
        const QString taken = TestSupport::addressInUse(m_sim->store());
        QVERIFY(!taken.isEmpty());
        const auto results = run(InviteeList::parseAddresses(taken + QStringLiteral(" new@invited.example")).invitees,
                                 InvitationJob::Delivery::Link);
        QCOMPARE(results.size(), 2);
        QVERIFY(!results.at(0).problem.isEmpty());
        QVERIFY(results.at(0).identityId.isEmpty());
        QVERIFY(results.at(1).problem.isEmpty());
        QVERIFY(!simIdentityWithEmail(QStringLiteral("new@invited.example")).isEmpty());
    }

    // A profile that asks for a reason refuses invitations without one, before anything is created.
    void aMissingReasonRefusesUnsent()
    {
        start(QStringLiteral("link"));
        auto scope = m_audit->log.scope();
        scope.requireReason = true;
        m_audit->log.setProfile(scope);
        const int before = int(m_sim->store().identities().size());
        const auto results = run(InviteeList::parseAddresses(QStringLiteral("ada@invited.example")).invitees,
                                 InvitationJob::Delivery::Link, QString());
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.first().problem.contains(QStringLiteral("reason")), qPrintable(results.first().problem));
        QVERIFY(results.first().identityId.isEmpty());
        QCOMPARE(int(m_sim->store().identities().size()), before);
        QVERIFY(m_audit->records().isEmpty());
    }

    // Signed in, deactivated, deleted: what the checker and the ledger make of it.
    void checkerSeesSessionsAndDeletions()
    {
        start(QStringLiteral("link"));
        const auto results =
            run(InviteeList::parseAddresses(QStringLiteral("ada@invited.example bob@invited.example")).invitees,
                InvitationJob::Delivery::Link);
        QCOMPARE(results.size(), 2);
        SimSession session;
        session.id = QStringLiteral("0b6f3c5e-1111-4d2a-9a9a-000000000001");
        session.identityId = results.at(0).identityId;
        session.createdAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        session.authenticatedAt = session.createdAt;
        session.expiresAt = session.createdAt.addDays(1);
        m_sim->store().addSession(session);
        m_sim->store().deleteIdentity(results.at(1).identityId);
        const auto read = InvitationLedger::read(m_audit->log.directory(), QStringLiteral("kratos.test:4434"));
        InvitationChecker checker(m_client.get());
        QSignalSpy checked(&checker, &InvitationChecker::checked);
        QSignalSpy done(&checker, &InvitationChecker::finished);
        checker.check(read.invitations);
        QVERIFY(done.wait(15000));
        QCOMPARE(checked.size(), 2);
        QHash<QString, InvitationFacts> byId;
        for (const auto &args : checked)
            byId.insert(args.at(0).toString(), args.at(1).value<InvitationFacts>());
        QCOMPARE(byId.value(results.at(0).identityId).signIn, InvitationFacts::SignIn::SignedIn);
        QCOMPARE(byId.value(results.at(0).identityId).firstSignIn.toSecsSinceEpoch(),
                 session.authenticatedAt.toSecsSinceEpoch());
        // The first session's time is written as the caller writes times.
        QCOMPARE(InvitationChecker::signInWords(byId.value(results.at(0).identityId), &DisplayTime::cell),
                 QStringLiteral("yes, first session %1").arg(DisplayTime::cell(session.authenticatedAt)));
        QVERIFY(byId.value(results.at(1).identityId).missing);
    }

    // The ledger's merge of records: a table of histories.
    void ledgerFromRecords_data()
    {
        QTest::addColumn<QStringList>("steps"); // action@minute, on identity "i1" unless "action:id@minute"
        QTest::addColumn<int>("invitations");
        QTest::addColumn<int>("sends");
        QTest::addColumn<bool>("revoked");
        QTest::addColumn<bool>("deleted");
        QTest::newRow("invited by mail") << QStringList{QStringLiteral("identity.invite@0"),
                                                        QStringLiteral("identity.recovery.send@1")}
                                         << 1 << 1 << false << false;
        QTest::newRow("resent twice") << QStringList{QStringLiteral("identity.invite@0"),
                                                     QStringLiteral("identity.recovery_link.create@1"),
                                                     QStringLiteral("identity.recovery_code.create@5")}
                                      << 1 << 2 << false << false;
        QTest::newRow("revoked") << QStringList{QStringLiteral("identity.invite@0"),
                                                QStringLiteral("identity.deactivate@3")}
                                 << 1 << 0 << true << false;
        QTest::newRow("revoked, then let in again")
            << QStringList{QStringLiteral("identity.invite@0"), QStringLiteral("identity.deactivate@3"),
                           QStringLiteral("identity.activate@4")}
            << 1 << 0 << false << false;
        QTest::newRow("deleted") << QStringList{QStringLiteral("identity.invite@0"),
                                                QStringLiteral("identity.delete@9")}
                                 << 1 << 0 << false << true;
        QTest::newRow("before the invitation does not count")
            << QStringList{QStringLiteral("identity.recovery.send@-5"), QStringLiteral("identity.invite@0")} << 1 << 0
            << false << false;
        QTest::newRow("someone never invited")
            << QStringList{QStringLiteral("identity.recovery.send:i2@1"), QStringLiteral("identity.deactivate:i2@2")}
            << 0 << 0 << false << false;
        QTest::newRow("the same record read twice")
            << QStringList{QStringLiteral("identity.invite@0"), QStringLiteral("identity.recovery.send@1"),
                           QStringLiteral("identity.recovery.send@1")}
            << 1 << 1 << false << false;
    }
    void ledgerFromRecords()
    {
        QFETCH(QStringList, steps);
        QFETCH(int, invitations);
        QFETCH(int, sends);
        QFETCH(bool, revoked);
        QFETCH(bool, deleted);
        const QDateTime t0(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        QList<AuditRecord> records;
        for (const QString &step : steps) {
            const QString what = step.section(QLatin1Char('@'), 0, 0);
            AuditRecord r;
            r.action = what.section(QLatin1Char(':'), 0, 0);
            const QString id =
                what.contains(QLatin1Char(':')) ? what.section(QLatin1Char(':'), 1) : QStringLiteral("i1");
            r.targets = {{QStringLiteral("identity"), id, QStringLiteral("ada@example.org")}};
            r.phase = AuditRecord::Phase::Outcome;
            r.outcome = AuditRecord::Outcome::Succeeded;
            r.time = t0.addSecs(60 * step.section(QLatin1Char('@'), 1).toInt());
            r.actionId = r.action + r.time.toString(Qt::ISODate);
            records.append(r);
        }
        const auto read = InvitationLedger::fromRecords(records);
        QCOMPARE(read.invitations.size(), invitations);
        if (invitations == 0)
            return;
        QCOMPARE(read.invitations.first().email, QStringLiteral("ada@example.org"));
        QCOMPARE(read.invitations.first().sends, sends);
        QCOMPARE(read.invitations.first().revokedAt.isValid(), revoked);
        QCOMPARE(read.invitations.first().deleted, deleted);
    }
};

QTEST_MAIN(tst_Invitations)
#include "tst_invitations.moc"
