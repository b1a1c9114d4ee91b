// SPDX-License-Identifier: GPL-3.0-or-later
// An identity in a window of its own (Ctrl+Shift+N, "Open in new window"): bound to the identity it
// was opened on whatever the page does, its changes reach the list and the page's pane, and a new
// connection closes it.
#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "IdentityListModel.h"
#include "IdentityWindow.h"
#include "IdentityWindows.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "Prompt.h"
#include "SchemaListModel.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace TestSupport;

class tst_IdentityWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;
    std::unique_ptr<SchemaListModel> m_schemas;
    std::unique_ptr<IdentitiesPage> m_page;

    // Row `row` of the list opened in the page's pane; its id.
    QString openRow(int row)
    {
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, 0)).center());
        const QString id = m_page->pinnedId();
        [&]() { QTRY_VERIFY(m_page->detail()->identity() && m_page->detail()->identity()->id == id); }();
        return id;
    }
    QString stateInList(const QString &id) const
    {
        const std::optional<Identity> identity = m_page->model()->identityAt(m_page->model()->rowOf(id));
        return identity ? identity->stateText : QString();
    }

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }
    void init()
    {
        SimOptions options;
        options.identities = 10;
        options.messages = 0;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        m_audit = std::make_unique<TestAudit>(m_client.get());
        connectTo(*m_client, *m_sim);
        m_schemas = std::make_unique<SchemaListModel>(m_client.get());
        m_page = std::make_unique<IdentitiesPage>(m_client.get(), &m_audit->log, m_schemas.get());
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_schemas->reload();
        m_page->reload();
        QTRY_COMPARE(m_page->model()->rowCount(), 10);
    }
    void cleanup()
    {
        m_page.reset();
        m_schemas.reset();
        m_client.reset();
        m_sim.reset();
    }

    void staysOnItsIdentity()
    {
        const QString first = openRow(0);
        QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_page->windows()->windows().size(), 1);
        IdentityWindow *window = m_page->windows()->windows().first();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->identityId(), first);
        QVERIFY(window->windowTitle().contains(m_page->detail()->label()));
        // Traits are titled from the schemas, as in the page's pane.
        QVERIFY(!m_page->detail()->schemas().isEmpty());
        QCOMPARE(window->pane()->schemas().identifierPaths(QStringLiteral("default")),
                 m_page->detail()->schemas().identifierPaths(QStringLiteral("default")));
        // The page moves on; the window does not.
        const QString second = openRow(1);
        QVERIFY(second != first);
        QTest::qWait(300);
        QCOMPARE(window->pane()->identity()->id, first);
        QCOMPARE(window->identityId(), first);
    }

    void itsChangesReachTheListAndThePane()
    {
        const QString id = openRow(0);
        QCOMPARE(stateInList(id), QStringLiteral("active"));
        IdentityWindow *window = m_page->openInWindow();
        QVERIFY(window);
        QTRY_VERIFY(child<QPushButton>(window, "toggleStateButton")->isEnabled());
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        window->pane()->toggleState();
        QTRY_COMPARE(stateInList(id), QStringLiteral("inactive"));
        QTRY_COMPARE(m_page->detail()->identity()->state, Identity::State::Inactive);
    }

    void aNewConnectionClosesThem()
    {
        openRow(0);
        QPointer<IdentityWindow> window = m_page->openInWindow();
        QVERIFY(window);
        m_page->forgetSelection();
        QTRY_VERIFY(window.isNull());
        QCOMPARE(m_page->windows()->windows().size(), 0);
    }
};

QTEST_MAIN(tst_IdentityWindow)
#include "tst_identitywindow.moc"
