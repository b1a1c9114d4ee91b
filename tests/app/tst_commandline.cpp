// SPDX-License-Identifier: GPL-3.0-or-later
// `kratos-desk` subcommands through the real executable against kratos-sim processes: outputs
// parsed as JSON and CSV, exit codes, questions with and without --yes (on a pseudo-terminal
// from script(1)), read-only and production refusals, audit records identical in content to the
// window's action classes', and the token nowhere but in the request.
#include "AuditForgery.h"
#include "AuditLog.h"
#include "CliProcess.h"
#include "CsvPoison.h"
#include "IdentityActions.h"
#include "IdentityExporter.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "SchemaListModel.h"
#include "TestAudit.h"

#include "Await.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QtTest>

using TestSupport::Cli;
using TestSupport::CliRun;
using TestSupport::SimProcess;

namespace {

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> rows;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {}; // not JSON Lines: the test's comparison fails
        rows.append(doc.object());
    }
    return rows;
}

// The record's content, without what the trail adds (time, sequence, hash, operator, where).
QJsonObject content(const AuditRecord &r)
{
    QJsonObject o = r.toJson();
    for (const char *key :
         {"time", "seq", "prev", "action_id", "operator", "host", "profile", "profile_id", "authority", "environment"})
        o.remove(QLatin1String(key));
    return o;
}

// A command line for script(1): every argument single-quoted.
QString shellLine(const QStringList &arguments)
{
    QStringList quoted{QStringLiteral(KD_DESK_EXE)};
    for (QString a : arguments)
        quoted.append(QLatin1Char('\'') + a.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\''));
    return quoted.join(QLatin1Char(' '));
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimProcess> m_sim;
    std::unique_ptr<SimProcess> m_looping;  // kratos-sim --repeat-next-link
    std::unique_ptr<SimProcess> m_poisoned; // kratos-sim --extra-list-item
    std::unique_ptr<SimProcess> m_longBio;  // kratos-sim --extra-list-item, a readable identity
    QList<QJsonObject> m_identities;        // as the simulator seeded them

    QStringList connection() const
    {
        return {QStringLiteral("--admin-url"), m_sim->adminUrl(), QStringLiteral("--public-url"), m_sim->publicUrl()};
    }
    QJsonObject identityWhere(const std::function<bool(const QJsonObject &)> &pick) const
    {
        for (const QJsonObject &o : m_identities)
            if (pick(o))
                return o;
        return {};
    }
    QString stateOf(const Cli &cli, const QString &id) const
    {
        const CliRun r = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("get"), id} + connection());
        return QJsonDocument::fromJson(r.out).object().value(QLatin1String("state")).toString();
    }
    QList<AuditRecord> trail(const Cli &cli) const
    {
        AuditLog log(cli.auditDir());
        return log.records(QStringLiteral("command-line"));
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        m_looping.reset();
        m_poisoned.reset();
        m_longBio.reset();
        m_sim.reset();
    }

    void initTestCase()
    {
        m_sim = std::make_unique<SimProcess>(QStringList{QStringLiteral("--identities"), QStringLiteral("120"),
                                                         QStringLiteral("--messages"), QStringLiteral("40"),
                                                         QStringLiteral("--dev")});
        Cli cli;
        const CliRun all = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("export")} + connection());
        QCOMPARE(all.exitCode, 0);
        m_identities = jsonLines(all.out);
        QCOMPARE(m_identities.size(), 120);
    }

    void helpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringLiteral("kratos-desk 0.2.0");
        QTest::newRow("--help lists commands and exit codes")
            << QStringList{QStringLiteral("--help")} << QStringLiteral("5  not found");
        QTest::newRow("group help") << QStringList{QStringLiteral("sessions"), QStringLiteral("--help")}
                                    << QStringLiteral("list|revoke|revoke-all");
        QTest::newRow("command help") << QStringList{QStringLiteral("identities"), QStringLiteral("export"),
                                                     QStringLiteral("--help")}
                                      << QStringLiteral("kratos-import");
        QTest::newRow("schemas doc FILE") << QStringList{QStringLiteral("schemas"), QStringLiteral("doc"),
                                                         QStringLiteral(KD_SOURCE_DIR "/sim/schemas/phone.schema.json")}
                                          << QStringLiteral("# Identity schema");
        QTest::newRow("schema-doc alias")
            << QStringList{QStringLiteral("schema-doc"),
                           QStringLiteral(KD_SOURCE_DIR "/sim/schemas/customer.schema.json")}
            << QStringLiteral("# Identity schema");
    }
    void helpAndVersionNeedNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        Cli cli; // no DISPLAY, no QT_QPA_PLATFORM
        const CliRun r = cli.run(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
        QVERIFY2(!r.err.contains("display"), r.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("identities"), QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("identities"), QStringLiteral("find"),
                                                       QStringLiteral("x"), QStringLiteral("--frob")};
        QTest::newRow("token is no option")
            << QStringList{QStringLiteral("identities"), QStringLiteral("find"), QStringLiteral("x"),
                           QStringLiteral("--token"), QStringLiteral("ory_pat_x")};
        QTest::newRow("find without text") << QStringList{QStringLiteral("identities"), QStringLiteral("find")};
        QTest::newRow("bad output") << QStringList{QStringLiteral("sessions"), QStringLiteral("list"),
                                                   QStringLiteral("--output"), QStringLiteral("yaml")};
        QTest::newRow("kratos-import is for export")
            << QStringList{QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--output"),
                           QStringLiteral("kratos-import")};
        QTest::newRow("not an id") << QStringList{QStringLiteral("identities"), QStringLiteral("delete"),
                                                  QStringLiteral("mary@example.com")};
        QTest::newRow("bad duration") << QStringList{QStringLiteral("recovery"), QStringLiteral("link"),
                                                     QStringLiteral("x"), QStringLiteral("--expires-in"),
                                                     QStringLiteral("soon")};
        QTest::newRow("no connection") << QStringList{QStringLiteral("identities"), QStringLiteral("find"),
                                                      QStringLiteral("x"), QStringLiteral("--profile"),
                                                      QStringLiteral("nope")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        Cli cli;
        const CliRun r = cli.run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("kratos-desk: "));
    }

    void connectionExitCodes()
    {
        Cli cli;
        const CliRun refused = cli.run({QStringLiteral("identities"), QStringLiteral("find"), QStringLiteral("x"),
                                        QStringLiteral("--admin-url"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(refused.exitCode, 3);
        SimProcess guarded({QStringLiteral("--identities"), QStringLiteral("5"), QStringLiteral("--token"),
                            QStringLiteral("marker-ab12cd34")});
        const QStringList find{
            QStringLiteral("identities"), QStringLiteral("find"),        QStringLiteral("a"), QStringLiteral("--by"),
            QStringLiteral("prefix"),     QStringLiteral("--admin-url"), guarded.adminUrl()};
        const CliRun noToken = cli.run(find);
        QCOMPARE(noToken.exitCode, 3); // no token: 401, and the message names the variable
        QVERIFY2(noToken.err.contains("read from KRATOS_ADMIN_TOKEN, which is not set"), noToken.err.constData());
        QVERIFY(!noToken.err.contains("profile"));
        QProcessEnvironment wrong;
        wrong.insert(QStringLiteral("KRATOS_ADMIN_TOKEN"), QStringLiteral("ory_pat_wrong"));
        const CliRun refusedToken = cli.run(find, {}, wrong);
        QCOMPARE(refusedToken.exitCode, 3);
        QVERIFY2(refusedToken.err.contains("refused the token in KRATOS_ADMIN_TOKEN"), refusedToken.err.constData());
        QVERIFY(!refusedToken.err.contains("ory_pat_wrong"));
        QProcessEnvironment token;
        token.insert(QStringLiteral("KRATOS_ADMIN_TOKEN"), QStringLiteral("marker-ab12cd34"));
        const CliRun ok = cli.run(find, {}, token);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(!jsonLines(ok.out).isEmpty());
        QVERIFY(!ok.out.contains("marker-ab12cd34"));
        QVERIFY(!ok.err.contains("marker-ab12cd34"));
        token.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kratos.*=true"));
        const CliRun logged = cli.run(find, {}, token);
        QCOMPARE(logged.exitCode, 0);
        QVERIFY(logged.err.contains("kratos.net"));       // the request log is on…
        QVERIFY(!logged.err.contains("marker-ab12cd34")); // …and never holds the token
    }

    void find_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("exact identifier") << QStringLiteral("email") << QStringList();
        QTest::newRow("id") << QStringLiteral("id") << QStringList();
        QTest::newRow("external id") << QStringLiteral("external_id") << QStringList();
        QTest::newRow("prefix") << QStringLiteral("prefix") << QStringList();
        QTest::newRow("--by identifier") << QStringLiteral("email")
                                         << QStringList{QStringLiteral("--by"), QStringLiteral("identifier")};
        QTest::newRow("--any trait text") << QStringLiteral("last name") << QStringList{QStringLiteral("--any")};
    }
    void find()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, extra);
        const QJsonObject wanted = identityWhere([](const QJsonObject &o) {
            return !o.value(QLatin1String("external_id")).toString().isEmpty() &&
                   o.value(QLatin1String("traits")).toObject().contains(QLatin1String("email"));
        });
        QVERIFY(!wanted.isEmpty());
        const QJsonObject traits = wanted.value(QLatin1String("traits")).toObject();
        const QString email = traits.value(QLatin1String("email")).toString();
        const QString text =
            kind == QLatin1String("email")         ? email
            : kind == QLatin1String("id")          ? wanted.value(QLatin1String("id")).toString()
            : kind == QLatin1String("external_id") ? wanted.value(QLatin1String("external_id")).toString()
            : kind == QLatin1String("prefix")
                ? email.left(email.size() - 3)
                : traits.value(QLatin1String("name")).toObject().value(QLatin1String("last")).toString().toUpper();
        QVERIFY(!text.isEmpty());
        Cli cli;
        const CliRun r =
            cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("find"), text} + extra + connection());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress or words when stderr is no terminal
        const QList<QJsonObject> rows = jsonLines(r.out);
        QVERIFY(!rows.isEmpty());
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [&wanted](const QJsonObject &o) {
            return o.value(QLatin1String("id")) == wanted.value(QLatin1String("id"));
        }));
        if (kind != QLatin1String("prefix") && kind != QLatin1String("last name"))
            QCOMPARE(rows.size(), 1);
        // Kratos's own shape: the object as the admin API returned it.
        QCOMPARE(rows.first().value(QLatin1String("schema_id")), wanted.value(QLatin1String("schema_id")));
    }

    void findWithoutMatchPrintsNothing()
    {
        Cli cli;
        const CliRun r = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("find"),
                                             QStringLiteral("nobody-at-all@nowhere.invalid")} +
                                 connection());
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.out.isEmpty());
    }

    void outputFormats()
    {
        Cli cli;
        const QString prefix = QStringLiteral("a");
        const QStringList find{QStringLiteral("identities"), QStringLiteral("find"), prefix, QStringLiteral("--by"),
                               QStringLiteral("prefix")};
        const CliRun jsonl = cli.run(find + connection());
        const CliRun json =
            cli.run(find + connection() + QStringList{QStringLiteral("--output"), QStringLiteral("json")});
        const CliRun csv =
            cli.run(find + connection() + QStringList{QStringLiteral("--output"), QStringLiteral("csv")});
        const CliRun table =
            cli.run(find + connection() + QStringList{QStringLiteral("--output"), QStringLiteral("table")});
        QCOMPARE(jsonl.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(jsonl.out);
        QVERIFY(lines.size() > 1);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), lines.size());
        QCOMPARE(array.first().toObject(), lines.first());
        const QList<QStringList> rows = IdentityExporter::parseCsv(csv.out);
        QCOMPARE(rows.size(), lines.size() + 1);
        QCOMPARE(rows.first(),
                 (QStringList{QStringLiteral("id"), QStringLiteral("identifier"), QStringLiteral("state"),
                              QStringLiteral("schema"), QStringLiteral("verified"), QStringLiteral("created_at")}));
        QCOMPARE(rows.at(1).first(), lines.first().value(QLatin1String("id")).toString());
        QVERIFY(table.out.startsWith("ID "));
        QCOMPARE(table.out.count('\n'), lines.size() + 1);
        // Machine output is never translated, whatever the language.
        QProcessEnvironment german;
        german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(
            cli.run(find + connection() + QStringList{QStringLiteral("--output"), QStringLiteral("csv")}, {}, german)
                .out,
            csv.out);
    }

    void csvCellsAreNeutralised()
    {
        Cli cli;
        const QJsonObject victim = identityWhere([](const QJsonObject &o) {
            return o.value(QLatin1String("schema_id")).toString() == QLatin1String("default");
        });
        const QString id = victim.value(QLatin1String("id")).toString();
        QTemporaryFile patch;
        QVERIFY(patch.open());
        // Every planted value of the shared table as a trait of its own, and a formula as the
        // login identifier that `find` lists.
        QJsonArray ops{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                   {QStringLiteral("path"), QStringLiteral("/traits/name/first")},
                                   {QStringLiteral("value"), QStringLiteral("=HYPERLINK(\"http://evil\")")}},
                       QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                   {QStringLiteral("path"), QStringLiteral("/traits/email")},
                                   {QStringLiteral("value"), QStringLiteral("=cmd@example.org")}}};
        for (int i = 0; i < TestSupport::csvPoisons().size(); ++i)
            ops.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                   {QStringLiteral("path"), QStringLiteral("/traits/name/p%1").arg(i)},
                                   {QStringLiteral("value"), TestSupport::csvPoisons().at(i).value}});
        patch.write(QJsonDocument(ops).toJson());
        patch.close();
        const CliRun patched =
            cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("patch"), id,
                                QStringLiteral("--json-patch"), patch.fileName(), QStringLiteral("--yes")} +
                    connection());
        QCOMPARE(patched.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(patched.out)
                     .object()
                     .value(QLatin1String("traits"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toObject()
                     .value(QLatin1String("first"))
                     .toString(),
                 QStringLiteral("=HYPERLINK(\"http://evil\")"));
        const CliRun csv = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("export"),
                                               QStringLiteral("--output"), QStringLiteral("csv")} +
                                   connection());
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> rows = IdentityExporter::parseCsv(csv.out);
        QCOMPARE(rows.size(), 121);
        const int column = int(rows.first().indexOf(QStringLiteral("traits.name.first")));
        QVERIFY(column > 0);
        const auto row =
            std::find_if(rows.cbegin(), rows.cend(), [&id](const QStringList &r) { return r.first() == id; });
        QVERIFY(row != rows.cend());
        QCOMPARE(row->at(column), QStringLiteral("'=HYPERLINK(\"http://evil\")"));
        for (int i = 0; i < TestSupport::csvPoisons().size(); ++i) {
            const TestSupport::CsvPoison &p = TestSupport::csvPoisons().at(i);
            const int at = int(rows.first().indexOf(QStringLiteral("traits.name.p%1").arg(i)));
            QVERIFY2(at > 0, p.name);
            // As the server stored it (Qt's JSON reader drops a string's leading byte order mark).
            const QString stored = QJsonDocument::fromJson(patched.out)
                                       .object()
                                       .value(QLatin1String("traits"))
                                       .toObject()
                                       .value(QLatin1String("name"))
                                       .toObject()
                                       .value(QStringLiteral("p%1").arg(i))
                                       .toString();
            QCOMPARE(row->at(at), p.neutralised ? QLatin1Char('\'') + stored : stored);
            if (TestSupport::csvNeedsQuotes(p.value))
                QVERIFY2(csv.out.contains(TestSupport::csvQuoted(row->at(at))), p.name);
        }
        // `find --output csv` writes its cells the same way.
        const CliRun found =
            cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("find"),
                                QStringLiteral("=cmd@example.org"), QStringLiteral("--output"), QStringLiteral("csv")} +
                    connection());
        QCOMPARE(found.exitCode, 0);
        const QList<QStringList> foundRows = IdentityExporter::parseCsv(found.out);
        QCOMPARE(foundRows.size(), 2);
        QCOMPARE(foundRows.at(1).at(foundRows.first().indexOf(QStringLiteral("identifier"))),
                 QStringLiteral("'=cmd@example.org"));
        // Restore for the other cases.
        QVERIFY(patch.open());
        patch.resize(0);
        patch.write(
            QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                 {QStringLiteral("path"), QStringLiteral("/traits")},
                                                 {QStringLiteral("value"), victim.value(QLatin1String("traits"))}}})
                .toJson());
        patch.close();
        QCOMPARE(cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("patch"), id,
                                     QStringLiteral("--json-patch"), patch.fileName(), QStringLiteral("--yes")} +
                         connection())
                     .exitCode,
                 0);
    }

    // A server whose rel="next" names the page just read: every paging command stops with an
    // error saying so, and with what it read so far, instead of reading for ever (issue #32 §2).
    void pagingLoopsStop_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("identities find --any") << QStringList{QStringLiteral("identities"), QStringLiteral("find"),
                                                              QStringLiteral("a"), QStringLiteral("--any")};
        QTest::newRow("identities export") << QStringList{QStringLiteral("identities"), QStringLiteral("export")};
        QTest::newRow("sessions list") << QStringList{QStringLiteral("sessions"), QStringLiteral("list")};
        QTest::newRow("courier list") << QStringList{QStringLiteral("courier"), QStringLiteral("list")};
    }
    void pagingLoopsStop()
    {
        QFETCH(QStringList, command);
        if (!m_looping) // one for every row; stopped in cleanupTestCase(), while Qt still runs
            m_looping = std::make_unique<SimProcess>(QStringList{QStringLiteral("--identities"), QStringLiteral("2500"),
                                                                 QStringLiteral("--messages"), QStringLiteral("700"),
                                                                 QStringLiteral("--repeat-next-link")});
        const SimProcess &looping = *m_looping;
        Cli cli;
        const CliRun run = cli.run(command + QStringList{QStringLiteral("--admin-url"), looping.adminUrl(),
                                                         QStringLiteral("--public-url"), looping.publicUrl()});
        QVERIFY2(run.exitCode != 0, run.err.constData());
        QVERIFY2(run.err.contains("one already read"), run.err.constData());
        QVERIFY2(run.out.size() < 16 * 1024 * 1024, qPrintable(QString::number(run.out.size())));
    }

    // One identity Qt cannot read (2,000 levels deep) on the server: find --any and export list
    // every other identity, name it on stderr, and exit 1 (a partial result); the export's audit
    // record names it too (issue #32 §3).
    void unreadableIdentityIsNamed_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("identities find --any")
            << QStringList{QStringLiteral("identities"), QStringLiteral("find"),     QStringLiteral("example"),
                           QStringLiteral("--any"),      QStringLiteral("--output"), QStringLiteral("jsonl")};
        QTest::newRow("identities export") << QStringList{QStringLiteral("identities"), QStringLiteral("export")};
    }
    void unreadableIdentityIsNamed()
    {
        QFETCH(QStringList, command);
        const QByteArray poisonId = "0badc0de-0000-4000-8000-000000000002";
        if (!m_poisoned)
            m_poisoned = std::make_unique<SimProcess>(QStringList{
                QStringLiteral("--identities"), QStringLiteral("60"), QStringLiteral("--messages"), QStringLiteral("0"),
                QStringLiteral("--extra-list-item"),
                QString::fromLatin1("{\"id\":\"" + poisonId + "\",\"traits\":" + QByteArray("[").repeated(2000) +
                                    QByteArray("]").repeated(2000) + "}")});
        const SimProcess &poisoned = *m_poisoned;
        Cli cli;
        const CliRun run = cli.run(command + QStringList{QStringLiteral("--admin-url"), poisoned.adminUrl(),
                                                         QStringLiteral("--public-url"), poisoned.publicUrl()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QByteArray("identity " + poisonId + " could not be read")), run.err.constData());
        const QList<QJsonObject> lines = jsonLines(run.out);
        QVERIFY2(lines.size() >= (command.at(1) == QLatin1String("export") ? 60 : 1),
                 qPrintable(QString::number(lines.size())));
        for (const QJsonObject &line : lines)
            QVERIFY(line.value(QLatin1String("id")).toString().toLatin1() != poisonId);
        if (command.at(1) == QLatin1String("export")) {
            const CliRun trail = cli.run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"),
                                          QStringLiteral("jsonl"), QStringLiteral("--admin-url"), poisoned.adminUrl()});
            QVERIFY2(trail.out.contains("\"unreadable\"") && trail.out.contains(poisonId),
                     trail.out.right(600).constData());
        }
    }

    // find --any finds what is there (issue #32 §7): an e-mail address after a 70 KB bio, a city
    // in capitals with a dotted İ, an id written in capitals; and nothing across two values.
    void findAnyFindsWhatIsThere_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("e-mail after a long bio") << QStringLiteral("needle-7q") << true;
        QTest::newRow("istanbul / İSTANBUL") << QStringLiteral("istanbul") << true;
        QTest::newRow("id in capitals") << QStringLiteral("0badc0de-0000-4000-8000-00000000000a") << true;
        QTest::newRow("across two values") << QStringLiteral("x.com\nist") << false;
    }
    void findAnyFindsWhatIsThere()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        const QByteArray id = "0BADC0DE-0000-4000-8000-00000000000A";
        const QByteArray identity =
            "{\"id\":\"" + id + "\",\"schema_id\":\"default\",\"state\":\"active\",\"traits\":{\"bio\":\"" +
            QByteArray(70000, 'b') + "\",\"email\":\"needle-7q@x.com\",\"city\":\"\\u0130STANBUL\"}}";
        if (!m_longBio)
            m_longBio = std::make_unique<SimProcess>(
                QStringList{QStringLiteral("--identities"), QStringLiteral("30"), QStringLiteral("--messages"),
                            QStringLiteral("0"), QStringLiteral("--extra-list-item"), QString::fromLatin1(identity)});
        Cli cli;
        const CliRun run =
            cli.run({QStringLiteral("identities"), QStringLiteral("find"), query, QStringLiteral("--any"),
                     QStringLiteral("--output"), QStringLiteral("jsonl"), QStringLiteral("--admin-url"),
                     m_longBio->adminUrl(), QStringLiteral("--public-url"), m_longBio->publicUrl()});
        if (!found) {
            QVERIFY2(run.exitCode != 0 && jsonLines(run.out).isEmpty(), run.out.left(300).constData());
            return;
        }
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QLatin1String("id")).toString().toLatin1(), id);
    }

    // A server's text reaches the terminal without its control bytes (issue #32 §6): trait values
    // in a table, and an error's reason on stderr, show ESC, BEL, CR, C1 controls and bidi
    // overrides escaped; JSON output stays exact.
    void terminalControlsAreEscaped()
    {
        Cli cli;
        const QJsonObject victim = identityWhere([](const QJsonObject &o) {
            return o.value(QLatin1String("schema_id")).toString() == QLatin1String("default");
        });
        const QString id = victim.value(QLatin1String("id")).toString();
        const QString hostile =
            QStringLiteral("\x1b]0;pwned\x07\x1b[2J\rover") + QChar(0x202E) + QStringLiteral("evil") + QChar(0x85);
        const auto patchWith = [&](const QJsonArray &ops) {
            QTemporaryFile file;
            file.open();
            file.write(QJsonDocument(ops).toJson());
            file.close();
            return cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("patch"), id,
                                       QStringLiteral("--json-patch"), file.fileName(), QStringLiteral("--yes")} +
                           connection());
        };
        QCOMPARE(patchWith({QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                        {QStringLiteral("path"), QStringLiteral("/traits/name/first")},
                                        {QStringLiteral("value"), hostile}}})
                     .exitCode,
                 0);
        const auto verifyEscaped = [](const QByteArray &text, const char *where) {
            for (const QByteArray &raw : {QByteArray("\x1b"), QByteArray("\x07"), QByteArray("\r"),
                                          QByteArray("\xc2\x85"), QByteArray("\xe2\x80\xae")})
                QVERIFY2(!text.contains(raw),
                         qPrintable(QStringLiteral("%1 holds 0x%2: %3")
                                        .arg(QLatin1String(where), QString::fromLatin1(raw.toHex()),
                                             QString::fromLatin1(text.toHex()))));
            QVERIFY2(text.contains("\\x1b]0;pwned\\x07\\x1b[2J\\x0dover\\u202eevil\\x85"), text.constData());
        };
        for (const QString &format : {QStringLiteral("table")}) {
            const CliRun get = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("get"), id,
                                                   QStringLiteral("--output"), format} +
                                       connection());
            QCOMPARE(get.exitCode, 0);
            verifyEscaped(get.out, "identities get --output table");
        }
        const CliRun json = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("get"), id,
                                                QStringLiteral("--output"), QStringLiteral("json")} +
                                    connection());
        QCOMPARE(QJsonDocument::fromJson(json.out)
                     .object()
                     .value(QLatin1String("traits"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toObject()
                     .value(QLatin1String("first"))
                     .toString(),
                 hostile);
        // The schema's check quotes the value it refuses in its reason; the reason goes to stderr.
        const CliRun refused = patchWith({QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                                      {QStringLiteral("path"), QStringLiteral("/traits/email")},
                                                      {QStringLiteral("value"), hostile}}});
        QVERIFY(refused.exitCode != 0);
        verifyEscaped(refused.err, "stderr");
        QCOMPARE(patchWith({QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")},
                                        {QStringLiteral("path"), QStringLiteral("/traits")},
                                        {QStringLiteral("value"), victim.value(QLatin1String("traits"))}}})
                     .exitCode,
                 0);
    }

    void getAndNotFound()
    {
        Cli cli;
        const QJsonObject wanted = m_identities.at(7);
        const CliRun r = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("get"),
                                             wanted.value(QLatin1String("id")).toString()} +
                                 connection());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject got = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(got.value(QLatin1String("id")), wanted.value(QLatin1String("id")));
        QCOMPARE(got.value(QLatin1String("traits")), wanted.value(QLatin1String("traits")));
        const CliRun missing = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("get"),
                                                   QStringLiteral("00000000-0000-4000-8000-000000000000")} +
                                       connection());
        QCOMPARE(missing.exitCode, 5);
        QVERIFY(missing.out.isEmpty());
    }

    // An identity already in the state asked for is said so and left out: nothing sent, nothing
    // recorded; the others go on (issue #31 §3).
    void deactivateWhatIsAlreadyInactiveSendsNothing()
    {
        Cli cli;
        QString inactive;
        QString active;
        for (auto it = m_identities.crbegin(); it != m_identities.crend(); ++it) {
            const QString state = it->value(QLatin1String("state")).toString();
            if (state == QLatin1String("inactive") && inactive.isEmpty())
                inactive = it->value(QLatin1String("id")).toString();
            if (state == QLatin1String("active") && active.isEmpty())
                active = it->value(QLatin1String("id")).toString();
        }
        QVERIFY(!inactive.isEmpty() && !active.isEmpty());
        QCOMPARE(stateOf(cli, inactive), QStringLiteral("inactive"));
        const CliRun alone = cli.run(
            QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"), inactive, QStringLiteral("--yes")} +
            connection());
        QCOMPARE(alone.exitCode, 0);
        QVERIFY2(alone.err.contains("is already inactive; nothing was sent"), alone.err.constData());
        const QList<QJsonObject> report = jsonLines(alone.out);
        QCOMPARE(report.size(), 1);
        QCOMPARE(report.first().value(QLatin1String("result")).toString(), QStringLiteral("unchanged"));
        QVERIFY(trail(cli).isEmpty());

        // With one that does change: only that one is confirmed, sent and recorded.
        const CliRun both = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"), inactive,
                                                active, QStringLiteral("--yes")} +
                                    connection());
        QCOMPARE(both.exitCode, 0);
        const QList<QJsonObject> rows = jsonLines(both.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).value(QLatin1String("id")).toString(), inactive);
        QCOMPARE(rows.at(0).value(QLatin1String("result")).toString(), QStringLiteral("unchanged"));
        QCOMPARE(rows.at(1).value(QLatin1String("id")).toString(), active);
        QCOMPARE(rows.at(1).value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(stateOf(cli, active), QStringLiteral("inactive"));
        const QList<AuditRecord> records = trail(cli);
        QCOMPARE(records.size(), 2); // the intent and the outcome of the one change
        for (const AuditRecord &record : records) {
            QCOMPARE(record.targets.size(), 1);
            QCOMPARE(record.targets.first().id, active);
        }
    }

    // Without a terminal a change needs --yes: it is refused, says what would have happened, and
    // sends nothing. With --yes it is done and audited exactly as the window's action class does.
    void deactivateConfirmedAndAuditedAsTheWindow()
    {
        Cli cli;
        const QJsonObject target = identityWhere([](const QJsonObject &o) {
            return o.value(QLatin1String("state")).toString() == QLatin1String("active") &&
                   o.value(QLatin1String("schema_id")).toString() == QLatin1String("phone");
        });
        const QString id = target.value(QLatin1String("id")).toString();
        const QStringList deactivate =
            QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"), id} + connection();
        const CliRun unconfirmed = cli.run(deactivate);
        QCOMPARE(unconfirmed.exitCode, 4);
        QVERIFY(unconfirmed.out.isEmpty());
        QVERIFY2(unconfirmed.err.contains("will be set to inactive"), unconfirmed.err.constData());
        QCOMPARE(stateOf(cli, id), QStringLiteral("active"));
        QVERIFY(trail(cli).isEmpty());

        const CliRun done = cli.run(deactivate + QStringList{QStringLiteral("--yes")});
        QCOMPARE(done.exitCode, 0);
        const QList<QJsonObject> report = jsonLines(done.out);
        QCOMPARE(report.size(), 1);
        QCOMPARE(report.first().value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(stateOf(cli, id), QStringLiteral("inactive"));
        const QList<AuditRecord> cliRecords = trail(cli);
        QCOMPARE(cliRecords.size(), 2);

        // The window on an identical server: its action class, its label (the schema's identifier).
        SimProcess twin({QStringLiteral("--identities"), QStringLiteral("120"), QStringLiteral("--messages"),
                         QStringLiteral("40"), QStringLiteral("--dev")});
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        ConnectionSettings settings;
        settings.adminUrl = QUrl(twin.adminUrl());
        settings.publicUrl = QUrl(twin.publicUrl());
        client.setConnection(settings);
        TestAudit audit(&client);
        SchemaListModel schemas(&client);
        QSignalSpy loaded(&schemas, &SchemaListModel::loaded);
        schemas.reload();
        QVERIFY(loaded.wait());
        SchemaCatalog catalog;
        catalog.setSchemas(schemas.schemas());
        TestSupport::Await<Identity> read;
        client.getIdentity(id, {}, this, read.callback());
        QVERIFY(read.wait());
        IdentityActions actions(&client, &audit.log);
        TestSupport::Await<Identity> changed;
        actions.setState(id, IdentityListModel::primaryIdentifier(read.value(), &catalog), false, this,
                         changed.callback());
        QVERIFY(changed.wait());
        QVERIFY(changed.result().ok());
        const QList<AuditRecord> windowRecords = audit.records();
        QCOMPARE(windowRecords.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(content(cliRecords.at(i)), content(windowRecords.at(i)));
        QCOMPARE(cliRecords.first().profileId, QStringLiteral("command-line"));
        QCOMPARE(stateOf(cli, id), QStringLiteral("inactive"));
        QCOMPARE(
            cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("activate"), id, QStringLiteral("--yes")} +
                    connection())
                .exitCode,
            0);
    }

    // On a terminal the question is asked; only "y" goes ahead.
    void promptOnTerminal_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("state");
        QTest::newRow("no") << QByteArray("n\n") << 4 << QStringLiteral("active");
        QTest::newRow("empty is no") << QByteArray("\n") << 4 << QStringLiteral("active");
        QTest::newRow("yes") << QByteArray("y\n") << 0 << QStringLiteral("inactive");
    }
    void promptOnTerminal()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, exitCode);
        QFETCH(QString, state);
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script(1) from util-linux is needed for a pseudo-terminal");
        Cli cli;
        const QJsonObject target = identityWhere([](const QJsonObject &o) {
            return o.value(QLatin1String("state")).toString() == QLatin1String("active") &&
                   o.value(QLatin1String("schema_id")).toString() == QLatin1String("organisation");
        });
        const QString id = target.value(QLatin1String("id")).toString();
        QProcess script;
        script.setProcessEnvironment(cli.environment());
        script.start(
            QStringLiteral("script"),
            {QStringLiteral("-qec"),
             shellLine(QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"), id} + connection()),
             QStringLiteral("/dev/null")});
        QVERIFY(script.waitForStarted());
        QByteArray shown;
        QTRY_VERIFY_WITH_TIMEOUT(
            (shown += script.readAll()).contains("[y/N]") || script.state() == QProcess::NotRunning, 30000);
        QVERIFY2(shown.contains("will be set to inactive"), shown.constData()); // the summary, then the question
        script.write(answer);
        QVERIFY(script.waitForFinished(30000));
        QCOMPARE(script.exitCode(), exitCode);
        QCOMPARE(stateOf(cli, id), state);
        if (state == QLatin1String("inactive"))
            QCOMPARE(cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("activate"), id,
                                         QStringLiteral("--yes")} +
                             connection())
                         .exitCode,
                     0);
    }

    // On a terminal the default output is a table for a person.
    void tableOnTerminal()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script(1) from util-linux is needed for a pseudo-terminal");
        Cli cli;
        QProcess script;
        script.setProcessEnvironment(cli.environment());
        script.start(QStringLiteral("script"),
                     {QStringLiteral("-qec"),
                      shellLine(QStringList{QStringLiteral("schemas"), QStringLiteral("list")} + connection()),
                      QStringLiteral("/dev/null")});
        QVERIFY(script.waitForFinished(30000));
        QCOMPARE(script.exitCode(), 0);
        const QByteArray shown = script.readAll();
        QVERIFY2(shown.startsWith("ID "), shown.constData());
        QVERIFY(shown.contains("default"));
    }

    // --dry-run says what would happen and stops: exit 0, nothing sent, nothing recorded.
    void dryRunChangesNothing_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("says");
        const QString id = QStringLiteral("%ID%");
        QTest::newRow("deactivate") << QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"), id}
                                    << "set to inactive";
        QTest::newRow("deactivate and revoke")
            << QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"), id,
                           QStringLiteral("--revoke-sessions")}
            << "every session of theirs is revoked";
        QTest::newRow("delete") << QStringList{QStringLiteral("identities"), QStringLiteral("delete"), id}
                                << "deleted for good";
        QTest::newRow("revoke-all") << QStringList{QStringLiteral("sessions"), QStringLiteral("revoke-all"), id}
                                    << "signed out on every device";
        QTest::newRow("recovery link") << QStringList{QStringLiteral("recovery"), QStringLiteral("link"), id}
                                       << "recovery link for";
        QTest::newRow("recovery code") << QStringList{QStringLiteral("recovery"), QStringLiteral("code"), id,
                                                      QStringLiteral("--expires-in"), QStringLiteral("30m")}
                                       << "valid for 30m";
    }
    void dryRunChangesNothing()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, says);
        Cli cli;
        const QJsonObject target = identityWhere(
            [](const QJsonObject &o) { return o.value(QLatin1String("state")).toString() == QLatin1String("active"); });
        const QString id = target.value(QLatin1String("id")).toString();
        command.replaceInStrings(QStringLiteral("%ID%"), id);
        const CliRun r = cli.run(command + connection() + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Dry run: "), r.out.constData());
        QVERIFY2(r.out.contains(says.toUtf8()), r.out.constData());
        QVERIFY(r.out.contains("Nothing was sent or recorded."));
        QCOMPARE(stateOf(cli, id), QStringLiteral("active")); // still there, still active
        QVERIFY(trail(cli).isEmpty());
    }

    void readOnlyRefuses_data()
    {
        QTest::addColumn<QStringList>("command");
        const QString id = QStringLiteral("%ID%");
        QTest::newRow("deactivate") << QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"), id};
        QTest::newRow("delete") << QStringList{QStringLiteral("identities"), QStringLiteral("delete"), id};
        QTest::newRow("revoke-all") << QStringList{QStringLiteral("sessions"), QStringLiteral("revoke-all"), id};
        QTest::newRow("recovery link") << QStringList{QStringLiteral("recovery"), QStringLiteral("link"), id};
    }
    void readOnlyRefuses()
    {
        QFETCH(QStringList, command);
        Cli cli;
        const QString id = m_identities.at(3).value(QLatin1String("id")).toString();
        command.replaceInStrings(QStringLiteral("%ID%"), id);
        const CliRun r =
            cli.run(command + connection() + QStringList{QStringLiteral("--read-only"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("read-only"));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(stateOf(cli, id), m_identities.at(3).value(QLatin1String("state")).toString());
    }

    // Ids on stdin, one of them unknown: the known ones are changed as one audited bulk run.
    void bulkFromStdin()
    {
        Cli cli;
        QStringList ids;
        for (const QJsonObject &o : std::as_const(m_identities)) {
            if (o.value(QLatin1String("state")).toString() == QLatin1String("active") && ids.size() < 5)
                ids.append(o.value(QLatin1String("id")).toString());
        }
        const QString unknown = QStringLiteral("00000000-0000-4000-8000-00000000abcd");
        const QByteArray input =
            (ids.join(QLatin1Char('\n')) + QLatin1Char('\n') + unknown + QLatin1Char('\n')).toUtf8();
        const CliRun r =
            cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"), QStringLiteral("--yes")} +
                        connection(),
                    input);
        QCOMPARE(r.exitCode, 1); // one was not there
        QVERIFY(r.err.contains(unknown.toUtf8()));
        const QList<QJsonObject> report = jsonLines(r.out);
        QCOMPARE(report.size(), ids.size());
        for (const QJsonObject &row : report)
            QCOMPARE(row.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(stateOf(cli, ids.last()), QStringLiteral("inactive"));
        const QList<AuditRecord> records = trail(cli);
        QCOMPARE(records.first().action, QStringLiteral("identity.deactivate.bulk"));
        QCOMPARE(records.first().targets.size(), ids.size());
        QCOMPARE(records.last().outcome, AuditRecord::Outcome::Succeeded);
        QCOMPARE(cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("activate"), QStringLiteral("--yes"),
                                     QStringLiteral("--concurrency"), QStringLiteral("2")} +
                             connection(),
                         ids.join(QLatin1Char('\n')).toUtf8())
                     .exitCode,
                 0);
    }

    // Kratos fails some and limits the rate: each item is reported, the failed ids are written.
    void bulkFailuresGoToAFile()
    {
        SimProcess flaky({QStringLiteral("--identities"), QStringLiteral("60"), QStringLiteral("--fault-match"),
                          QStringLiteral("PATCH /admin/identities/"), QStringLiteral("--error-rate"),
                          QStringLiteral("0.3"), QStringLiteral("--error-status"), QStringLiteral("503")});
        Cli cli;
        const QStringList admin{QStringLiteral("--admin-url"), flaky.adminUrl(), QStringLiteral("--public-url"),
                                flaky.publicUrl()};
        const QList<QJsonObject> all =
            jsonLines(cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("export")} + admin).out);
        QCOMPARE(all.size(), 60);
        QStringList ids;
        for (const QJsonObject &o : all)
            ids.append(o.value(QLatin1String("id")).toString());
        const QString failedFile = cli.home() + QStringLiteral("/failed.txt");
        // Deactivate: most are active, so most are sent (one already inactive is left out).
        const CliRun r = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"),
                                             QStringLiteral("--yes"), QStringLiteral("--failed-file"), failedFile} +
                                     admin,
                                 ids.join(QLatin1Char('\n')).toUtf8());
        QCOMPARE(r.exitCode, 1);
        QStringList failed;
        for (const QJsonObject &row : jsonLines(r.out)) {
            if (row.value(QLatin1String("result")).toString() == QLatin1String("failed")) {
                failed.append(row.value(QLatin1String("id")).toString());
                QCOMPARE(row.value(QLatin1String("status")).toInt(), 503);
            }
        }
        QVERIFY(!failed.isEmpty());
        QVERIFY(failed.size() < ids.size());
        QFile file(failedFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList written = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        written.sort();
        failed.sort();
        QCOMPARE(written, failed);
        QVERIFY(r.err.contains("failed.txt"));
    }

    // Kratos limits the rate: the bulk run waits as Retry-After says and every item gets done.
    void bulkHonoursRetryAfter()
    {
        SimProcess limited({QStringLiteral("--identities"), QStringLiteral("30"), QStringLiteral("--fault-match"),
                            QStringLiteral("PATCH /admin/identities/"), QStringLiteral("--rate-limit"),
                            QStringLiteral("0.2")});
        Cli cli;
        const QStringList admin{QStringLiteral("--admin-url"), limited.adminUrl()};
        QStringList ids;
        for (const QJsonObject &o :
             jsonLines(cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("export")} + admin).out))
            ids.append(o.value(QLatin1String("id")).toString());
        ids = ids.mid(0, 8);
        const CliRun r =
            cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("deactivate"), QStringLiteral("--yes"),
                                QStringLiteral("--concurrency"), QStringLiteral("2")} +
                    admin + ids);
        QCOMPARE(r.exitCode, 0);
        const QList<QJsonObject> report = jsonLines(r.out);
        QCOMPARE(report.size(), ids.size());
        int sent = 0;
        for (const QJsonObject &row : report) {
            const QString result = row.value(QLatin1String("result")).toString();
            QVERIFY2(result == QLatin1String("succeeded") || result == QLatin1String("unchanged"), qPrintable(result));
            sent += result == QLatin1String("succeeded");
        }
        QVERIFY(sent >= 4); // five in six identities are active
    }

    // Changes take what identities get takes: an id, a login identifier or an external id. A text
    // naming two people is refused with both listed, and nothing changes.
    void selectors_data()
    {
        QTest::addColumn<QString>("verb");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("changed"); // who is deactivated: "solo", or "" for nobody
        QTest::addColumn<QString>("says");
        QTest::newRow("deactivate by e-mail") << "deactivate"
                                              << "solo@select.test" << 0 << "solo"
                                              << "";
        QTest::newRow("deactivate by external id") << "deactivate"
                                                   << "crm-solo" << 0 << "solo"
                                                   << "";
        QTest::newRow("deactivate, e-mail in capitals") << "deactivate"
                                                        << "SOLO@select.test" << 0 << "solo"
                                                        << "";
        QTest::newRow("ambiguous: one's e-mail, another's external id") << "deactivate"
                                                                        << "twin@select.test" << 2 << ""
                                                                        << "names 2 identities";
        QTest::newRow("nobody") << "deactivate"
                                << "nobody@select.test" << 5 << ""
                                << "no identity has the id, login identifier or external id";
        QTest::newRow("recovery by external id") << "recovery"
                                                 << "crm-solo" << 0 << ""
                                                 << "";
        QTest::newRow("recovery, ambiguous") << "recovery"
                                             << "twin@select.test" << 2 << ""
                                             << "Name one by its id";
    }
    void selectors()
    {
        QFETCH(QString, verb);
        QFETCH(QString, selector);
        QFETCH(int, exitCode);
        QFETCH(QString, changed);
        QFETCH(QString, says);
        Cli cli;
        // twin signs in with twin@select.test; shadow has that text as its external id.
        static QHash<QString, QString> ids; // name → id, made once for all rows
        if (ids.isEmpty()) {
            auto body = [](const QString &email, const QString &externalId) {
                return QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                                   {QStringLiteral("external_id"), externalId},
                                   {QStringLiteral("traits"),
                                    QJsonObject{{QStringLiteral("email"), email},
                                                {QStringLiteral("name"),
                                                 QJsonObject{{QStringLiteral("first"), QStringLiteral("Sel")},
                                                             {QStringLiteral("last"), QStringLiteral("Ector")}}}}}};
            };
            QTemporaryFile file;
            QVERIFY(file.open());
            file.write(
                QJsonDocument(QJsonArray{body(QStringLiteral("twin@select.test"), QStringLiteral("crm-twin")),
                                         body(QStringLiteral("shadow@select.test"), QStringLiteral("twin@select.test")),
                                         body(QStringLiteral("solo@select.test"), QStringLiteral("crm-solo"))})
                    .toJson());
            file.close();
            const CliRun imported = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("import"),
                                                        file.fileName(), QStringLiteral("--yes")} +
                                            connection());
            QCOMPARE(imported.exitCode, 0);
            const QList<QJsonObject> results = jsonLines(imported.out);
            QCOMPARE(results.size(), 3);
            const QStringList names{QStringLiteral("twin"), QStringLiteral("shadow"), QStringLiteral("solo")};
            for (int i = 0; i < 3; ++i)
                ids.insert(names.at(i), results.at(i).value(QLatin1String("id")).toString());
        }
        const QStringList command =
            verb == QLatin1String("recovery")
                ? QStringList{QStringLiteral("recovery"), QStringLiteral("link"), selector}
                : QStringList{QStringLiteral("identities"), verb, selector, QStringLiteral("--yes")};
        const CliRun r = cli.run(command + connection());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        if (exitCode == 2) { // both named, by id, and nothing done
            QVERIFY2(r.err.contains(ids.value(QStringLiteral("twin")).toUtf8()), r.err.constData());
            QVERIFY2(r.err.contains(ids.value(QStringLiteral("shadow")).toUtf8()), r.err.constData());
            QVERIFY(trail(cli).isEmpty());
        }
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            QCOMPARE(stateOf(cli, it.value()),
                     it.key() == changed ? QStringLiteral("inactive") : QStringLiteral("active"));
            if (it.key() == changed) // back for the next row
                QCOMPARE(cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("activate"), it.value(),
                                             QStringLiteral("--yes")} +
                                 connection())
                             .exitCode,
                         0);
        }
    }

    // Import a file in Kratos's import format (one entry clashes), then delete what it made.
    void importThenDelete()
    {
        Cli cli;
        QJsonArray bodies;
        for (int i = 0; i < 3; ++i)
            bodies.append(
                QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                            {QStringLiteral("traits"),
                             QJsonObject{{QStringLiteral("email"), QStringLiteral("imported%1@cli.test").arg(i)},
                                         {QStringLiteral("name"),
                                          QJsonObject{{QStringLiteral("first"), QStringLiteral("Imp")},
                                                      {QStringLiteral("last"), QStringLiteral("Orted")}}}}}});
        bodies.append(bodies.first()); // the same e-mail again: Kratos refuses it
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(QJsonDocument(bodies).toJson());
        file.close();
        const CliRun unconfirmed = cli.run(
            QStringList{QStringLiteral("identities"), QStringLiteral("import"), file.fileName()} + connection());
        QCOMPARE(unconfirmed.exitCode, 4);
        QVERIFY(unconfirmed.err.contains("4 identities"));
        const CliRun imported = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("import"),
                                                    file.fileName(), QStringLiteral("--yes")} +
                                        connection());
        QCOMPARE(imported.exitCode, 1);
        const QList<QJsonObject> results = jsonLines(imported.out);
        QCOMPARE(results.size(), 4);
        QStringList created;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(results.at(i).value(QLatin1String("result")).toString(), QStringLiteral("created"));
            created.append(results.at(i).value(QLatin1String("id")).toString());
        }
        QCOMPARE(results.at(3).value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QVERIFY(!results.at(3).value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("find"),
                                     QStringLiteral("imported1@cli.test")} +
                         connection())
                     .exitCode,
                 0);

        const CliRun deleted = cli.run(
            QStringList{QStringLiteral("identities"), QStringLiteral("delete"), QStringLiteral("--yes")} + connection(),
            created.join(QLatin1Char('\n')).toUtf8());
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(jsonLines(deleted.out).size(), 3);
        for (const QString &id : std::as_const(created))
            QCOMPARE(
                cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("get"), id} + connection()).exitCode,
                5);
        const QList<AuditRecord> records = trail(cli);
        QVERIFY(std::any_of(records.cbegin(), records.cend(),
                            [](const AuditRecord &r) { return r.action == QLatin1String("identity.delete.bulk"); }));
        QVERIFY(std::any_of(records.cbegin(), records.cend(),
                            [](const AuditRecord &r) { return r.action == QLatin1String("identity.create"); }));
    }

    // A garbled page stops the export with a message: no file with a silent gap.
    void exportStopsOnAGarbledPage()
    {
        SimProcess garbled({QStringLiteral("--identities"), QStringLiteral("20"), QStringLiteral("--fault-match"),
                            QStringLiteral("GET /admin/identities"), QStringLiteral("--truncated")});
        Cli cli;
        const QString path = cli.home() + QStringLiteral("/export.csv");
        const CliRun r = cli.run({QStringLiteral("identities"), QStringLiteral("export"), QStringLiteral("--output"),
                                  QStringLiteral("csv"), QStringLiteral("--file"), path, QStringLiteral("--admin-url"),
                                  garbled.adminUrl()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not the JSON list Kratos sends"), r.err.constData());
        QVERIFY(!QFile::exists(path));
        const QList<AuditRecord> records = trail(cli);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.last().outcome, AuditRecord::Outcome::Failed);
    }

    // Lists carry no dispatches: a message tried and not sent is read for its last error.
    void courierListShowsTheLastError()
    {
        Cli cli;
        const QStringList abandoned{QStringLiteral("courier"), QStringLiteral("list"), QStringLiteral("--status"),
                                    QStringLiteral("abandoned")};
        const CliRun csv =
            cli.run(abandoned + QStringList{QStringLiteral("--output"), QStringLiteral("csv")} + connection());
        QCOMPARE(csv.exitCode, 0);
        const QList<QStringList> rows = IdentityExporter::parseCsv(csv.out);
        QVERIFY(rows.size() > 1);
        QCOMPARE(rows.first().last(), QStringLiteral("last_error"));
        for (const QStringList &row : rows.mid(1))
            QVERIFY2(!row.last().isEmpty() && !row.last().startsWith(QLatin1String("(not read")),
                     qPrintable(row.join(QLatin1Char(','))));
        const CliRun jsonl = cli.run(abandoned + connection());
        for (const QJsonObject &m : jsonLines(jsonl.out)) {
            QVERIFY(!m.value(QLatin1String("dispatches")).toArray().isEmpty());
            QVERIFY(!m.contains(QLatin1String("body")));
        }
        // Sent messages need no second read.
        const CliRun sent =
            cli.run(QStringList{QStringLiteral("courier"), QStringLiteral("list"), QStringLiteral("--status"),
                                QStringLiteral("sent"), QStringLiteral("--output"), QStringLiteral("csv")} +
                    connection());
        for (const QStringList &row : IdentityExporter::parseCsv(sent.out).mid(1))
            QVERIFY(row.last().isEmpty());
    }

    void courierBodyOnlyWithReveal()
    {
        Cli cli;
        const CliRun list = cli.run(QStringList{QStringLiteral("courier"), QStringLiteral("list"),
                                                QStringLiteral("--status"), QStringLiteral("sent")} +
                                    connection());
        QCOMPARE(list.exitCode, 0);
        const QList<QJsonObject> messages = jsonLines(list.out);
        QVERIFY(!messages.isEmpty());
        for (const QJsonObject &m : messages) {
            QCOMPARE(m.value(QLatin1String("status")).toString(), QStringLiteral("sent"));
            QVERIFY(!m.contains(QLatin1String("body")));
        }
        const QString recipient = messages.first().value(QLatin1String("recipient")).toString();
        const CliRun toOne = cli.run(
            QStringList{QStringLiteral("courier"), QStringLiteral("list"), QStringLiteral("--recipient"), recipient} +
            connection());
        QCOMPARE(toOne.exitCode, 0);
        QVERIFY(!jsonLines(toOne.out).isEmpty());
        for (const QJsonObject &m : jsonLines(toOne.out))
            QCOMPARE(m.value(QLatin1String("recipient")).toString(), recipient);
        const QString id = messages.first().value(QLatin1String("id")).toString();
        const QStringList get = QStringList{QStringLiteral("courier"), QStringLiteral("get"), id} + connection();
        const CliRun plain = cli.run(get);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(plain.out).object().contains(QLatin1String("body")));
        const CliRun asked = cli.run(get + QStringList{QStringLiteral("--reveal")});
        QCOMPARE(asked.exitCode, 4);
        QVERIFY(asked.out.isEmpty());
        QVERIFY(trail(cli).isEmpty());
        const CliRun revealed = cli.run(get + QStringList{QStringLiteral("--reveal"), QStringLiteral("--yes")});
        QCOMPARE(revealed.exitCode, 0);
        const QString body = QJsonDocument::fromJson(revealed.out).object().value(QLatin1String("body")).toString();
        QVERIFY(!body.isEmpty());
        const QList<AuditRecord> records = trail(cli);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().action, QStringLiteral("courier.message.reveal"));
        QFile file(AuditLog(cli.auditDir()).filePath(QStringLiteral("command-line")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(body.toUtf8())); // the body is never recorded
    }

    void sessionsListAndRevoke()
    {
        Cli cli;
        const CliRun active = cli.run(
            QStringList{QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--active")} + connection());
        QCOMPARE(active.exitCode, 0);
        const QList<QJsonObject> sessions = jsonLines(active.out);
        QVERIFY(sessions.size() >= 3);
        for (const QJsonObject &s : sessions) {
            QVERIFY(s.value(QLatin1String("active")).toBool());
            QVERIFY(s.value(QLatin1String("identity")).isObject());
        }
        const QString first = sessions.at(0).value(QLatin1String("id")).toString();
        const QString second = sessions.at(1).value(QLatin1String("id")).toString();
        const CliRun revoked = cli.run(
            QStringList{QStringLiteral("sessions"), QStringLiteral("revoke"), first, second, QStringLiteral("--yes")} +
            connection());
        QCOMPARE(revoked.exitCode, 0);
        QCOMPARE(jsonLines(revoked.out).size(), 2);
        const CliRun after = cli.run(
            QStringList{QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--active")} + connection());
        for (const QJsonObject &s : jsonLines(after.out)) {
            QVERIFY(s.value(QLatin1String("id")).toString() != first);
            QVERIFY(s.value(QLatin1String("id")).toString() != second);
        }
        QCOMPARE(trail(cli).first().action, QStringLiteral("session.revoke.bulk"));

        const QString owner =
            sessions.at(2).value(QLatin1String("identity")).toObject().value(QLatin1String("id")).toString();
        QCOMPARE(cli.run(QStringList{QStringLiteral("sessions"), QStringLiteral("revoke-all"), owner,
                                     QStringLiteral("--yes")} +
                         connection())
                     .exitCode,
                 0);
        const CliRun none = cli.run(
            QStringList{QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--identity"), owner} +
            connection());
        QCOMPARE(none.exitCode, 0);
        QVERIFY(jsonLines(none.out).isEmpty());
    }

    // audit --since/--until take ISO times and spans back from now.
    void auditTimeBounds_data()
    {
        QTest::addColumn<QStringList>("bounds");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("rows"); // actions listed; -1 when refused
        QTest::newRow("since 10m") << QStringList{QStringLiteral("--since"), QStringLiteral("10m")} << 0 << 1;
        QTest::newRow("since 2h, until 0s") << QStringList{QStringLiteral("--since"), QStringLiteral("2h"),
                                                           QStringLiteral("--until"), QStringLiteral("0s")}
                                            << 0 << 1;
        QTest::newRow("until 1h") << QStringList{QStringLiteral("--until"), QStringLiteral("1h")} << 0 << 0;
        QTest::newRow("since 1w ago in ISO")
            << QStringList{QStringLiteral("--since"), QDateTime::currentDateTimeUtc().addDays(-7).toString(Qt::ISODate)}
            << 0 << 1;
        QTest::newRow("since tomorrow in ISO")
            << QStringList{QStringLiteral("--since"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}
            << 0 << 0;
        QTest::newRow("bad unit") << QStringList{QStringLiteral("--since"), QStringLiteral("5x")} << 2 << -1;
        QTest::newRow("since after until") << QStringList{QStringLiteral("--since"), QStringLiteral("1h"),
                                                          QStringLiteral("--until"), QStringLiteral("2h")}
                                           << 2 << -1;
    }
    void auditTimeBounds()
    {
        QFETCH(QStringList, bounds);
        QFETCH(int, exitCode);
        QFETCH(int, rows);
        Cli cli;
        const QString id =
            identityWhere([](const QJsonObject &) { return true; }).value(QLatin1String("id")).toString();
        QCOMPARE(cli.run(QStringList{QStringLiteral("recovery"), QStringLiteral("link"), id} + connection()).exitCode,
                 0);
        const CliRun shown = cli.run(QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                                                 QStringLiteral("--output"), QStringLiteral("csv")} +
                                     bounds + connection());
        QCOMPARE(shown.exitCode, exitCode);
        if (rows < 0) {
            QVERIFY2(shown.err.contains("--since"), shown.err.constData());
            return;
        }
        QCOMPARE(int(IdentityExporter::parseCsv(shown.out).size()) - 1, rows);
    }

    // audit verify --anchors: the collector's checkpoints against the command-line trail, whole
    // as written, broken once a record is rewritten with the chain recomputed; audit show on a
    // damaged trail lists what it can read and exits 1 naming the rest.
    void auditVerifyAgainstAnchors()
    {
        Cli cli;
        const QString collector = cli.auditDir() + QStringLiteral("-collector.log");
        QString trail;
        {
            AuditLog log(cli.auditDir());
            SyslogTarget target;
            target.host = QStringLiteral("127.0.0.1");
            target.port = 9; // nobody listens: the records wait in the trail
            log.setProfile({QStringLiteral("command-line"), QStringLiteral("command-line"), QStringLiteral("h:1"),
                            QString(), target});
            for (int i = 0; i < 3; ++i) {
                AuditRecord r;
                r.actionId = AuditRecord::newActionId();
                r.action = QStringLiteral("identity.delete");
                r.summary = QStringLiteral("Delete identity id-%1").arg(i);
                r.phase = AuditRecord::Phase::Outcome;
                r.outcome = AuditRecord::Outcome::Succeeded;
                log.write(r);
            }
            log.checkpoint();
            QVERIFY(log.waitForWritten());
            trail = log.filePath(QStringLiteral("command-line"));
            QFile out(collector);
            QVERIFY(out.open(QIODevice::WriteOnly));
            for (const AuditRecord &r : log.records(QStringLiteral("command-line")))
                out.write("<85>1 - host kratos-desk 1 " + r.action.toUtf8() + " - " + r.summary.toUtf8() + '\n');
        }
        const QStringList verify =
            QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--anchors"), collector} +
            connection();
        const CliRun whole = cli.run(verify);
        QVERIFY2(whole.exitCode == 0, QByteArray(whole.out + whole.err).constData());
        QVERIFY2(whole.out.contains("1 checkpoints reproduced; records 1 to 3 are anchored"), whole.out.constData());
        QVERIFY2(whole.out.contains("Gap: records 4 to 4"), whole.out.constData());

        // Record 2 rewritten, every hash and the head recomputed: only the anchors tell.
        QList<QByteArray> lines = TestSupport::trailLines(trail);
        lines[1].replace("id-1", "id-7");
        QVERIFY(TestSupport::forgeTrail(trail, lines));
        QCOMPARE(cli.run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + connection()).exitCode, 0);
        const CliRun broken = cli.run(verify);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.out.contains("broken: record 3 no longer matches the checkpoint"), broken.out.constData());

        // A line that is no record: show lists the others and names it.
        QFile f(trail);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{not json\n");
        f.close();
        const CliRun shown = cli.run(QStringList{QStringLiteral("audit"), QStringLiteral("show"),
                                                 QStringLiteral("--output"), QStringLiteral("json")} +
                                     connection());
        QCOMPARE(shown.exitCode, 1);
        QVERIFY2(shown.out.contains("Delete identity id-2"), shown.out.constData());
        QVERIFY2(shown.err.contains("Line 5 of the audit trail is not valid JSON"), shown.err.constData());
        const CliRun damaged = cli.run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + connection());
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.out.contains("broken at line 5: line 5 is not a valid audit record"), damaged.out.constData());
        QFile::remove(collector);
    }

    void recoveryAndSchemas()
    {
        Cli cli;
        const QJsonObject target = identityWhere([](const QJsonObject &o) {
            return o.value(QLatin1String("traits")).toObject().contains(QLatin1String("email"));
        });
        const QString email = target.value(QLatin1String("traits")).toObject().value(QLatin1String("email")).toString();
        const CliRun link =
            cli.run(QStringList{QStringLiteral("recovery"), QStringLiteral("link"), email} + connection());
        QCOMPARE(link.exitCode, 0);
        const QString url = QJsonDocument::fromJson(link.out).object().value(QLatin1String("recovery_link")).toString();
        QVERIFY(url.startsWith(m_sim->publicUrl()));
        QFile file(AuditLog(cli.auditDir()).filePath(QStringLiteral("command-line")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray records = file.readAll();
        QVERIFY(records.contains("identity.recovery_link.create"));
        QVERIFY(!records.contains(QUrl(url).query().toUtf8())); // the link is never recorded
        QVERIFY2(!link.err.contains("inactive"), link.err.constData());

        // For an inactive identity the code is created, with a word that it will not work yet.
        const QJsonObject inactive = identityWhere([](const QJsonObject &o) {
            return o.value(QLatin1String("state")).toString() == QLatin1String("inactive");
        });
        const QString inactiveId = inactive.value(QLatin1String("id")).toString();
        const CliRun code =
            cli.run(QStringList{QStringLiteral("recovery"), QStringLiteral("code"), inactiveId} + connection());
        QCOMPARE(code.exitCode, 0);
        QVERIFY2(code.err.contains("is inactive: Kratos refuses this recovery code until it is activated"),
                 code.err.constData());
        QVERIFY(code.err.contains(QStringLiteral("identities activate %1").arg(inactiveId).toUtf8()));

        const CliRun schemas = cli.run(QStringList{QStringLiteral("schemas"), QStringLiteral("list"),
                                                   QStringLiteral("--output"), QStringLiteral("csv")} +
                                       connection());
        QCOMPARE(schemas.exitCode, 0);
        const QList<QStringList> rows = IdentityExporter::parseCsv(schemas.out);
        QVERIFY(
            rows.contains(QStringList{QStringLiteral("default"), QStringLiteral("Customer"), QStringLiteral("email")}));
        const CliRun doc = cli.run(
            QStringList{QStringLiteral("schemas"), QStringLiteral("doc"), QStringLiteral("default")} + connection());
        QCOMPARE(doc.exitCode, 0);
        QVERIFY(doc.out.startsWith("# Identity schema: Customer"));
        QCOMPARE(cli.run(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + connection()).exitCode, 0);
        const CliRun exported = cli.run(QStringList{QStringLiteral("audit"), QStringLiteral("export"),
                                                    QStringLiteral("--output"), QStringLiteral("csv")} +
                                        connection());
        QCOMPARE(exported.exitCode, 0);
        const QList<QStringList> actions = IdentityExporter::parseCsv(exported.out);
        QCOMPARE(actions.size(), 3); // the header, the recovery link and the recovery code
        QVERIFY(actions.at(1).contains(QStringLiteral("identity.recovery_link.create")));
    }

    void verificationSend()
    {
        Cli cli;
        const QJsonObject target = identityWhere([](const QJsonObject &o) {
            const QJsonArray addresses = o.value(QLatin1String("verifiable_addresses")).toArray();
            return o.value(QLatin1String("schema_id")).toString() == QLatin1String("default") && !addresses.isEmpty() &&
                   !addresses.first().toObject().value(QLatin1String("verified")).toBool();
        });
        QVERIFY(!target.isEmpty());
        const QString email = target.value(QLatin1String("traits")).toObject().value(QLatin1String("email")).toString();
        const QStringList send =
            QStringList{QStringLiteral("verification"), QStringLiteral("send"), email} + connection();
        QCOMPARE(cli.run(send).exitCode, 4); // asks first
        const CliRun sent = cli.run(send + QStringList{QStringLiteral("--yes")});
        QCOMPARE(sent.exitCode, 0);
        const QJsonObject message = QJsonDocument::fromJson(sent.out).object();
        QCOMPARE(message.value(QLatin1String("recipient")).toString(), email);
        QVERIFY(message.value(QLatin1String("template_type")).toString().startsWith(QLatin1String("verification")));
        QVERIFY(!message.contains(QLatin1String("body")));
        QCOMPARE(trail(cli).first().action, QStringLiteral("identity.verification.send"));
        const CliRun stranger = cli.run(QStringList{QStringLiteral("verification"), QStringLiteral("send"),
                                                    QStringLiteral("nobody@nowhere.invalid"), QStringLiteral("--yes")} +
                                        connection());
        QCOMPARE(stranger.exitCode, 5);
    }

    // Profiles in the keychain: the token from stdin, never on the command line or in a file.
    void profilesAndKeychain()
    {
        const QString marker = QStringLiteral("ory_pat_marker9f3e1a");
        SimProcess guarded({QStringLiteral("--identities"), QStringLiteral("8"), QStringLiteral("--token"), marker});
        Cli cli;
        QCOMPARE(cli.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Prod"),
                          QStringLiteral("--admin-url"), guarded.adminUrl(), QStringLiteral("--public-url"),
                          guarded.publicUrl(), QStringLiteral("--environment"), QStringLiteral("production")})
                     .exitCode,
                 0);
        const CliRun set = cli.run({QStringLiteral("profiles"), QStringLiteral("set-token"), QStringLiteral("Prod")},
                                   marker.toUtf8() + '\n');
        if (set.exitCode == 3)
            QSKIP("no Secret Service on this machine (run the suite through scripts/dev.sh test)");
        QCOMPARE(set.exitCode, 0);
        const CliRun list = cli.run({QStringLiteral("profiles"), QStringLiteral("list")});
        QCOMPARE(jsonLines(list.out).first().value(QLatin1String("name")).toString(), QStringLiteral("Prod"));
        QCOMPARE(jsonLines(list.out).first().value(QLatin1String("require_reason")).toBool(), true);
        const CliRun found =
            cli.run({QStringLiteral("identities"), QStringLiteral("find"), QStringLiteral("a"), QStringLiteral("--by"),
                     QStringLiteral("prefix"), QStringLiteral("--profile"), QStringLiteral("Prod")});
        QCOMPARE(found.exitCode, 0);
        const QJsonObject someone = jsonLines(found.out).first();
        const QString id = someone.value(QLatin1String("id")).toString();
        // Production: --yes is not enough; the identifier must be given as the window has it typed.
        const QStringList deactivate{
            QStringLiteral("identities"), QStringLiteral("deactivate"), id,
            QStringLiteral("--profile"),  QStringLiteral("Prod"),       QStringLiteral("--yes")};
        const CliRun refused = cli.run(deactivate);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY(refused.err.contains("--confirm"));
        const QString label =
            QString::fromUtf8(refused.err).section(QStringLiteral("--confirm "), 1).section(QLatin1Char(' '), 0, 0);
        QVERIFY(!label.isEmpty());
        // Production asks for a reason by default: without one nothing is sent, and nothing recorded.
        const CliRun unreasoned = cli.run(deactivate + QStringList{QStringLiteral("--confirm"), label});
        QCOMPARE(unreasoned.exitCode, 4);
        QVERIFY(unreasoned.err.contains("--reason"));
        const CliRun confirmed = cli.run(deactivate + QStringList{QStringLiteral("--confirm"), label,
                                                                  QStringLiteral("--reason"), QStringLiteral("SUP-9")});
        QCOMPARE(confirmed.exitCode, 0);
        const CliRun shown = cli.run(
            {QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--profile"), QStringLiteral("Prod")});
        const QList<QJsonObject> actions = jsonLines(shown.out);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first().value(QLatin1String("action")).toString(), QStringLiteral("identity.deactivate"));
        QCOMPARE(actions.first().value(QLatin1String("environment")).toString(), QStringLiteral("production"));
        QCOMPARE(actions.first().value(QLatin1String("profile")).toString(), QStringLiteral("Prod"));
        QCOMPARE(actions.first().value(QLatin1String("reason")).toString(), QStringLiteral("SUP-9"));
        for (const QByteArray &output : {set.out, set.err, list.out, found.out, found.err, refused.err, confirmed.out})
            QVERIFY(!output.contains(marker.toUtf8()));
        // Nothing the app wrote under its HOME holds the token: settings, audit trail, failed-id files.
        QDirIterator files(cli.home(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.fileName().contains(QLatin1String("keyrings")))
                continue;
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(marker.toUtf8()), qPrintable(f.fileName()));
        }
    }

    // On a terminal the token is typed with echo off: it never shows on the screen.
    void setTokenOnTerminalDoesNotEcho()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty())
            QSKIP("script(1) from util-linux is needed for a pseudo-terminal");
        Cli cli;
        QCOMPARE(cli.run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Typed"),
                          QStringLiteral("--admin-url"), m_sim->adminUrl()})
                     .exitCode,
                 0);
        QProcess script;
        script.setProcessEnvironment(cli.environment());
        script.start(QStringLiteral("script"),
                     {QStringLiteral("-qec"),
                      shellLine({QStringLiteral("profiles"), QStringLiteral("set-token"), QStringLiteral("Typed")}),
                      QStringLiteral("/dev/null")});
        QVERIFY(script.waitForStarted());
        QByteArray shown;
        QTRY_VERIFY_WITH_TIMEOUT((shown += script.readAll()).contains("Admin token for Typed:") ||
                                     script.state() == QProcess::NotRunning,
                                 30000);
        script.write("ory_pat_typed77e1\n");
        QVERIFY(script.waitForFinished(30000));
        shown += script.readAll();
        if (script.exitCode() == 3)
            QSKIP("no Secret Service on this machine (run the suite through scripts/dev.sh test)");
        QCOMPARE(script.exitCode(), 0);
        QVERIFY2(!shown.contains("ory_pat_typed77e1"), shown.constData());
        QVERIFY(shown.contains("is in the keychain"));
    }

    void completionScripts()
    {
        Cli cli;
        const CliRun bash = cli.run({QStringLiteral("completion"), QStringLiteral("bash")});
        QCOMPARE(bash.exitCode, 0);
        for (const char *word : {"identities", "sessions", "courier", "recovery", "verification", "schemas", "profiles",
                                 "audit", "revoke-all", "set-token", "kratos-import"})
            QVERIFY2(bash.out.contains(word), word);
        QTemporaryFile script;
        QVERIFY(script.open());
        script.write(bash.out);
        script.close();
        QProcess check;
        check.start(QStringLiteral("bash"), {QStringLiteral("-n"), script.fileName()});
        QVERIFY(check.waitForFinished());
        QCOMPARE(check.exitCode(), 0);
        const CliRun zsh = cli.run({QStringLiteral("completion"), QStringLiteral("zsh")});
        QCOMPARE(zsh.exitCode, 0);
        QVERIFY(zsh.out.startsWith("#compdef kratos-desk"));
        QCOMPARE(cli.run({QStringLiteral("completion"), QStringLiteral("fish")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
