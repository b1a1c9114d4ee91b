// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaValidator.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace TestSupport;

namespace {

QStringList paths(const QList<SchemaValidator::Problem> &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out.append(p.path);
    return out;
}

// A regression input: one schema, a line "--", one document.
struct Case
{
    QJsonValue schema;
    QJsonValue document;
};

Case readCase(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = f.readAll().split('\n');
    QByteArray schema;
    QByteArray document;
    bool second = false;
    for (const QByteArray &line : parts) {
        if (line.trimmed() == "--")
            second = true;
        else
            (second ? document : schema) += line + '\n';
    }
    return {QJsonDocument::fromJson('[' + schema + ']').array().at(0),
            QJsonDocument::fromJson('[' + document + ']').array().at(0)};
}

QStringList messages(const QList<SchemaValidator::Problem> &problems)
{
    QStringList out;
    for (const auto &p : problems)
        out.append(p.path + QStringLiteral(": ") + p.message + QStringLiteral(" (") + p.detail + QLatin1Char(')'));
    return out;
}

} // namespace

class tst_SchemaValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void organisationSchema()
    {
        SchemaValidator v;
        QString error;
        QVERIFY(
            v.setSchema(readJsonObject(QStringLiteral(KD_SOURCE_DIR "/sim/schemas/organisation.schema.json")), &error));
        const QJsonObject good = QJsonDocument::fromJson("{\"email\":\"a@acme.example\",\"name\":{\"first\":\"A\","
                                                         "\"last\":\"B\"},\"profile\":{\"department\":\"legal\","
                                                         "\"roles\":[\"admin\"],\"employee_number\":3}}")
                                     .object();
        QVERIFY(v.validateTraits(good).isEmpty());

        QJsonObject badEnum = good;
        QJsonObject profile = good.value(QStringLiteral("profile")).toObject();
        profile.insert(QStringLiteral("department"), QStringLiteral("marketing"));
        profile.insert(QStringLiteral("employee_number"), 0);
        badEnum.insert(QStringLiteral("profile"), profile);
        badEnum.insert(QStringLiteral("email"), QStringLiteral("nope"));
        badEnum.remove(QStringLiteral("name"));
        const QStringList found = paths(v.validateTraits(badEnum));
        for (const char *expected :
             {"#/traits/profile/department", "#/traits/profile/employee_number", "#/traits/email", "#/traits/name"})
            QVERIFY2(found.contains(QString::fromLatin1(expected)), qPrintable(found.join(QLatin1Char(' '))));
        QJsonObject extra = good;
        extra.insert(QStringLiteral("unexpected"), 1); // additionalProperties: false
        QVERIFY(!v.validateTraits(extra).isEmpty());
    }

    // What a support person reads: the field's title and what is wrong, in words; the validator's
    // own text (pattern, limit) only as the detail.
    void wordsForPeople_data()
    {
        QTest::addColumn<QByteArray>("document"); // traits of the organisation schema, one field broken
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");   // ValidationProblem::text()
        QTest::addColumn<QString>("detail"); // part of the detail

        const QByteArray name = ",\"name\":{\"first\":\"A\",\"last\":\"B\"}";
        QTest::newRow("format email") << QByteArray("{\"email\":\"nope\"" + name + "}") << "#/traits/email"
                                      << "Work e-mail: must look like an e-mail address, such as name@example.com"
                                      << "\"nope\" does not match format \"email\"";
        QTest::newRow("required, named by its title") << QByteArray("{\"email\":\"a@b.example\"}") << "#/traits/name"
                                                      << "Name: is required"
                                                      << "Missing required property 'name'";
        QTest::newRow("enum lists the values")
            << QByteArray("{\"email\":\"a@b.example\"" + name + ",\"profile\":{\"department\":\"marketing\"}}")
            << "#/traits/profile/department"
            << "Department: must be one of \"engineering\", \"sales\", \"support\", \"finance\", \"legal\""
            << "enum";
        QTest::newRow("minimum with the number")
            << QByteArray("{\"email\":\"a@b.example\"" + name +
                          ",\"profile\":{\"department\":\"legal\",\"employee_number\":0}}")
            << "#/traits/profile/employee_number"
            << "Employee number: must be 1 or more"
            << "greater than or equal to 1";
        QTest::newRow("type in words") << QByteArray(
                                              "{\"email\":\"a@b.example\"" + name +
                                              ",\"profile\":{\"department\":\"legal\",\"employee_number\":\"x\"}}")
                                       << "#/traits/profile/employee_number"
                                       << "Employee number: must be a whole number"
                                       << "type";
        QTest::newRow("date format") << QByteArray("{\"email\":\"a@b.example\"" + name +
                                                   ",\"profile\":{\"department\":\"legal\",\"start_date\":\"1/2/26\"}}")
                                     << "#/traits/profile/start_date"
                                     << "Start date: must be a date, such as 2026-03-20"
                                     << "does not match format \"date\"";
        QTest::newRow("unknown field") << QByteArray("{\"email\":\"a@b.example\"" + name + ",\"nickname\":\"x\"}")
                                       << "#/traits/nickname"
                                       << "nickname: is not a field of this schema"
                                       << "'nickname'";
    }

    void wordsForPeople()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(QString, detail);
        SchemaValidator v;
        QString error;
        QVERIFY(
            v.setSchema(readJsonObject(QStringLiteral(KD_SOURCE_DIR "/sim/schemas/organisation.schema.json")), &error));
        const QList<SchemaValidator::Problem> problems = v.validateTraits(QJsonDocument::fromJson(document).object());
        const QString all = messages(problems).join(QLatin1Char('\n'));
        QCOMPARE(problems.size(), 1);
        const SchemaValidator::Problem &p = problems.first();
        QCOMPARE(p.path, path);
        QCOMPARE(p.text(), text);
        QVERIFY2(p.detail.contains(detail), qPrintable(all));
        QVERIFY2(!p.message.contains(QLatin1String("pattern")) && !p.message.contains(QLatin1Char('#')),
                 qPrintable(all));
    }

    void patternOnlyInTheDetail()
    {
        SchemaValidator v;
        QString error;
        QVERIFY(v.setSchema(QJsonDocument::fromJson("{\"properties\":{\"traits\":{\"properties\":{\"login\":{"
                                                    "\"type\":\"string\",\"title\":\"Login name\",\"minLength\":3,"
                                                    "\"pattern\":\"^[a-z]+$\"}}}}}")
                                .object(),
                            &error));
        const QList<SchemaValidator::Problem> bad = v.validateTraits({{QStringLiteral("login"), QStringLiteral("A1")}});
        const QString all = messages(bad).join(QLatin1Char('\n'));
        QCOMPARE(bad.size(), 2);
        QStringList texts{bad.at(0).text(), bad.at(1).text()};
        texts.sort();
        QCOMPARE(texts, (QStringList{QStringLiteral("Login name: is not in the form this field requires"),
                                     QStringLiteral("Login name: must be at least 3 characters long")}));
        QVERIFY2(all.contains(QStringLiteral("does not match pattern \"^[a-z]+$\"")), qPrintable(all));
        QCOMPARE(v.titleAt(QStringLiteral("#/traits/login")), QStringLiteral("Login name"));
    }

    void brokenSchemaIsReported()
    {
        SchemaValidator v;
        QString error;
        QVERIFY(!v.setSchema(
            QJsonDocument::fromJson("{\"properties\":{\"traits\":{\"$ref\":\"#/definitions/missing\"}}}").object(),
            &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!v.hasSchema());
        QVERIFY(v.validateTraits(QJsonObject()).isEmpty());
    }

    // Inputs that crashed, hung or were misread before `pattern`, `patternProperties` and `format`
    // moved to RE2 and `$ref` cycles were refused (tests/data/validator/).
    void regressionInputs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<QString>("path");    // a problem expected at this path; empty: valid
        QTest::addColumn<QString>("message"); // part of the refusal or of the problem

        QTest::newRow("$ref cycle a -> b -> a")
            << QStringLiteral("ref-cycle-two.txt") << true << QStringLiteral("") << QStringLiteral("cycle");
        QTest::newRow("$ref to its own target")
            << QStringLiteral("ref-self.txt") << true << QStringLiteral("") << QStringLiteral("cycle");
        QTest::newRow("relative $ref") << QStringLiteral("ref-relative.txt") << true << QStringLiteral("")
                                       << QStringLiteral("another document");
        QTest::newRow("cycle through anyOf")
            << QStringLiteral("ref-through-anyof.txt") << true << QStringLiteral("") << QStringLiteral("cycle");
        QTest::newRow("unbalanced pattern") << QStringLiteral("pattern-unbalanced.txt") << true << QStringLiteral("")
                                            << QStringLiteral("not a valid regular expression");
        QTest::newRow("repeat count overflow")
            << QStringLiteral("pattern-repeat-huge.txt") << true << QStringLiteral("")
            << QStringLiteral("not a valid regular expression");
        QTest::newRow("back-reference (Go refuses it)")
            << QStringLiteral("pattern-backreference.txt") << true << QStringLiteral("")
            << QStringLiteral("not a valid regular expression");
        QTest::newRow("format on an array") << QStringLiteral("format-on-array.txt") << false
                                            << QStringLiteral("#/traits/contact") << QStringLiteral("type");
        QTest::newRow("Go's (?i)") << QStringLiteral("pattern-go-case-insensitive.txt") << false << QStringLiteral("")
                                   << QStringLiteral("");
        QTest::newRow("\\p{L} accepts letters")
            << QStringLiteral("pattern-unicode-letters.txt") << false << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("\\p{L} is not the text p{L}")
            << QStringLiteral("pattern-unicode-rejects.txt") << false << QStringLiteral("#/traits/name")
            << QStringLiteral("does not match pattern");
        QTest::newRow("nested quantifier, no backtracking")
            << QStringLiteral("pattern-nested-quantifier.txt") << false << QStringLiteral("#/traits/login")
            << QStringLiteral("does not match pattern");
    }

    void regressionInputs()
    {
        QFETCH(QString, file);
        QFETCH(bool, refused);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Case c = readCase(QStringLiteral(KD_SOURCE_DIR "/tests/data/validator/") + file);
        QVERIFY(!c.schema.isUndefined() && !c.document.isUndefined());
        SchemaValidator v;
        QString error;
        const bool accepted = v.setSchema(c.schema, &error);
        QCOMPARE(accepted, !refused);
        if (refused) {
            QVERIFY2(error.contains(message), qPrintable(error));
            QVERIFY(v.validate(c.document).isEmpty()); // no schema: nothing to say, and no crash
            return;
        }
        const QList<SchemaValidator::Problem> problems = v.validate(c.document);
        if (path.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(messages(problems).join(QLatin1Char('\n'))));
            return;
        }
        QVERIFY2(paths(problems).contains(path), qPrintable(messages(problems).join(QLatin1Char('\n'))));
        QVERIFY2(messages(problems).join(QLatin1Char('\n')).contains(message, Qt::CaseInsensitive),
                 qPrintable(messages(problems).join(QLatin1Char('\n'))));
    }

    // 200,000 characters against an alternation under a star overflowed std::regex's stack.
    void longValueAgainstAlternation()
    {
        SchemaValidator v;
        QString error;
        QVERIFY(v.setSchema(
            QJsonDocument::fromJson("{\"properties\":{\"bio\":{\"type\":\"string\",\"pattern\":\"^(a|b)*$\"}}}")
                .object(),
            &error));
        const QString value(200000, QLatin1Char('a'));
        QVERIFY(v.validate(QJsonObject{{QStringLiteral("bio"), value}}).isEmpty());
        QCOMPARE(paths(v.validate(QJsonObject{{QStringLiteral("bio"), QString(value + QLatin1Char('c'))}})),
                 QStringList{QStringLiteral("#/bio")});
    }

    void patternProperties_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("problemPaths");
        QTest::newRow("declared and matching") << QByteArray("{\"a\":\"s\",\"x-one\":3,\"yes\":9}") << QStringList();
        QTest::newRow("pattern schema fails")
            << QByteArray("{\"x-one\":\"s\"}") << QStringList{QStringLiteral("#/x-one")};
        QTest::newRow("additional refused") << QByteArray("{\"b\":1}") << QStringList{QStringLiteral("#/b")};
        QTest::newRow("Go (?i) pattern") << QByteArray("{\"YES\":1}") << QStringList{QStringLiteral("#/YES")};
        QTest::newRow("declared and pattern both apply")
            << QByteArray("{\"x-a\":\"s\"}") << QStringList{QStringLiteral("#/x-a")};
        QTest::newRow("$ref inside a pattern schema")
            << QByteArray("{\"ref-1\":-1}") << QStringList{QStringLiteral("#/ref-1")};
        QTest::newRow("nested object below a pattern")
            << QByteArray("{\"x-deep\":{\"x-n\":\"s\"}}") << QStringList{QStringLiteral("#/x-deep/x-n")};
    }

    void patternProperties()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, problemPaths);
        const QJsonObject schema =
            QJsonDocument::fromJson(
                "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"x-a\":{\"type\":\"string\"}},"
                "\"patternProperties\":{\"^x-\":{\"type\":[\"integer\",\"object\"],\"patternProperties\":{\"^x-\":{"
                "\"type\":\"integer\"}}},\"(?i)^yes$\":{\"minimum\":5},\"^ref-\":{\"$ref\":\"#/definitions/"
                "positive\"}},\"additionalProperties\":false,\"definitions\":{\"positive\":{\"minimum\":0}}}")
                .object();
        SchemaValidator v;
        QString error;
        QVERIFY2(v.setSchema(schema, &error), qPrintable(error));
        const QList<SchemaValidator::Problem> problems = v.validate(QJsonDocument::fromJson(document).object());
        QStringList found = paths(problems);
        found.removeDuplicates();
        QVERIFY2(found == problemPaths, qPrintable(messages(problems).join(QLatin1Char('\n'))));
    }

    // The crash inputs of the robustness issue, when ../shared/repro is next to the checkout.
    void sharedReproducers()
    {
        const QString dir = TestSupport::sharedDir();
        if (dir.isEmpty() || !QDir(dir + QStringLiteral("/repro")).exists())
            QSKIP("../shared/repro is not here; tests/data/validator holds this project's own inputs");
        const QStringList files = QDir(dir + QStringLiteral("/repro")).entryList({QStringLiteral("validator-*.txt")});
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const Case c = readCase(dir + QStringLiteral("/repro/") + file);
            SchemaValidator v;
            QString error;
            if (!v.setSchema(c.schema, &error))
                QVERIFY2(!error.isEmpty(), qPrintable(file));
            v.validate(c.document); // returns, whatever it finds
        }
    }

    void realKratosSchemasCompile()
    {
        const QString dir = TestSupport::sharedDir();
        if (dir.isEmpty())
            QSKIP("../shared/kratos/schemas is not here; the real Kratos schemas are extra test data");
        const QDir schemas(dir + QStringLiteral("/kratos/schemas"));
        const QStringList files = schemas.entryList({QStringLiteral("*.json")});
        QCOMPARE(files.size(), 8);
        for (const QString &file : files) {
            SchemaValidator v;
            QString error;
            QVERIFY2(v.setSchema(readJsonObject(schemas.filePath(file)), &error),
                     qPrintable(file + QStringLiteral(": ") + error));
        }
    }
};

QTEST_GUILESS_MAIN(tst_SchemaValidator)
#include "tst_schemavalidator.moc"
