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
             {"#/traits/profile/department", "#/traits/profile/employee_number", "#/traits/email", "#/traits"})
            QVERIFY2(found.contains(QString::fromLatin1(expected)), qPrintable(found.join(QLatin1Char(' '))));
        QJsonObject extra = good;
        extra.insert(QStringLiteral("unexpected"), 1); // additionalProperties: false
        QVERIFY(!v.validateTraits(extra).isEmpty());
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
