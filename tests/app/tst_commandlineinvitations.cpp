// SPDX-License-Identifier: GPL-3.0-or-later
// `kratos-desk invitations send|list`: who is created, what goes to stdout (the links and codes to
// hand over, nowhere else), what the trail records, and the list read back with the server's facts.
#include "AuditLog.h"
#include "CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using TestSupport::Cli;
using TestSupport::CliRun;
using TestSupport::SimProcess;

class TestCommandLineInvitations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimProcess> m_sim;

    QStringList connection() const
    {
        return {QStringLiteral("--admin-url"), m_sim->adminUrl(), QStringLiteral("--public-url"), m_sim->publicUrl()};
    }
    static QJsonArray rows(const CliRun &r) { return QJsonDocument::fromJson(r.out).array(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimProcess>(QStringList{QStringLiteral("--identities"), QStringLiteral("10"),
                                                         QStringLiteral("--recovery"), QStringLiteral("link")});
    }
    void cleanupTestCase() { m_sim.reset(); }

    void sendByMailFromACsvAndList()
    {
        Cli cli;
        const QString csv = cli.home() + QStringLiteral("/people.csv");
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,name.first\nada@cli.example,Ada\nnot-an-address,X\n");
        file.close();
        const CliRun sent =
            cli.run(QStringList{QStringLiteral("invitations"), QStringLiteral("send"), QStringLiteral("--csv"), csv,
                                QStringLiteral("bob@cli.example"), QStringLiteral("--yes"), QStringLiteral("--reason"),
                                QStringLiteral("SUP-12"), QStringLiteral("--output"), QStringLiteral("json")} +
                    connection());
        QCOMPARE(sent.exitCode, 0);
        QVERIFY2(sent.err.contains("left out: line 3: \"not-an-address\" is not an e-mail address"),
                 sent.err.constData());
        const QJsonArray out = rows(sent);
        QCOMPARE(out.size(), 2);
        for (const QJsonValue &v : out) {
            QVERIFY(!v[QLatin1String("identity_id")].toString().isEmpty());
            QVERIFY(!v[QLatin1String("message_id")].toString().isEmpty());
            QVERIFY(v[QLatin1String("problem")].toString().isEmpty());
        }
        const QList<AuditRecord> records = AuditLog(cli.auditDir()).records(QStringLiteral("command-line"));
        QCOMPARE(records.size(), 8); // per person: invite and recovery mail, each intent and outcome
        QCOMPARE(records.first().action, QStringLiteral("identity.invite"));
        QCOMPARE(records.first().reason, QStringLiteral("SUP-12"));

        const CliRun listed = cli.run(QStringList{QStringLiteral("invitations"), QStringLiteral("list"),
                                                  QStringLiteral("--output"), QStringLiteral("json")} +
                                      connection());
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray list = rows(listed);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0)[QLatin1String("delivery")].toString(), QStringLiteral("mail"));
        QCOMPARE(list.at(0)[QLatin1String("signed_in")].toString(), QStringLiteral("not yet"));
        QCOMPARE(list.at(0)[QLatin1String("state")].toString(), QStringLiteral("active"));
        QVERIFY(list.at(0)[QLatin1String("message")].toString().startsWith(QLatin1String("mail ")));
    }

    // A code to hand over goes to stdout only: the trail never holds it.
    void aCodeGoesToStdoutOnly()
    {
        Cli cli;
        const CliRun sent = cli.run(QStringList{QStringLiteral("invitations"), QStringLiteral("send"),
                                                QStringLiteral("carol@cli.example"), QStringLiteral("--delivery"),
                                                QStringLiteral("code"), QStringLiteral("--yes"),
                                                QStringLiteral("--output"), QStringLiteral("json")} +
                                    connection());
        QCOMPARE(sent.exitCode, 0);
        const QJsonArray out = rows(sent);
        QCOMPARE(out.size(), 1);
        const QString code = out.at(0)[QLatin1String("code")].toString();
        const QString link = out.at(0)[QLatin1String("link")].toString();
        QVERIFY(!code.isEmpty());
        QVERIFY(!link.isEmpty());
        QFile trail(AuditLog(cli.auditDir()).filePath(QStringLiteral("command-line")));
        QVERIFY(trail.open(QIODevice::ReadOnly));
        const QByteArray all = trail.readAll();
        QVERIFY(!all.contains(link.toUtf8()));
        QVERIFY(!all.contains(QByteArray("\"" + code.toUtf8() + "\"")));
        QVERIFY(!sent.err.contains(code.toUtf8()));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("nobody") << QStringList() << "nobody to invite";
        QTest::newRow("unknown delivery")
            << QStringList{QStringLiteral("a@b.example"), QStringLiteral("--delivery"), QStringLiteral("pigeon")}
            << "--delivery must be mail, link or code";
        QTest::newRow("unknown schema") << QStringList{QStringLiteral("a@b.example"), QStringLiteral("--schema"),
                                                       QStringLiteral("nope")}
                                        << "the server has no identity schema \"nope\"";
        QTest::newRow("schema without an e-mail")
            << QStringList{QStringLiteral("a@b.example"), QStringLiteral("--schema"), QStringLiteral("phone")}
            << "marks no e-mail trait for recovery";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        Cli cli;
        const CliRun r =
            cli.run(QStringList{QStringLiteral("invitations"), QStringLiteral("send"), QStringLiteral("--yes")} +
                    arguments + connection());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(error.toUtf8()), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCommandLineInvitations)
#include "tst_commandlineinvitations.moc"
