// SPDX-License-Identifier: GPL-3.0-or-later
// `kratos-desk identities summary`: the window's "Copy for ticket" on stdout, recorded in the audit
// trail first, and nothing printed when the trail cannot be written.
#include "AuditLog.h"
#include "CliProcess.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using TestSupport::Cli;
using TestSupport::CliRun;
using TestSupport::SimProcess;

class TestCommandLineSummary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimProcess> m_sim;

    QStringList connection() const
    {
        return {QStringLiteral("--admin-url"), m_sim->adminUrl(), QStringLiteral("--public-url"), m_sim->publicUrl()};
    }
    QJsonObject someone(const Cli &cli) const
    {
        const CliRun r = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("export"),
                                             QStringLiteral("--output"), QStringLiteral("jsonl")} +
                                 connection());
        return QJsonDocument::fromJson(r.out.split('\n').first()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimProcess>(QStringList{QStringLiteral("--identities"), QStringLiteral("20"),
                                                         QStringLiteral("--messages"), QStringLiteral("10"),
                                                         QStringLiteral("--courier-interval"), QStringLiteral("0")});
    }
    void cleanupTestCase() { m_sim.reset(); }

    void printsTheSummaryAndRecordsTheRead()
    {
        Cli cli;
        const QJsonObject identity = someone(Cli());
        const QString id = identity.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        const CliRun r =
            cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("summary"), id} + connection());
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("- ID: ") + id), r.out.constData());
        QVERIFY(text.contains(QStringLiteral("- State: ")));
        QVERIFY(text.contains(QStringLiteral("- Last sign-in: ")));
        QVERIFY(text.contains(QStringLiteral("- Sign-in check:")));
        QVERIFY(!text.contains(QStringLiteral("hashed_password")));
        const QList<AuditRecord> records = AuditLog(cli.auditDir()).records(QStringLiteral("command-line"));
        QCOMPARE(records.size(), 2); // intent, then outcome
        QCOMPARE(records.first().action, QStringLiteral("identity.summary.copy"));
        QCOMPARE(records.first().targets.first().id, id);
        QCOMPARE(records.last().outcome, AuditRecord::Outcome::Succeeded);
    }

    void nothingWithoutTheTrail()
    {
        Cli cli;
        const QString id = someone(Cli()).value(QLatin1String("id")).toString();
        // A file where the trail's folder should be: the trail cannot be written.
        QDir().mkpath(QFileInfo(cli.auditDir()).absolutePath());
        QFile blocker(cli.auditDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const CliRun r =
            cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("summary"), id} + connection());
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.contains("audit"), r.err.constData());
    }

    void unknownIdentityIsNotFound()
    {
        Cli cli;
        const CliRun r = cli.run(QStringList{QStringLiteral("identities"), QStringLiteral("summary"),
                                             QStringLiteral("nobody@nowhere.example")} +
                                 connection());
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLineSummary)
#include "tst_commandlinesummary.moc"
