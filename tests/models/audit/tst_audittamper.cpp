// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditAnchors.h"
#include "AuditForgery.h"
#include "AuditLog.h"
#include "AuditTrailCheck.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <cstdio>
#include <memory>

// An audit trail that cannot be quietly rewritten (issue #32 §4). Whatever is done to a trail
// while the app is closed or open (an end cut off, the last line edited, the head or the trail
// deleted, records renumbered, a line appended, the file replaced), the next audited action does
// not chain onto it: the damaged file is sealed and kept, and a new trail starts with an
// audit.trail.broken record naming the reason and the last record that still verified. verify
// checks numbering, blames the right line and tells a deleted trail from one never written. A
// rewrite with every hash recomputed is caught by the collector's checkpoints (AuditAnchors).
class tst_AuditTamper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;

    QString freshDir() { return m_dir.filePath(QStringLiteral("t%1").arg(++m_next)); }
    static AuditLog::Scope scope(bool collector = false)
    {
        SyslogTarget target;
        if (collector) { // a collector nobody listens on: the records wait in the trail
            target.host = QStringLiteral("127.0.0.1");
            target.port = 9;
        }
        return {QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("h:1"), QStringLiteral("staging"), target};
    }
    static void fill(AuditLog &log, int n)
    {
        for (int i = 0; i < n; ++i) {
            AuditRecord r;
            r.actionId = AuditRecord::newActionId();
            r.action = QStringLiteral("identity.delete");
            r.summary = QStringLiteral("Delete identity id-%1").arg(i);
            r.targets = {
                {QStringLiteral("identity"), QStringLiteral("id-%1").arg(i), QStringLiteral("label-%1").arg(i)}};
            r.phase = AuditRecord::Phase::Outcome;
            r.outcome = AuditRecord::Outcome::Succeeded;
            log.write(r);
        }
        QVERIFY(log.waitForWritten());
    }
    static QByteArray bytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QList<QByteArray> lines(const QString &path)
    {
        QList<QByteArray> out = bytes(path).split('\n');
        out.removeAll(QByteArray());
        return out;
    }
    static void put(const QString &path, const QByteArray &content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(content), content.size());
    }
    static QByteArray joined(const QList<QByteArray> &content)
    {
        QByteArray out;
        for (const QByteArray &l : content)
            out += l + '\n';
        return out;
    }
    static QString headOf(const AuditLog &log) { return QDir(log.directory()).filePath(QStringLiteral("x.head")); }
    // The lines of a collector's file holding each checkpoint of `trail`, as rsyslog writes them.
    static QByteArray collectorCopy(const QString &trail, int skip = -1)
    {
        QByteArray out;
        int n = 0;
        for (const QByteArray &line : lines(trail)) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QLatin1String("action")).toString() != QLatin1String("audit.checkpoint"))
                continue;
            if (n++ == skip)
                continue;
            out += "audit.checkpoint\t[audit@32473 seq=\"" +
                   QByteArray::number(o.value(QLatin1String("seq")).toInteger()) + "\"]\t" +
                   o.value(QLatin1String("summary")).toString().toUtf8() + '\n';
        }
        return out;
    }

private Q_SLOTS:
    // Damage done while the app is closed or while it has the trail open; `before` is what verify
    // says before the next write (0: a cut or missing end, no one line to blame; -1: whole, the
    // damage only shows in the file's identity).
    void damagedTrailIsSealedAndRestarted_data()
    {
        QTest::addColumn<QString>("sabotage");
        QTest::addColumn<bool>("whileOpen");
        QTest::addColumn<int>("before");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("lastGood");

        QTest::newRow("last records cut off") << "cut" << false << 0 << "cut off" << 3;
        QTest::newRow("last line edited") << "edit last" << false << 5 << "line 5, the last, was changed" << 4;
        QTest::newRow("head deleted") << "no head" << false << 0 << "head record is missing" << 5;
        QTest::newRow("trail deleted") << "no trail" << false << 0 << "trail file is missing" << 0;
        QTest::newRow("trail and head deleted") << "nothing" << false << 0 << "records were written" << 0;
        QTest::newRow("records renumbered") << "renumbered" << false << 1 << "line 1 holds record number 11" << 0;
        QTest::newRow("record removed, chain recomputed") << "rechained" << false << 2 << "holds record number 3" << 1;
        QTest::newRow("line appended") << "appended" << false << 6 << "were added" << 5;
        QTest::newRow("middle line edited") << "edit middle" << false << 4 << "line 4 does not follow line 3" << 2;
        QTest::newRow("removed while open") << "no trail" << true << 0 << "removed while the app was writing" << 0;
        QTest::newRow("replaced while open") << "replaced" << true << -1 << "replaced by another file" << 5;
        QTest::newRow("cut short while open") << "cut" << true << 0 << "cut short while the app was writing" << 3;
        QTest::newRow("line appended while open") << "appended" << true << 6 << "were added" << 5;
        QTest::newRow("head deleted while open") << "no head" << true << 0 << "head record is missing" << 5;
        QTest::newRow("end cut, head rewritten while open") << "cut and head" << true << -1 << "cut short" << 3;
    }
    void damagedTrailIsSealedAndRestarted()
    {
        QFETCH(QString, sabotage);
        QFETCH(bool, whileOpen);
        QFETCH(int, before);
        QFETCH(QString, words);
        QFETCH(int, lastGood);

        const QString dir = freshDir();
        auto log = std::make_unique<AuditLog>(dir);
        log->setProfile(scope());
        fill(*log, 5);
        const QString trail = log->filePath(QStringLiteral("x"));
        const QString head = headOf(*log);
        const QList<QByteArray> original = lines(trail);
        QCOMPARE(original.size(), 5);
        if (!whileOpen)
            log.reset();

        if (sabotage == QLatin1String("cut")) {
            put(trail, joined(original.mid(0, 3)));
        } else if (sabotage == QLatin1String("cut and head")) {
            QVERIFY(TestSupport::forgeTrail(trail,
                                            original.mid(0, 3))); // the chain was whole up to line 3: a consistent cut
        } else if (sabotage == QLatin1String("edit last")) {
            QList<QByteArray> edited = original;
            edited.last().replace("id-4", "id-9");
            put(trail, joined(edited));
        } else if (sabotage == QLatin1String("edit middle")) {
            QList<QByteArray> edited = original;
            edited[2].replace("id-2", "id-9");
            put(trail, joined(edited));
        } else if (sabotage == QLatin1String("no head")) {
            QVERIFY(QFile::remove(head));
        } else if (sabotage == QLatin1String("no trail")) {
            QVERIFY(QFile::remove(trail));
        } else if (sabotage == QLatin1String("nothing")) {
            QVERIFY(QFile::remove(trail));
            QVERIFY(QFile::remove(head));
        } else if (sabotage == QLatin1String("renumbered")) {
            // Numbered from 11 on, every hash and the head recomputed: only "seq" tells.
            QList<QByteArray> renumbered = original;
            for (int i = 0; i < renumbered.size(); ++i) {
                QJsonObject o = QJsonDocument::fromJson(renumbered.at(i)).object();
                o.insert(QStringLiteral("seq"), i + 11);
                renumbered[i] = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            QVERIFY(TestSupport::forgeTrail(trail, renumbered));
        } else if (sabotage == QLatin1String("rechained")) {
            QList<QByteArray> fewer = original;
            fewer.removeAt(1);
            QVERIFY(TestSupport::forgeTrail(trail, fewer));
        } else if (sabotage == QLatin1String("appended")) {
            QJsonObject o = QJsonDocument::fromJson(original.last()).object();
            o.insert(QStringLiteral("seq"), 6);
            o.insert(QStringLiteral("prev"), QString::fromLatin1(AuditTrailCheck::hashOf(original.last())));
            o.insert(QStringLiteral("summary"), QStringLiteral("Something that never happened"));
            put(trail, joined(original + QList<QByteArray>{QJsonDocument(o).toJson(QJsonDocument::Compact)}));
        } else if (sabotage == QLatin1String("replaced")) {
            put(trail + QStringLiteral(".new"), joined(original)); // the same text in another file
            QVERIFY(std::rename(QFile::encodeName(trail + QStringLiteral(".new")).constData(),
                                QFile::encodeName(trail).constData()) == 0);
        }
        const QByteArray damaged = bytes(trail);
        const bool trailWasThere = QFile::exists(trail);
        const bool headWasThere = QFile::exists(head);

        if (!log) {
            log = std::make_unique<AuditLog>(dir);
            log->setProfile(scope());
        }
        const AuditLog::Verification found = log->verify(QStringLiteral("x"));
        if (before < 0) {
            QVERIFY(found.ok);
        } else {
            QVERIFY(!found.ok);
            QCOMPARE(found.firstBrokenLine, before);
            if (!whileOpen)
                QVERIFY2(found.reason.contains(words), qPrintable(found.reason));
        }

        // The next audited action: never chained onto the damage.
        QSignalSpy restarted(log.get(), &AuditLog::trailRestarted);
        fill(*log, 1);
        QVERIFY(log->writable());
        QTRY_COMPARE(restarted.size(), 1);
        const QString reason = restarted.first().at(0).toString();
        const QString sealed = restarted.first().at(1).toString();
        QVERIFY2(reason.contains(words), qPrintable(reason));

        const QList<AuditRecord> records = log->records(QStringLiteral("x"));
        QCOMPARE(records.size(), 2);
        const AuditRecord &broken = records.first();
        QCOMPARE(broken.action, QStringLiteral("audit.trail.broken"));
        QCOMPARE(broken.sequence, 1);
        QCOMPARE(broken.profileId, QStringLiteral("x"));
        QVERIFY(!broken.operatorName.isEmpty());
        QCOMPARE(broken.change.value(QLatin1String("reason")).toString(), reason);
        QCOMPARE(broken.change.value(QLatin1String("last_good_seq")).toInteger(), lastGood);
        QCOMPARE(broken.change.value(QLatin1String("last_good_hash")).toString().toLatin1(),
                 lastGood == 0 ? AuditTrailCheck::genesisHash() : AuditTrailCheck::hashOf(original.at(lastGood - 1)));
        QCOMPARE(broken.change.value(QLatin1String("sealed_as")).toString(), sealed);
        QCOMPARE(records.at(1).sequence, 2);
        QCOMPARE(records.at(1).action, QStringLiteral("identity.delete"));

        // The damage is kept, byte for byte, with its head, for the security officer.
        if (trailWasThere) {
            QVERIFY(sealed.startsWith(trail + QStringLiteral(".sealed-")));
            QCOMPARE(bytes(sealed), damaged);
        } else {
            QVERIFY(sealed.isEmpty());
        }
        const QStringList heads = QDir(dir).entryList({QStringLiteral("x.head.sealed-*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(heads.size(), headWasThere ? 1 : 0);

        // The new trail is whole and says why it began.
        const AuditLog::Verification now = log->verify(QStringLiteral("x"));
        QVERIFY2(now.ok, qPrintable(now.reason));
        QCOMPARE(now.lines, 2);
        QCOMPARE(now.restartReason, reason);
        QVERIFY(now.restartedAt.isValid());

        // And stays so: the app opened again appends onto it without another restart.
        log.reset();
        AuditLog again(dir);
        again.setProfile(scope());
        QSignalSpy again2(&again, &AuditLog::trailRestarted);
        fill(again, 1);
        QCoreApplication::processEvents();
        QCOMPARE(again2.size(), 0);
        QCOMPARE(again.verify(QStringLiteral("x")).lines, 3);
    }

    // The window and the command line write to the same profile's trail, in turns and at once:
    // each checks what the other appended and chains onto it; nothing is sealed.
    void twoInstancesShareATrail()
    {
        const QString dir = freshDir();
        AuditLog window(dir);
        AuditLog commandLine(dir);
        window.setProfile(scope());
        commandLine.setProfile(scope());
        QSignalSpy restarted(&window, &AuditLog::trailRestarted);
        QSignalSpy restartedToo(&commandLine, &AuditLog::trailRestarted);
        for (int round = 0; round < 5; ++round) {
            fill(window, 2);
            fill(commandLine, 1);
        }
        for (int i = 0; i < 20; ++i) { // both at once
            AuditRecord r;
            r.action = QStringLiteral("identity.update");
            window.write(r);
            commandLine.write(r);
        }
        QVERIFY(window.waitForWritten());
        QVERIFY(commandLine.waitForWritten());
        QCoreApplication::processEvents();
        QCOMPARE(restarted.size(), 0);
        QCOMPARE(restartedToo.size(), 0);
        const AuditLog::Verification v = window.verify(QStringLiteral("x"));
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.lines, 55);
    }

    // The operator reads the reason in their language; the audit record keeps it in English.
    void recordWordsAreNeverTranslated()
    {
        struct Shouting : QTranslator
        {
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                return qstrcmp(context, "AuditTrailCheck") == 0 ? QString::fromLatin1(source).toUpper() : QString();
            }
            bool isEmpty() const override { return false; }
        } shouting;
        QCoreApplication::installTranslator(&shouting);
        const QString dir = freshDir();
        AuditLog log(dir);
        log.setProfile(scope());
        fill(log, 2);
        QVERIFY(QFile::remove(headOf(log)));
        log.setProfile(scope()); // read again from disk, as when the app opens
        QVERIFY(log.verify(QStringLiteral("x")).reason.contains(QStringLiteral("HEAD RECORD IS MISSING")));
        fill(log, 1);
        const QString recorded =
            log.records(QStringLiteral("x")).first().change.value(QLatin1String("reason")).toString();
        QCoreApplication::removeTranslator(&shouting);
        QCOMPARE(recorded, QStringLiteral("the trail's head record is missing"));
    }

    // A trail whose last line lost its LF (an editor, a copy) is whole; the next record goes on a
    // line of its own instead of being glued onto it.
    void missingFinalNewlineIsMended()
    {
        const QString dir = freshDir();
        {
            AuditLog log(dir);
            log.setProfile(scope());
            fill(log, 3);
        }
        AuditLog log(dir);
        log.setProfile(scope());
        const QString trail = log.filePath(QStringLiteral("x"));
        QByteArray content = bytes(trail);
        content.chop(1);
        put(trail, content);
        QVERIFY(log.verify(QStringLiteral("x")).ok);
        QSignalSpy restarted(&log, &AuditLog::trailRestarted);
        fill(log, 1);
        QCoreApplication::processEvents();
        QCOMPARE(restarted.size(), 0);
        const AuditLog::Verification v = log.verify(QStringLiteral("x"));
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.lines, 4);
        QString error;
        QCOMPARE(log.records(QStringLiteral("x"), &error).size(), 4);
        QVERIFY(error.isEmpty());
    }

    // No trail and no head: whole and empty when nothing was ever written, broken when the ledger
    // says records were.
    void neverWrittenIsNotDeleted()
    {
        const QString dir = freshDir();
        AuditLog log(dir);
        log.setProfile(scope());
        const AuditLog::Verification empty = log.verify(QStringLiteral("x"));
        QVERIFY(empty.ok);
        QCOMPARE(empty.lines, 0);
        fill(log, 2);
        QVERIFY(QFile::remove(log.filePath(QStringLiteral("x"))));
        QVERIFY(QFile::remove(headOf(log)));
        const AuditLog::Verification gone = log.verify(QStringLiteral("x"));
        QVERIFY(!gone.ok);
        QCOMPARE(gone.lines, 0);
        QVERIFY2(gone.reason.contains(QStringLiteral("records were written")), qPrintable(gone.reason));
    }

    // A checkpoint names the record before it and its hash, and the trail's first line; it is
    // written only when a collector is set and something was recorded since the last one.
    void checkpointsNameTheLastRecord()
    {
        const QString dir = freshDir();
        AuditLog log(dir);
        log.setProfile(scope(false));
        fill(log, 2);
        log.checkpoint();
        QVERIFY(log.waitForWritten());
        QCOMPARE(lines(log.filePath(QStringLiteral("x"))).size(), 2); // no collector: no checkpoint

        log.setProfile(scope(true));
        fill(log, 1);
        log.checkpoint();
        QVERIFY(log.waitForWritten());
        log.checkpoint(); // nothing new since
        QVERIFY(log.waitForWritten());
        const QList<QByteArray> written = lines(log.filePath(QStringLiteral("x")));
        QCOMPARE(written.size(), 4);
        const QList<AuditRecord> records = log.records(QStringLiteral("x"));
        const AuditRecord &c = records.last();
        QCOMPARE(c.action, QStringLiteral("audit.checkpoint"));
        QCOMPARE(c.sequence, 4);
        QCOMPARE(c.change.value(QLatin1String("seq")).toInteger(), 3);
        QCOMPARE(c.change.value(QLatin1String("hash")).toString().toLatin1(), AuditTrailCheck::hashOf(written.at(2)));
        QCOMPARE(c.change.value(QLatin1String("trail")).toString().toLatin1(), AuditTrailCheck::hashOf(written.at(0)));
        AuditAnchors::Checkpoint parsed;
        QVERIFY(AuditAnchors::parse(c.summary.toUtf8(), &parsed));
        QCOMPARE(parsed.sequence, 3);
        QCOMPARE(parsed.hash, AuditTrailCheck::hashOf(written.at(2)));
        QCOMPARE(parsed.trail, AuditTrailCheck::hashOf(written.at(0)));
        QCOMPARE(parsed.profileId, QStringLiteral("x"));
        QCOMPARE(parsed.host, log.host());
        QCOMPARE(parsed.time, c.time);
        QVERIFY(log.verify(QStringLiteral("x")).ok);
    }

    // At exit: a checkpoint when something was recorded since the last one.
    void checkpointAtExit()
    {
        const QString dir = freshDir();
        QString trail;
        {
            AuditLog log(dir);
            log.setProfile(scope(true));
            fill(log, 2);
            trail = log.filePath(QStringLiteral("x"));
        }
        const QList<QByteArray> written = lines(trail);
        QCOMPARE(written.size(), 3);
        QVERIFY(written.last().contains("\"audit.checkpoint\""));
        {
            AuditLog log(dir); // opened and closed with nothing recorded: no checkpoint
            log.setProfile(scope(true));
        }
        QCOMPARE(lines(trail).size(), 3);
    }

    // The collector's checkpoints against the local trail: a forger who recomputed every hash and
    // the head passes the local check and fails this one.
    void anchorsCatchARewrite_data()
    {
        QTest::addColumn<QString>("sabotage");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("words");

        QTest::newRow("untouched") << "none" << true << "";
        QTest::newRow("record rewritten, hashes recomputed") << "rewrite" << false << "record 2 no longer matches";
        QTest::newRow("end cut, head recomputed") << "cut" << false << "ends at record";
        QTest::newRow("first record rewritten") << "first" << false << "another trail";
        QTest::newRow("collector missed a checkpoint") << "missed" << true << "no copy of the checkpoint";
        QTest::newRow("collector has none") << "empty" << false << "no checkpoint of this trail";
    }
    void anchorsCatchARewrite()
    {
        QFETCH(QString, sabotage);
        QFETCH(bool, ok);
        QFETCH(QString, words);

        const QString dir = freshDir();
        AuditLog log(dir);
        log.setProfile(scope(true));
        for (int round = 0; round < 3; ++round) { // records 1-2, checkpoint 3; 4-5, 6; 7-8, 9
            fill(log, 2);
            log.checkpoint();
            QVERIFY(log.waitForWritten());
        }
        fill(log, 1); // record 10: after the last checkpoint
        const QString trail = log.filePath(QStringLiteral("x"));
        const QString collector = QDir(dir).filePath(QStringLiteral("collector.log"));
        put(collector, sabotage == QLatin1String("empty")    ? QByteArray("unrelated line\n")
                       : sabotage == QLatin1String("missed") ? collectorCopy(trail, 1)
                                                             : collectorCopy(trail));
        QList<QByteArray> content = lines(trail);
        if (sabotage == QLatin1String("rewrite")) {
            content[1].replace("id-1", "id-7");
            QVERIFY(TestSupport::forgeTrail(trail, content));
        } else if (sabotage == QLatin1String("cut")) {
            QVERIFY(TestSupport::forgeTrail(trail, content.mid(0, 4)));
        } else if (sabotage == QLatin1String("first")) {
            content[0].replace("id-0", "id-7");
            QVERIFY(TestSupport::forgeTrail(trail, content));
        }
        QVERIFY2(log.verify(QStringLiteral("x")).ok, "the local chain alone cannot tell");

        QString error;
        const QList<AuditAnchors::Checkpoint> anchors = AuditAnchors::read(collector, &error);
        QVERIFY(error.isEmpty());
        const AuditAnchors::Report report =
            AuditAnchors::verify(anchors, trail, QStringLiteral("x"), log.host(), log.operatorName());
        QCOMPARE(report.ok, ok);
        if (!ok) {
            QVERIFY2(report.failure.contains(words), qPrintable(report.failure));
            return;
        }
        QCOMPARE(report.checked, sabotage == QLatin1String("missed") ? 2 : 3);
        QCOMPARE(report.anchoredUpTo, 8);
        QCOMPARE(report.lines, 10);
        QVERIFY(report.gaps.last().contains(QStringLiteral("records 9 to 10")));
        if (!words.isEmpty())
            QVERIFY2(report.gaps.first().contains(words), qPrintable(report.gaps.join(QLatin1Char('\n'))));
        else
            QCOMPARE(report.gaps.size(), 1);
    }

    // After a restart the collector's checkpoints of the sealed trail are told apart from a
    // rewrite: counted as earlier, the new trail's own checked.
    void anchorsAcrossARestart()
    {
        const QString dir = freshDir();
        const QString collector = QDir(dir).filePath(QStringLiteral("collector.log"));
        QByteArray copy;
        {
            AuditLog log(dir);
            log.setProfile(scope(true));
            fill(log, 2);
            log.checkpoint();
            QVERIFY(log.waitForWritten());
            copy = collectorCopy(log.filePath(QStringLiteral("x")));
        }
        AuditLog log(dir);
        log.setProfile(scope(true));
        QVERIFY(QFile::remove(headOf(log)));
        QTest::qWait(5); // the restart comes later than the checkpoint
        fill(log, 2);
        log.checkpoint();
        QVERIFY(log.waitForWritten());
        const QString trail = log.filePath(QStringLiteral("x"));
        QCOMPARE(log.records(QStringLiteral("x")).first().action, QStringLiteral("audit.trail.broken"));
        put(collector, copy + collectorCopy(trail));
        QString error;
        const AuditAnchors::Report report = AuditAnchors::verify(AuditAnchors::read(collector, &error), trail,
                                                                 QStringLiteral("x"), log.host(), log.operatorName());
        QVERIFY2(report.ok, qPrintable(report.failure));
        QCOMPARE(report.earlier, 1);
        QCOMPARE(report.checked, 1);
    }

    // Hostile collector files: lines far too long, checkpoints with wrong shapes, binary noise.
    void anchorsReadOnlyWhatIsAnAnchor_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("anchor");
        const QByteArray h(64, 'a');
        const QByteArray good = "Audit checkpoint of trail " + h +
                                " (profile x on host by ann) at "
                                "2026-12-07T10:00:00.000Z: record 12 ends in " +
                                h;
        QTest::newRow("checkpoint") << good << true;
        QTest::newRow("inside a syslog line") << QByteArray("<85>1 2026-12-07T10:00:00Z host kratos-desk 1 "
                                                            "audit.checkpoint - \xEF\xBB\xBF") +
                                                     good
                                              << true;
        QTest::newRow("short hash") << QByteArray(good).replace(h, "abc") << false;
        QTest::newRow("record number too long")
            << QByteArray(good).replace("record 12", "record 1234567890123456789012") << false;
        QTest::newRow("bad time") << QByteArray(good).replace("2026-12-07T10:00:00.000Z", "yesterday") << false;
        QTest::newRow("words only") << QByteArray("Audit checkpoint of trail") << false;
        static const char binary[] = "\x00\xff\xfe Audit checkpoint of trail \x01";
        QTest::newRow("binary") << QByteArray(binary, sizeof(binary) - 1) << false;
    }
    void anchorsReadOnlyWhatIsAnAnchor()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, anchor);
        AuditAnchors::Checkpoint c;
        QCOMPARE(AuditAnchors::parse(line, &c), anchor);
        if (anchor) {
            QCOMPARE(c.sequence, 12);
            QCOMPARE(c.operatorName, QStringLiteral("ann"));
        }
        // In a file, after a line longer than any checkpoint: still found.
        const QString path = m_dir.filePath(QStringLiteral("collector-%1.log").arg(++m_next));
        put(path, QByteArray(3 << 20, 'z') + '\n' + line + '\n');
        QString error;
        QCOMPARE(AuditAnchors::read(path, &error).size(), anchor ? 1 : 0);
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_AuditTamper)
#include "tst_audittamper.moc"
