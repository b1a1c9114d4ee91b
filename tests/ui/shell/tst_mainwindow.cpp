// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "AllSessionsModel.h"
#include "AppHarness.h"
#include "AuditLogDialog.h"
#include "ChartCard.h"
#include "CourierPage.h"
#include "DisplayTime.h"
#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "IdentityExporter.h"
#include "IdentityListModel.h"
#include "InvitationsDialog.h"
#include "KratosSimulator.h"
#include "MainWindow.h"
#include "MessageDetailPane.h"
#include "OverviewLoader.h"
#include "OverviewPage.h"
#include "ProfilesDialog.h"
#include "Prompt.h"
#include "SchemaTreeModel.h"
#include "SchemasPage.h"
#include "SessionsPage.h"
#include "SettingsDialog.h"
#include "SignInCheckPanel.h"
#include "SimStore.h"
#include "SyslogFormat.h"
#include "TestSupport.h"
#include "UserGuideDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextImageFormat>
#include <QtTest>

using namespace TestSupport;

namespace {

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }

    void welcomeThenDemo()
    {
        AppHarness app;
        std::unique_ptr<KratosSimulator> sim;
        app.connection.setDemoServer([&sim]() {
            if (!sim)
                sim = startSimulator();
            return ConnectionController::DemoServer{sim->adminUrl(), sim->publicUrl()};
        });
        MainWindow window(app.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = child<QStackedWidget>(&window, "pages");
        QCOMPARE(pages->currentIndex(), int(MainWindow::WelcomeArea));
        QVERIFY(!child<QListWidget>(&window, "pageList")->isEnabled());

        QTest::mouseClick(child<QPushButton>(&window, "tryDemoButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&window, "versionLabel")->text(), QStringLiteral("Kratos v26.2.0 · ready"));
        QCOMPARE(pages->currentIndex(), int(MainWindow::OverviewArea)); // the app opens on the overview
        QTRY_COMPARE(child<QTableView>(&window, "identityTable")->model()->rowCount(), 200);
        QVERIFY(child<QComboBox>(&window, "profileSwitcher")->currentText().startsWith(QStringLiteral("Demo")));

        auto *list = child<QListWidget>(&window, "pageList");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(MainWindow::SessionsArea)).center());
        QCOMPARE(pages->currentIndex(), int(MainWindow::SessionsArea));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(MainWindow::CourierArea)).center());
        QCOMPARE(pages->currentIndex(), int(MainWindow::CourierArea));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->item(MainWindow::SchemasArea)).center());
        QCOMPARE(pages->currentIndex(), int(MainWindow::SchemasArea));
    }

    // The status bar's server state follows the last requests (issue #31 §3): a failed connection
    // turns it to the failure until a request is answered again, whichever view made them.
    void serverStateFollowsTheLastRequests()
    {
        AppHarness app;
        std::unique_ptr<KratosSimulator> sim;
        app.connection.setDemoServer([&sim]() {
            if (!sim)
                sim = startSimulator();
            return ConnectionController::DemoServer{sim->adminUrl(), sim->publicUrl()};
        });
        MainWindow window(app.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(child<QPushButton>(&window, "tryDemoButton"), Qt::LeftButton);
        auto *label = child<QLabel>(&window, "versionLabel");
        QTRY_COMPARE(label->text(), QStringLiteral("Kratos v26.2.0 · ready"));
        QTRY_VERIFY(!window.identitiesPage()->model()->isLoading());

        sim->faults().dropConnection = true;
        window.identitiesPage()->reload();
        QTRY_VERIFY2(label->text().startsWith(QStringLiteral("Kratos unreachable since")), qPrintable(label->text()));

        sim->faults() = SimFaults();
        window.identitiesPage()->reload();
        QTRY_COMPARE(label->text(), QStringLiteral("Kratos v26.2.0 · ready"));
    }

    // Help → User guide (F1) shows the guide compiled into the app: its sections, every picture it
    // names, the admin guide it links to, and Find.
    void userGuideFromTheHelpMenu()
    {
        AppHarness app;
        MainWindow window(app.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *dialog = window.findChild<UserGuideDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *browser = child<QTextBrowser>(dialog, "userGuideBrowser");
        QCOMPARE(browser->source(), UserGuideDialog::guideUrl());
        const QString text = browser->toPlainText();
        for (const char *section : {"Find someone", "Why can this person not sign in?", "Send a recovery link or code",
                                    "The courier queue", "the audit log", "Working by keyboard", "From a terminal"})
            QVERIFY2(text.contains(QLatin1String(section)), section);
        QVERIFY(!text.contains(QLatin1String("![")));

        // Every picture the guide names is compiled in, and none is drawn wider than the page.
        int pictures = 0;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (!it.fragment().charFormat().isImageFormat())
                    continue;
                const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
                QFile file(QStringLiteral(":/docs/") + image.name());
                QVERIFY2(file.exists(), qPrintable(image.name()));
                QVERIFY2(image.width() > 0 && image.width() <= browser->viewport()->width(), qPrintable(image.name()));
                // …and as wide as the page allows: never a thumbnail of the first layout's width.
                QImage natural(QStringLiteral(":/docs/") + image.name());
                QVERIFY(!natural.isNull());
                const qreal room = std::min<qreal>(natural.width(), browser->viewport()->width() - 60);
                QVERIFY2(image.width() >= std::min<qreal>(room, 600),
                         qPrintable(QStringLiteral("%1 is %2 px wide in a %3 px page")
                                        .arg(image.name())
                                        .arg(image.width())
                                        .arg(browser->viewport()->width())));
                ++pictures;
            }
        }
        QVERIFY2(pictures >= 7, QByteArray::number(pictures).constData());

        // A link to the admin guide stays in the window; Back returns.
        Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("admin-guide.md")));
        QCOMPARE(browser->source(), QUrl(QStringLiteral("qrc:/docs/admin-guide.md")));
        QVERIFY(browser->toPlainText().contains(QLatin1String("The admin token")));
        auto *back = child<QPushButton>(dialog, "userGuideBack");
        QTRY_VERIFY(back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(browser->source(), UserGuideDialog::guideUrl());

        // Find: Enter goes to the next match and wraps; a miss says so.
        auto *find = child<QLineEdit>(dialog, "userGuideFind");
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(find->hasFocus());
        QTest::keyClicks(find, QStringLiteral("Reveal body"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(browser->textCursor().selectedText(), QStringLiteral("Reveal body"));
        find->clear();
        QTest::keyClicks(find, QStringLiteral("no such words in the guide"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(child<QLabel>(dialog, "userGuideFindResult")->text(), QStringLiteral("Not found"));

        // A second F1 brings the same window forward instead of opening another.
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.findChildren<UserGuideDialog *>().size(), 1);
    }

    // Help → About names the version, the licence and the connected server's Kratos version.
    void aboutNamesVersionsAndTheServer()
    {
        AppHarness app;
        std::unique_ptr<KratosSimulator> sim;
        app.connection.setDemoServer([&sim]() {
            if (!sim)
                sim = startSimulator();
            return ConnectionController::DemoServer{sim->adminUrl(), sim->publicUrl()};
        });
        MainWindow window(app.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *aboutAction = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(aboutAction);

        aboutAction->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QCOMPARE(child<QLabel>(dialog, "aboutVersion")->text(), QStringLiteral(KD_VERSION));
        QVERIFY(child<QLabel>(dialog, "aboutLicence")->text().startsWith(QLatin1String("GPL-3.0-or-later")));
        QCOMPARE(child<QLabel>(dialog, "aboutServer")->text(), QStringLiteral("not connected"));
        dialog->close();
        QTRY_VERIFY(!window.findChild<AboutDialog *>());

        QTest::mouseClick(child<QPushButton>(&window, "tryDemoButton"), Qt::LeftButton);
        QTRY_COMPARE(child<QLabel>(&window, "versionLabel")->text(), QStringLiteral("Kratos v26.2.0 · ready"));
        aboutAction->trigger();
        dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        const QString server = child<QLabel>(dialog, "aboutServer")->text();
        QVERIFY2(server.endsWith(QStringLiteral("Kratos v26.2.0 · ready")), qPrintable(server));
        QVERIFY2(server.contains(sim->adminUrl().authority()), qPrintable(server));
        QTest::mouseClick(child<QPushButton>(dialog, "aboutCopy"), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("Kratos v26.2.0 · ready")));
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("Kratos Desk " KD_VERSION)));
    }

    // Ctrl+Shift+I: from any page to the selected identity's sign-in check, which runs.
    void signInCheckShortcut()
    {
        SimOptions options;
        options.identities = 20;
        auto sim = startSimulator(options);
        AppHarness app;
        ConnectionProfile p = app.saveProfile(sim->adminUrl());
        p.publicUrl = sim->publicUrl();
        app.profiles.save(p);
        MainWindow window(app.context());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openProfile(p.id);
        QTRY_COMPARE(window.identitiesPage()->model()->rowCount(), 20);
        auto *identityTable = child<QTableView>(&window, "identityTable");
        identityTable->setCurrentIndex(identityTable->model()->index(0, 0));
        QTRY_VERIFY(window.identitiesPage()->detail()->identity().has_value());
        window.showPage(MainWindow::CourierArea);
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto *pages = child<QStackedWidget>(&window, "pages");
        QCOMPARE(pages->currentIndex(), int(MainWindow::IdentitiesArea));
        auto *panel = child<SignInCheckPanel>(&window, "signInCheck");
        QCOMPARE(child<QTabWidget>(&window, "detailTabs")->currentWidget(), panel);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->findings().isEmpty() && !panel->isChecking(), 10000);
    }

    // A bar of the overview's AAL chart opens the Sessions page on the active sessions at that
    // level, both restrictions visible (issue #31 §2).
    void aalBarOpensTheSessionsAtThatLevel()
    {
        SimOptions options;
        options.identities = 60;
        auto sim = startSimulator(options);
        AppHarness app;
        const ConnectionProfile p = app.saveProfile(sim->adminUrl());
        MainWindow window(app.context());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openProfile(p.id);
        QTRY_VERIFY(app.connection.current().has_value());
        ChartCard *aal = nullptr;
        for (ChartCard *chart : window.overviewPage()->charts()) {
            if (chart->title() == QLatin1String("Active sessions by AAL"))
                aal = chart;
        }
        QVERIFY(aal);
        Q_EMIT aal->barClicked(QStringLiteral("AAL1"), 0); // what a click on the bar says
        QCOMPARE(child<QStackedWidget>(&window, "pages")->currentIndex(), int(MainWindow::SessionsArea));
        QCOMPARE(child<QLineEdit>(&window, "sessionsFilter")->text(), QStringLiteral("AAL1"));
        QCOMPARE(child<QComboBox>(&window, "sessionsActive")->currentIndex(), 1);
        auto *sessions = child<QTableView>(&window, "sessionsTable");
        QTRY_VERIFY(window.sessionsPage()->model()->isComplete() && sessions->model()->rowCount() > 0);
        for (int r = 0; r < sessions->model()->rowCount(); ++r)
            QCOMPARE(sessions->model()->index(r, AllSessionsModel::AalColumn).data().toString(),
                     QStringLiteral("AAL1"));
    }

    void identityMessagesOpenInTheCourierPageAndBack()
    {
        SimOptions options;
        options.identities = 20;
        options.messages = 150;
        options.devMode = true;
        auto sim = startSimulator(options);
        AppHarness app;
        const ConnectionProfile p = app.saveProfile(sim->adminUrl());
        MainWindow window(app.context());
        window.resize(1400, 900);
        window.show();
        window.openProfile(p.id);
        QTRY_COMPARE(window.identitiesPage()->model()->rowCount(), 20);
        // An identity with messages to its first address.
        QString id;
        QString messageId;
        for (auto it = sim->store().identities().cbegin(); it != sim->store().identities().cend() && id.isEmpty();
             ++it) {
            const QJsonArray addresses = it.value().json().value(QStringLiteral("verifiable_addresses")).toArray();
            const QString first = addresses.isEmpty()
                                      ? QString()
                                      : addresses.first().toObject().value(QStringLiteral("value")).toString();
            for (const SimMessage &m : sim->store().messages()) {
                if (!first.isEmpty() && m.json.value(QStringLiteral("recipient")).toString() == first) {
                    id = it.key();
                    messageId = m.id;
                    break;
                }
            }
        }
        QVERIFY(!id.isEmpty());
        auto *identityTable = child<QTableView>(&window, "identityTable");
        identityTable->setCurrentIndex(identityTable->model()->index(window.identitiesPage()->model()->rowOf(id), 0));
        auto *messages = child<QTableView>(&window, "messageTable");
        QTRY_VERIFY(messages->model()->rowCount() > 0);
        Q_EMIT messages->activated(messages->model()->index(0, 0));
        auto *pages = child<QStackedWidget>(&window, "pages");
        QCOMPARE(pages->currentIndex(), int(MainWindow::CourierArea));
        auto *courierTable = child<QTableView>(&window, "courierTable");
        QTRY_COMPARE(courierTable->currentIndex().data(Qt::UserRole + 1).toString(), messageId);

        // And back: "Open identity" finds the recipient's identity.
        QTest::mouseClick(child<QPushButton>(&window, "openIdentityButton"), Qt::LeftButton);
        QCOMPARE(pages->currentIndex(), int(MainWindow::IdentitiesArea));
        QTRY_COMPARE(identityTable->model()->rowCount(), 1);
        QTRY_COMPARE(window.identitiesPage()->detail()->identity().value_or(Identity()).id, id);
    }

    void openSchemaFromTheIdentityDetail()
    {
        SimOptions options;
        options.identities = 30;
        auto sim = startSimulator(options);
        AppHarness app;
        const ConnectionProfile p = app.saveProfile(sim->adminUrl());
        MainWindow window(app.context());
        window.resize(1400, 900);
        window.show();
        window.openProfile(p.id);
        QTRY_COMPARE(window.identitiesPage()->model()->rowCount(), 30);
        QString id;
        for (auto it = sim->store().identities().cbegin(); it != sim->store().identities().cend(); ++it)
            if (it.value().json().value(QStringLiteral("schema_id")).toString() == QLatin1String("phone"))
                id = it.key();
        QVERIFY(!id.isEmpty());
        auto *identityTable = child<QTableView>(&window, "identityTable");
        identityTable->setCurrentIndex(identityTable->model()->index(window.identitiesPage()->model()->rowOf(id), 0));
        QTRY_COMPARE(window.identitiesPage()->detail()->identity().value_or(Identity()).id, id);
        auto *open = child<QPushButton>(&window, "openSchemaButton");
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(child<QStackedWidget>(&window, "pages")->currentIndex(), int(MainWindow::SchemasArea));
        QTRY_COMPARE(window.schemasPage()->currentSchemaId(), QStringLiteral("phone"));
        QVERIFY(window.schemasPage()
                    ->treeModel()
                    ->indexOfPointer(QStringLiteral("/properties/traits/properties/phone"))
                    .isValid());
    }

    void createTestAndSwitchProfileInTheDialog()
    {
        SimOptions options;
        options.identities = 25;
        auto sim = startSimulator(options);
        AppHarness app;
        MainWindow window(app.context());
        window.show();

        ProfilesDialog dialog(app.context(), &window);
        connect(&dialog, &ProfilesDialog::connectRequested, &window, &MainWindow::openProfile);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
        QCOMPARE(child<QListWidget>(&dialog, "profileList")->count(), 1);
        auto *name = child<QLineEdit>(&dialog, "nameEdit");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Staging EU"));
        auto *url = child<QLineEdit>(&dialog, "adminUrlEdit");
        url->clear();
        QTest::keyClicks(url, sim->adminUrl().toString());
        auto *environment = child<QComboBox>(&dialog, "environmentCombo");
        environment->setCurrentIndex(environment->findText(QStringLiteral("Staging")));

        QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        QTRY_VERIFY(
            child<QLabel>(&dialog, "testResult")->text().contains(QStringLiteral("Connected to Kratos v26.2.0")));

        QTest::mouseClick(child<QPushButton>(&dialog, "connectButton"), Qt::LeftButton);
        QTRY_VERIFY(app.connection.current().has_value());
        QCOMPARE(app.connection.current()->name, QStringLiteral("Staging EU"));
        QCOMPARE(app.profiles.profiles().size(), 1);
        QTRY_COMPARE(child<QLabel>(&window, "versionLabel")->text(), QStringLiteral("Kratos v26.2.0 · ready"));
        QTRY_COMPARE(child<QTableView>(&window, "identityTable")->model()->rowCount(), 25);
        QCOMPARE(child<QComboBox>(&window, "profileSwitcher")->currentText(), QStringLiteral("Staging EU"));
        QVERIFY(child<QFrame>(&window, "environmentBand")->styleSheet().contains(QStringLiteral("#ef8f00")));

        // A second profile, chosen in the toolbar switcher.
        SimOptions otherOptions;
        otherOptions.identities = 7;
        auto other = startSimulator(otherOptions);
        ConnectionProfile production = ConnectionProfile::create(QStringLiteral("Production"));
        production.adminUrl = other->adminUrl();
        production.environment = ConnectionProfile::Environment::Production;
        production.readOnly = true;
        app.profiles.save(production);
        auto *switcher = child<QComboBox>(&window, "profileSwitcher");
        const int index = switcher->findText(QStringLiteral("Production"));
        QVERIFY(index >= 0);
        switcher->setCurrentIndex(index);
        Q_EMIT switcher->activated(index);
        QTRY_COMPARE(app.connection.current()->name, QStringLiteral("Production"));
        QTRY_COMPARE(child<QTableView>(&window, "identityTable")->model()->rowCount(), 7);
        QVERIFY(child<QLabel>(&window, "serverLabel")->text().startsWith(QStringLiteral("Production")));
        QVERIFY(child<QLabel>(&window, "readOnlyBadge")->isVisible());
        QVERIFY(child<QFrame>(&window, "environmentBand")->styleSheet().contains(QStringLiteral("#c62828")));
    }

    void httpWarningAndInvalidUrl()
    {
        AppHarness app;
        ProfilesDialog dialog(app.context());
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
        auto *url = child<QLineEdit>(&dialog, "adminUrlEdit");
        url->clear();
        QTest::keyClicks(url, QStringLiteral("http://10.0.0.5:4434"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "tokenEdit"), QStringLiteral("ory_pat_x"));
        auto *warning = child<QLabel>(&dialog, "transportWarning");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("unencrypted")));
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://acme.projects.oryapis.com"));
        QVERIFY(!warning->isVisible());

        url->clear();
        QTest::keyClicks(url, QStringLiteral("not a url"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "testResult")->text().contains(QStringLiteral("admin URL")));
        QCOMPARE(app.profiles.profiles().first().adminUrl.toString(), QStringLiteral("http://127.0.0.1:4434"));
        child<QLineEdit>(&dialog, "tokenEdit")->clear();
    }

    // The syslog collector of a profile: host:port, TLS and its CA, saved with the profile; a
    // collector without a usable port is refused with the reason.
    void syslogCollectorInTheProfile_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("host"); // empty: refused
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("problem");
        QTest::newRow("host and port") << "logs.example.com:6514"
                                       << "logs.example.com" << 6514 << "";
        QTest::newRow("IPv6") << "[::1]:514"
                              << "::1" << 514 << "";
        QTest::newRow("no port") << "logs.example.com"
                                 << "" << 0 << "port";
        QTest::newRow("port out of range") << "logs.example.com:99999"
                                           << "" << 0 << "port";
        QTest::newRow("no host") << ":514"
                                 << "" << 0 << "host";
    }
    void syslogCollectorInTheProfile()
    {
        QFETCH(QString, typed);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, problem);
        AppHarness app;
        ProfilesDialog dialog(app.context());
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&dialog, "syslogEdit"), typed);
        child<QCheckBox>(&dialog, "syslogTlsCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        const ConnectionProfile saved = app.profiles.profiles().first();
        if (host.isEmpty()) {
            QVERIFY2(child<QLabel>(&dialog, "testResult")->text().contains(problem),
                     qPrintable(child<QLabel>(&dialog, "testResult")->text()));
            QVERIFY(!saved.syslog.enabled());
            return;
        }
        QCOMPARE(saved.syslog.host, host);
        QCOMPARE(saved.syslog.port, port);
        QVERIFY(saved.syslog.tls);
        QString error;
        const auto back = ConnectionProfile::fromJson(saved.toJson(), &error);
        QVERIFY(back);
        QCOMPARE(back->syslog, saved.syslog);
    }

    // Choosing production asks for reasons (the operator may turn it off); a ticket URL must be
    // usable, and both are kept with the profile.
    void reasonRuleAndTicketUrlInTheProfile_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<bool>("uncheck");
        QTest::addColumn<QString>("ticketUrl");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("saved");
        QTest::newRow("development") << "Development" << false << "" << false << true;
        QTest::newRow("production") << "Production" << false << "https://desk.example.com/browse/{ticket}" << true
                                    << true;
        QTest::newRow("production, turned off") << "Production" << true << "" << false << true;
        QTest::newRow("ticket URL without placeholder")
            << "Staging" << false << "https://desk.example.com/" << false << false;
        QTest::newRow("ticket URL not http") << "Staging" << false << "javascript:alert({ticket})" << false << false;
    }
    void reasonRuleAndTicketUrlInTheProfile()
    {
        QFETCH(QString, environment);
        QFETCH(bool, uncheck);
        QFETCH(QString, ticketUrl);
        QFETCH(bool, required);
        QFETCH(bool, saved);
        AppHarness app;
        ProfilesDialog dialog(app.context());
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
        auto *check = child<QCheckBox>(&dialog, "requireReasonCheck");
        QVERIFY(!check->isChecked());
        auto *combo = child<QComboBox>(&dialog, "environmentCombo");
        // As a user picks it: the keyboard on the combo box.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        while (combo->currentText() != environment && combo->currentIndex() < combo->count() - 1)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentText(), environment);
        QCOMPARE(check->isChecked(), environment == QLatin1String("Production"));
        if (uncheck)
            check->setChecked(false);
        QTest::keyClicks(child<QLineEdit>(&dialog, "ticketUrlEdit"), ticketUrl);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        const ConnectionProfile stored = app.profiles.profiles().first();
        if (!saved) {
            QVERIFY2(child<QLabel>(&dialog, "testResult")->text().contains(QStringLiteral("ticket URL")),
                     qPrintable(child<QLabel>(&dialog, "testResult")->text()));
            QVERIFY(stored.ticketUrl.isEmpty());
            return;
        }
        QCOMPARE(stored.requireReason, required);
        QCOMPARE(stored.ticketUrl, ticketUrl);
        QString error;
        const auto back = ConnectionProfile::fromJson(stored.toJson(), &error);
        QVERIFY(back);
        QCOMPARE(back->requireReason, required);
        QCOMPARE(back->auditScope().requireReason, required);
        QCOMPARE(back->auditScope().ticketUrl, ticketUrl);
    }

    // A stored profile from before the setting asks for reasons when it is a production profile.
    void storedProfilesTakeTheRuleFromTheirEnvironment_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<bool>("required");
        QTest::newRow("production") << "production" << true;
        QTest::newRow("staging") << "staging" << false;
    }
    void storedProfilesTakeTheRuleFromTheirEnvironment()
    {
        QFETCH(QString, environment);
        QFETCH(bool, required);
        QString error;
        const auto p = ConnectionProfile::fromJson({{QStringLiteral("name"), QStringLiteral("Old")},
                                                    {QStringLiteral("admin_url"), QStringLiteral("https://k.example")},
                                                    {QStringLiteral("environment"), environment}},
                                                   &error);
        QVERIFY(p);
        QCOMPARE(p->requireReason, required);
    }

    // The window says when the trail cannot be written, and how many records a collector has
    // not taken yet.
    void trailBannerAndForwardingStatus()
    {
        AppHarness app;
        MainWindow window(app.context());
        window.show();
        auto *banner = child<QLabel>(&window, "auditTrailBanner");
        auto *forwarding = child<QLabel>(&window, "forwardingLabel");
        QVERIFY(!banner->isVisible());
        QVERIFY(!forwarding->isVisible());
        SyslogTarget nowhere;
        nowhere.host = QStringLiteral("127.0.0.1");
        nowhere.port = unusedPort();
        app.audit.setProfile(
            {QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("h:1"), QStringLiteral("staging"), nowhere});
        AuditRecord r;
        r.action = QStringLiteral("identity.delete");
        app.audit.write(r);
        QVERIFY(app.audit.waitForWritten());
        QTRY_VERIFY(forwarding->isVisible());
        QTRY_COMPARE(forwarding->text(), QStringLiteral("Audit → syslog: 1 pending"));
        QVERIFY(forwarding->toolTip().contains(QStringLiteral("unreachable")));

        QVERIFY(QDir().mkpath(app.audit.filePath(QStringLiteral("q")))); // a folder where the file must go
        app.audit.setProfile({QStringLiteral("q"), QStringLiteral("Q"), QStringLiteral("h:1"),
                              QStringLiteral("staging"), SyslogTarget()});
        app.audit.write(r);
        QVERIFY(app.audit.waitForWritten());
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("refused")));
        QTRY_VERIFY(!forwarding->isVisible());
        QVERIFY(QDir(app.audit.filePath(QStringLiteral("q"))).removeRecursively());
        app.audit.write(r);
        QVERIFY(app.audit.waitForWritten());
        QTRY_VERIFY(!banner->isVisible());
    }

    // A trail found damaged is sealed and started again: the window says so in red, names the
    // kept file, and the rest of the window keeps working.
    void damagedTrailBanner()
    {
        AppHarness app;
        MainWindow window(app.context());
        window.show();
        auto *damage = child<QLabel>(&window, "auditDamageBanner");
        QVERIFY(!damage->isVisible());
        app.audit.setProfile({QStringLiteral("d"), QStringLiteral("D"), QStringLiteral("h:1"),
                              QStringLiteral("staging"), SyslogTarget()});
        AuditRecord r;
        r.action = QStringLiteral("identity.delete");
        app.audit.write(r);
        app.audit.write(r);
        QVERIFY(app.audit.waitForWritten());
        QVERIFY(!damage->isVisible());
        const QString trail = app.audit.filePath(QStringLiteral("d"));
        QFile f(trail);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray first = f.readLine();
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(first); // the last record cut off
        f.close();
        app.audit.write(r);
        QVERIFY(app.audit.waitForWritten());
        QTRY_VERIFY(damage->isVisible());
        QCOMPARE(damage->property("tone").toString(), QStringLiteral("alert"));
        QVERIFY2(damage->text().contains(QStringLiteral("cut short")), qPrintable(damage->text()));
        QVERIFY2(damage->text().contains(QStringLiteral("d.jsonl.sealed-")), qPrintable(damage->text()));
        QVERIFY(damage->toolTip().startsWith(trail + QStringLiteral(".sealed-")));
        QVERIFY(QFile::exists(damage->toolTip()));
        QVERIFY(!child<QLabel>(&window, "auditTrailBanner")->isVisible()); // changes are not refused
        QVERIFY(app.audit.writable());
    }

    // The warning knows a token is stored from the keychain's answer, not from a label's wording.
    void httpWarningForAStoredToken()
    {
        AppHarness app;
        const ConnectionProfile p =
            app.saveProfile(QUrl(QStringLiteral("http://10.0.0.5:4434")), QStringLiteral("Remote"));
        app.tokens.keepForSession(p.id, QStringLiteral("ory_pat_stored"));
        ProfilesDialog dialog(app.context());
        dialog.show();
        auto *list = child<QListWidget>(&dialog, "profileList");
        QTRY_VERIFY(list->count() > 0);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().contains(QStringLiteral("Remote")))
                list->setCurrentRow(i);
        }
        QVERIFY(child<QLineEdit>(&dialog, "tokenEdit")->text().isEmpty());
        auto *warning = child<QLabel>(&dialog, "transportWarning");
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("10.0.0.5")));
    }

    // Export writes the file on a worker, import reads it on one; tokens never travel with them.
    void profileExportAndImportThroughTheDialog()
    {
        AppHarness app;
        app.saveProfile(QUrl(QStringLiteral("https://acme.projects.oryapis.com")), QStringLiteral("Acme"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.json"));
        ProfilesDialog dialog(app.context());
        dialog.show();
        Prompt::setNextAnswers({file});
        QTest::mouseClick(child<QPushButton>(&dialog, "exportButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&dialog, "testResult")->text().contains(QStringLiteral("Exported")));
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray content = exported.readAll();
        QVERIFY(content.contains("acme.projects.oryapis.com"));
        QVERIFY(!content.contains("token"));

        AppHarness other;
        ProfilesDialog importing(other.context());
        importing.show();
        const int before = int(other.profiles.profiles().size());
        Prompt::setNextAnswers({file});
        QTest::mouseClick(child<QPushButton>(&importing, "importButton"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(&importing, "testResult")->text().contains(QStringLiteral("Imported")));
        QVERIFY(other.profiles.profiles().size() > before);

        Prompt::setNextAnswers({dir.filePath(QStringLiteral("missing.json"))});
        QTest::mouseClick(child<QPushButton>(&importing, "importButton"), Qt::LeftButton);
        QTRY_VERIFY(Prompt::lastWarning().contains(QStringLiteral("missing.json")));
    }

    void failedLoadShowsErrorDetailsAndRetry()
    {
        SimOptions options;
        options.identities = 9;
        auto sim = startSimulator(options);
        sim->faults().errorRate = 1.0;
        sim->faults().errorStatus = 503;
        sim->faults().match = QStringLiteral("/admin/identities");
        AppHarness app;
        ConnectionProfile p = ConnectionProfile::create(QStringLiteral("Flaky"));
        p.adminUrl = sim->adminUrl();
        app.profiles.save(p);
        MainWindow window(app.context());
        window.show();
        window.openProfile(p.id);
        // The token is read from the keychain first: on a busy machine that takes a while.
        QTRY_VERIFY(app.connection.current().has_value());
        window.showPage(MainWindow::IdentitiesArea);
        auto *banner = child<QFrame>(&window, "identityErrorBanner");
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(child<QLabel>(banner, "errorText")->text().contains(QStringLiteral("503")),
                 qPrintable(child<QLabel>(banner, "errorText")->text()));
        QTest::mouseClick(child<QPushButton>(banner, "errorDetails"), Qt::LeftButton);
        QVERIFY(Prompt::lastWarning().contains(QStringLiteral("Server error")));
        sim->faults() = SimFaults();
        QTest::mouseClick(child<QPushButton>(banner, "errorRetry"), Qt::LeftButton);
        QTRY_COMPARE(child<QTableView>(&window, "identityTable")->model()->rowCount(), 9);
        QVERIFY(!banner->isVisible());
    }

    void removingAProfileDeletesItsToken()
    {
        AppHarness app;
        ConnectionProfile p = ConnectionProfile::create(QStringLiteral("Old"));
        p.adminUrl = QUrl(QStringLiteral("https://old.example"));
        app.profiles.save(p);
        app.tokens.keepForSession(p.id, QStringLiteral("old-token"));
        ProfilesDialog dialog(app.context());
        dialog.show();
        dialog.selectProfile(p.id);
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(&dialog, "removeProfileButton"), Qt::LeftButton);
        QVERIFY(app.profiles.profiles().isEmpty());
        QVERIFY(!app.tokens.hasSessionToken(p.id));
    }

    void settingsReachTheCourierPage()
    {
        AppHarness app;
        MainWindow window(app.context());
        QCOMPARE(window.courierPage()->autoRefreshInterval(), 30000); // defaults
        QCOMPARE(window.courierPage()->detail()->wipeTimeout(), 60000);
        SettingsDialog dialog(&app.preferences);
        dialog.findChild<QSpinBox *>(QStringLiteral("refreshSeconds"))->setValue(7);
        dialog.findChild<QSpinBox *>(QStringLiteral("wipeSeconds"))->setValue(20);
        dialog.save();
        QCOMPARE(window.courierPage()->autoRefreshInterval(), 7000);
        QCOMPARE(window.courierPage()->detail()->wipeTimeout(), 20000);
        app.settings.sync();
        AppSettings reread(&app.settings);
        QCOMPARE(reread.bodyWipeSeconds(), 20);
        app.preferences.setBodyWipeSeconds(100000); // out of range: clamped
        QCOMPARE(app.preferences.bodyWipeSeconds(), 600);
    }

    // The viewer: one row per action, filters by operator, action and target, the record in
    // full, exports of what is shown, and the chain check.
    void auditViewerFiltersExportsAndVerifies()
    {
        AppHarness app;
        app.audit.setProfile({QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("h:4434"),
                              QStringLiteral("staging"), SyslogTarget()});
        for (int i = 0; i < 3; ++i) {
            AuditRecord intent;
            intent.actionId = AuditRecord::newActionId();
            intent.action = QStringLiteral("identity.delete");
            intent.summary = QStringLiteral("Delete identity user%1@example.com").arg(i);
            intent.targets = {{QStringLiteral("identity"), QStringLiteral("id-%1").arg(i),
                               QStringLiteral("user%1@example.com").arg(i)}};
            app.audit.write(intent);
            app.audit.write(intent.outcomeOf(AuditRecord::Outcome::Succeeded,
                                             QStringLiteral("Deleted identity user%1@example.com").arg(i), ApiError()));
        }
        AuditRecord update;
        update.action = QStringLiteral("identity.update");
        update.summary = QStringLiteral("Updated identity mary@example.com");
        update.targets = {{QStringLiteral("identity"), QStringLiteral("id-x"), QStringLiteral("mary@example.com")}};
        update.change = {{QStringLiteral("patch"),
                          QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/traits/email")}}}}};
        update.phase = AuditRecord::Phase::Outcome;
        update.outcome = AuditRecord::Outcome::Failed;
        update.httpStatus = 400;
        app.audit.write(update);
        QVERIFY(app.audit.waitForWritten());

        AuditLogDialog dialog(&app.audit, QStringLiteral("p"), QStringLiteral("P"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("auditTable"));
        QCOMPARE(table->rowCount(), 4); // intents folded into their outcomes
        QVERIFY(table->horizontalHeaderItem(0)->text().contains(QLatin1Char('('))); // the time zone
        auto *action = dialog.findChild<QComboBox *>(QStringLiteral("actionFilter"));
        action->setCurrentIndex(action->findText(QStringLiteral("identity.update")));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Updated identity mary@example.com"));
        table->selectRow(0);
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("auditRecord"))
                    ->toPlainText()
                    .contains(QStringLiteral("/traits/email")));
        action->setCurrentIndex(0);
        auto *who = dialog.findChild<QComboBox *>(QStringLiteral("operatorFilter"));
        QCOMPARE(who->count(), 2); // everyone, and the one account that wrote these
        who->setCurrentIndex(1);
        QCOMPARE(table->rowCount(), 4);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("targetFilter")), QStringLiteral("user1@"));
        QCOMPARE(table->rowCount(), 1);

        QSignalSpy exported(&dialog, &AuditLogDialog::exported);
        const QString csv = app.dir.filePath(QStringLiteral("trail.csv"));
        dialog.exportTo(csv);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = IdentityExporter::parseCsv(csvFile.readAll());
        QCOMPARE(rows.size(), 2); // the header and the one row shown
        QVERIFY(rows.at(1).contains(QStringLiteral("user1@example.com")));
        const QString jsonl = app.dir.filePath(QStringLiteral("trail.jsonl"));
        dialog.exportTo(jsonl);
        QTRY_COMPARE(exported.size(), 2);
        QFile jsonFile(jsonl);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject line = QJsonDocument::fromJson(jsonFile.readLine()).object();
        QCOMPARE(line.value(QLatin1String("action")).toString(), QStringLiteral("identity.delete"));
        QCOMPARE(line.value(QLatin1String("authority")).toString(), QStringLiteral("h:4434"));

        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("verifyResult"))->text().contains(QStringLiteral("intact")));
    }

    // Import trail…: another desk's trail verified and kept, said in the line under the table; a
    // damaged one refused with the reason.
    void auditViewerImportsAnotherDesksTrail()
    {
        AppHarness app;
        app.audit.setProfile({QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("h:4434"),
                              QStringLiteral("staging"), SyslogTarget()});
        QTemporaryDir theirs;
        QString trail;
        {
            AuditLog other(theirs.filePath(QStringLiteral("audit")));
            other.setProfile({QStringLiteral("b"), QStringLiteral("Desk B"), QStringLiteral("h:4434"),
                              QStringLiteral("staging"), SyslogTarget()});
            AuditRecord r;
            r.action = QStringLiteral("identity.deactivate");
            r.summary = QStringLiteral("Deactivate identity x");
            r.targets = {{QStringLiteral("identity"), QStringLiteral("id-x"), QStringLiteral("x")}};
            other.write(r);
            QVERIFY(other.waitForWritten());
            trail = other.filePath(QStringLiteral("b"));
        }
        AuditLogDialog dialog(&app.audit, QStringLiteral("p"), QStringLiteral("P"));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("verifyResult"));
        Prompt::setNextAnswers({trail});
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importTrailButton")), Qt::LeftButton);
        QVERIFY2(status->text().startsWith(QStringLiteral("Imported 1 record")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("(Desk B)")));
        // The list shows the other desk's action at once, marked; the trail filter tells them apart.
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("auditTable"));
        auto *source = dialog.findChild<QComboBox *>(QStringLiteral("sourceFilter"));
        QCOMPARE(dialog.shown().size(), 1);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Deactivate identity x"));
        QCOMPARE(table->item(0, 7)->text(), QStringLiteral("imported"));
        source->setCurrentIndex(source->findData(int(AuditTrailFilter::Source::ThisComputer)));
        QCOMPARE(dialog.shown().size(), 0);
        source->setCurrentIndex(source->findData(int(AuditTrailFilter::Source::Imported)));
        QCOMPARE(dialog.shown().size(), 1);
        // Importing again keeps the range the operator chose.
        auto *to = dialog.findChild<QDateTimeEdit *>(QStringLiteral("toFilter"));
        const QDateTime chosen = to->dateTime().addSecs(-3600);
        to->setDateTime(chosen);
        dialog.importTrail(trail);
        QVERIFY(status->text().contains(QStringLiteral("imported before")));
        QCOMPARE(to->dateTime(), chosen);
        // The syslog collector's file of the same records: recognised, read back, nothing new.
        QFile collector(theirs.filePath(QStringLiteral("audit.log")));
        QVERIFY(collector.open(QIODevice::WriteOnly));
        for (const AuditRecord &r : AuditLog(theirs.filePath(QStringLiteral("audit"))).records(QStringLiteral("b")))
            collector.write(SyslogFormat::messages(r, 1).join('\n') + '\n');
        collector.close();
        dialog.importTrail(collector.fileName());
        QVERIFY2(status->text().startsWith(QStringLiteral("The collector's file holds 1 record")),
                 qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("imported before")), qPrintable(status->text()));
        QFile broken(trail);
        QVERIFY(broken.open(QIODevice::Append));
        broken.write("{\"seq\":7}\n");
        broken.close();
        dialog.importTrail(trail);
        QVERIFY2(status->text().startsWith(QStringLiteral("Not imported")), qPrintable(status->text()));
    }

    // The reason shows in its column; the selected record's ticket references are links when the
    // profile names a ticket URL; the text filter finds a ticket's actions; markup stays text.
    void auditViewerShowsReasonsWithTicketLinks()
    {
        AppHarness app;
        app.audit.setProfile({QStringLiteral("p"), QStringLiteral("P"), QStringLiteral("h:4434"),
                              QStringLiteral("staging"), SyslogTarget()});
        const QStringList reasons{QStringLiteral("SUP-12 asked by phone"), QStringLiteral("<b>#7</b> & more"),
                                  QString()};
        for (const QString &reason : reasons) {
            AuditRecord r;
            r.actionId = AuditRecord::newActionId();
            r.action = QStringLiteral("identity.deactivate");
            r.summary = QStringLiteral("Deactivated identity x");
            r.reason = reason;
            r.phase = AuditRecord::Phase::Outcome;
            r.outcome = AuditRecord::Outcome::Succeeded;
            app.audit.write(r);
        }
        // Words with a line break in them (a label a server sent): one line in the cell.
        AuditRecord twoLines;
        twoLines.actionId = AuditRecord::newActionId();
        twoLines.action = QStringLiteral("identity.update");
        twoLines.summary = QStringLiteral("Updated identity x\nsucceeded: everything is fine");
        twoLines.phase = AuditRecord::Phase::Outcome;
        twoLines.outcome = AuditRecord::Outcome::Succeeded;
        app.audit.write(twoLines);
        QVERIFY(app.audit.waitForWritten());
        AuditLogDialog dialog(&app.audit, QStringLiteral("p"), QStringLiteral("P"), nullptr,
                              QStringLiteral("https://desk.example.com/browse/{ticket}"));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("auditTable"));
        QCOMPARE(table->rowCount(), 4);
        QVERIFY(!table->item(3, 3)->text().contains(QLatin1Char('\n')));
        QVERIFY(table->item(3, 3)->text().startsWith(QStringLiteral("Updated identity x")));
        QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("Reason"));
        QCOMPARE(table->item(0, 4)->text(), reasons.at(0));
        auto *reason = dialog.findChild<QLabel *>(QStringLiteral("auditReason"));
        table->selectRow(0);
        QVERIFY(!reason->isHidden());
        QVERIFY2(
            reason->text().contains(QStringLiteral("<a href=\"https://desk.example.com/browse/SUP-12\">SUP-12</a>")),
            qPrintable(reason->text()));
        table->selectRow(1);
        QVERIFY(reason->text().contains(QStringLiteral("&lt;b&gt;")));
        QVERIFY(reason->text().contains(QStringLiteral("/browse/7\">#7</a>")));
        table->selectRow(2);
        QVERIFY(reason->isHidden()); // no reason given: nothing to show
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("targetFilter")), QStringLiteral("SUP-12"));
        QCOMPARE(table->rowCount(), 1);
    }

    // The profiles, settings and audit dialogs open window-modal without a nested event loop:
    // triggering the action returns at once, with the dialog up; closing it deletes it.
    void dialogsOpenWithoutANestedLoop()
    {
        AppHarness app;
        std::unique_ptr<KratosSimulator> sim = startSimulator();
        const ConnectionProfile profile = app.saveProfile(sim->adminUrl());
        MainWindow window(app.context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openProfile(profile.id);
        QTRY_VERIFY(app.connection.current().has_value());
        for (const char *action : {"profilesAction", "settingsAction", "auditAction", "invitationsAction"}) {
            auto *trigger = window.findChild<QAction *>(QString::fromLatin1(action));
            QVERIFY2(trigger, action);
            trigger->trigger(); // with exec() this would not return while the dialog is open
            QDialog *dialog = nullptr;
            for (QDialog *d : window.findChildren<QDialog *>()) {
                if (d->isVisible())
                    dialog = d;
            }
            QVERIFY2(dialog, action);
            QCOMPARE(dialog->windowModality(), Qt::WindowModal);
            QPointer<QDialog> guard(dialog);
            dialog->close();
            QTRY_VERIFY2(guard.isNull(), action);
        }
    }

    // Invitations belong to a server: without a profile the window says so; with one, "Open
    // identity" in the list shows the person on the Identities page.
    void invitationsOpenTheInvitedIdentity()
    {
        AppHarness app;
        SimOptions options;
        options.identities = 20;
        std::unique_ptr<KratosSimulator> sim = startSimulator(options);
        const ConnectionProfile profile = app.saveProfile(sim->adminUrl());
        MainWindow window(app.context());
        window.show();
        auto *invitations = child<QAction>(&window, "invitationsAction");
        invitations->trigger();
        QVERIFY(Prompt::lastWarning().contains(QStringLiteral("Open a profile first")));
        QVERIFY(!window.findChild<InvitationsDialog *>());
        window.openProfile(profile.id);
        QTRY_VERIFY(app.connection.current().has_value());
        QTRY_VERIFY(window.identitiesPage()->model()->rowCount() > 0);
        const QString id = window.identitiesPage()->model()->identityAt(3)->id;
        invitations->trigger();
        auto *dialog = window.findChild<InvitationsDialog *>();
        QVERIFY(dialog);
        // An invitation made in the dialog is in the list once it is read again.
        const int before = window.identitiesPage()->model()->rowCount();
        QVERIFY(sim->store()
                    .createIdentity(
                        QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                                    {QStringLiteral("traits"),
                                     QJsonObject{{QStringLiteral("email"), QStringLiteral("new@invited.example")}}}})
                    .ok());
        Q_EMIT dialog->identitiesChanged();
        QTRY_COMPARE(window.identitiesPage()->model()->rowCount(), before + 1);
        Q_EMIT dialog->openIdentityRequested(id);
        QCOMPARE(child<QStackedWidget>(&window, "pages")->currentIndex(), int(MainWindow::IdentitiesArea));
        QTRY_VERIFY(window.identitiesPage()->detail()->identity() &&
                    window.identitiesPage()->detail()->identity()->id == id);
        dialog->close();
    }

    // The Identities list's Last sign-in column is "unknown" until the Sessions page holds every
    // session (all states); then each identity's newest sign-in, gone again with a new list.
    void lastSignInFollowsTheWholeSessionList()
    {
        SimOptions options;
        options.identities = 30;
        std::unique_ptr<KratosSimulator> sim = startSimulator(options);
        AppHarness app;
        const ConnectionProfile profile = app.saveProfile(sim->adminUrl());
        MainWindow window(app.context());
        window.show();
        window.openProfile(profile.id);
        QTRY_VERIFY(app.connection.current().has_value());
        IdentityListModel *identities = window.identitiesPage()->model();
        QTRY_COMPARE(identities->rowCount(), 30);
        QString signedIn; // an identity with a session, and its newest sign-in
        QDateTime newest;
        for (const SimSession &s : sim->store().sessions()) {
            if (signedIn.isEmpty() || s.identityId == signedIn) {
                signedIn = s.identityId;
                newest = std::max(newest, s.authenticatedAt);
            }
        }
        QVERIFY(!signedIn.isEmpty());
        // Someone invited from this desk who never signed in: no session of theirs anywhere.
        QString neverSignedIn;
        for (const SimIdentity &i : sim->store().identities()) {
            const auto sessions = sim->store().sessions();
            const QString id = i.json().value(QStringLiteral("id")).toString();
            if (neverSignedIn.isEmpty() &&
                i.json().value(QStringLiteral("state")).toString() == QLatin1String("active") &&
                std::none_of(sessions.cbegin(), sessions.cend(),
                             [&id](const SimSession &s) { return s.identityId == id; }))
                neverSignedIn = id;
        }
        QVERIFY(!neverSignedIn.isEmpty());
        AuditRecord invite;
        invite.actionId = AuditRecord::newActionId();
        invite.action = QStringLiteral("identity.invite");
        invite.targets = {{QStringLiteral("identity"), neverSignedIn, QStringLiteral("new@staff.example")}};
        invite.phase = AuditRecord::Phase::Outcome;
        invite.outcome = AuditRecord::Outcome::Succeeded;
        app.audit.write(invite);
        QVERIFY(app.audit.waitForWritten());
        const int row = identities->rowOf(signedIn);
        auto text = [&]() {
            return identities->data(identities->index(row, IdentityListModel::LastSignInColumn)).toString();
        };
        window.showPage(MainWindow::SessionsArea);
        auto *active = child<QComboBox>(&window, "sessionsActive");
        active->setCurrentIndex(1); // active only: not every sign-in
        QTest::mouseClick(child<QPushButton>(&window, "sessionsLoadAll"), Qt::LeftButton);
        QTRY_VERIFY(window.sessionsPage()->model()->isComplete());
        QCOMPARE(text(), QStringLiteral("unknown"));
        auto *overview = child<QLabel>(&window, "overviewIdentitiesState");
        QTRY_VERIFY(window.overviewPage()->loader()->hasIdentityFigures());
        QVERIFY2(overview->text().contains(QStringLiteral("Dormant: unknown")), qPrintable(overview->text()));
        active->setCurrentIndex(0); // every session
        QTest::mouseClick(child<QPushButton>(&window, "sessionsLoadAll"), Qt::LeftButton);
        QTRY_COMPARE(text(), DisplayTime::cell(newest));
        // The overview counts who has been away for 90 days from the same sign-ins.
        QTRY_VERIFY(window.overviewPage()->loader()->identities().dormant >= 0);
        QVERIFY2(overview->text().contains(QStringLiteral("have not signed in for 90 days")),
                 qPrintable(overview->text()));
        QCOMPARE(window.overviewPage()->loader()->identities().invitedNoSession, 1);
        QVERIFY2(overview->text().contains(QStringLiteral("Invited but never signed in: 1 active identities")),
                 qPrintable(overview->text()));
        active->setCurrentIndex(2); // another list: what the column said is not known any more
        QTRY_COMPARE(text(), QStringLiteral("unknown"));
    }

    // A marker token used through a whole scripted session leaves no trace: not in any file of
    // the app, not in any log line (debug logging on), not in any request to a second origin.
    void markerTokenLeavesNoTrace()
    {
        const QString marker = QStringLiteral("ory_pat_MARKER_5e1f0c9d");
        SimOptions options;
        options.identities = 12;
        options.token = marker;
        auto sim = startSimulator(options);
        auto elsewhere = startSimulator();

        QLoggingCategory::setFilterRules(QStringLiteral("kratos.*=true\nqt.network.*=true"));
        capturedLog.clear();
        previousHandler = qInstallMessageHandler(captureMessage);
        {
            AppHarness app;
            // With no keychain the dialog asks to keep the token for the session: answer yes.
            Prompt::setNextAnswers({int(QMessageBox::Yes)});
            MainWindow window(app.context());
            window.show();
            ProfilesDialog dialog(app.context(), &window);
            connect(&dialog, &ProfilesDialog::connectRequested, &window, &MainWindow::openProfile);
            dialog.show();
            QTest::mouseClick(child<QPushButton>(&dialog, "addProfileButton"), Qt::LeftButton);
            auto *url = child<QLineEdit>(&dialog, "adminUrlEdit");
            url->clear();
            QTest::keyClicks(url, sim->adminUrl().toString());
            QTest::keyClicks(child<QLineEdit>(&dialog, "tokenEdit"), marker);
            QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
            QTRY_VERIFY(child<QLabel>(&dialog, "testResult")->text().contains(QStringLiteral("Connected")));
            QTest::mouseClick(child<QPushButton>(&dialog, "connectButton"), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(app.connection.current().has_value(), 20000);
            QTRY_COMPARE(child<QTableView>(&window, "identityTable")->model()->rowCount(), 12);
            bool adminSawToken = false;
            for (const auto &r : sim->requests()) {
                if (r.publicListener)
                    QVERIFY(r.authorization.isEmpty()); // the /schemas redirect to the public port
                else
                    adminSawToken = adminSawToken || r.authorization == QByteArray("Bearer ") + marker.toUtf8();
            }
            QVERIFY(adminSawToken);

            // The server redirects to another origin: the token stays home.
            sim->faults().redirectTo = elsewhere->adminUrl();
            window.identitiesPage()->reload();
            QTRY_VERIFY(!elsewhere->requests().isEmpty());
            QTRY_VERIFY(window.identitiesPage()->model()->rowCount() > 0);
            for (const auto &r : elsewhere->requests())
                QVERIFY(!r.authorization.contains("MARKER"));

            app.settings.sync();
            QDirIterator files(app.dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            int scanned = 0;
            while (files.hasNext()) {
                QFile f(files.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains("MARKER"), qPrintable(f.fileName()));
                ++scanned;
            }
            QVERIFY(scanned >= 1); // the settings file at least
            QVERIFY(!window.windowTitle().contains(QStringLiteral("MARKER")));
        }
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(capturedLog.size() > 5);
        for (const QString &line : std::as_const(capturedLog))
            QVERIFY2(!line.contains(QStringLiteral("MARKER")), qPrintable(line));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
