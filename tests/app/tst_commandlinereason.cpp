// SPDX-License-Identifier: GPL-3.0-or-later
// `--reason` on the command line: on a profile that requires a reason every change, export and
// reveal is refused unsent without one (exit 4) and recorded with it when given.
#include "AuditRecord.h"
#include "CliProcess.h"
#include "SyslogFormat.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using TestSupport::Cli;
using TestSupport::CliRun;
using TestSupport::SimProcess;

class TestCommandLineReason : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimProcess> m_sim;
    QStringList m_identityIds;
    QString m_messageId;

    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> rows;
        for (const QByteArray &line : out.split('\n'))
            if (!line.trimmed().isEmpty())
                rows.append(QJsonDocument::fromJson(line).object());
        return rows;
    }
    QStringList connection() const
    {
        return {QStringLiteral("--admin-url"), m_sim->adminUrl(), QStringLiteral("--public-url"), m_sim->publicUrl()};
    }
    // The actions the profile's trail holds, with their reasons.
    static QList<QJsonObject> trail(const Cli &cli)
    {
        return jsonLines(cli.run({QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--profile"),
                                  QStringLiteral("Staff"), QStringLiteral("--output"), QStringLiteral("jsonl")})
                             .out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimProcess>(QStringList{QStringLiteral("--identities"), QStringLiteral("20"),
                                                         QStringLiteral("--messages"), QStringLiteral("5"),
                                                         QStringLiteral("--dev")});
        Cli cli;
        const CliRun all = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("export")} + connection());
        QCOMPARE(all.exitCode, 0);
        for (const QJsonObject &o : jsonLines(all.out))
            m_identityIds.append(o.value(QLatin1String("id")).toString());
        const CliRun messages = cli.run(QStringList{QStringLiteral("courier"), QStringLiteral("list")} + connection());
        QCOMPARE(messages.exitCode, 0);
        m_messageId = jsonLines(messages.out).first().value(QLatin1String("id")).toString();
    }
    void cleanupTestCase() { m_sim.reset(); }

    void refusedWithoutRecordedWith_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("action");
        QTest::newRow("deactivate") << QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"),
                                                   QStringLiteral("ID0"), QStringLiteral("--yes")}
                                    << QStringLiteral("identity.deactivate");
        QTest::newRow("deactivate many") << QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"),
                                                        QStringLiteral("ID1"), QStringLiteral("ID2"),
                                                        QStringLiteral("--yes")}
                                         << QStringLiteral("identity.deactivate.bulk");
        QTest::newRow("revoke all sessions") << QStringList{QStringLiteral("sessions"), QStringLiteral("revoke-all"),
                                                            QStringLiteral("ID3"), QStringLiteral("--yes")}
                                             << QStringLiteral("identity.sessions.revoke");
        QTest::newRow("recovery link") << QStringList{QStringLiteral("recovery"), QStringLiteral("link"),
                                                      QStringLiteral("ID4")}
                                       << QStringLiteral("identity.recovery_link.create");
        QTest::newRow("export") << QStringList{QStringLiteral("identities"), QStringLiteral("export")}
                                << QStringLiteral("identity.export");
        QTest::newRow("reveal") << QStringList{QStringLiteral("courier"), QStringLiteral("get"), QStringLiteral("MSG"),
                                               QStringLiteral("--reveal"), QStringLiteral("--yes")}
                                << QStringLiteral("courier.message.reveal");
    }
    void refusedWithoutRecordedWith()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, action);
        for (QString &word : command) {
            if (word.startsWith(QLatin1String("ID")))
                word = m_identityIds.at(word.mid(2).toInt());
            else if (word == QLatin1String("MSG"))
                word = m_messageId;
        }
        Cli cli;
        QCOMPARE(cli.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Staff"),
                          QStringLiteral("--admin-url"), m_sim->adminUrl(), QStringLiteral("--public-url"),
                          m_sim->publicUrl(), QStringLiteral("--require-reason"), QStringLiteral("yes")})
                     .exitCode,
                 0);
        const QStringList staff{QStringLiteral("--profile"), QStringLiteral("Staff")};
        const CliRun refused = cli.run(command + staff);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("--reason"), refused.err.constData());
        QVERIFY(refused.out.isEmpty()); // no export, no body, no link
        QVERIFY(trail(cli).isEmpty());  // nothing was sent, so nothing to record

        const CliRun given = cli.run(
            command + staff + QStringList{QStringLiteral("--reason"), QStringLiteral("SUP-77\tcustomer\ncalled")});
        QCOMPARE(given.exitCode, 0);
        const QList<QJsonObject> actions = trail(cli);
        QVERIFY(!actions.isEmpty());
        for (const QJsonObject &a : actions) {
            QVERIFY(a.value(QLatin1String("action")).toString().startsWith(action.section(QLatin1Char('.'), 0, 1)));
            QCOMPARE(a.value(QLatin1String("reason")).toString(), QStringLiteral("SUP-77 customer called"));
        }
        // The identity's history shows the action with its reason.
        if (command.size() >= 3 && command.size() <= 4 && command.at(2).size() == 36) {
            const CliRun history = cli.run({QStringLiteral("identities"), QStringLiteral("history"), command.at(2),
                                            QStringLiteral("--profile"), QStringLiteral("Staff"),
                                            QStringLiteral("--output"), QStringLiteral("jsonl")});
            QCOMPARE(history.exitCode, 0);
            const QList<QJsonObject> events = jsonLines(history.out);
            QVERIFY(!events.isEmpty());
            // The server's own events of the change (state, credentials rewritten) share its time.
            const auto mine = std::find_if(events.cbegin(), events.cend(), [](const QJsonObject &e) {
                return e.value(QLatin1String("source")).toString() == QLatin1String("operator");
            });
            QVERIFY(mine != events.cend());
            QVERIFY(QDateTime::fromString(mine->value(QLatin1String("time")).toString(), Qt::ISODate)
                        .secsTo(QDateTime::currentDateTimeUtc()) < 120);
            QCOMPARE(mine->value(QLatin1String("reason")).toString(), QStringLiteral("SUP-77 customer called"));
            const CliRun table = cli.run({QStringLiteral("identities"), QStringLiteral("history"), command.at(2),
                                          QStringLiteral("--profile"), QStringLiteral("Staff"),
                                          QStringLiteral("--output"), QStringLiteral("table")});
            QVERIFY(table.out.contains("Note: Kratos keeps no record of failed sign-ins"));
        }
        // The trail finds the actions of a ticket.
        const CliRun byTicket = cli.run({QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--profile"),
                                         QStringLiteral("Staff"), QStringLiteral("--text"), QStringLiteral("SUP-77"),
                                         QStringLiteral("--output"), QStringLiteral("jsonl")});
        QCOMPARE(jsonLines(byTicket.out).size(), actions.size());
    }

    // Another desk's trail, imported: its actions show in the identity's history here, marked; a
    // trail that does not verify is refused (exit 1).
    void importedTrailShowsInTheHistory()
    {
        Cli desk;
        const QString id = m_identityIds.at(12);
        QCOMPARE(desk.run(QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"), id,
                                      QStringLiteral("--yes"), QStringLiteral("--reason"), QStringLiteral("OPS-5")} +
                          connection())
                     .exitCode,
                 0);
        const QStringList trails = QDir(desk.auditDir()).entryList({QStringLiteral("*.jsonl")}, QDir::Files);
        QCOMPARE(trails.size(), 1);
        const QString trail = QDir(desk.auditDir()).filePath(trails.first());
        Cli mine;
        const CliRun imported = mine.run({QStringLiteral("audit"), QStringLiteral("import"), trail});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("imported 2 records"), imported.out.constData());
        const CliRun history = mine.run(QStringList{QStringLiteral("identities"), QStringLiteral("history"), id,
                                                    QStringLiteral("--output"), QStringLiteral("jsonl")} +
                                        connection());
        QCOMPARE(history.exitCode, 0);
        bool found = false;
        for (const QJsonObject &e : jsonLines(history.out)) {
            if (e.value(QLatin1String("reason")).toString() == QLatin1String("OPS-5")) {
                found = true;
                QVERIFY(e.value(QLatin1String("by")).toString().contains(QStringLiteral("imported")));
            }
        }
        QVERIFY(found);
        QFile damaged(trail);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        QByteArray bytes = damaged.readAll();
        bytes.replace("OPS-5", "OPS-6");
        damaged.seek(0);
        damaged.write(bytes);
        damaged.close();
        Cli third;
        const CliRun refused = third.run({QStringLiteral("audit"), QStringLiteral("import"), trail});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("does not verify"));
    }

    // The syslog collector's file of another desk's records: read back into its trail, so that the
    // history shows them; the same file without the trail's first record imports nothing (exit 1).
    void collectorFileShowsInTheHistory()
    {
        Cli desk;
        const QString id = m_identityIds.at(13);
        QCOMPARE(desk.run(QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"), id,
                                      QStringLiteral("--yes"), QStringLiteral("--reason"), QStringLiteral("OPS-8")} +
                          connection())
                     .exitCode,
                 0);
        const QStringList trails = QDir(desk.auditDir()).entryList({QStringLiteral("*.jsonl")}, QDir::Files);
        QCOMPARE(trails.size(), 1);
        QFile trail(QDir(desk.auditDir()).filePath(trails.first()));
        QVERIFY(trail.open(QIODevice::ReadOnly));
        QList<QByteArray> messages{"Dec  8 02:00:00 desk-9 sshd[77]: Accepted publickey for ann"};
        for (const QByteArray &line : trail.readAll().split('\n')) {
            if (!line.isEmpty())
                messages += SyslogFormat::messages(AuditRecord::fromJson(QJsonDocument::fromJson(line).object()), 77);
        }
        QTemporaryDir collector;
        const auto save = [&collector](const QString &name, const QList<QByteArray> &lines) {
            QFile file(collector.filePath(name));
            if (file.open(QIODevice::WriteOnly))
                file.write(lines.join('\n') + '\n');
            return file.fileName();
        };
        Cli partial;
        const CliRun cut = partial.run(
            {QStringLiteral("audit"), QStringLiteral("import"), save(QStringLiteral("cut.log"), messages.mid(2))});
        QCOMPARE(cut.exitCode, 1);
        QVERIFY2(cut.err.contains("record 1 is missing"), cut.err.constData());
        Cli mine;
        const CliRun imported =
            mine.run({QStringLiteral("audit"), QStringLiteral("import"), save(QStringLiteral("audit.log"), messages)});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.out.contains("imported 2 records"), imported.out.constData());
        const CliRun history = mine.run(QStringList{QStringLiteral("identities"), QStringLiteral("history"), id,
                                                    QStringLiteral("--output"), QStringLiteral("jsonl")} +
                                        connection());
        bool found = false;
        for (const QJsonObject &e : jsonLines(history.out)) {
            if (e.value(QLatin1String("reason")).toString() == QLatin1String("OPS-8"))
                found = e.value(QLatin1String("by")).toString().contains(QStringLiteral("imported"));
        }
        QVERIFY(found);
    }

    // A profile that does not ask still records a reason given, and an empty --reason is a usage error.
    void optionalAndEmpty()
    {
        Cli cli;
        const QStringList deactivate = QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"),
                                                   m_identityIds.at(10), QStringLiteral("--yes")} +
                                       connection();
        const CliRun empty = cli.run(deactivate + QStringList{QStringLiteral("--reason"), QStringLiteral(" \t")});
        QCOMPARE(empty.exitCode, 2);
        const CliRun without = cli.run(deactivate);
        QCOMPARE(without.exitCode, 0);
        const CliRun reactivate =
            cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("activate"), m_identityIds.at(10),
                                QStringLiteral("--yes"), QStringLiteral("--reason"), QStringLiteral("#12")} +
                    connection());
        QCOMPARE(reactivate.exitCode, 0);
        const QList<QJsonObject> actions = jsonLines(
            cli.run(QStringList{QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--admin-url"),
                                m_sim->adminUrl(), QStringLiteral("--output"), QStringLiteral("jsonl")})
                .out);
        QCOMPARE(actions.size(), 2);
        QVERIFY(!actions.at(0).contains(QLatin1String("reason")));
        QCOMPARE(actions.at(1).value(QLatin1String("reason")).toString(), QStringLiteral("#12"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineReason)
#include "tst_commandlinereason.moc"
