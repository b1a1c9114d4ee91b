// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaMarkdown.h"
#include "SchemaTree.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

const QString everything = QStringLiteral(KD_TEST_DATA_DIR "/schemas/everything.schema.json");

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs `kratos-desk schema-doc ARG` while the event loop keeps serving (the simulator lives in
// this process).
CliResult schemaDoc(const QString &argument)
{
    QProcess process;
    process.start(QStringLiteral(KD_APP_PATH), {QStringLiteral("schema-doc"), argument});
    if (!process.waitForStarted(10000))
        qFatal("kratos-desk did not start");
    if (!QTest::qWaitFor([&process]() { return process.state() == QProcess::NotRunning; }, 30000))
        qFatal("kratos-desk schema-doc did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestSchemaMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentMatchesTheExpectedOne()
    {
        const QByteArray bytes = readFile(everything);
        const auto tree = SchemaTree::build(QJsonDocument::fromJson(bytes).object(), JsonKeyOrder::scan(bytes));
        const QString expected = QString::fromUtf8(readFile(QStringLiteral(KD_TEST_DATA_DIR "/schemas/everything.md")));
        const QString actual = SchemaMarkdown::document(*tree, QStringLiteral("everything"));
        if (actual != expected) {
            const QStringList a = actual.split(QLatin1Char('\n'));
            const QStringList e = expected.split(QLatin1Char('\n'));
            for (int i = 0; i < qMin(a.size(), e.size()); ++i)
                QCOMPARE(a.at(i), e.at(i));
            QCOMPARE(a.size(), e.size());
        }
    }

    void everyTraitPathHasOneRow()
    {
        const QByteArray bytes = readFile(everything);
        const auto tree = SchemaTree::build(QJsonDocument::fromJson(bytes).object(), JsonKeyOrder::scan(bytes));
        const QString doc = SchemaMarkdown::document(*tree, QStringLiteral("everything"));
        int traitNodes = 0;
        for (const SchemaNode *n : tree->nodes()) {
            bool inDefinitions = false;
            for (const SchemaNode *p = n; p; p = p->parent)
                inDefinitions = inDefinitions || p->kind == SchemaNode::Kind::Definitions;
            if (!inDefinitions && n->isUnderTraits() && !n->traitPath().isEmpty()) {
                ++traitNodes;
                QVERIFY2(doc.contains(QStringLiteral("| `%1`").arg(n->traitPath())), qPrintable(n->traitPath()));
            }
        }
        const QString traits = doc.section(QStringLiteral("## Traits"), 1).section(QStringLiteral("\n## "), 0, 0);
        QCOMPARE(int(traits.count(QStringLiteral("\n| `"))), traitNodes);
    }

    void cellsEscapeMarkdown()
    {
        QCOMPARE(SchemaMarkdown::cell(QStringLiteral("a|b_c\nd *e* <x>")),
                 QStringLiteral("a\\|b\\_c d \\*e\\* \\<x\\>"));
    }

    void commandPrintsTheSameDocument()
    {
        const CliResult r = schemaDoc(everything);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, readFile(QStringLiteral(KD_TEST_DATA_DIR "/schemas/everything.md")));
        QVERIFY(r.err.isEmpty());
    }

    void commandReadsAUrl()
    {
        auto sim = TestSupport::startSimulator();
        const CliResult r = schemaDoc(sim->adminUrl().toString() + QStringLiteral("/schemas/default"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("# Identity schema: Customer\n"), r.out.constData());
        QVERIFY(r.out.contains("- Schema id: `default`"));
        QVERIFY(r.out.contains("| `email` | string | yes | format email; 3–320 characters |"));

        const CliResult missing = schemaDoc(sim->adminUrl().toString() + QStringLiteral("/schemas/nope"));
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("answered HTTP 404"), missing.err.constData());
        QVERIFY(missing.out.isEmpty());
    }

    void commandExplainsBadInput()
    {
        QTemporaryDir dir;
        const CliResult absent = schemaDoc(dir.filePath(QStringLiteral("absent.json")));
        QCOMPARE(absent.exitCode, 2);
        QVERIFY2(absent.err.contains("cannot read"), absent.err.constData());

        QFile broken(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"type\": \"object\",\n  \"properties\": {\n}");
        broken.close();
        const CliResult notJson = schemaDoc(broken.fileName());
        QCOMPARE(notJson.exitCode, 2);
        QVERIFY2(notJson.err.contains("is not JSON") && notJson.err.contains("on line 4"), notJson.err.constData());

        const CliResult badRef = schemaDoc(QStringLiteral(KD_TEST_DATA_DIR "/schemas/broken-ref.schema.json"));
        QCOMPARE(badRef.exitCode, 1);
        QVERIFY(badRef.out.contains("## Problems"));
        QVERIFY(badRef.out.contains("points to nothing in this schema"));
        QVERIFY(badRef.err.contains("1 problem Kratos would reject"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaMarkdown)
#include "tst_schemamarkdown.moc"
