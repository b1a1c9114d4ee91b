// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaValidator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QtTest>

namespace {

// Debian's json-schema-test-suite package; dev.sh installs it.
const QString suiteDir = QStringLiteral("/usr/share/json-schema-test-suite/tests/draft7");

struct Count
{
    int passed = 0;
    int total = 0;
    int remoteRefFailures = 0; // schemas that $ref another document: never fetched
    QStringList failures;
};

// Runs one file of the suite through SchemaValidator, the path the traits editor and the edit
// dialog use.
Count runFile(const QString &path)
{
    Count count;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    const QJsonArray groups = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        SchemaValidator validator;
        QString error;
        const bool compiled = validator.setSchema(group.value(QLatin1String("schema")), &error);
        for (const QJsonValue &t : group.value(QLatin1String("tests")).toArray()) {
            const QJsonObject test = t.toObject();
            ++count.total;
            const bool expected = test.value(QLatin1String("valid")).toBool();
            const bool actual = compiled && validator.validate(test.value(QLatin1String("data"))).isEmpty();
            if (compiled && actual == expected)
                ++count.passed;
            else if (!compiled && error.contains(QLatin1String("refers to another document")))
                ++count.remoteRefFailures;
            if (!compiled || actual != expected)
                count.failures.append(
                    QStringLiteral("%1 / %2%3")
                        .arg(group.value(QLatin1String("description")).toString(),
                             test.value(QLatin1String("description")).toString(),
                             compiled ? QString() : QStringLiteral(" (schema not compiled: %1)").arg(error)));
        }
    }
    return count;
}

} // namespace

class tst_SchemaConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void draft7()
    {
        if (!QDir(suiteDir).exists())
            QSKIP("json-schema-test-suite is not installed (apt install json-schema-test-suite)");
        QMap<QString, Count> counts;
        QDirIterator it(suiteDir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString keyword = QDir(suiteDir).relativeFilePath(path).chopped(5);
            counts.insert(keyword, runFile(path));
        }
        QVERIFY(counts.size() > 30);

        int passed = 0;
        int total = 0;
        for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
            passed += c->passed;
            total += c->total;
            qInfo("%-32s %4d / %4d%s", qPrintable(c.key()), c->passed, c->total,
                  c->passed == c->total ? "" : "  <- gap");
            for (const QString &f : c->failures)
                qInfo("    fails: %s", qPrintable(f));
        }
        qInfo("draft 7 total: %d / %d", passed, total);

        // Every keyword the identity schemas of Kratos use (its docs, the quickstarts, our own
        // and ../shared's schemas) must pass completely. `$ref` and `definitions` pass for every
        // reference inside the document; references to other documents are never fetched (a
        // known gap, listed in the README), and those are the only failures allowed.
        const QStringList kratosKeywords{
            QStringLiteral("type"),
            QStringLiteral("properties"),
            QStringLiteral("required"),
            QStringLiteral("additionalProperties"),
            QStringLiteral("enum"),
            QStringLiteral("const"),
            QStringLiteral("minLength"),
            QStringLiteral("maxLength"),
            QStringLiteral("pattern"),
            QStringLiteral("minimum"),
            QStringLiteral("maximum"),
            QStringLiteral("exclusiveMinimum"),
            QStringLiteral("exclusiveMaximum"),
            QStringLiteral("multipleOf"),
            QStringLiteral("items"),
            QStringLiteral("minItems"),
            QStringLiteral("maxItems"),
            QStringLiteral("uniqueItems"),
            QStringLiteral("allOf"),
            QStringLiteral("anyOf"),
            QStringLiteral("oneOf"),
            QStringLiteral("not"),
            QStringLiteral("if-then-else"),
            QStringLiteral("default"),
            QStringLiteral("boolean_schema"),
            QStringLiteral("patternProperties"),
            QStringLiteral("ref"),
            QStringLiteral("definitions"),
            QStringLiteral("optional/format/email"),
            QStringLiteral("optional/format/uri"),
            QStringLiteral("optional/format/date"),
            QStringLiteral("optional/format/date-time"),
        };
        for (const QString &k : kratosKeywords) {
            QVERIFY2(counts.contains(k), qPrintable(k));
            const Count c = counts.value(k);
            const bool refKeyword = k == QLatin1String("ref") || k == QLatin1String("definitions");
            QVERIFY2(c.passed + (refKeyword ? c.remoteRefFailures : 0) == c.total,
                     qPrintable(QStringLiteral("%1: %2 of %3 pass; first failure: %4")
                                    .arg(k)
                                    .arg(c.passed)
                                    .arg(c.total)
                                    .arg(c.failures.value(0))));
        }
        QVERIFY(counts.value(QStringLiteral("ref")).passed >= 20);
    }
};

QTEST_GUILESS_MAIN(tst_SchemaConformance)
#include "tst_schemaconformance.moc"
