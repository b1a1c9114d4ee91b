// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityListModel.h"
#include "SchemaCatalog.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

namespace {

IdentitySchema load(const QString &id, const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return {id, QJsonDocument::fromJson(f.readAll()).object(), {}};
}

} // namespace

class tst_SchemaCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projectSchemas()
    {
        SchemaCatalog catalog;
        catalog.setSchemas(
            {load(QStringLiteral("default"), QStringLiteral(KD_SOURCE_DIR "/sim/schemas/customer.schema.json")),
             load(QStringLiteral("phone"), QStringLiteral(KD_SOURCE_DIR "/sim/schemas/phone.schema.json")),
             load(QStringLiteral("organisation"),
                  QStringLiteral(KD_SOURCE_DIR "/sim/schemas/organisation.schema.json"))});
        QCOMPARE(catalog.identifierPaths(QStringLiteral("default")), QStringList{QStringLiteral("email")});
        QCOMPARE(catalog.identifierPaths(QStringLiteral("phone")),
                 (QStringList{QStringLiteral("phone"), QStringLiteral("username")}));
        QCOMPARE(catalog.displayNamePath(QStringLiteral("phone")), QStringLiteral("display_name"));
        QCOMPARE(catalog.displayNamePath(QStringLiteral("organisation")),
                 QStringLiteral("name")); // before passkey's display_name
        QCOMPARE(catalog.title(QStringLiteral("organisation"), QStringLiteral("profile/department")),
                 QStringLiteral("Department"));
        QCOMPARE(catalog.title(QStringLiteral("default"), QStringLiteral("email")), QStringLiteral("E-mail"));
        QVERIFY(catalog.identifierPaths(QStringLiteral("unknown")).isEmpty());
        // Where an invitation's address goes: the recovery e-mail trait; a phone schema has none.
        QCOMPARE(catalog.recoveryEmailPath(QStringLiteral("default")), QStringLiteral("email"));
        QCOMPARE(catalog.recoveryEmailPath(QStringLiteral("organisation")), QStringLiteral("email"));
        QVERIFY(catalog.recoveryEmailPath(QStringLiteral("phone")).isEmpty());
        QCOMPARE(catalog.schemaIds(),
                 (QStringList{QStringLiteral("default"), QStringLiteral("organisation"), QStringLiteral("phone")}));

        Identity phoneUser;
        phoneUser.schemaId = QStringLiteral("phone");
        phoneUser.traits = QJsonObject{{QStringLiteral("username"), QStringLiteral("ada_1")},
                                       {QStringLiteral("phone"), QStringLiteral("+4915100000001")},
                                       {QStringLiteral("display_name"), QStringLiteral("Ada L.")}};
        QCOMPARE(IdentityListModel::primaryIdentifier(phoneUser, &catalog), QStringLiteral("+4915100000001"));
        QCOMPARE(IdentityListModel::primaryIdentifier(phoneUser),
                 QStringLiteral("ada_1")); // without schemas: the fallbacks
        QCOMPARE(IdentityListModel::displayName(phoneUser, &catalog), QStringLiteral("Ada L."));
    }

    // Without a recovery extension, the first login identifier that is an e-mail is used.
    void recoveryEmailFallsBackToAnEmailIdentifier()
    {
        const QJsonObject email{{QStringLiteral("type"), QStringLiteral("string")},
                                {QStringLiteral("format"), QStringLiteral("email")},
                                {QStringLiteral("ory.sh/kratos"),
                                 QJsonObject{{QStringLiteral("credentials"),
                                              QJsonObject{{QStringLiteral("password"),
                                                           QJsonObject{{QStringLiteral("identifier"), true}}}}}}}};
        const QJsonObject doc{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("traits"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                      {QStringLiteral("properties"),
                                       QJsonObject{{QStringLiteral("contact"),
                                                    QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                                {QStringLiteral("properties"),
                                                                 QJsonObject{{QStringLiteral("mail"), email}}}}}}}}}}}};
        SchemaCatalog catalog;
        catalog.setSchemas({{QStringLiteral("staff"), doc, {}}});
        QCOMPARE(catalog.recoveryEmailPath(QStringLiteral("staff")), QStringLiteral("contact/mail"));
    }

    void realSchemasWithRefs()
    {
        const QString dir = TestSupport::sharedDir();
        if (dir.isEmpty())
            QSKIP("../shared/kratos/schemas is not here; the real Kratos schemas are extra test data");
        SchemaCatalog catalog;
        catalog.setSchemas(
            {load(QStringLiteral("complex"), dir + QStringLiteral("/kratos/schemas/schema-stub_complex.schema.json")),
             load(QStringLiteral("all"),
                  dir + QStringLiteral("/kratos/schemas/quickstart-all-strategies_identity.schema.json")),
             load(QStringLiteral("phone"),
                  dir + QStringLiteral("/kratos/schemas/quickstart-phone-password_identity.schema.json"))});
        QCOMPARE(catalog.identifierPaths(QStringLiteral("all")), QStringList{QStringLiteral("email")});
        QCOMPARE(catalog.displayNamePath(QStringLiteral("all")), QStringLiteral("name"));
        QCOMPARE(catalog.identifierPaths(QStringLiteral("phone")),
                 (QStringList{QStringLiteral("email"), QStringLiteral("phone")}));
    }
};

QTEST_GUILESS_MAIN(tst_SchemaCatalog)
#include "tst_schemacatalog.moc"
