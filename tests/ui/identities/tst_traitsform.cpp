// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityEditDialog.h"
#include "JsonPatch.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "Prompt.h"
#include "ReasonField.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"
#include "TraitsEditor.h"
#include "TraitsForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFile>
#include <QGroupBox>
#include <QIntValidator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace TestSupport;

namespace {

QJsonObject projectSchema(const char *name)
{
    return readJsonObject(QStringLiteral(KD_SOURCE_DIR "/sim/schemas/") + QLatin1String(name) +
                          QStringLiteral(".schema.json"));
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

template<typename T>
T *field(QWidget *form, const QString &path)
{
    T *w = form->findChild<T *>(QStringLiteral("field:") + path);
    if (!w)
        qWarning("no field %s", qPrintable(path));
    return w;
}

const QJsonObject organisationTraits = json("{\"email\":\"ada@acme.example\",\"name\":{\"first\":\"Ada\",\"last\":"
                                            "\"Lovelace\"},\"profile\":{\"department\":\"legal\",\"roles\":[\"admin\","
                                            "\"viewer\"],\"employee_number\":7,\"start_date\":\"2024-02-29\","
                                            "\"phones\":[\"+4915112345678\"]}}");

} // namespace

class tst_TraitsForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }

    void generatesAnEditorForEachKindOfTrait()
    {
        TraitsForm form;
        QVERIFY(form.setSchema(projectSchema("organisation")));
        form.setTraits(organisationTraits);
        QCOMPARE(field<QLineEdit>(&form, QStringLiteral("/email"))->text(), QStringLiteral("ada@acme.example"));
        QCOMPARE(field<QLineEdit>(&form, QStringLiteral("/email"))->placeholderText(),
                 QStringLiteral("name@example.com"));
        QVERIFY(form.findChild<QGroupBox *>(QStringLiteral("group:/name")));
        QCOMPARE(form.findChild<QGroupBox *>(QStringLiteral("group:/name"))->title(), QStringLiteral("Name *"));
        QCOMPARE(field<QLineEdit>(&form, QStringLiteral("/name/first"))->text(), QStringLiteral("Ada"));
        auto *department = field<QComboBox>(&form, QStringLiteral("/profile/department"));
        QCOMPARE(department->count(), 6); // (not set) and five departments
        QCOMPARE(department->currentText(), QStringLiteral("legal"));
        auto *number = field<QLineEdit>(&form, QStringLiteral("/profile/employee_number"));
        QCOMPARE(number->text(), QStringLiteral("7"));
        QVERIFY(qobject_cast<const QIntValidator *>(number->validator()));
        QCOMPARE(number->placeholderText(), QStringLiteral("≥ 1"));
        auto *date = field<QLineEdit>(&form, QStringLiteral("/profile/start_date"));
        QCOMPARE(date->text(), QStringLiteral("2024-02-29"));
        QCOMPARE(date->actions().size(), 1); // the calendar
        // Arrays of scalars: one row per item, combo boxes for enum items.
        auto *roles = form.findChild<QComboBox *>(QStringLiteral("item:/profile/roles/1"));
        QVERIFY(roles);
        QCOMPARE(roles->currentText(), QStringLiteral("viewer"));
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("item:/profile/phones/0"))->text(),
                 QStringLiteral("+4915112345678"));

        QVERIFY(form.setSchema(projectSchema("customer")));
        form.setTraits(json("{\"email\":\"a@b.example\",\"newsletter\":true}"));
        QVERIFY(field<QCheckBox>(&form, QStringLiteral("/newsletter"))->isChecked());

        // What a form cannot express falls back to JSON for that trait only.
        QVERIFY(form.setSchema(readJsonObject(QStringLiteral(KD_TEST_DATA_DIR "/schemas/everything.schema.json"))));
        form.setTraits(json("{\"contact\":{\"email\":\"x@y.example\"},\"score\":2.5}"));
        QVERIFY(field<QPlainTextEdit>(&form, QStringLiteral("/contact"))
                    ->toPlainText()
                    .contains(QStringLiteral("x@y.example")));
        QVERIFY(field<QPlainTextEdit>(&form, QStringLiteral("/nickname"))); // string | null
        QVERIFY(qobject_cast<const QDoubleValidator *>(field<QLineEdit>(&form, QStringLiteral("/score"))->validator()));
        QCOMPARE(field<QLineEdit>(&form, QStringLiteral("/score"))->text(), QStringLiteral("2.5"));
        QCOMPARE(field<QComboBox>(&form, QStringLiteral("/accepted_terms"))->itemText(1), QStringLiteral("true"));
        QVERIFY(form.findChild<QGroupBox *>(QStringLiteral("group:/address"))); // through $ref
    }

    void fieldsFollowTheSchemasOrder()
    {
        QFile file(QStringLiteral(KD_SOURCE_DIR "/sim/schemas/phone.schema.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        TraitsForm form;
        QVERIFY(form.setSchema(QJsonDocument::fromJson(bytes).object(), JsonKeyOrder::scan(bytes)));
        QStringList fields;
        for (const QWidget *w : form.findChildren<QWidget *>())
            if (w->objectName().startsWith(QStringLiteral("field:")))
                fields.append(w->objectName());
        QCOMPARE(fields, (QStringList{QStringLiteral("field:/phone"), QStringLiteral("field:/username"),
                                      QStringLiteral("field:/display_name")}));
    }

    void schemaWithoutTraitsHasNoForm()
    {
        TraitsForm form;
        QVERIFY(!form.setSchema(json("{\"type\":\"object\"}")));
        QVERIFY(!form.isAvailable());
    }

    void everySeededIdentityRoundTripsWithoutAPatch()
    {
        SimOptions options;
        options.identities = 120;
        KratosSimulator sim(options);
        QString error;
        QVERIFY(sim.start(&error));
        QHash<QString, QJsonObject> schemas;
        for (const auto &s : sim.store().schemas())
            schemas.insert(s.id, s.document);
        int checked = 0;
        TraitsForm form;
        for (auto it = sim.store().identities().cbegin(); it != sim.store().identities().cend(); ++it) {
            const QJsonObject identity = it.value().json();
            const QJsonObject traits = identity.value(QStringLiteral("traits")).toObject();
            QVERIFY(form.setSchema(schemas.value(identity.value(QStringLiteral("schema_id")).toString())));
            form.setTraits(traits);
            // Touch a text field without changing it: type and take back one character.
            if (auto *email = form.findChild<QLineEdit *>(QStringLiteral("field:/email"))) {
                QTest::keyClick(email, Qt::Key_End);
                QTest::keyClicks(email, QStringLiteral("x"));
                QTest::keyClick(email, Qt::Key_Backspace);
            }
            const QJsonObject back = form.traits();
            QVERIFY2(JsonPatch::diff(traits, back, QStringLiteral("/traits")).isEmpty(),
                     qPrintable(QString::fromUtf8(QJsonDocument(back).toJson())));
            ++checked;
        }
        QCOMPARE(checked, 120);
    }

    void editsChangeOnlyWhatWasTouched()
    {
        TraitsForm form;
        QVERIFY(form.setSchema(projectSchema("organisation")));
        QJsonObject traits = organisationTraits;
        traits.insert(QStringLiteral("legacy"), QStringLiteral("kept")); // not in the schema: untouched
        form.setTraits(traits);
        QSignalSpy edited(&form, &TraitsForm::edited);

        auto *email = field<QLineEdit>(&form, QStringLiteral("/email"));
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("new@acme.example"));
        auto *last = field<QLineEdit>(&form, QStringLiteral("/name/last"));
        last->selectAll();
        QTest::keyClick(last, Qt::Key_Delete); // cleared: removed
        auto *department = field<QComboBox>(&form, QStringLiteral("/profile/department"));
        department->setCurrentIndex(department->findText(QStringLiteral("sales")));
        Q_EMIT department->activated(department->currentIndex());
        auto *number = field<QLineEdit>(&form, QStringLiteral("/profile/employee_number"));
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("42"));
        QTest::mouseClick(form.findChild<QToolButton *>(QStringLiteral("remove:/profile/roles/0")), Qt::LeftButton);
        QTest::mouseClick(form.findChild<QPushButton *>(QStringLiteral("add:/profile/phones")), Qt::LeftButton);
        QTest::keyClicks(form.findChild<QLineEdit *>(QStringLiteral("item:/profile/phones/1")),
                         QStringLiteral("+4930123456"));
        QVERIFY(edited.count() > 5);

        const JsonPatch patch = JsonPatch::diff(traits, form.traits(), QStringLiteral("/traits"));
        QStringList ops;
        for (const auto &op : patch.operations())
            ops.append(JsonPatch::opName(op.op) + QLatin1Char(' ') + op.path + QLatin1Char(' ') +
                       SchemaNode::compactJson(op.value));
        ops.sort();
        // Arrays are replaced whole; nothing outside the touched fields changes.
        QCOMPARE(ops, (QStringList{
                          QStringLiteral("remove /traits/name/last null"),
                          QStringLiteral("replace /traits/email \"new@acme.example\""),
                          QStringLiteral("replace /traits/profile/department \"sales\""),
                          QStringLiteral("replace /traits/profile/employee_number 42"),
                          QStringLiteral("replace /traits/profile/phones [\"+4915112345678\",\"+4930123456\"]"),
                          QStringLiteral("replace /traits/profile/roles [\"viewer\"]"),
                      }));
        const QJsonObject out = form.traits();
        QCOMPARE(out.value(QStringLiteral("email")).toString(), QStringLiteral("new@acme.example"));
        QVERIFY(!out.value(QStringLiteral("name")).toObject().contains(QStringLiteral("last")));
        QCOMPARE(out.value(QStringLiteral("profile")).toObject().value(QStringLiteral("roles")).toArray(),
                 QJsonArray{QStringLiteral("viewer")});
        QCOMPARE(out.value(QStringLiteral("profile")).toObject().value(QStringLiteral("phones")).toArray(),
                 (QJsonArray{QStringLiteral("+4915112345678"), QStringLiteral("+4930123456")}));
        QCOMPARE(out.value(QStringLiteral("profile")).toObject().value(QStringLiteral("employee_number")).toDouble(),
                 42.0);
        QCOMPARE(out.value(QStringLiteral("legacy")).toString(), QStringLiteral("kept"));
    }

    void validationMessagesAppearBesideTheFields()
    {
        TraitsEditor editor;
        editor.setSchema(projectSchema("organisation"));
        editor.setTraits(organisationTraits);
        TraitsForm *form = editor.form();
        QTRY_VERIFY(!editor.isValidating());
        QVERIFY(form->problemAt(QStringLiteral("/email")).isEmpty());

        auto *email = field<QLineEdit>(form, QStringLiteral("/email"));
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("not-an-address"));
        QTRY_VERIFY(!editor.isValidating()); // validation runs on a worker thread
        QVERIFY2(
            form->problemAt(QStringLiteral("/email")).startsWith(QStringLiteral("Must look like an e-mail address")),
            qPrintable(form->problemAt(QStringLiteral("/email"))));
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("error:/email"))->isVisibleTo(form));

        auto *first = field<QLineEdit>(form, QStringLiteral("/name/first"));
        first->selectAll();
        QTest::keyClick(first, Qt::Key_Delete);
        QTRY_VERIFY(!editor.isValidating());
        QCOMPARE(form->problemAt(QStringLiteral("/name/first")), QStringLiteral("Is required"));

        auto *number = field<QLineEdit>(form, QStringLiteral("/profile/employee_number"));
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("0"));
        QTRY_VERIFY(!editor.isValidating());
        QVERIFY2(!form->problemAt(QStringLiteral("/profile/employee_number")).isEmpty(), "minimum 1");

        // Fixed: the messages go away as the user types.
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("ok@acme.example"));
        QTRY_VERIFY(!editor.isValidating());
        QVERIFY(form->problemAt(QStringLiteral("/email")).isEmpty());
        QVERIFY(!form->findChild<QLabel *>(QStringLiteral("error:/email"))->isVisibleTo(form));
    }

    // A pattern that backtracks for seconds in std::regex, typed into the JSON editor: RE2 answers
    // at once, off the UI thread, and the message says the value is not in the required form.
    void backtrackingPatternKeepsTheEditorAnswering()
    {
        TraitsEditor editor;
        editor.setSchema(json("{\"type\":\"object\",\"properties\":{\"traits\":{\"type\":\"object\","
                              "\"properties\":{\"login\":{\"type\":\"string\",\"pattern\":\"^([a-z]+)+$\"}}}}}"));
        editor.setTraits(json("{\"login\":\"ok\"}"));
        editor.showJson();
        QSignalSpy validated(&editor, &TraitsEditor::validated);
        editor.jsonEditor()->selectAll();
        QTest::keyClicks(editor.jsonEditor(),
                         QStringLiteral("{\"login\":\"") + QString(30, QLatin1Char('q')) + QStringLiteral("!\"}"));
        QTRY_VERIFY(!editor.isValidating());
        QVERIFY(validated.size() >= 1);
        QVERIFY2(editor.form()->problemAt(QStringLiteral("/login")).startsWith(QStringLiteral("Is not in the form")),
                 qPrintable(editor.form()->problemAt(QStringLiteral("/login"))));
    }

    void jsonFallbackThatDoesNotParseIsNamed()
    {
        TraitsEditor editor;
        editor.setSchema(readJsonObject(QStringLiteral(KD_TEST_DATA_DIR "/schemas/everything.schema.json")));
        editor.setTraits(json("{\"email\":\"a@b.example\",\"plan\":\"pro\"}"));
        auto *contact = field<QPlainTextEdit>(editor.form(), QStringLiteral("/contact"));
        contact->setPlainText(QStringLiteral("{\"email\": "));
        QJsonObject traits;
        QString error;
        QVERIFY(!editor.traits(&traits, &error));
        QVERIFY2(error.startsWith(QStringLiteral("contact: not valid JSON")), qPrintable(error));
        contact->setPlainText(QStringLiteral("{\"phone\": \"+4930123456\"}"));
        QVERIFY(editor.traits(&traits, &error));
        QCOMPARE(traits.value(QStringLiteral("contact")).toObject().value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+4930123456"));
    }

    void formAndJsonStayInStep()
    {
        TraitsEditor editor;
        editor.setSchema(projectSchema("customer"));
        editor.setTraits(json("{\"email\":\"a@b.example\",\"name\":{\"first\":\"A\"}}"));
        auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("traitsTabs"));
        QCOMPARE(tabs->currentIndex(), 0);
        auto *email = field<QLineEdit>(editor.form(), QStringLiteral("/email"));
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("c@d.example"));
        tabs->setCurrentIndex(1);
        QCOMPARE(QJsonDocument::fromJson(editor.jsonEditor()->toPlainText().toUtf8()).object(),
                 json("{\"email\":\"c@d.example\",\"name\":{\"first\":\"A\"}}"));
        editor.jsonEditor()->setPlainText(QStringLiteral("{\"email\":\"e@f.example\",\"newsletter\":true}"));
        tabs->setCurrentIndex(0);
        QCOMPARE(email->text(), QStringLiteral("e@f.example"));
        QVERIFY(field<QCheckBox>(editor.form(), QStringLiteral("/newsletter"))->isChecked());
        QJsonObject traits;
        QString error;
        QVERIFY(editor.traits(&traits, &error));
        QCOMPARE(traits, json("{\"email\":\"e@f.example\",\"newsletter\":true}"));

        // JSON that does not parse keeps the user on the JSON tab.
        tabs->setCurrentIndex(1);
        editor.jsonEditor()->setPlainText(QStringLiteral("{\"email\": "));
        tabs->setCurrentIndex(0);
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY(!editor.traits(&traits, &error));
    }

    // The external ID is set with add, changed with replace and cleared with remove, and applied.
    void editDialogExternalId_data()
    {
        QTest::addColumn<bool>("hadOne");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("preview");
        QTest::newRow("set") << false << "crm-900001" << int(JsonPatch::Op::Add)
                             << "External ID (/external_id): (not set) → \"crm-900001\"";
        QTest::newRow("change") << true << "crm-900002" << int(JsonPatch::Op::Replace) << "→ \"crm-900002\"";
        QTest::newRow("clear") << true << "" << int(JsonPatch::Op::Remove) << "→ (removed)";
    }
    void editDialogExternalId()
    {
        QFETCH(bool, hadOne);
        QFETCH(QString, typed);
        QFETCH(int, op);
        QFETCH(QString, preview);
        auto sim = startSimulator();
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        connectTo(client, *sim);
        QString id;
        for (auto it = sim->store().identities().cbegin(); it != sim->store().identities().cend() && id.isEmpty(); ++it)
            if (it.value().json().contains(QStringLiteral("external_id")) == hadOne)
                id = it.key();
        QVERIFY(!id.isEmpty());
        const auto identity = Identity::fromJson(sim->store().identity(id)->json());
        TestAudit audit(&client);
        IdentityEditDialog dialog(&client, &audit.log, *identity);
        dialog.show();
        QTRY_VERIFY(dialog.findChild<QPushButton *>(QStringLiteral("reviewButton"))->isEnabled());
        auto *external = dialog.findChild<QLineEdit *>(QStringLiteral("externalIdEdit"));
        QCOMPARE(external->text(), identity->externalId);
        external->setText(typed);
        QVERIFY(dialog.review());
        QCOMPARE(dialog.patch().operations().size(), 1);
        QCOMPARE(dialog.patch().operations().first().path, QStringLiteral("/external_id"));
        QCOMPARE(int(dialog.patch().operations().first().op), op);
        const QString shown = dialog.findChild<QPlainTextEdit *>(QStringLiteral("patchPreview"))->toPlainText();
        QVERIFY2(shown.contains(preview), qPrintable(shown));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(sim->store().identity(id)->json().value(QStringLiteral("external_id")).toString(), typed);
    }

    // Where the profile requires a reason, Apply waits for one after the review; the update is
    // recorded with it. Tab reaches the reason between the preview and the buttons.
    void editDialogAsksForTheReason()
    {
        auto sim = startSimulator();
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        connectTo(client, *sim);
        const QString id = sim->store().identities().firstKey();
        const auto identity = Identity::fromJson(sim->store().identity(id)->json());
        TestAudit audit(&client);
        ReasonField::setProfileRequires(true);
        IdentityEditDialog dialog(&client, &audit.log, *identity);
        dialog.show();
        QTRY_VERIFY(dialog.findChild<QPushButton *>(QStringLiteral("reviewButton"))->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("externalIdEdit"))->setText(QStringLiteral("crm-4711"));
        QVERIFY(dialog.review());
        auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(!apply->isEnabled());
        auto *preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("patchPreview"));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
        preview->setFocus();
        QTest::keyClick(preview, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), reason);
        QTest::keyClicks(reason, QStringLiteral("SUP-88 CRM link"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        ReasonField::setProfileRequires(false);
        const QList<AuditRecord> records = audit.records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().action, QStringLiteral("identity.update"));
        QCOMPARE(records.first().reason, QStringLiteral("SUP-88 CRM link"));
        QCOMPARE(records.last().reason, QStringLiteral("SUP-88 CRM link"));
    }

    void editDialogFormRoundTripAndOneChange()
    {
        auto sim = startSimulator();
        QNetworkAccessManager nam;
        KratosClient client(&nam);
        connectTo(client, *sim);
        QString id;
        for (auto it = sim->store().identities().cbegin(); it != sim->store().identities().cend() && id.isEmpty(); ++it)
            if (it.value().json().value(QStringLiteral("schema_id")).toString() == QLatin1String("organisation"))
                id = it.key();
        QVERIFY(!id.isEmpty());
        const auto identity = Identity::fromJson(sim->store().identity(id)->json());
        QVERIFY(identity);
        TestAudit audit(&client);
        IdentityEditDialog dialog(&client, &audit.log, *identity);
        dialog.show();
        auto *review = dialog.findChild<QPushButton *>(QStringLiteral("reviewButton"));
        QTRY_VERIFY(review->isEnabled());
        QVERIFY(dialog.traitsEditor()->formAvailable());
        QCOMPARE(dialog.findChild<QTabWidget *>(QStringLiteral("traitsTabs"))->currentIndex(), 0);
        QVERIFY(!dialog.review());
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("patchPreview"))->toPlainText(),
                 QStringLiteral("No changes."));

        auto *department = field<QComboBox>(dialog.traitsEditor()->form(), QStringLiteral("/profile/department"));
        const int target = department->currentText() == QLatin1String("finance")
                               ? department->findText(QStringLiteral("legal"))
                               : department->findText(QStringLiteral("finance"));
        department->setCurrentIndex(target);
        Q_EMIT department->activated(target);
        QVERIFY(dialog.review());
        QCOMPARE(dialog.patch().operations().size(), 1);
        QCOMPARE(dialog.patch().operations().first().path, QStringLiteral("/traits/profile/department"));
        QCOMPARE(dialog.patch().operations().first().value.toString(), department->currentText());
        const QString preview = dialog.findChild<QPlainTextEdit *>(QStringLiteral("patchPreview"))->toPlainText();
        QVERIFY2(preview.startsWith(QStringLiteral("Department (/traits/profile/department): \"%1\" → \"%2\"")
                                        .arg(identity->traits.value(QStringLiteral("profile"))
                                                 .toObject()
                                                 .value(QStringLiteral("department"))
                                                 .toString(),
                                             department->currentText())),
                 qPrintable(preview));

        // Two fields broken: the summary names them in the order of the form, in words, with the
        // rules under Details.
        auto *email = field<QLineEdit>(dialog.traitsEditor()->form(), QStringLiteral("/email"));
        auto *number = field<QLineEdit>(dialog.traitsEditor()->form(), QStringLiteral("/profile/employee_number"));
        number->setText(QStringLiteral("0"));
        Q_EMIT number->textEdited(number->text());
        email->setText(QStringLiteral("not-an-address"));
        Q_EMIT email->textEdited(email->text());
        QVERIFY(!dialog.review());
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("validationProblems"))->text();
        const QStringList lines = summary.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(1).contains(QStringLiteral("Work e-mail: must look like an e-mail address")),
                 qPrintable(summary));
        QVERIFY2(lines.at(2).contains(QStringLiteral("Employee number: must be 1 or more")), qPrintable(summary));
        auto *details = dialog.findChild<QLabel *>(QStringLiteral("validationDetails"));
        QVERIFY(!details->isVisible());
        QTest::mouseClick(dialog.findChild<QToolButton *>(QStringLiteral("validationDetailsButton")), Qt::LeftButton);
        QVERIFY(details->isVisible());
        QVERIFY2(details->text().contains(QStringLiteral("#/traits/profile/employee_number: Expected number greater")),
                 qPrintable(details->text()));
    }

    // Problems come back in whatever order the validator found them; the form puts them in its own.
    void problemsInTheOrderOfTheFields()
    {
        TraitsForm form;
        QVERIFY(form.setSchema(readJsonObject(QStringLiteral(KD_SOURCE_DIR "/sim/schemas/organisation.schema.json"))));
        const auto problem = [](const char *path) {
            return SchemaValidator::Problem{QString::fromLatin1(path), QString(), QStringLiteral("x"), QString()};
        };
        const QList<SchemaValidator::Problem> sorted =
            form.inFieldOrder({problem("#/elsewhere"), problem("#/traits/profile/department"),
                               problem("#/traits/name/first"), problem("#/traits/email")});
        QStringList paths;
        for (const auto &p : sorted)
            paths.append(p.path);
        QCOMPARE(paths, (QStringList{QStringLiteral("#/traits/email"), QStringLiteral("#/traits/name/first"),
                                     QStringLiteral("#/traits/profile/department"), QStringLiteral("#/elsewhere")}));
    }
};

QTEST_MAIN(tst_TraitsForm)
#include "tst_traitsform.moc"
