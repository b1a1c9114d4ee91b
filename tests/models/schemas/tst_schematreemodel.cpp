// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaTreeModel.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace TestSupport;

namespace {

QString escapeToken(QString token)
{
    token.replace(QLatin1Char('~'), QStringLiteral("~0"));
    token.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return token;
}

// Independently of SchemaTree: every property's pointer and every `ory.sh/kratos` owner's
// pointer in the raw document.
void scan(const QJsonValue &value, const QString &pointer, QSet<QString> *properties, QSet<QString> *extensions)
{
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            scan(a.at(i), pointer + QLatin1Char('/') + QString::number(i), properties, extensions);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("enum") || key == QLatin1String("const") || key == QLatin1String("default") ||
            key == QLatin1String("examples"))
            continue;
        if (key == QLatin1String("ory.sh/kratos")) {
            extensions->insert(pointer);
            continue;
        }
        const QString child = pointer + QLatin1Char('/') + escapeToken(key);
        if (key == QLatin1String("properties") && it.value().isObject()) {
            const QJsonObject props = it.value().toObject();
            for (auto p = props.begin(); p != props.end(); ++p) {
                properties->insert(child + QLatin1Char('/') + escapeToken(p.key()));
                scan(p.value(), child + QLatin1Char('/') + escapeToken(p.key()), properties, extensions);
            }
            continue;
        }
        scan(it.value(), child, properties, extensions);
    }
}

// Every index of the model, through the model's own API.
QList<QModelIndex> allIndexes(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QList<QModelIndex> out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        out.append(i);
        out.append(allIndexes(model, i));
    }
    return out;
}

QModelIndex byPointer(const SchemaTreeModel &model, const QString &pointer)
{
    const QModelIndex i = model.indexOfPointer(pointer);
    if (!i.isValid())
        qWarning("no node at %s", qPrintable(pointer));
    return i;
}

QString cellText(const SchemaTreeModel &model, const QString &pointer, int column)
{
    return byPointer(model, pointer).siblingAtColumn(column).data().toString();
}

QString schemaFile(const char *name)
{
    return QStringLiteral(KD_TEST_DATA_DIR "/schemas/") + QLatin1String(name);
}

} // namespace

class TestSchemaTreeModel : public QObject
{
    Q_OBJECT

private:
    void checkLossless(const QString &path)
    {
        const QJsonObject doc = readJsonObject(path);
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(doc);
        QVERIFY2(model.tree()->errors().isEmpty(), qPrintable(model.tree()->errors().join(QLatin1Char('\n'))));

        QSet<QString> properties;
        QSet<QString> extensions;
        scan(doc, QString(), &properties, &extensions);
        QVERIFY(!properties.isEmpty());

        QSet<QString> shownProperties;
        QSet<QString> shownExtensions;
        int propertyRows = 0;
        for (const QModelIndex &i : allIndexes(model)) {
            const SchemaNode *n = model.node(i);
            if (n->kind == SchemaNode::Kind::Property) {
                shownProperties.insert(i.data(SchemaTreeModel::PointerRole).toString());
                ++propertyRows;
            }
            if (!i.siblingAtColumn(SchemaTreeModel::KratosColumn).data().toString().isEmpty())
                shownExtensions.insert(i.data(SchemaTreeModel::PointerRole).toString());
        }
        QCOMPARE(shownProperties, properties);
        QCOMPARE(shownExtensions, extensions);
        QVERIFY(propertyRows >= properties.size());
    }

private Q_SLOTS:
    // Counts in the constraints column are counted (%Ln: grouped here, "1 item" with the plural
    // forms in tst_translations); a count that is not a whole number is shown as the keyword says it.
    void countedConstraints_data()
    {
        QTest::addColumn<QByteArray>("keywords");
        QTest::addColumn<QString>("shown");
        QTest::newRow("items, grouped") << QByteArray("\"maxItems\":2500") << "at most 2,500 items";
        QTest::newRow("characters") << QByteArray("\"minLength\":3") << "at least 3 characters";
        QTest::newRow("properties") << QByteArray("\"minProperties\":2") << "at least 2 properties";
        QTest::newRow("broken count") << QByteArray("\"maxItems\":1.5") << "maxItems 1.5";
        QTest::newRow("hostile count") << QByteArray("\"minLength\":1e300") << "minLength 1e+300";
    }

    void countedConstraints()
    {
        QFETCH(QByteArray, keywords);
        QFETCH(QString, shown);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        SchemaTreeModel model;
        model.setDocument(
            QJsonDocument::fromJson("{\"properties\":{\"traits\":{\"properties\":{\"x\":{" + keywords + "}}}}}")
                .object());
        QCOMPARE(cellText(model, QStringLiteral("/properties/traits/properties/x"), SchemaTreeModel::ConstraintsColumn),
                 shown);
        QLocale::setDefault(QLocale::c());
    }

    void projectSchemasRenderWithoutLoss_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(KD_SOURCE_DIR "/sim/schemas"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        QVERIFY(files.size() >= 3);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
        QTest::newRow("everything") << schemaFile("everything.schema.json");
    }
    void projectSchemasRenderWithoutLoss()
    {
        QFETCH(QString, path);
        checkLossless(path);
    }

    void sharedSchemasRenderWithoutLoss_data()
    {
        QTest::addColumn<QString>("path");
        if (TestSupport::sharedDir().isEmpty())
            return;
        const QDir dir(TestSupport::sharedDir() + QStringLiteral("/kratos/schemas"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void sharedSchemasRenderWithoutLoss()
    {
        if (TestSupport::sharedDir().isEmpty())
            QSKIP("../shared/kratos/schemas is absent: the real Kratos schemas are not checked here");
        QFETCH(QString, path);
        checkLossless(path);
    }

    void sharedSchemaDetails()
    {
        if (TestSupport::sharedDir().isEmpty())
            QSKIP("../shared/kratos/schemas is absent");
        const QString dir = TestSupport::sharedDir() + QStringLiteral("/kratos/schemas/");
        SchemaTreeModel model;
        model.setDocument(readJsonObject(dir + QStringLiteral("quickstart-all-strategies_identity.schema.json")));
        const QString email = QStringLiteral("/properties/traits/properties/email");
        QCOMPARE(model.indexOfPointer(email).data(SchemaTreeModel::BadgesRole).toStringList(),
                 (QStringList{QStringLiteral("Login: password, WebAuthn, one-time code (e-mail)"),
                              QStringLiteral("Passkey name"), QStringLiteral("Verify: e-mail"),
                              QStringLiteral("Recovery: e-mail")}));
        QCOMPARE(cellText(model, email, SchemaTreeModel::RequiredColumn), QStringLiteral("required"));
        QCOMPARE(cellText(model, email, SchemaTreeModel::ConstraintsColumn),
                 QStringLiteral("format email; at least 3 characters"));
        QCOMPARE(cellText(model, QStringLiteral("/properties/traits/properties/name/properties/first"),
                          SchemaTreeModel::TitleColumn),
                 QStringLiteral("First Name"));

        // Array items carry the extension of each address in the list.
        model.setDocument(readJsonObject(dir + QStringLiteral("identity-stub-handler_multiple_emails.schema.json")));
        const QModelIndex items = model.indexOfPointer(QStringLiteral("/properties/traits/properties/emails/items"));
        QCOMPARE(items.data().toString(), QStringLiteral("items"));
        QCOMPARE(items.data(SchemaTreeModel::DataPathRole).toString(), QStringLiteral("traits.emails[]"));
        QVERIFY(items.data(SchemaTreeModel::BadgesRole).toStringList().contains(QStringLiteral("Recovery: e-mail")));
        QCOMPARE(cellText(model, QStringLiteral("/properties/traits/properties/emails"), SchemaTreeModel::TypeColumn),
                 QStringLiteral("array of string"));

        // Definitions are expanded where they are used, and listed as definitions too.
        model.setDocument(readJsonObject(dir + QStringLiteral("schema-stub_complex.schema.json")));
        const QModelIndex vegItems = model.indexOfPointer(QStringLiteral("/properties/vegetables/items"));
        QVERIFY(vegItems.isValid());
        QCOMPARE(model.rowCount(vegItems), 3);
        QCOMPARE(model.node(vegItems)->refTarget, QStringLiteral("/definitions/veggie"));
        QStringList names;
        for (int r = 0; r < 3; ++r) {
            const QModelIndex child = model.index(r, 0, vegItems);
            names.append(child.data().toString() + QLatin1Char('=') +
                         child.siblingAtColumn(SchemaTreeModel::RequiredColumn).data().toString());
            QCOMPARE(child.data(SchemaTreeModel::PointerRole).toString(),
                     QStringLiteral("/definitions/veggie/properties/") + child.data().toString());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("veggieAmount="), QStringLiteral("veggieLike=required"),
                                     QStringLiteral("veggieName=required")}));
        QCOMPARE(cellText(model, QStringLiteral("/properties/vegetables/items"), SchemaTreeModel::ConstraintsColumn),
                 QStringLiteral("uses #/definitions/veggie"));
    }

    void projectSchemaExtensions()
    {
        SchemaTreeModel model;
        model.setDocument(readJsonObject(QStringLiteral(KD_SOURCE_DIR "/sim/schemas/organisation.schema.json")));
        QCOMPARE(model.indexOfPointer(QStringLiteral("/properties/traits/properties/email"))
                     .data(SchemaTreeModel::BadgesRole)
                     .toStringList(),
                 (QStringList{QStringLiteral("Login: password, one-time code (e-mail)"), QStringLiteral("Passkey name"),
                              QStringLiteral("Verify: e-mail"), QStringLiteral("Recovery: e-mail"),
                              QStringLiteral("Organisation: by e-mail domain")}));
        QCOMPARE(cellText(model, QStringLiteral("/properties/traits/properties/profile/properties/phones/items"),
                          SchemaTreeModel::KratosColumn),
                 QStringLiteral("Verify: SMS"));
        QCOMPARE(cellText(model, QStringLiteral("/properties/traits/properties/profile/properties/department"),
                          SchemaTreeModel::ConstraintsColumn),
                 QStringLiteral("one of \"engineering\", \"sales\", \"support\", \"finance\", \"legal\""));

        model.setDocument(readJsonObject(QStringLiteral(KD_SOURCE_DIR "/sim/schemas/phone.schema.json")));
        QCOMPARE(cellText(model, QStringLiteral("/properties/traits/properties/phone"), SchemaTreeModel::KratosColumn),
                 QStringLiteral("Login: password, one-time code (SMS) · Verify: SMS · Recovery: SMS"));
        model.setDocument(readJsonObject(QStringLiteral(KD_SOURCE_DIR "/sim/schemas/customer.schema.json")));
        QVERIFY(cellText(model, QStringLiteral("/properties/traits/properties/email"), SchemaTreeModel::KratosColumn)
                    .contains(QStringLiteral("TOTP account")));
    }

    void constraintsInWords()
    {
        SchemaTreeModel model;
        model.setDocument(readJsonObject(schemaFile("everything.schema.json")));
        const QString t = QStringLiteral("/properties/traits/properties/");
        QCOMPARE(cellText(model, t + QStringLiteral("age"), SchemaTreeModel::ConstraintsColumn),
                 QStringLiteral("≥ 18; ≤ 130"));
        QCOMPARE(cellText(model, t + QStringLiteral("score"), SchemaTreeModel::ConstraintsColumn),
                 QStringLiteral("> 0; < 10; multiple of 0.5"));
        QCOMPARE(cellText(model, t + QStringLiteral("tags"), SchemaTreeModel::ConstraintsColumn),
                 QStringLiteral("1–5 items; unique items"));
        QCOMPARE(cellText(model, t + QStringLiteral("tags"), SchemaTreeModel::TypeColumn),
                 QStringLiteral("array of string"));
        QCOMPARE(cellText(model, t + QStringLiteral("nickname"), SchemaTreeModel::TypeColumn),
                 QStringLiteral("string | null"));
        QCOMPARE(cellText(model, t + QStringLiteral("accepted_terms"), SchemaTreeModel::TypeColumn),
                 QStringLiteral("boolean"));
        QCOMPARE(cellText(model, t + QStringLiteral("accepted_terms"), SchemaTreeModel::ConstraintsColumn),
                 QStringLiteral("always true"));
        QCOMPARE(cellText(model, t + QStringLiteral("plan"), SchemaTreeModel::ConstraintsColumn),
                 QStringLiteral("one of \"free\", \"pro\", \"enterprise\"; default \"free\""));
        QCOMPARE(cellText(model, QStringLiteral("/properties/traits"), SchemaTreeModel::ConstraintsColumn),
                 QStringLiteral("no other properties"));
        // Branches keep the value's path; their properties are children of the branch.
        const QModelIndex oneOf2 = model.indexOfPointer(t + QStringLiteral("contact/oneOf/1"));
        QCOMPARE(oneOf2.data().toString(), QStringLiteral("oneOf 2"));
        QCOMPARE(model.index(0, 0, oneOf2).data(SchemaTreeModel::DataPathRole).toString(),
                 QStringLiteral("traits.contact.phone"));
        QCOMPARE(model.node(model.index(0, 0, oneOf2))->branchContext(), QStringLiteral("oneOf 2"));
        QVERIFY(model.indexOfPointer(t + QStringLiteral("extra/additionalProperties")).isValid());
        QVERIFY(model.indexOfPointer(t + QStringLiteral("extra/allOf/0/properties/a")).isValid());
        QVERIFY(model.indexOfPointer(t + QStringLiteral("extra/anyOf/0/properties/b")).isValid());
    }

    void brokenReferenceIsAnError()
    {
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(readJsonObject(schemaFile("broken-ref.schema.json")));
        QCOMPARE(model.tree()->errors(),
                 QStringList{QStringLiteral("#/properties/traits/properties/email: $ref #/definitions/missing "
                                            "points to nothing in this schema.")});
        const QModelIndex email = model.indexOfPointer(QStringLiteral("/properties/traits/properties/email"));
        QVERIFY(email.data(SchemaTreeModel::ProblemRole).toString().contains(QStringLiteral("points to nothing")));
        QVERIFY(email.data(Qt::ToolTipRole).toString().contains(QStringLiteral("points to nothing")));
        // The rest of the schema is still there.
        QVERIFY(model.indexOfPointer(QStringLiteral("/properties/traits/properties/name")).isValid());
    }

    void referenceCycleIsAnErrorNotAHang()
    {
        SchemaTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(readJsonObject(schemaFile("ref-cycle.schema.json")));
        const QStringList errors = model.tree()->errors();
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.first().contains(QStringLiteral("is recursive (#/definitions/a → #/definitions/b → "
                                                        "#/definitions/a)")),
                 qPrintable(errors.first()));
        QVERIFY(model.tree()->nodeCount() < 20);
    }

    void recursiveSchemaStopsAtTheRecursion()
    {
        SchemaTreeModel model;
        model.setDocument(readJsonObject(schemaFile("recursive.schema.json")));
        QVERIFY(!model.tree()->errors().isEmpty());
        const QModelIndex manager = model.indexOfPointer(QStringLiteral("/properties/traits/properties/manager"));
        QCOMPARE(model.rowCount(manager), 2);
        const QModelIndex reportsItems = model.index(0, 0, model.index(1, 0, manager));
        QCOMPARE(reportsItems.data().toString(), QStringLiteral("items"));
        QCOMPARE(model.rowCount(reportsItems), 0);
        QVERIFY(reportsItems.data(SchemaTreeModel::ProblemRole).toString().contains(QStringLiteral("recursive")));
        QVERIFY(model.tree()->nodeCount() < 40);
    }

    void propertiesKeepTheOrderTheFileWrites()
    {
        QFile file(QStringLiteral(KD_SOURCE_DIR "/sim/schemas/phone.schema.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject doc = QJsonDocument::fromJson(bytes).object();
        auto traitNames = [](const SchemaTreeModel &model) {
            const QModelIndex traits = model.indexOfPointer(QStringLiteral("/properties/traits"));
            QStringList names;
            for (int r = 0; r < model.rowCount(traits); ++r)
                names.append(model.index(r, 0, traits).data().toString());
            return names;
        };
        SchemaTreeModel model;
        model.setDocument(doc, JsonKeyOrder::scan(bytes));
        QCOMPARE(traitNames(model),
                 (QStringList{QStringLiteral("phone"), QStringLiteral("username"), QStringLiteral("display_name")}));
        model.setDocument(doc); // without the order: sorted
        QCOMPARE(traitNames(model),
                 (QStringList{QStringLiteral("display_name"), QStringLiteral("phone"), QStringLiteral("username")}));
    }

    void keyOrderScanner()
    {
        const JsonKeyOrder::Map order = JsonKeyOrder::scan(
            "{\"z\": 1, \"a\": {\"y/x\": [ {\"q\": true, \"b\": null} ], \"c\\u00e9\": \"}\"}, \"m\": []}");
        QCOMPARE(order.value(QString()), (QStringList{QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m")}));
        QCOMPARE(order.value(QStringLiteral("/a")), (QStringList{QStringLiteral("y/x"), QString::fromUtf8("c\u00e9")}));
        QCOMPARE(order.value(QStringLiteral("/a/y~1x/0")), (QStringList{QStringLiteral("q"), QStringLiteral("b")}));
        QCOMPARE(JsonKeyOrder::subtree(order, QStringLiteral("/a")).value(QStringLiteral("/y~1x/0")),
                 (QStringList{QStringLiteral("q"), QStringLiteral("b")}));
        QVERIFY(JsonKeyOrder::scan("{\"a\": ").isEmpty());
        QVERIFY(JsonKeyOrder::scan("not json").isEmpty());
        // Written back in that order, and nothing lost.
        const QByteArray text = "{\"z\": 1, \"a\": {\"y/x\": [ {\"q\": true, \"b\": null} ], "
                                "\"c\\u00e9\": \"}\"}, \"m\": [], \"e\": {}}";
        const QJsonObject doc = QJsonDocument::fromJson(text).object();
        const JsonKeyOrder::Map docOrder = JsonKeyOrder::scan(text);
        QVERIFY(!docOrder.isEmpty());
        const QByteArray written = JsonKeyOrder::toJson(doc, docOrder);
        QCOMPARE(QJsonDocument::fromJson(written).object(), doc);
        QCOMPARE(JsonKeyOrder::scan(written), docOrder);
        QVERIFY(written.startsWith("{\n    \"z\": 1,\n    \"a\": {\n        \"y/x\": [\n"));
        const QJsonObject object{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}, {QStringLiteral("c"), 3}};
        QCOMPARE(JsonKeyOrder::ordered(object, {QStringLiteral("c"), QStringLiteral("gone"), QStringLiteral("b")}),
                 (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    }

    void notASchemaIsAnError()
    {
        SchemaTreeModel model;
        model.setDocument(QJsonObject{
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("traits"),
                          QJsonObject{{QStringLiteral("properties"), QJsonObject{{QStringLiteral("x"), 42}}}}}}}});
        QCOMPARE(model.tree()->errors().size(), 1);
        QVERIFY(model.tree()->errors().first().startsWith(QStringLiteral("#/properties/traits/properties/x: ")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaTreeModel)
#include "tst_schematreemodel.moc"
