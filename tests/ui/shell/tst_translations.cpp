// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation as proof of the pipeline: compiled in, complete (placeholders and
// mnemonics kept), chosen by the setting, covering texts made below the UI (ApiError, model
// words) and Qt's own, and a German window at 1024×700 with nothing clipped.
#include "ApiError.h"
#include "AppDialogs.h"
#include "AppHarness.h"
#include "BadgeDelegate.h"
#include "Clipping.h"
#include "CourierMessageModel.h"
#include "DisplayTime.h"
#include "ElidedLabel.h"
#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "IdentityListModel.h"
#include "IdentityTree.h"
#include "KratosSimulator.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "SchemaCatalog.h"
#include "ScreenFit.h"
#include "SettingsDialog.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QtTest>

using namespace TestSupport;

namespace {

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(L?\\d+|L?n)"));
    QStringList out;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(0));
    out.sort();
    return out;
}

bool hasMnemonic(QString text)
{
    text.remove(QStringLiteral("&&"));
    return text.contains(QLatin1Char('&'));
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Prompt::setTestMode(true);
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Kratos Desk"));
    }
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void languagesAreCompiledIn()
    {
        const QStringList languages = Translations::available();
        QCOMPARE(languages.first(), QStringLiteral("en"));
        QVERIFY(languages.contains(QStringLiteral("de")));
        QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    }

    void theSettingDecides_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << "de"
                                << "de";
        QTest::newRow("English") << "en"
                                 << "en";
        QTest::newRow("a language there is none for") << "xx"
                                                      << "en";
    }

    void theSettingDecides()
    {
        QFETCH(QString, setting);
        QFETCH(QString, language);
        QCOMPARE(Translations::install(setting), language);
        const bool german = language == QLatin1String("de");
        QCOMPARE(QCoreApplication::translate("MainWindow", "Identities"),
                 german ? QStringLiteral("Identitäten") : QStringLiteral("Identities"));
        // Texts made below the UI: an ApiError's message, a model's status word.
        const QString unreachable = ApiError(ApiError::Kind::Connection, QStringLiteral("x")).userMessage();
        QVERIFY2(unreachable.contains(german ? QStringLiteral("nicht erreichbar") : QStringLiteral("Could not reach")),
                 qPrintable(unreachable));
        QCOMPARE(IdentityListModel::tr("unverified"),
                 german ? QStringLiteral("unbestätigt") : QStringLiteral("unverified"));
        // The schema badges keep their colour per kind in every language.
        QSet<QRgb> colours;
        for (const char *kind : {"Login: %1", "Verify: %1", "Recovery: %1", "Organisation: %1", "Unknown: %1"})
            colours.insert(
                BadgeDelegate::colorFor(QCoreApplication::translate("KratosExtension", kind).arg(QStringLiteral("x")))
                    .rgb());
        QCOMPARE(colours.size(), 5);
        // Qt's own strings (standard buttons) come along.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 german ? QStringLiteral("Abbrechen") : QStringLiteral("Cancel"));
    }

    void systemLanguageFallsBackToEnglish()
    {
        // The tests run under C.UTF-8: no translation for it, so English.
        QCOMPARE(Translations::resolve(QString()), QStringLiteral("en"));
    }

    // Counts read as a person writes them, in English as in German: "1 minute ago", never
    // "1 minute(s) ago" (English installs its plural forms too), and grouped as the language
    // groups them ("2,000", "2.000").
    void pluralsReadAsPeopleWrite_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 1 minute") << "en"
                                     << "SignInCheck"
                                     << "%Ln minute(s) ago" << 1 << "1 minute ago";
        QTest::newRow("en 3 minutes") << "en"
                                      << "SignInCheck"
                                      << "%Ln minute(s) ago" << 3 << "3 minutes ago";
        QTest::newRow("en 1 warning") << "en"
                                      << "SignInCheckPanel"
                                      << "Nothing blocks sign-in; %Ln warning(s) (checked %1)." << 1
                                      << "Nothing blocks sign-in; 1 warning (checked %1).";
        QTest::newRow("en 1 identity loaded") << "en"
                                              << "IdentityListStatus"
                                              << "All %Ln identities loaded" << 1 << "All loaded: 1 identity";
        QTest::newRow("en 2 identities loaded") << "en"
                                                << "IdentityListStatus"
                                                << "All %Ln identities loaded" << 2 << "All 2 identities loaded";
        QTest::newRow("en 1 session") << "en"
                                      << "SessionsPage"
                                      << "%Ln session(s), all loaded" << 1 << "1 session, all loaded";
        QTest::newRow("en 2,000 identities, grouped")
            << "en"
            << "IdentityListStatus"
            << "All %Ln identities loaded" << 2000 << "All 2,000 identities loaded";
        QTest::newRow("de 2.000 Identitäten, grouped")
            << "de"
            << "IdentityListStatus"
            << "All %Ln identities loaded" << 2000 << "Alle 2.000 Identitäten geladen";
        QTest::newRow("en at least 1 item") << "en"
                                            << "SchemaNode"
                                            << "at least %Ln items" << 1 << "at least 1 item";
        QTest::newRow("en at most 1 character") << "en"
                                                << "SchemaNode"
                                                << "at most %Ln characters" << 1 << "at most 1 character";
        QTest::newRow("en 1 of 1 identity created")
            << "en"
            << "ImportDialog"
            << "%1 of %Ln identities created." << 1 << "%1 of 1 identity created.";
        QTest::newRow("en field needs 1 entry") << "en"
                                                << "ValidationWording"
                                                << "needs at least %Ln entries" << 1 << "needs at least 1 entry";
        QTest::newRow("de mindestens 1 Eintrag") << "de"
                                                 << "ValidationWording"
                                                 << "needs at least %Ln entries" << 1 << "braucht mindestens 1 Eintrag";
        QTest::newRow("en 1 event") << "en"
                                    << "IdentityHistoryTab"
                                    << "%Ln event(s), newest first." << 1 << "1 event, newest first.";
        QTest::newRow("de 3 Ereignisse") << "de"
                                         << "IdentityHistoryTab"
                                         << "%Ln event(s), newest first." << 3 << "3 Ereignisse, Neuestes zuerst.";
        QTest::newRow("de 1 Minute") << "de"
                                     << "SignInCheck"
                                     << "%Ln minute(s) ago" << 1 << "vor 1 Minute";
        QTest::newRow("de 3 Minuten") << "de"
                                      << "SignInCheck"
                                      << "%Ln minute(s) ago" << 3 << "vor 3 Minuten";
    }
    void pluralsReadAsPeopleWrite()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(Translations::install(language), language);
        QCOMPARE(QCoreApplication::translate(context.toLatin1().constData(), source.toUtf8().constData(), nullptr, n),
                 expected);
    }

    // The identity pane names the state in the window's language, not the server's word.
    void identityStateInTheWindowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("starts");
        QTest::newRow("de active") << "de" << int(Identity::State::Active) << "aktiv seit";
        QTest::newRow("de inactive") << "de" << int(Identity::State::Inactive) << "inaktiv seit";
        QTest::newRow("en active") << "en" << int(Identity::State::Active) << "active since";
        QTest::newRow("unknown state as the server says it")
            << "de" << int(Identity::State::Unknown) << "archived seit";
    }
    void identityStateInTheWindowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, state);
        QFETCH(QString, starts);
        QCOMPARE(Translations::install(language), language);
        Identity identity;
        identity.id = QStringLiteral("be62033e-da73-44b9-9327-aaeb19e83696");
        identity.state = Identity::State(state);
        identity.stateText = state == int(Identity::State::Unknown)  ? QStringLiteral("archived")
                             : state == int(Identity::State::Active) ? QStringLiteral("active")
                                                                     : QStringLiteral("inactive");
        identity.stateChangedAt = QDateTime(QDate(2026, 6, 12), QTime(17, 14), Qt::UTC);
        IdentityTree tree;
        tree.showIdentity(identity, SchemaCatalog(), false);
        QTreeWidgetItem *stateRow = tree.topLevelItem(0)->child(1); // Identity: ID, State, …
        QCOMPARE(stateRow->text(0),
                 language == QLatin1String("de") ? QStringLiteral("Zustand") : QStringLiteral("State"));
        const QString shown = stateRow->text(1);
        QVERIFY2(shown.startsWith(starts), qPrintable(shown));
    }

    // Dates in lists read the same in every language, never an ambiguous "12/6/26".
    void datesAreNeverAmbiguous_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("de") << "de";
    }
    void datesAreNeverAmbiguous()
    {
        QFETCH(QString, language);
        Translations::install(language);
        const QDateTime t(QDate(2026, 12, 6), QTime(14, 2, 30));
        QCOMPARE(DisplayTime::cell(t), QStringLiteral("2026-12-06 14:02"));
        QCOMPARE(DisplayTime::cell(QDateTime()), QString());
    }

    // No "(s)" in a user-visible string of the sources outside a %Ln plural (those get their
    // forms from the translation files, English included).
    void noPluralBracketsInTheSources()
    {
        const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\\\n]|\\\\.)*)\""));
        QStringList found;
        for (const char *folder : {"net", "models", "ui", "app"}) {
            QDirIterator it(QStringLiteral(KD_SOURCE_DIR "/") + QLatin1String(folder),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories); // feature folders too
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (auto m = literal.globalMatch(text); m.hasNext();) {
                    const QString s = m.next().captured(1);
                    if (s.contains(QLatin1String("(s)")) && !s.contains(QLatin1String("%Ln")))
                        found.append(QFileInfo(file.fileName()).fileName() + QStringLiteral(": ") + s);
                    // A count is %Ln, grouped as the language groups it ("2,000"), never a bare %n.
                    if (s.contains(QLatin1String("%n")))
                        found.append(QFileInfo(file.fileName()).fileName() + QStringLiteral(": bare %n: ") + s);
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // Every entry of every translation file is finished, non-empty, and keeps the source's
    // placeholders and mnemonic.
    void translationFilesAreComplete()
    {
        const QString dir = QStringLiteral(KD_SOURCE_DIR "/translations");
        const QStringList files = QDir(dir).entryList({QStringLiteral("*.ts")});
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile file(dir + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QString source;
            QString type;
            QStringList forms;
            bool numerus = false;
            int messages = 0;
            QStringList problems;
            while (!xml.atEnd()) {
                xml.readNext();
                const QStringView element = xml.name();
                if (xml.isStartElement() && element == QLatin1String("message")) {
                    numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                    source.clear();
                    type.clear();
                    forms.clear();
                } else if (xml.isStartElement() && element == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.isStartElement() && element == QLatin1String("translation")) {
                    type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!numerus)
                        forms.append(xml.readElementText());
                } else if (xml.isStartElement() && element == QLatin1String("numerusform")) {
                    forms.append(xml.readElementText());
                } else if (xml.isEndElement() && element == QLatin1String("message")) {
                    ++messages;
                    if (!type.isEmpty())
                        problems.append(type + QStringLiteral(": ") + source);
                    if (forms.isEmpty())
                        problems.append(QStringLiteral("no translation: ") + source);
                    for (const QString &form : forms) {
                        if (form.trimmed().isEmpty())
                            problems.append(QStringLiteral("empty: ") + source);
                        if (placeholders(form) != placeholders(source))
                            problems.append(QStringLiteral("placeholders: ") + source + QStringLiteral(" → ") + form);
                        if (form.contains(QLatin1String("(s)")))
                            problems.append(QStringLiteral("\"(s)\" left: ") + form);
                        if (hasMnemonic(form) != hasMnemonic(source))
                            problems.append(QStringLiteral("mnemonic: ") + source + QStringLiteral(" → ") + form);
                    }
                }
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            // English holds only the plural forms; they read as a person writes them.
            const bool english = name.endsWith(QLatin1String("_en.ts"));
            QVERIFY(messages > (english ? 50 : 500));
            QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(": ") + problems.join(QStringLiteral("\n"))));
        }
    }

    // German words are longer: at 1024×700 every page, with an identity selected, keeps the
    // window's width and shows every button and one-line label whole.
    void germanWindowFits()
    {
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        SimOptions options;
        options.identities = 30;
        options.messages = 30;
        auto sim = startSimulator(options);
        AppHarness app;
        const ConnectionProfile profile = app.saveProfile(sim->adminUrl());
        MainWindow window(app.context());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // CTest runs this with the project's font set (tests/data/fontconfig) and once more with
        // a wider one: the font measured with is the one expected, not whatever the machine has.
        const QString expectedFont = qEnvironmentVariable("KD_EXPECT_FONT");
        if (!expectedFont.isEmpty())
            QVERIFY2(QFontInfo(window.font()).family() == expectedFont,
                     qPrintable(QStringLiteral("measured with %1, not %2: is its package installed?")
                                    .arg(QFontInfo(window.font()).family(), expectedFont)));
        window.openProfile(profile.id);
        QTRY_COMPARE(window.identitiesPage()->model()->rowCount(), 30);
        QCOMPARE(child<QListWidget>(&window, "pageList")->item(MainWindow::OverviewArea)->text(),
                 QStringLiteral("Übersicht"));
        QCOMPARE(child<QListWidget>(&window, "pageList")->item(MainWindow::IdentitiesArea)->text(),
                 QStringLiteral("Identitäten"));
        window.showPage(MainWindow::IdentitiesArea);
        auto *table = child<QTableView>(&window, "identityTable");
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        QTRY_VERIFY(window.identitiesPage()->detail()->identity().has_value());
        auto *pages = child<QStackedWidget>(&window, "pages");
        for (int page = 0; page < pages->count() - 1; ++page) {
            window.showPage(MainWindow::Page(page));
            QTest::qWait(50);
            QCOMPARE(window.width(), 1024);
            // Once the page has settled: a list filling in or a pane read again lays out anew
            // after its text changed, and a busy machine may be looked at in between.
            QStringList cut = clippedTexts(&window);
            for (int tries = 0; !cut.isEmpty() && tries < 40; ++tries) {
                QTest::qWait(50);
                cut = clippedTexts(&window);
            }
            QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("page %1: ").arg(page) + cut.join(QStringLiteral("; "))));
        }
        // The Identities count says how many a filter hides, whole.
        window.showPage(MainWindow::IdentitiesArea);
        child<QLineEdit>(&window, "quickFilter")->setText(QStringLiteral("no such person"));
        auto *count = child<ElidedLabel>(window.identitiesPage(), "filterCount");
        QTRY_VERIFY2(count->text().startsWith(QStringLiteral("0 ")), qPrintable(count->text()));
        QVERIFY2(!count->isElided(), qPrintable(count->shownText()));
        child<QLineEdit>(&window, "quickFilter")->clear();
        // The courier list shows whom each message is for without scrolling sideways.
        window.showPage(MainWindow::CourierArea);
        auto *messages = child<QTableView>(&window, "courierTable");
        QTRY_VERIFY(messages->model()->rowCount() > 0);
        const int recipientRight = messages->columnViewportPosition(CourierMessageModel::RecipientColumn) +
                                   messages->columnWidth(CourierMessageModel::RecipientColumn);
        QVERIFY2(recipientRight <= messages->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(recipientRight).arg(messages->viewport()->width())));
        // The Overview's chart titles are whole, not elided, and their Export menus are there.
        window.showPage(MainWindow::OverviewArea);
        QTest::qWait(50);
        const QList<ElidedLabel *> titles = window.findChildren<ElidedLabel *>(QStringLiteral("chartTitle"));
        QVERIFY(titles.size() >= 4);
        for (ElidedLabel *title : titles)
            QVERIFY2(!title->isVisibleTo(&window) || !title->isElided(), qPrintable(title->shownText()));
        // Every dialog in German: nothing cut, and its title whole beside the title bar's buttons.
        const Identity identity = *window.identitiesPage()->model()->identityAt(0);
        for (const QString &name : AppDialogs::names()) {
            const std::unique_ptr<QWidget> dialog =
                AppDialogs::make(name, app, &window, identity, QStringLiteral("ada@example.com"));
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            const QStringList cutInDialog = clippedTexts(dialog.get());
            QVERIFY2(cutInDialog.isEmpty(),
                     qPrintable(name + QStringLiteral(": ") + cutInDialog.join(QStringLiteral("; "))));
            const int titleNeeds = titleBarNeeds(dialog.get());
            QVERIFY2(dialog->width() >= titleNeeds, qPrintable(QStringLiteral("%1: title \"%2\" needs %3, window is %4")
                                                                   .arg(name, dialog->windowTitle())
                                                                   .arg(titleNeeds)
                                                                   .arg(dialog->width())));
            dialog->close();
        }
        SettingsDialog settings(&app.preferences, &window);
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QVERIFY2(clippedTexts(&settings).isEmpty(), qPrintable(clippedTexts(&settings).join(QStringLiteral("; "))));
        QVERIFY(child<QComboBox>(&settings, "language")->count() >= 3);
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
