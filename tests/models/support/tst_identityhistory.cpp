// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"
#include "AuditLog.h"
#include "AuditTrailImport.h"
#include "AuditTrailSearch.h"
#include "IdentityHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Qt::UTC);
}

AuditRecord record(const QString &action, const QString &summary, const QDateTime &time, const QString &identityId,
                   AuditRecord::Phase phase = AuditRecord::Phase::Outcome,
                   AuditRecord::Outcome outcome = AuditRecord::Outcome::Succeeded)
{
    AuditRecord r;
    r.actionId = AuditRecord::newActionId();
    r.action = action;
    r.summary = summary;
    r.time = time;
    r.targets = {{QStringLiteral("identity"), identityId, QStringLiteral("mary@example.com")}};
    r.phase = phase;
    r.outcome = outcome;
    r.operatorName = QStringLiteral("ann");
    r.host = QStringLiteral("desk-7");
    r.profileName = QStringLiteral("Prod");
    r.authority = QStringLiteral("kratos.example:4434");
    return r;
}

SignInEvidence evidence()
{
    SignInEvidence e;
    e.now = at(20);
    e.identity.id = QStringLiteral("id-1");
    e.identity.schemaId = QStringLiteral("default");
    e.identity.state = Identity::State::Inactive;
    e.identity.createdAt = at(1);
    e.identity.updatedAt = at(15);
    e.identity.stateChangedAt = at(15);
    VerifiableAddress a;
    a.value = QStringLiteral("mary@example.com");
    a.verified = true;
    a.verifiedAt = at(2);
    e.identity.verifiableAddresses = {a};
    IdentityCredential password;
    password.type = QStringLiteral("password");
    password.createdAt = at(1);
    password.updatedAt = at(10);
    e.identity.credentials.insert(password.type, password);

    Session active;
    active.active = true;
    active.authenticatedAt = at(18);
    active.expiresAt = at(25);
    active.aal = QStringLiteral("aal2");
    active.authenticationMethods = {{QStringLiteral("password"), QStringLiteral("aal1"), at(18), {}, {}},
                                    {QStringLiteral("totp"), QStringLiteral("aal2"), at(18), {}, {}}};
    SessionDevice device;
    device.userAgent = QStringLiteral("Firefox");
    device.ipAddress = QStringLiteral("10.0.0.1");
    active.devices = {device};
    Session expired;
    expired.active = true;
    expired.authenticatedAt = at(3);
    expired.expiresAt = at(4);
    Session revoked;
    revoked.active = false;
    revoked.authenticatedAt = at(16);
    revoked.expiresAt = at(30);
    e.sessions = QList<Session>{active, expired, revoked};

    CourierMessage sent;
    sent.templateType = QStringLiteral("verification_code_valid");
    sent.recipient = QStringLiteral("mary@example.com");
    sent.status = QStringLiteral("sent");
    sent.createdAt = at(5, 10);
    sent.updatedAt = at(5, 11);
    CourierMessage bounced;
    bounced.templateType = QStringLiteral("recovery_code_valid");
    bounced.recipient = QStringLiteral("mary@example.com");
    bounced.status = QStringLiteral("abandoned");
    bounced.createdAt = at(17, 9);
    bounced.updatedAt = at(17, 10);
    e.messages = QList<CourierMessage>{sent, bounced};
    return e;
}

} // namespace

class tst_IdentityHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One timeline, newest first, each event from its source, with problems marked.
    void mergesEverySourceNewestFirst_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("problem");
        const char *const expected[] = {
            "19 operator Deactivated identity mary@example.com 0", // the operator, with its reason
            "18 sign-in Signed in 0",
            "17 message Recovery code (valid) not delivered to mary@example.com 1",
            "17 message Recovery code (valid) queued to mary@example.com 0",
            "16 sign-in Signed in 0",
            "15 identity Last updated 0",
            "15 identity State became inactive 0",
            "14 operator Update identity mary@example.com 1", // intent only: no outcome recorded
            "10 identity Credential record updated: password 0",
            "5 message Verification code (valid) sent to mary@example.com 0",
            "5 message Verification code (valid) queued to mary@example.com 0",
            "4 sign-in Session expired 0",
            "3 sign-in Signed in 0",
            "2 identity Address verified 0",
            "1 identity Created 0",
            "1 identity Credential added: password 0",
        };
        for (int i = 0; i < int(std::size(expected)); ++i) {
            const QStringList parts = QString::fromUtf8(expected[i]).split(QLatin1Char(' '));
            QTest::newRow(qPrintable(QString::number(i) + QLatin1Char(' ') + parts.mid(2).join(QLatin1Char(' '))))
                << i << parts.at(1) << parts.mid(2, parts.size() - 3).join(QLatin1Char(' '))
                << (parts.last() == QLatin1String("1"));
        }
    }
    void mergesEverySourceNewestFirst()
    {
        QFETCH(int, index);
        QFETCH(QString, source);
        QFETCH(QString, title);
        QFETCH(bool, problem);
        AuditRecord intent =
            record(QStringLiteral("identity.deactivate"), QStringLiteral("Deactivate identity x"), at(19),
                   QStringLiteral("id-1"), AuditRecord::Phase::Intent, AuditRecord::Outcome::Pending);
        intent.reason = QStringLiteral("SUP-9 taken over");
        AuditRecord outcome = intent.outcomeOf(AuditRecord::Outcome::Succeeded,
                                               QStringLiteral("Deactivated identity mary@example.com"), ApiError());
        outcome.time = at(19);
        outcome.operatorName = intent.operatorName;
        outcome.host = intent.host;
        outcome.profileName = intent.profileName;
        const AuditRecord lonely =
            record(QStringLiteral("identity.update"), QStringLiteral("Update identity mary@example.com"), at(14),
                   QStringLiteral("id-1"), AuditRecord::Phase::Intent, AuditRecord::Outcome::Pending);
        AuditRecord bulk = record(QStringLiteral("identity.delete.bulk"), QStringLiteral("Delete 40 identities"),
                                  at(19), QStringLiteral("id-1"));
        const QList<HistoryEvent> events = IdentityHistory::build(evidence(), {intent, outcome, lonely, bulk});
        QCOMPARE(events.size(), 16); // the bulk summary is left out: its items have their own records
        const HistoryEvent &e = events.at(index);
        QCOMPARE(IdentityHistory::sourceName(e.source), source);
        QCOMPARE(e.title, title);
        QCOMPARE(e.problem, problem);
        for (int i = 1; i < events.size(); ++i)
            QVERIFY(events.at(i - 1).time >= events.at(i).time);
        if (index == 0) {
            QCOMPARE(e.reason, QStringLiteral("SUP-9 taken over"));
            QCOMPARE(e.by, QStringLiteral("ann@desk-7 (Prod)"));
        }
        if (index == 1) {
            QVERIFY(e.detail.contains(QStringLiteral("password, totp")));
            QVERIFY(e.detail.contains(QStringLiteral("AAL2")));
            QVERIFY(e.detail.contains(QStringLiteral("Firefox, 10.0.0.1")));
        }
        if (index == 4)
            QVERIFY(e.detail.contains(QStringLiteral("revoked or signed out")));
        if (index == 7)
            QVERIFY(e.detail.contains(QStringLiteral("no outcome recorded")));
    }

    // An update's old and new values are in words; hostile text stays on one line and short.
    void changesInWords()
    {
        AuditRecord r = record(QStringLiteral("identity.update"), QStringLiteral("Updated identity\nx"), at(3),
                               QStringLiteral("id-1"));
        r.change = QJsonDocument::fromJson(R"({"patch":[{"op":"replace","path":"/traits/email","value":"new@x.org",)"
                                           R"("old":"old@x.org"},{"op":"remove","path":"/external_id","old":"c-1"}]})")
                       .object();
        r.outcome = AuditRecord::Outcome::Failed;
        r.httpStatus = 409;
        SignInEvidence e;
        e.identity.id = QStringLiteral("id-1");
        const QList<HistoryEvent> events = IdentityHistory::build(e, {r});
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().title, QStringLiteral("Updated identity x"));
        QCOMPARE(events.first().detail,
                 QStringLiteral("failed (HTTP 409) · /traits/email: \"old@x.org\" → \"new@x.org\"; "
                                "/external_id: \"c-1\" → (removed)"));
        QVERIFY(events.first().problem);
        r.summary = QString(5000, QLatin1Char('a'));
        QVERIFY(IdentityHistory::build(e, {r}).first().title.size() <= 200);
    }

    void limitsSayWhatIsNotKnown_data()
    {
        QTest::addColumn<bool>("sessions");
        QTest::addColumn<bool>("messages");
        QTest::addColumn<QString>("trailProblem");
        QTest::addColumn<int>("lines");
        QTest::newRow("all read") << true << true << QString() << 3;
        QTest::newRow("no sessions") << false << true << QString() << 4;
        QTest::newRow("nothing read") << false << false << QStringLiteral("a.jsonl: denied") << 6;
    }
    void limitsSayWhatIsNotKnown()
    {
        QFETCH(bool, sessions);
        QFETCH(bool, messages);
        QFETCH(QString, trailProblem);
        QFETCH(int, lines);
        SignInEvidence e = evidence();
        if (!sessions) {
            e.sessions.reset();
            e.sessionsProblem = QStringLiteral("timeout");
        }
        if (!messages)
            e.messages.reset();
        const QStringList limits = IdentityHistory::limits(e, trailProblem);
        QCOMPARE(limits.size(), lines);
        QVERIFY(limits.first().contains(QStringLiteral("failed sign-ins")));
        const QString text = IdentityHistory::text(IdentityHistory::build(e, {}), limits);
        QVERIFY(text.contains(QStringLiteral("Note: Kratos keeps no record of failed sign-ins")));
        QCOMPARE(text.startsWith(QStringLiteral("2026-12-18 12:00Z")), sessions); // the newest sign-in
    }

    // The trails on this machine: every profile's for the same server, only records naming the
    // identity; other servers' and other people's left out; an over-long line skipped and said.
    void searchesEveryTrailOfTheServer()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QList<AuditRecord> &records,
                                  const QByteArray &extra = {}) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (const AuditRecord &r : records)
                f.write(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n');
            f.write(extra);
        };
        AuditRecord other =
            record(QStringLiteral("identity.delete"), QStringLiteral("x"), at(2), QStringLiteral("id-2"));
        AuditRecord elsewhere =
            record(QStringLiteral("identity.delete"), QStringLiteral("x"), at(2), QStringLiteral("id-1"));
        elsewhere.authority = QStringLiteral("staging.example:4434");
        write(QStringLiteral("prod-a.jsonl"),
              {record(QStringLiteral("identity.activate"), QStringLiteral("a"), at(1), QStringLiteral("id-1")), other});
        write(QStringLiteral("prod-b.jsonl"),
              {record(QStringLiteral("identity.deactivate"), QStringLiteral("b"), at(3), QStringLiteral("id-1")),
               elsewhere},
              "{\"targets\":[{\"id\":\"id-1\"}]," + QByteArray(2 * 1024 * 1024, 'x') + "}\n");
        write(QStringLiteral("prod-c.jsonl.sealed-2026"),
              {record(QStringLiteral("identity.delete"), QStringLiteral("c"), at(4), QStringLiteral("id-1"))});
        const AuditTrailSearch::Found found =
            AuditTrailSearch::aboutIdentity(dir.path(), QStringLiteral("kratos.example:4434"), QStringLiteral("id-1"));
        QCOMPARE(found.records.size(), 2);
        QCOMPARE(found.records.at(0).summary, QStringLiteral("a"));
        QCOMPARE(found.records.at(1).summary, QStringLiteral("b"));
        QVERIFY2(found.problem.contains(QStringLiteral("prod-b.jsonl")), qPrintable(found.problem));
        QVERIFY(AuditTrailSearch::aboutIdentity(dir.path(), QStringLiteral("kratos.example:4434"), QString())
                    .records.isEmpty());
    }

    // Another desk's trail: verified before it is kept, kept once, replaced by a longer copy of
    // itself, refused when it does not verify, and read with its origin marked.
    void importsOtherDesksTrails_data()
    {
        QTest::addColumn<QString>("damage"); // what happens to the file before the import
        QTest::addColumn<bool>("imported");
        QTest::addColumn<QString>("words"); // in the problem or the note
        QTest::newRow("whole, with its head") << "" << true << "";
        QTest::newRow("no head file") << "no head" << true << "cut-off end";
        QTest::newRow("a line edited") << "edit" << false << "does not verify at line";
        QTest::newRow("a line removed") << "remove" << false << "does not verify";
        QTest::newRow("not a trail") << "garbage" << false << "does not verify";
        QTest::newRow("emptied, its head says otherwise") << "empty" << false << "cut off";
        QTest::newRow("empty, no head") << "empty no head" << false << "no records";
    }
    void importsOtherDesksTrails()
    {
        QFETCH(QString, damage);
        QFETCH(bool, imported);
        QFETCH(QString, words);
        QTemporaryDir theirs;
        const QString trail = writeTrail(theirs.filePath(QStringLiteral("audit")), 3);
        QVERIFY(!trail.isEmpty());
        const QString head = trail.left(trail.size() - 6) + QStringLiteral(".head");
        QFile file(trail);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        lines.removeAll(QByteArray());
        if (damage.endsWith(QLatin1String("no head")))
            QFile::remove(head);
        if (damage == QLatin1String("edit"))
            lines[1].replace("Deactivated", "Activated__");
        if (damage == QLatin1String("remove"))
            lines.removeAt(1);
        if (damage == QLatin1String("garbage"))
            lines = {QByteArray("<html>not a trail</html>")};
        if (damage.startsWith(QLatin1String("empty")))
            lines.clear();
        if (!damage.isEmpty() && damage != QLatin1String("no head")) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            for (const QByteArray &l : lines)
                file.write(l + '\n');
            file.close();
        }
        QTemporaryDir mine;
        const QString audit = mine.filePath(QStringLiteral("audit"));
        QVERIFY(QDir().mkpath(audit));
        const AuditTrailImport::Result r = AuditTrailImport::importFile(trail, audit);
        QCOMPARE(r.imported, imported);
        const QString said = r.problem + r.note;
        QVERIFY2(said.contains(words), qPrintable(said));
        if (!imported) {
            QVERIFY(QDir(AuditTrailImport::folder(audit)).entryList(QDir::Files).isEmpty());
            return;
        }
        QCOMPARE(r.records, 6); // lines: three intents and their outcomes
        QCOMPARE(r.origin.section(QLatin1Char(' '), 1), QStringLiteral("(Desk B)"));
        QCOMPARE(QFileInfo(r.storedAs).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // Again: nothing new. The records are read with their origin.
        QVERIFY(AuditTrailImport::importFile(trail, audit).already);
        const AuditTrailSearch::Found found =
            AuditTrailSearch::aboutIdentity(audit, QStringLiteral("kratos.example:4434"), QStringLiteral("id-1"));
        QCOMPARE(found.records.size(), 6); // three intents and their outcomes
        QCOMPARE(found.records.first().origin, QFileInfo(r.storedAs).fileName());
        const QList<HistoryEvent> events = IdentityHistory::build(SignInEvidence(), found.records);
        QCOMPARE(events.size(), 3);
        QVERIFY(events.first().by.contains(QStringLiteral("imported")));
    }

    // The same trail grown longer replaces the copy; a file of this machine's own is refused.
    void longerCopyReplacesAndOwnIsRefused()
    {
        QTemporaryDir theirs;
        const QString audit = theirs.filePath(QStringLiteral("audit"));
        const QString trail = writeTrail(audit, 2);
        QTemporaryDir mine;
        const QString myAudit = mine.filePath(QStringLiteral("audit"));
        QVERIFY(QDir().mkpath(myAudit));
        QVERIFY(AuditTrailImport::importFile(trail, myAudit).imported);
        writeTrail(audit, 2); // two more actions on the same trail
        const AuditTrailImport::Result longer = AuditTrailImport::importFile(trail, myAudit);
        QVERIFY(longer.imported);
        QCOMPARE(longer.records, 8);
        QCOMPARE(QDir(AuditTrailImport::folder(myAudit)).entryList({QStringLiteral("*.jsonl")}).size(), 1);
        const QString own = writeTrail(myAudit, 1);
        QVERIFY(AuditTrailImport::importFile(own, myAudit).problem.contains(QStringLiteral("own")));
    }

private:
    // `actions` deactivations of id-1 written by a real AuditLog for the profile "Desk B"; the
    // trail's path.
    static QString writeTrail(const QString &directory, int actions)
    {
        AuditLog log(directory);
        AuditLog::Scope scope;
        scope.profileId = QStringLiteral("desk-b");
        scope.profileName = QStringLiteral("Desk B");
        scope.authority = QStringLiteral("kratos.example:4434");
        scope.environment = QStringLiteral("production");
        log.setProfile(scope);
        for (int i = 0; i < actions; ++i) {
            AuditRecord intent =
                record(QStringLiteral("identity.deactivate"), QStringLiteral("Deactivate x"), at(5),
                       QStringLiteral("id-1"), AuditRecord::Phase::Intent, AuditRecord::Outcome::Pending);
            log.write(intent);
            log.write(intent.outcomeOf(AuditRecord::Outcome::Succeeded, QStringLiteral("Deactivated identity x"),
                                       ApiError()));
        }
        if (!log.waitForWritten())
            return {};
        return log.filePath(QStringLiteral("desk-b"));
    }
};

QTEST_GUILESS_MAIN(tst_IdentityHistory)
#include "tst_identityhistory.moc"
