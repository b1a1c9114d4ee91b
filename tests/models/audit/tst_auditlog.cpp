// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"
#include "AuditTrailFilter.h"
#include "Await.h"
#include "BulkOperation.h"
#include "ChangeReason.h"
#include "CourierActions.h"
#include "CsvPoison.h"
#include "IdentityActions.h"
#include "IdentityExporter.h"
#include "IdentityImporter.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SessionActions.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "SyslogFormat.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <pwd.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace TestSupport;

// Lowers RLIMIT_FSIZE for the process while it lives (-1: leaves it), with SIGXFSZ ignored so
// that a write past the limit fails with EFBIG as on a full disk.
struct FileSizeLimit
{
    explicit FileSizeLimit(qint64 bytes)
    {
        if (bytes < 0)
            return;
        ::getrlimit(RLIMIT_FSIZE, &saved);
        previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = saved;
        lowered.rlim_cur = rlim_t(bytes);
        active = ::setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        if (!active)
            return;
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
    }
    rlimit saved{};
    void (*previous)(int) = SIG_DFL;
    bool active = false;
};

// The audit trail: what each action records (who, where, what, whom, the change, the outcome),
// fail-closed writing, ordering on the writer thread, the chain, and the viewer's filter and
// exports.
class tst_AuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;

    static QList<QByteArray> lines(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        QList<QByteArray> out = f.readAll().split('\n');
        out.removeAll(QByteArray());
        return out;
    }
    static void writeLines(const QString &path, const QList<QByteArray> &content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (const QByteArray &l : content)
            f.write(l + '\n');
    }
    static void fill(AuditLog &log, int n)
    {
        for (int i = 0; i < n; ++i) {
            AuditRecord r;
            r.action = QStringLiteral("identity.delete");
            r.summary = QStringLiteral("Delete identity id-%1").arg(i);
            r.targets = {
                {QStringLiteral("identity"), QStringLiteral("id-%1").arg(i), QStringLiteral("label-%1").arg(i)}};
            log.write(r);
        }
        QVERIFY(log.waitForWritten());
    }
    static AuditLog::Scope scope(const QString &id)
    {
        return {id, id.toUpper(), QStringLiteral("h:1"), QStringLiteral("staging"), SyslogTarget()};
    }
    QString firstId() const { return m_sim->store().identities().firstKey(); }
    QString label(const QString &id) const
    {
        return m_sim->store()
            .identities()
            .value(id)
            .json()
            .value(QLatin1String("traits"))
            .toObject()
            .value(QLatin1String("email"))
            .toString();
    }
    QString addSession(const QString &identityId)
    {
        SimSession s;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.identityId = identityId;
        s.createdAt = s.authenticatedAt = m_sim->store().now();
        s.expiresAt = s.createdAt.addDays(1);
        m_sim->store().addSession(s);
        return s.id;
    }
    struct Message
    {
        QString id;
        QString recipient;
        QString templateType;
    };
    Message firstMessage() const
    {
        const SimMessage &m = m_sim->store().messages().front();
        return {m.id, m.json.value(QLatin1String("recipient")).toString(),
                m.json.value(QLatin1String("template_type")).toString()};
    }
private Q_SLOTS:
    void init()
    {
        SimOptions options;
        options.identities = 12;
        options.messages = 6;
        options.devMode = true;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        m_audit = std::make_unique<TestAudit>(m_client.get());
        connectTo(*m_client, *m_sim);
    }
    void cleanup()
    {
        m_audit.reset();
        m_client.reset();
        m_sim.reset();
    }

    // Every action kind writes its intent, then its outcome, with who, where, what and whom.
    void recordsOfEveryActionKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("targetKind");
        QTest::newRow("deactivate") << "deactivate"
                                    << "identity.deactivate"
                                    << "Deactivated identity "
                                    << "identity";
        QTest::newRow("activate") << "activate"
                                  << "identity.activate"
                                  << "Activated identity "
                                  << "identity";
        QTest::newRow("delete") << "delete"
                                << "identity.delete"
                                << "Deleted identity "
                                << "identity";
        QTest::newRow("revoke all sessions") << "revoke all"
                                             << "identity.sessions.revoke"
                                             << "Revoked all sessions of identity "
                                             << "identity";
        QTest::newRow("delete credential") << "credential"
                                           << "identity.credential.delete"
                                           << "Deleted the totp credential of identity "
                                           << "identity";
        QTest::newRow("recovery link") << "link"
                                       << "identity.recovery_link.create"
                                       << "Created a recovery link for identity "
                                       << "identity";
        QTest::newRow("recovery code") << "code"
                                       << "identity.recovery_code.create"
                                       << "Created a recovery code for identity "
                                       << "identity";
        QTest::newRow("revoke session") << "revoke session"
                                        << "session.revoke"
                                        << "Revoked session "
                                        << "session";
        QTest::newRow("extend session") << "extend session"
                                        << "session.extend"
                                        << "Extended session "
                                        << "session";
        QTest::newRow("reveal body") << "reveal"
                                     << "courier.message.reveal"
                                     << "Revealed the body of the message to "
                                     << "courier_message";
    }
    void recordsOfEveryActionKind()
    {
        QFETCH(QString, kind);
        QFETCH(QString, action);
        QFETCH(QString, words);
        QFETCH(QString, targetKind);
        IdentityActions identities(m_client.get(), &m_audit->log);
        SessionActions sessions(m_client.get(), &m_audit->log);
        CourierActions courier(m_client.get(), &m_audit->log);
        // Each action class records the reason it was given with the change it starts.
        const QString reason = QStringLiteral("SUP-42 asked by %1").arg(kind);
        identities.setReason(reason);
        sessions.setReason(reason);
        courier.setReason(reason);
        const QString id = firstId();
        if (kind == QLatin1String("credential")) { // a second factor, which Kratos lets go
            const SimIdentity *stored = m_sim->store().identity(id);
            QJsonObject credentials = stored->credentials();
            credentials.insert(QStringLiteral("totp"), QJsonObject{{QStringLiteral("type"), QStringLiteral("totp")}});
            m_sim->store().overwriteIdentity(id, stored->json(), credentials);
        }
        const QString name = label(id);
        QString targetId = id;
        QString targetLabel = name;
        bool ok = false;
        const auto check = [&ok](const auto &r) { ok = r.ok(); };
        if (kind == QLatin1String("deactivate") || kind == QLatin1String("activate")) {
            Await<Identity> a;
            identities.setState(id, name, kind == QLatin1String("activate"), this, a.callback());
            QVERIFY(a.wait());
            check(a.result());
        } else if (kind == QLatin1String("delete")) {
            Await<NoContent> a;
            identities.remove(id, name, this, a.callback());
            QVERIFY(a.wait());
            check(a.result());
        } else if (kind == QLatin1String("revoke all")) {
            addSession(id);
            Await<NoContent> a;
            identities.revokeAllSessions(id, name, this, a.callback());
            QVERIFY(a.wait());
            check(a.result());
        } else if (kind == QLatin1String("credential")) {
            Await<NoContent> a;
            identities.deleteCredential(id, name, QStringLiteral("totp"), QString(), this, a.callback());
            QVERIFY(a.wait());
            check(a.result());
        } else if (kind == QLatin1String("link")) {
            Await<RecoveryLink> a;
            identities.createRecoveryLink(id, name, QStringLiteral("1h"), this, a.callback());
            QVERIFY(a.wait());
            check(a.result());
        } else if (kind == QLatin1String("code")) {
            Await<RecoveryCode> a;
            identities.createRecoveryCode(id, name, QString(), this, a.callback());
            QVERIFY(a.wait());
            check(a.result());
        } else if (kind == QLatin1String("revoke session") || kind == QLatin1String("extend session")) {
            targetId = addSession(id);
            targetLabel = QStringLiteral("session of ") + name;
            if (kind == QLatin1String("revoke session")) {
                Await<NoContent> a;
                sessions.revoke(targetId, id, name, this, a.callback());
                QVERIFY(a.wait());
                check(a.result());
            } else {
                Await<std::optional<Session>> a;
                sessions.extend(targetId, id, name, this, a.callback());
                QVERIFY(a.wait());
                check(a.result());
            }
        } else {
            const Message message = firstMessage();
            targetId = message.id;
            targetLabel = CourierActions::label(message.recipient, message.templateType);
            Await<CourierMessage> a;
            courier.revealBody(message.id, message.recipient, message.templateType, this, a.callback());
            QVERIFY(a.wait());
            check(a.result());
        }
        QVERIFY(ok);

        const QList<AuditRecord> records = m_audit->records();
        QCOMPARE(records.size(), 2);
        const AuditRecord &intent = records.at(0);
        const AuditRecord &outcome = records.at(1);
        QCOMPARE(intent.phase, AuditRecord::Phase::Intent);
        QCOMPARE(intent.outcome, AuditRecord::Outcome::Pending);
        QCOMPARE(outcome.phase, AuditRecord::Phase::Outcome);
        QCOMPARE(outcome.outcome, AuditRecord::Outcome::Succeeded);
        QCOMPARE(outcome.actionId, intent.actionId);
        QVERIFY(!intent.actionId.isEmpty());
        QCOMPARE(intent.sequence, 1);
        QCOMPARE(outcome.sequence, 2);
        for (const AuditRecord &r : records) {
            QCOMPARE(r.action, action);
            QCOMPARE(r.targets.first().kind, targetKind);
            QCOMPARE(r.targets.first().id, targetId);
            QCOMPARE(r.targets.first().label, targetLabel);
            QCOMPARE(r.operatorName, AuditRecord::osAccount());
            QVERIFY(!r.host.isEmpty());
            QCOMPARE(r.profileId, QStringLiteral("test"));
            QCOMPARE(r.profileName, QStringLiteral("Test"));
            QCOMPARE(r.authority, QStringLiteral("kratos.test:4434"));
            QCOMPARE(r.environment, QStringLiteral("staging"));
            QCOMPARE(r.reason, reason);
        }
        QVERIFY2(outcome.summary.startsWith(words), qPrintable(outcome.summary));
        // The file says UTC with a Z.
        const QJsonObject raw = QJsonDocument::fromJson(lines(m_audit->path()).at(1)).object();
        QVERIFY(raw.value(QLatin1String("time")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(m_audit->log.verify(QStringLiteral("test")).ok);
    }

    // A profile that requires a reason refuses a change without one before anything is written
    // or sent; with one, or on a profile that does not ask, the change goes out with it recorded.
    void reasonRules_data()
    {
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("sent");
        QTest::newRow("not required, none") << false << QString() << true;
        QTest::newRow("not required, given") << false << QStringLiteral("SUP-1") << true;
        QTest::newRow("required, none") << true << QString() << false;
        QTest::newRow("required, blanks only") << true << QStringLiteral(" \n\t ") << false;
        QTest::newRow("required, controls only") << true << QStringLiteral("\x1b\u202e") << false;
        QTest::newRow("required, given") << true << QStringLiteral("SUP-1 lost phone") << true;
    }
    void reasonRules()
    {
        QFETCH(bool, required);
        QFETCH(QString, reason);
        QFETCH(bool, sent);
        AuditLog::Scope s = scope(QStringLiteral("test"));
        s.requireReason = required;
        m_audit->log.setProfile(s);
        const QString id = firstId();
        IdentityActions identities(m_client.get(), &m_audit->log);
        identities.setReason(reason);
        Await<Identity> a;
        identities.setState(id, label(id), false, this, a.callback());
        QVERIFY(a.wait());
        const bool inactive =
            m_sim->store().identity(id)->json().value(QLatin1String("state")).toString() == QLatin1String("inactive");
        QCOMPARE(inactive, sent);
        const QList<AuditRecord> records = m_audit->records();
        if (!sent) {
            QCOMPARE(a.result().error().kind(), ApiError::Kind::ReasonRequired);
            QVERIFY(a.result().error().userMessage().contains(QStringLiteral("reason")));
            QVERIFY(records.isEmpty());
            return;
        }
        QVERIFY(a.result().ok());
        QCOMPARE(records.size(), 2);
        for (const AuditRecord &r : records)
            QCOMPARE(r.reason, ChangeReason::clean(reason));
        // The record in the file and the syslog fields carry it.
        const QJsonObject raw = QJsonDocument::fromJson(lines(m_audit->path()).at(0)).object();
        QCOMPARE(raw.value(QLatin1String("reason")).toString(), ChangeReason::clean(reason));
        QCOMPARE(raw.contains(QLatin1String("reason")), !ChangeReason::clean(reason).isEmpty());
        QCOMPARE(SyslogFormat::fields(records.at(0)).value(QStringLiteral("reason")), ChangeReason::clean(reason));
    }

    // A reason belongs to one change: the next change started without one has none (and is
    // refused where one is required); deactivate-and-revoke gives both its records the reason.
    void reasonIsTakenByOneChange()
    {
        AuditLog::Scope s = scope(QStringLiteral("test"));
        s.requireReason = true;
        m_audit->log.setProfile(s);
        const QString id = firstId();
        addSession(id);
        IdentityActions identities(m_client.get(), &m_audit->log);
        identities.setReason(QStringLiteral("#512 account taken over"));
        Await<Identity> state;
        Await<NoContent> revoked;
        identities.deactivateAndRevoke(id, label(id), this, state.callback(), revoked.callback());
        QVERIFY(state.wait());
        QVERIFY(revoked.wait());
        QVERIFY(revoked.result().ok());
        const QList<AuditRecord> records = m_audit->records();
        QCOMPARE(records.size(), 4);
        QStringList actions;
        for (const AuditRecord &r : records) {
            actions.append(r.action);
            QCOMPARE(r.reason, QStringLiteral("#512 account taken over"));
        }
        QCOMPARE(actions.count(QStringLiteral("identity.sessions.revoke")), 2);

        Await<Identity> again;
        identities.setState(id, label(id), true, this, again.callback());
        QVERIFY(again.wait());
        QCOMPARE(again.result().error().kind(), ApiError::Kind::ReasonRequired);
        QCOMPARE(m_audit->records().size(), 4);
    }

    // A trait change records each operation with its new and its replaced value.
    void updateRecordsOldAndNewValues()
    {
        const QString id = firstId();
        Await<Identity> got;
        m_client->getIdentity(id, {}, this, got.callback());
        QVERIFY(got.wait());
        const Identity before = got.value();
        const QString oldEmail = before.traits.value(QLatin1String("email")).toString();
        IdentityActions actions(m_client.get(), &m_audit->log);
        Await<Identity> updated;
        actions.update(before, oldEmail,
                       JsonPatch()
                           .replace(QStringLiteral("/traits/email"), QStringLiteral("new@example.com"))
                           .add(QStringLiteral("/metadata_admin"), QJsonObject{{QStringLiteral("note"), 1}}),
                       this, updated.callback());
        QVERIFY(updated.wait());
        const AuditRecord outcome = m_audit->records().last();
        QCOMPARE(outcome.action, QStringLiteral("identity.update"));
        QCOMPARE(outcome.summary, QStringLiteral("Updated identity ") + oldEmail);
        const QJsonArray ops = outcome.change.value(QLatin1String("patch")).toArray();
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops.at(0)[QLatin1String("op")].toString(), QStringLiteral("replace"));
        QCOMPARE(ops.at(0)[QLatin1String("path")].toString(), QStringLiteral("/traits/email"));
        QCOMPARE(ops.at(0)[QLatin1String("value")].toString(), QStringLiteral("new@example.com"));
        QCOMPARE(ops.at(0)[QLatin1String("old")].toString(), oldEmail);
        QCOMPARE(ops.at(1)[QLatin1String("value")].toObject().value(QLatin1String("note")).toInt(), 1);
    }

    // Failed and refused outcomes carry the status and Kratos's error id.
    void failedAndRefusedOutcomes()
    {
        IdentityActions actions(m_client.get(), &m_audit->log);
        Await<NoContent> missing;
        actions.remove(QStringLiteral("7c7e3a3e-0000-4000-8000-000000000000"), QStringLiteral("nobody@example.com"),
                       this, missing.callback());
        QVERIFY(missing.wait());
        AuditRecord last = m_audit->records().last();
        QCOMPARE(last.outcome, AuditRecord::Outcome::Failed);
        QCOMPARE(last.httpStatus, 404);
        QVERIFY(last.summary.endsWith(QStringLiteral(": failed")));

        ConnectionSettings readOnly = m_client->connection();
        readOnly.readOnly = true;
        m_client->setConnection(readOnly);
        m_sim->clearRequests();
        Await<NoContent> refused;
        actions.remove(firstId(), label(firstId()), this, refused.callback());
        QVERIFY(refused.wait());
        last = m_audit->records().last();
        QCOMPARE(last.outcome, AuditRecord::Outcome::Refused);
        QVERIFY(m_sim->requests().isEmpty());
    }

    // The created identity is named by the id the server gave it; the fields set are recorded,
    // a password's value never.
    void createRecordsFieldsButNoPassword()
    {
        const QString marker = QStringLiteral("MARKER-pw-") + QUuid::createUuid().toString(QUuid::Id128);
        const QJsonObject body{
            {QStringLiteral("schema_id"), QStringLiteral("default")},
            {QStringLiteral("traits"), QJsonObject{{QStringLiteral("email"), QStringLiteral("new.one@example.com")}}},
            {QStringLiteral("credentials"),
             QJsonObject{
                 {QStringLiteral("password"),
                  QJsonObject{{QStringLiteral("config"), QJsonObject{{QStringLiteral("password"), marker}}}}}}}};
        IdentityActions actions(m_client.get(), &m_audit->log);
        Await<Identity> created;
        actions.create(body, QStringLiteral("new.one@example.com"), this, created.callback());
        QVERIFY(created.wait());
        const QList<AuditRecord> records = m_audit->records();
        QCOMPARE(records.first().targets.first().id, QString()); // not known before the answer
        QCOMPARE(records.last().targets.first().id, created.value().id);
        const QJsonObject fields = records.last().change.value(QLatin1String("fields")).toObject();
        QCOMPARE(fields.value(QLatin1String("/traits/email")).toString(), QStringLiteral("new.one@example.com"));
        QCOMPARE(fields.value(QLatin1String("/credentials")).toString(), QStringLiteral("(withheld)"));
        QFile f(m_audit->path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(marker.toUtf8()));
    }

    // Never a secret in any record: not the recovery link, the code or the body.
    void noSecretInAnyRecord()
    {
        const QString id = firstId();
        IdentityActions identities(m_client.get(), &m_audit->log);
        CourierActions courier(m_client.get(), &m_audit->log);
        Await<RecoveryLink> link;
        identities.createRecoveryLink(id, label(id), QString(), this, link.callback());
        QVERIFY(link.wait());
        Await<RecoveryCode> code;
        identities.createRecoveryCode(id, label(id), QString(), this, code.callback());
        QVERIFY(code.wait());
        const Message message = firstMessage();
        Await<CourierMessage> body;
        courier.revealBody(message.id, message.recipient, message.templateType, this, body.callback());
        QVERIFY(body.wait());
        QVERIFY(!body.value().body.isEmpty());
        m_audit->log.waitForWritten();
        QFile f(m_audit->path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QCOMPARE(lines(m_audit->path()).size(), 6);
        QVERIFY(!all.contains(link.value().link.toUtf8()));
        QVERIFY(!all.contains(code.value().code.toUtf8()));
        QVERIFY(!all.contains(body.value().body.left(40).toUtf8()));
    }

    // Fail closed: when the trail cannot be written between the decision and the send, nothing
    // reaches the server, the caller hears why, and changes stay refused until it can write.
    // (A trail removed, replaced or cut short while open is sealed and started again instead:
    // tst_audittamper.)
    void unwritableTrailSendsNothing_data()
    {
        QTest::addColumn<QString>("sabotage");
        QTest::newRow("folder in the file's place") << "blocked";
        QTest::newRow("disk full (file size limit)") << "full";
    }
    void unwritableTrailSendsNothing()
    {
        QFETCH(QString, sabotage);
        IdentityActions actions(m_client.get(), &m_audit->log);
        const QString path = m_audit->path();
        if (sabotage != QLatin1String("blocked")) {
            fill(m_audit->log, 2); // the writer knows the file now
        }
        if (sabotage == QLatin1String("blocked")) {
            QVERIFY(QDir().mkpath(path));
        }
        // A write that runs out of room: the process may not grow files past their size now.
        const qint64 sizeBefore = QFileInfo(path).size();
        FileSizeLimit limit(sabotage == QLatin1String("full") ? sizeBefore + 40 : -1);
        QSignalSpy changed(&m_audit->log, &AuditLog::writableChanged);
        m_sim->clearRequests();
        const QString id = firstId();
        Await<Identity> result;
        actions.setState(id, label(id), false, this, result.callback());
        QVERIFY(result.wait());
        QVERIFY(!result.result().ok());
        QCOMPARE(result.result().error().kind(), ApiError::Kind::AuditTrail);
        QVERIFY(result.result().error().userMessage().contains(QStringLiteral("Nothing was sent")));
        QVERIFY(m_sim->requests().isEmpty());
        QCOMPARE(m_sim->store().identities().value(id).json().value(QLatin1String("state")).toString(),
                 QStringLiteral("active"));
        QVERIFY(!m_audit->log.writable());
        QCOMPARE(changed.size(), 1);
        if (sabotage == QLatin1String("full")) { // no half line left behind: the chain still holds
            QCOMPARE(QFileInfo(path).size(), sizeBefore);
            QVERIFY(m_audit->log.verify(QStringLiteral("test")).ok);
        }
        // The client's gate is closed too: a change that bypassed the actions is refused unsent.
        Await<NoContent> bypass;
        m_client->deleteIdentity(id, this, bypass.callback());
        QVERIFY(bypass.wait());
        QCOMPARE(bypass.result().error().kind(), ApiError::Kind::AuditTrail);
        QVERIFY(m_sim->requests().isEmpty());
        // Reads stay possible.
        Await<Identity> read;
        m_client->getIdentity(id, {}, this, read.callback());
        QVERIFY(read.wait());
        QVERIFY(read.result().ok());
    }

    // Once the folder can be written again the next action goes through.
    void trailRecoversWhenWritableAgain()
    {
        const QString path = m_audit->path();
        QVERIFY(QDir().mkpath(path));
        IdentityActions actions(m_client.get(), &m_audit->log);
        const QString id = firstId();
        Await<Identity> refused;
        actions.setState(id, label(id), false, this, refused.callback());
        QVERIFY(refused.wait());
        QVERIFY(!m_audit->log.writable());
        QVERIFY(QDir(path).removeRecursively());
        Await<Identity> sent;
        actions.setState(id, label(id), false, this, sent.callback());
        QVERIFY(sent.wait());
        QVERIFY(sent.result().ok());
        QVERIFY(m_audit->log.writable());
        QCOMPARE(m_audit->records().size(), 2);
    }

    // A 1,000-item bulk: one intent naming every target, one record per item, one summary, in
    // order and with the chain intact, written on the audit thread.
    void bulkWritesOneRecordPerItemInOrder()
    {
        SimOptions options;
        options.identities = 1000;
        options.messages = 0;
        m_sim = startSimulator(options);
        connectTo(*m_client, *m_sim);
        const QStringList ids = m_sim->store().identities().keys();
        QHash<QString, QString> labels;
        for (const QString &id : ids)
            labels.insert(id, label(id));
        BulkOperation bulk(m_client.get(), &m_audit->log, BulkOperation::Action::Deactivate, ids, 8, nullptr, labels);
        QSignalSpy finished(&bulk, &BulkOperation::finished);
        bulk.setReason(QStringLiteral("OPS-9 offboarding"));
        bulk.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(bulk.count(BulkOperation::Status::Succeeded), 1000);
        const QList<AuditRecord> records = m_audit->records();
        QCOMPARE(records.size(), 1002);
        QCOMPARE(records.first().action, QStringLiteral("identity.deactivate.bulk"));
        QCOMPARE(records.first().phase, AuditRecord::Phase::Intent);
        QCOMPARE(records.first().targets.size(), 1000);
        QCOMPARE(records.last().action, QStringLiteral("identity.deactivate.bulk"));
        QCOMPARE(records.last().change.value(QLatin1String("succeeded")).toInt(), 1000);
        QCOMPARE(records.last().outcome, AuditRecord::Outcome::Succeeded);
        QSet<QString> seen;
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(records.at(i).sequence, i + 1);
            QCOMPARE(records.at(i).actionId, records.first().actionId);
            QCOMPARE(records.at(i).reason, QStringLiteral("OPS-9 offboarding")); // intent, items and summary
            if (i > 0 && i < records.size() - 1) {
                QCOMPARE(records.at(i).action, QStringLiteral("identity.deactivate"));
                QCOMPARE(records.at(i).targets.first().label, labels.value(records.at(i).targets.first().id));
                seen.insert(records.at(i).targets.first().id);
            }
        }
        QCOMPARE(seen.size(), 1000);
        QVERIFY(m_audit->log.verify(QStringLiteral("test")).ok);
    }

    // An import writes an intent per batch, an identity.create record per entry and a summary.
    void importWritesEntriesAndSummary()
    {
        IdentityImporter importer(m_client.get(), &m_audit->log);
        QString error;
        QVERIFY(importer.load(R"([{"schema_id":"default","traits":{"email":"i1@example.com"}},
                                  {"schema_id":"default","traits":{"email":"i2@example.com"}}])",
                              &error));
        QSignalSpy finished(&importer, &IdentityImporter::finished);
        importer.setReason(QStringLiteral("HR-3 new starters"));
        importer.start();
        QVERIFY(finished.wait(10000));
        const QList<AuditRecord> records = m_audit->records();
        QCOMPARE(records.size(), 4);
        for (const AuditRecord &r : records)
            QCOMPARE(r.reason, QStringLiteral("HR-3 new starters"));
        QCOMPARE(records.at(0).action, QStringLiteral("identity.import"));
        QCOMPARE(records.at(1).action, QStringLiteral("identity.create"));
        QCOMPARE(records.at(1).targets.first().label, QStringLiteral("i1@example.com"));
        QVERIFY(!records.at(1).targets.first().id.isEmpty());
        QCOMPARE(records.at(3).change.value(QLatin1String("created")).toInt(), 2);
    }

    // The operator comes from the user database, not from $USER.
    void operatorIsTheOsAccount()
    {
        const QByteArray saved = qgetenv("USER");
        qunsetenv("USER");
        const QString account = AuditRecord::osAccount();
        qputenv("USER", saved);
        QVERIFY(!account.isEmpty());
        const passwd *entry = ::getpwuid(::getuid());
        QCOMPARE(account, entry ? QString::fromLocal8Bit(entry->pw_name) : QStringLiteral("uid:%1").arg(::getuid()));
    }

    void modifiedLineIsDetected()
    {
        AuditLog log(m_dir.filePath(QStringLiteral("modified")));
        log.setProfile(scope(QStringLiteral("x")));
        fill(log, 5);
        QVERIFY(log.verify(QStringLiteral("x")).ok);
        QList<QByteArray> content = lines(log.filePath(QStringLiteral("x")));
        content[2].replace("id-2", "id-9");
        writeLines(log.filePath(QStringLiteral("x")), content);
        const AuditLog::Verification v = log.verify(QStringLiteral("x"));
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenLine, 4); // line 3 changed, so line 4's hash of it no longer matches
    }

    void removedLineIsDetected()
    {
        AuditLog log(m_dir.filePath(QStringLiteral("removed")));
        log.setProfile(scope(QStringLiteral("x")));
        fill(log, 5);
        QList<QByteArray> content = lines(log.filePath(QStringLiteral("x")));
        content.removeAt(1);
        writeLines(log.filePath(QStringLiteral("x")), content);
        const AuditLog::Verification v = log.verify(QStringLiteral("x"));
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenLine, 2);
    }

    void truncatedEndIsDetected()
    {
        AuditLog log(m_dir.filePath(QStringLiteral("truncated")));
        log.setProfile(scope(QStringLiteral("x")));
        fill(log, 5);
        QList<QByteArray> content = lines(log.filePath(QStringLiteral("x")));
        content.removeLast();
        writeLines(log.filePath(QStringLiteral("x")), content);
        const AuditLog::Verification v = log.verify(QStringLiteral("x"));
        QVERIFY(!v.ok);
        QVERIFY(v.reason.contains(QStringLiteral("cut off")));
    }

    void appendsAcrossInstances()
    {
        const QString dir = m_dir.filePath(QStringLiteral("reopen"));
        {
            AuditLog log(dir);
            log.setProfile(scope(QStringLiteral("x")));
            fill(log, 3);
        }
        AuditLog again(dir);
        again.setProfile(scope(QStringLiteral("x")));
        fill(again, 2);
        const AuditLog::Verification v = again.verify(QStringLiteral("x"));
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.lines, 5);
        QCOMPARE(again.records(QStringLiteral("x")).last().sequence, 5);
        QCOMPARE(QFile(again.filePath(QStringLiteral("x"))).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions());
    }

    // The viewer's filter: one row per action, by operator, action, target text and time.
    void viewerFilter_data()
    {
        QTest::addColumn<QString>("operatorName");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fromMinutesAgo"); // -1: no bound
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << ""
                                    << ""
                                    << "" << -1 << 4;
        QTest::newRow("operator") << "bob"
                                  << ""
                                  << "" << -1 << 1;
        QTest::newRow("action") << ""
                                << "identity.delete"
                                << "" << -1 << 2;
        QTest::newRow("target label") << ""
                                      << ""
                                      << "mary@" << -1 << 2;
        QTest::newRow("target id") << ""
                                   << ""
                                   << "id-3" << -1 << 1;
        QTest::newRow("time") << ""
                              << ""
                              << "" << 30 << 3;
        QTest::newRow("combined") << "alice"
                                  << "identity.delete"
                                  << "mary" << -1 << 1;
    }
    void viewerFilter()
    {
        QFETCH(QString, operatorName);
        QFETCH(QString, action);
        QFETCH(QString, text);
        QFETCH(int, fromMinutesAgo);
        QFETCH(int, rows);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto make = [](const char *who, const char *what, const char *id, const char *label,
                             const QDateTime &when, const char *actionId, AuditRecord::Phase phase) {
            AuditRecord r;
            r.operatorName = QString::fromUtf8(who);
            r.action = QString::fromUtf8(what);
            r.targets = {{QStringLiteral("identity"), QString::fromUtf8(id), QString::fromUtf8(label)}};
            r.time = when;
            r.actionId = QString::fromUtf8(actionId);
            r.phase = phase;
            return r;
        };
        const QList<AuditRecord> trail{make("alice", "identity.delete", "id-1", "mary@example.com", now.addSecs(-3600),
                                            "a", AuditRecord::Phase::Intent),
                                       make("alice", "identity.delete", "id-1", "mary@example.com", now.addSecs(-3600),
                                            "a", AuditRecord::Phase::Outcome),
                                       make("alice", "identity.update", "id-2", "mary@example.org", now.addSecs(-60),
                                            "b", AuditRecord::Phase::Outcome),
                                       make("bob", "identity.delete", "id-3", "joe@example.com", now.addSecs(-30), "c",
                                            AuditRecord::Phase::Outcome),
                                       // An intent whose outcome was never written stays visible.
                                       make("carol", "session.revoke", "id-4", "ann@example.com", now.addSecs(-10), "d",
                                            AuditRecord::Phase::Intent)};
        AuditTrailFilter f;
        f.operatorName = operatorName;
        f.action = action;
        f.text = text;
        if (fromMinutesAgo >= 0)
            f.from = now.addSecs(-60 * fromMinutesAgo);
        QCOMPARE(f.apply(AuditTrailFilter::actions(trail)).size(), rows);
    }

    // The CSV export of the trail: every column, formula cells neutralised, read back by a CSV
    // reader; JSON Lines: one record per line with the file's own fields.
    void trailExports()
    {
        AuditRecord r;
        r.sequence = 7;
        r.time = QDateTime::currentDateTimeUtc();
        r.operatorName = QStringLiteral("alice");
        r.action = QStringLiteral("identity.update");
        r.summary = QStringLiteral("Updated identity =HYPERLINK(\"http://evil.example\",\"x\")");
        r.targets = {{QStringLiteral("identity"), QStringLiteral("id-1"), QStringLiteral("@SUM(1+1)")}};
        r.change = {{QStringLiteral("patch"), QJsonArray{}}};
        r.phase = AuditRecord::Phase::Outcome;
        r.outcome = AuditRecord::Outcome::Succeeded;
        const QList<QStringList> rows = IdentityExporter::parseCsv(AuditTrailFilter::toCsv({r}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0), AuditTrailFilter::csvColumns());
        const QStringList cells = rows.at(1);
        QCOMPARE(cells.at(0), QStringLiteral("7"));
        QCOMPARE(cells.at(AuditTrailFilter::csvColumns().indexOf(QStringLiteral("target_labels"))),
                 QStringLiteral("'@SUM(1+1)"));
        for (const QString &cell : cells)
            QVERIFY2(!cell.startsWith(QLatin1Char('=')) && !cell.startsWith(QLatin1Char('@')), qPrintable(cell));
        const QList<QByteArray> jsonl = AuditTrailFilter::toJsonLines({r, r}).split('\n');
        QCOMPARE(jsonl.size(), 3); // two lines and the final newline
        const AuditRecord back = AuditRecord::fromJson(QJsonDocument::fromJson(jsonl.first()).object());
        QCOMPARE(back.summary, r.summary);
        QCOMPARE(back.targets.first().label, QStringLiteral("@SUM(1+1)"));
        QCOMPARE(back.sequence, 7);
    }

    // Every planted formula in a summary (an operator's words) or a target label (a user's trait)
    // is neutralised in the trail's CSV, and quoted where it holds a separator.
    void trailCsvNeutralisesEveryFormula_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("poisoned");
        for (const CsvPoison &p : csvPoisons())
            QTest::newRow(p.name) << p.value << p.neutralised;
    }
    void trailCsvNeutralisesEveryFormula()
    {
        QFETCH(QString, value);
        QFETCH(bool, poisoned);
        AuditRecord r;
        r.sequence = 1;
        r.time = QDateTime::currentDateTimeUtc();
        r.action = QStringLiteral("identity.update");
        r.summary = value;
        r.targets = {{QStringLiteral("identity"), QStringLiteral("id-1"), value}};
        const QByteArray csv = AuditTrailFilter::toCsv({r});
        const QList<QStringList> rows = IdentityExporter::parseCsv(csv);
        QCOMPARE(rows.size(), 2);
        const QString expected = poisoned ? QLatin1Char('\'') + value : value;
        for (const char *column : {"summary", "target_labels"})
            QCOMPARE(rows.at(1).at(AuditTrailFilter::csvColumns().indexOf(QLatin1String(column))), expected);
        if (csvNeedsQuotes(expected))
            QVERIFY(csv.contains(csvQuoted(expected)));
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
