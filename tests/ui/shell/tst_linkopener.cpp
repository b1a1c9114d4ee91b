// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a helpdesk link or a pasted id in the window (Go → Open from clipboard, Ctrl+Shift+O):
// the identity or message it names, in the profile it names, asking before a production profile.
#include "AppHarness.h"
#include "CourierPage.h"
#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "KratosSimulator.h"
#include "LinkOpener.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "SessionDetailPane.h"
#include "SessionsPage.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QUuid>
#include <QtTest>

using namespace TestSupport;

class tst_LinkOpener : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<AppHarness> m_app;
    std::unique_ptr<MainWindow> m_window;
    ConnectionProfile m_local;
    ConnectionProfile m_production;

    QString someIdentity() const { return m_sim->store().identities().firstKey(); }
    QString emailOf(const QString &id) const
    {
        return m_sim->store()
            .identity(id)
            ->json()
            .value(QStringLiteral("traits"))
            .toObject()
            .value(QStringLiteral("email"))
            .toString();
    }
    QString pinned() const { return m_window->identitiesPage()->pinnedId(); }
    int page() const { return child<QStackedWidget>(m_window.get(), "pages")->currentIndex(); }

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }

    void init()
    {
        SimOptions options;
        options.identities = 20;
        options.messages = 10;
        m_sim = startSimulator(options);
        m_app = std::make_unique<AppHarness>();
        m_local = m_app->saveProfile(m_sim->adminUrl(), QStringLiteral("Local"));
        m_production = ConnectionProfile::create(QStringLiteral("Prod EU"));
        m_production.adminUrl = m_sim->adminUrl();
        m_production.environment = ConnectionProfile::Environment::Production;
        m_app->profiles.save(m_production);
        m_window = std::make_unique<MainWindow>(m_app->context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openProfile(m_local.id);
        QTRY_VERIFY(m_app->connection.current().has_value());
    }
    void cleanup()
    {
        m_window.reset();
        m_app.reset();
        m_sim.reset();
    }

    // Ctrl+Shift+O with an id, an identifier or a link on the clipboard opens that identity.
    void opensAnIdentity_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("id") << "id";
        QTest::newRow("identifier") << "identifier";
        QTest::newRow("link") << "link";
    }
    void opensAnIdentity()
    {
        QFETCH(QString, form);
        const QString id = someIdentity();
        const QString text = form == QLatin1String("id") ? id
                             : form == QLatin1String("identifier")
                                 ? emailOf(id)
                                 : QStringLiteral("kratos-desk://open?identity=") + id;
        QVERIFY(!text.isEmpty());
        QApplication::clipboard()->setText(text);
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(pinned(), id);
        QCOMPARE(page(), int(MainWindow::IdentitiesArea));
    }

    void opensACourierMessage()
    {
        const QString id = m_sim->store().messages().front().id;
        m_window->links()->openText(QStringLiteral("kratos-desk://open?page=courier&message=") + id);
        QTRY_COMPARE(page(), int(MainWindow::CourierArea));
        QTRY_COMPARE(m_window->courierPage()->pinnedId(), id);
    }

    // A session link opens the Sessions page bound to that session, even before its list holds it.
    void opensASession()
    {
        SimSession s;
        s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.identityId = someIdentity();
        s.createdAt = s.authenticatedAt = m_sim->store().now();
        s.expiresAt = s.createdAt.addDays(1);
        m_sim->store().addSession(s);
        m_window->links()->openText(QStringLiteral("kratos-desk://open?page=sessions&session=") + s.id);
        QTRY_COMPARE(page(), int(MainWindow::SessionsArea));
        QCOMPARE(m_window->sessionsPage()->pinnedId(), s.id);
        QTRY_VERIFY(m_window->sessionsPage()->detail()->session().has_value());
        QCOMPARE(m_window->sessionsPage()->detail()->session()->id, s.id);
        QTRY_VERIFY(child<QLabel>(m_window->sessionsPage(), "sessionTitle")->text().contains(emailOf(s.identityId)));
    }

    void refusesWhatIsNotALink()
    {
        QApplication::clipboard()->setText(QStringLiteral("javascript://open?identity=x"));
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(Prompt::lastWarning().contains(QStringLiteral("Only kratos-desk:// links")));
        QCOMPARE(pinned(), QString());
    }

    void unknownProfileIsNamed()
    {
        m_window->links()->openText(QStringLiteral("kratos-desk://open?profile=Nowhere&identity=") + someIdentity());
        QTRY_VERIFY(Prompt::lastWarning().contains(QStringLiteral("“Nowhere”")));
        QCOMPARE(m_app->connection.current()->id, m_local.id);
    }

    // A production profile is connected only when the user says so.
    void asksBeforeProduction_data()
    {
        QTest::addColumn<int>("answer");
        QTest::newRow("cancel") << int(QMessageBox::Cancel);
        QTest::newRow("yes") << int(QMessageBox::Yes);
    }
    void asksBeforeProduction()
    {
        QFETCH(int, answer);
        const QString id = someIdentity();
        Prompt::setNextAnswers({answer});
        m_window->links()->openText(QStringLiteral("kratos-desk://open?profile=Prod%20EU&identity=") + id);
        QVERIFY(Prompt::lastQuestion().contains(QStringLiteral("production profile “Prod EU”")));
        if (answer == int(QMessageBox::Cancel)) {
            QTest::qWait(200);
            QCOMPARE(m_app->connection.current()->id, m_local.id);
            QCOMPARE(pinned(), QString());
            return;
        }
        QTRY_COMPARE(m_app->connection.current()->id, m_production.id);
        QTRY_COMPARE(pinned(), id);
    }
};

QTEST_MAIN(tst_LinkOpener)
#include "tst_linkopener.moc"
