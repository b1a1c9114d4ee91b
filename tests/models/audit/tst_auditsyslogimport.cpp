// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"
#include "AuditSyslogImport.h"
#include "AuditTrailCheck.h"
#include "AuditTrailImport.h"
#include "SyslogFormat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

// A syslog collector's file read back into trails: every record rebuilt byte for byte, split ones
// joined, repeats once, and only what joins the trail's start hash by hash kept. What does not
// join is named with its record number, never merged.
class tst_AuditSyslogImport : public QObject
{
    Q_OBJECT

    // The collector's messages for one record, as SyslogForwarder sends them.
    using Messages = QList<QByteArray>;

    static void write(AuditLog &log, int count)
    {
        for (int i = 1; i <= count; ++i) {
            AuditRecord r;
            r.actionId = AuditRecord::newActionId();
            r.action = QStringLiteral("identity.update");
            r.summary = QStringLiteral("Updated identity user%1@example.com \"quoted\" [x] back\\slash Zoë").arg(i);
            const int targets = i == 3 ? 600 : 1; // record 3 is split into parts
            for (int t = 0; t < targets; ++t)
                r.targets.append({QStringLiteral("identity"), QStringLiteral("id-%1-%2").arg(i).arg(t),
                                  QStringLiteral("user%1.%2@example.com").arg(i).arg(t)});
            r.change = {{QStringLiteral("patch"),
                         QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                {QStringLiteral("value"), QStringLiteral("Ann ] \" \\ End")},
                                                {QStringLiteral("count"), 3}}}}};
            r.reason = QStringLiteral("SUP-%1").arg(i);
            r.phase = AuditRecord::Phase::Outcome;
            r.outcome = AuditRecord::Outcome::Succeeded;
            r.httpStatus = 200;
            log.write(r);
        }
        QVERIFY(log.waitForWritten());
    }
    static QList<QByteArray> lines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> out = file.readAll().split('\n');
        if (!out.isEmpty() && out.last().isEmpty())
            out.removeLast();
        return out;
    }
    static AuditRecord recordOf(const QByteArray &line)
    {
        return AuditRecord::fromJson(QJsonDocument::fromJson(line).object());
    }
    static QList<Messages> messagesOf(const QList<QByteArray> &trail)
    {
        QList<Messages> out;
        for (const QByteArray &line : trail)
            out.append(SyslogFormat::messages(recordOf(line), 4242));
        return out;
    }
    static QString writeFile(const QString &path, const QList<Messages> &records, const QList<QByteArray> &extra = {})
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        for (const QByteArray &line : extra)
            file.write(line + '\n');
        for (const Messages &messages : records) {
            for (const QByteArray &m : messages)
                file.write(m + '\n');
        }
        return path;
    }
    static QString problems(const AuditSyslogImport::Result &result)
    {
        QStringList out;
        for (const AuditTrailImport::Result &t : result.trails) {
            if (!t.problem.isEmpty())
                out.append(t.problem);
        }
        return out.join(QLatin1Char('|'));
    }
    static QString notes(const AuditSyslogImport::Result &result)
    {
        QStringList out = result.notes;
        for (const AuditTrailImport::Result &t : result.trails)
            out.append(t.note);
        return out.join(QLatin1Char('|'));
    }
    static qint64 stored(const AuditSyslogImport::Result &result)
    {
        for (const AuditTrailImport::Result &t : result.trails) {
            if (t.imported || t.already)
                return t.records;
        }
        return 0;
    }

    QTemporaryDir m_dir;
    QList<QByteArray> m_trail; // of profile "p", eight records

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AuditLog log(m_dir.filePath(QStringLiteral("desk-7")));
        log.setProfile({QStringLiteral("p"), QStringLiteral("Prod"), QStringLiteral("kratos.example:4434"),
                        QStringLiteral("production"), SyslogTarget()});
        write(log, 8);
        m_trail = lines(log.filePath(QStringLiteral("p")));
        QCOMPARE(m_trail.size(), 8);
        QVERIFY(SyslogFormat::messages(recordOf(m_trail.at(2)), 1).size() > 1);
    }

    // What the collector's file holds, and what is imported from it.
    void collectorFile_data()
    {
        QTest::addColumn<std::function<void(QList<Messages> &)>>("change");
        QTest::addColumn<qint64>("imported");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("note");
        using Edit = std::function<void(QList<Messages> &)>;
        QTest::newRow("every record") << Edit([](QList<Messages> &) {}) << qint64(8) << QString() << QString();
        QTest::newRow("records sent again after a reconnection")
            << Edit([](QList<Messages> &r) { r.append(r.mid(3, 3)); }) << qint64(8) << QString() << QString();
        QTest::newRow("a split record's part never came")
            << Edit([](QList<Messages> &r) { r[2].removeAt(1); }) << qint64(2)
            << QStringLiteral("from record 4 on do not join their trail's start: record 3 is missing")
            << QStringLiteral("1 split record(s) did not come whole");
        QTest::newRow("a record missing") << Edit([](QList<Messages> &r) { r.removeAt(4); }) << qint64(4)
                                          << QStringLiteral("3 record(s) from record 6 on do not join their "
                                                            "trail's start: record 5 is missing")
                                          << QString();
        QTest::newRow("the first record missing")
            << Edit([](QList<Messages> &r) { r.removeFirst(); }) << qint64(0)
            << QStringLiteral("7 record(s) from record 2 on do not join their trail's start: record 1 is missing")
            << QString();
        QTest::newRow("a record changed on the way")
            << Edit([](QList<Messages> &r) { r[4] = changed(r.at(4)); }) << qint64(4)
            << QStringLiteral("4 record(s) from record 5 on do not join") << QString();
        QTest::newRow("the first record changed on the way")
            << Edit([](QList<Messages> &r) { r[0] = changed(r.at(0)); }) << qint64(0)
            << QStringLiteral("8 record(s) from the trail's first record on do not join") << QString();
        QTest::newRow("a second record 5 forged beside the real one")
            << Edit([](QList<Messages> &r) { r.append(changed(r.at(4))); }) << qint64(4)
            << QStringLiteral("5 record(s) from record 5 on do not join")
            << QStringLiteral("Two different records claim to be record 5");
        QTest::newRow("the last record changed: nothing after it to check it")
            << Edit([](QList<Messages> &r) { r[7] = changed(r.at(7)); }) << qint64(8) << QString()
            << QStringLiteral("a cut-off end cannot be noticed");
    }
    void collectorFile()
    {
        QFETCH(std::function<void(QList<Messages> &)>, change);
        QFETCH(qint64, imported);
        QFETCH(QString, problem);
        QFETCH(QString, note);
        QList<Messages> records = messagesOf(m_trail);
        change(records);
        QTemporaryDir here;
        const QString file = writeFile(here.filePath(QStringLiteral("audit.log")), records);
        const AuditSyslogImport::Result result =
            AuditSyslogImport::importFiles({file}, here.filePath(QStringLiteral("audit")));
        QCOMPARE(stored(result), imported);
        if (problem.isEmpty())
            QCOMPARE(problems(result), QString());
        else
            QVERIFY2(problems(result).contains(problem), qPrintable(problems(result)));
        if (!note.isEmpty())
            QVERIFY2(notes(result).contains(note), qPrintable(notes(result)));
        // What is kept is the trail itself, line for line, as far as it goes: it verifies as an import.
        const QStringList kept = QDir(AuditTrailImport::folder(here.filePath(QStringLiteral("audit"))))
                                     .entryList({QStringLiteral("*.jsonl")}, QDir::Files);
        QCOMPARE(kept.size(), imported > 0 ? 1 : 0);
        if (imported > 0) {
            const QString copy =
                QDir(AuditTrailImport::folder(here.filePath(QStringLiteral("audit")))).filePath(kept.first());
            const QList<QByteArray> copied = lines(copy);
            QCOMPARE(copied.size(), imported);
            QCOMPARE(copied.mid(0, imported - 1), m_trail.mid(0, imported - 1));
            // The last one has no record after it to check it (nor has a trail without its head).
            QCOMPARE(copied.last() == m_trail.at(imported - 1),
                     !QByteArray(QTest::currentDataTag()).startsWith("the last"));
            QCOMPARE(QFile::permissions(copy) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        }
    }

    // Lines of other programs, broken structured data and impossible part numbers are passed over.
    void otherLinesArePassedOver()
    {
        QTemporaryDir here;
        const QList<QByteArray> noise{
            "Dec  8 02:00:00 desk-7 sshd[1]: Accepted publickey for ann",
            "2026-12-08T02:00:00Z desk-7 x [audit@32473 seq=\"1\" never closed",
            "2026-12-08T02:00:00Z desk-7 x [audit@32473 seq=\"1\" part=\"0/5\"]",
            "2026-12-08T02:00:00Z desk-7 x [audit@32473 seq=\"1\" part=\"3/2\"]",
            "2026-12-08T02:00:00Z desk-7 x [audit@32473 seq=\"1\" part=\"1/999999\"]",
            "2026-12-08T02:00:00Z desk-7 x [audit@32473 seq=\"x\" targets=\"[]\"]",
            QByteArray(200000, '\\'),
            "",
        };
        const QString file = writeFile(here.filePath(QStringLiteral("audit.log")), messagesOf(m_trail), noise);
        const AuditSyslogImport::Result result =
            AuditSyslogImport::importFiles({file}, here.filePath(QStringLiteral("audit")));
        QCOMPARE(stored(result), qint64(8));
        QCOMPARE(problems(result), QString());
        QCOMPARE(result.otherLines, qint64(4)); // sshd, the unclosed element, the backslashes, the empty line
        QVERIFY2(notes(result).contains(QStringLiteral("3 line(s) with a part number that is not one")),
                 qPrintable(notes(result)));
        QVERIFY2(notes(result).contains(QStringLiteral("1 record(s) that are not audit records")),
                 qPrintable(notes(result)));
    }

    // A hostile file: more trail starts than one import follows, and hundreds of records that
    // name predecessors nobody has. The starts up to the cap are kept, the rest named in a note,
    // the orphans reported by who wrote them; nothing is followed twice.
    void manyStartsAndOrphans()
    {
        QTemporaryDir here;
        const auto record = [](const QString &who, qint64 sequence, const QString &previous, int n) {
            AuditRecord r;
            r.sequence = sequence;
            r.previousHash = previous;
            r.time = QDateTime(QDate(2026, 12, 8), QTime(2, 0), Qt::UTC);
            r.operatorName = who;
            r.host = QStringLiteral("desk");
            r.profileId = QStringLiteral("p");
            r.profileName = QStringLiteral("Prod");
            r.actionId = QStringLiteral("a-%1").arg(n);
            r.action = QStringLiteral("identity.update");
            r.summary = QStringLiteral("record %1").arg(n);
            return SyslogFormat::messages(r, 1);
        };
        QList<Messages> records;
        const QString genesis = QString::fromLatin1(AuditTrailCheck::genesisHash());
        for (int n = 0; n < AuditSyslogImport::MaxTrails + 500; ++n)
            records.append(record(QStringLiteral("ann"), 1, genesis, n));
        for (int n = 0; n < 900; ++n)
            records.append(record(QStringLiteral("mallory"), 2, QString(64, QLatin1Char('f')), n));
        const QString file = writeFile(here.filePath(QStringLiteral("audit.log")), records);
        const AuditSyslogImport::Result result =
            AuditSyslogImport::importFiles({file}, here.filePath(QStringLiteral("audit")));
        QCOMPARE(result.records, qint64(AuditSyslogImport::MaxTrails + 500 + 900));
        int imported = 0;
        for (const AuditTrailImport::Result &t : result.trails)
            imported += t.imported ? 1 : 0;
        QCOMPARE(imported, AuditSyslogImport::MaxTrails);
        QVERIFY2(notes(result).contains(QStringLiteral("500 more trail(s) start in these files")),
                 qPrintable(notes(result)));
        QVERIFY2(problems(result).contains(QStringLiteral("900 record(s) from record 2 on do not join")),
                 qPrintable(problems(result)));
    }

    // Two profiles' records interleaved in one file: two trails, each whole.
    void twoTrailsInOneFile()
    {
        QTemporaryDir here;
        AuditLog other(here.filePath(QStringLiteral("desk-9")));
        other.setProfile({QStringLiteral("s"), QStringLiteral("Staging"), QStringLiteral("kratos.example:4434"),
                          QStringLiteral("staging"), SyslogTarget()});
        write(other, 4);
        const QList<QByteArray> second = lines(other.filePath(QStringLiteral("s")));
        QList<Messages> mixed;
        const QList<Messages> a = messagesOf(m_trail);
        const QList<Messages> b = messagesOf(second);
        for (int i = 0; i < 8; ++i) {
            mixed.append(a.at(i));
            if (i < b.size())
                mixed.append(b.at(i));
        }
        const QString file = writeFile(here.filePath(QStringLiteral("audit.log")), mixed);
        const AuditSyslogImport::Result result =
            AuditSyslogImport::importFiles({file}, here.filePath(QStringLiteral("audit")));
        QCOMPARE(result.trails.size(), 2);
        QCOMPARE(problems(result), QString());
        QCOMPARE(result.records, qint64(12));
        QStringList origins{result.trails.at(0).origin, result.trails.at(1).origin};
        origins.sort();
        QVERIFY2(origins.at(0).endsWith(QStringLiteral("(Prod)")), qPrintable(origins.at(0)));
        QVERIFY2(origins.at(1).endsWith(QStringLiteral("(Staging)")), qPrintable(origins.at(1)));
        for (const AuditTrailImport::Result &t : result.trails)
            QCOMPARE(lines(t.storedAs), t.records == 8 ? m_trail : second);
    }

    // A rotated collector file continues the copy its older part left; imported twice adds nothing.
    void rotatedFilesContinueTheTrail()
    {
        QTemporaryDir here;
        const QString audit = here.filePath(QStringLiteral("audit"));
        const QList<Messages> all = messagesOf(m_trail);
        const QString older = writeFile(here.filePath(QStringLiteral("audit.log.1")), all.mid(0, 4));
        const QString newer = writeFile(here.filePath(QStringLiteral("audit.log")), all.mid(4));
        QCOMPARE(stored(AuditSyslogImport::importFiles({older}, audit)), qint64(4));
        const AuditSyslogImport::Result result = AuditSyslogImport::importFiles({newer}, audit);
        QCOMPARE(problems(result), QString());
        QCOMPARE(result.trails.size(), 1);
        QVERIFY(result.trails.first().imported);
        QVERIFY2(result.trails.first().note.contains(QStringLiteral("continues a trail imported before")),
                 qPrintable(result.trails.first().note));
        QCOMPARE(lines(result.trails.first().storedAs), m_trail);
        const AuditSyslogImport::Result again = AuditSyslogImport::importFiles({older, newer}, audit);
        QCOMPARE(again.trails.size(), 1);
        QVERIFY(again.trails.first().already);
        QVERIFY(!again.trails.first().imported);
    }

    // This computer's own trail, sent to the collector and read back, is not imported twice.
    void ownTrailIsNotImported()
    {
        QTemporaryDir here;
        const QString file = writeFile(here.filePath(QStringLiteral("audit.log")), messagesOf(m_trail));
        const AuditSyslogImport::Result result =
            AuditSyslogImport::importFiles({file}, m_dir.filePath(QStringLiteral("desk-7")));
        QCOMPARE(result.trails.size(), 1);
        QVERIFY2(result.trails.first().problem.contains(QStringLiteral("this computer's own trails")),
                 qPrintable(result.trails.first().problem));
        QVERIFY(!QDir(AuditTrailImport::folder(m_dir.filePath(QStringLiteral("desk-7")))).exists());
    }

    void isCollectorFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("collector");
        QTest::newRow("a trail") << QByteArray("{\"seq\":1}\n") << false;
        QTest::newRow("rsyslog's lines") << QByteArray("\n2026-12-08T02:00:00Z h identity.update [audit@32473 "
                                                       "seq=\"1\"] words\n")
                                         << true;
        QTest::newRow("other programs' lines first")
            << QByteArray("Dec  8 sshd[1]: hello\nx [audit@32473 seq=\"1\"] words\n") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("some other log") << QByteArray("Dec  8 sshd[1]: hello\n") << false;
    }
    void isCollectorFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, collector);
        QTemporaryDir here;
        QFile file(here.filePath(QStringLiteral("f")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QCOMPARE(AuditSyslogImport::isCollectorFile(file.fileName()), collector);
    }

private:
    // The record's messages with its words changed, as a collector that altered it would hold.
    static Messages changed(const Messages &messages)
    {
        QList<QMap<QString, QString>> parts;
        for (const QByteArray &m : messages)
            parts.append(AuditSyslogImport::recordParameters(m));
        AuditRecord r = recordOf(AuditSyslogImport::trailLine(SyslogFormat::reassemble(parts)));
        r.summary += QStringLiteral(" (edited)");
        return SyslogFormat::messages(r, 4242);
    }
};

QTEST_GUILESS_MAIN(tst_AuditSyslogImport)
#include "tst_auditsyslogimport.moc"
