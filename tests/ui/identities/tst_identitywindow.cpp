// SPDX-License-Identifier: GPL-3.0-or-later
// An identity in a window of its own (Ctrl+Shift+N, "Open in new window"): bound to the identity it
// was opened on whatever the page does, its changes reach the list and the page's pane, and a new
// connection closes it.
#include "IdentitiesPageHarness.h"
#include "IdentityDetailPane.h"
#include "IdentityWindow.h"
#include "IdentityWindows.h"
#include "Prompt.h"
#include "TestSupport.h"

#include <QPushButton>
#include <QtTest>

using namespace TestSupport;

class tst_IdentityWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IdentitiesPageHarness> m_h;

    QString openRow(int row) { return m_h->openRow(row); }
    QString stateInList(const QString &id) const
    {
        const std::optional<Identity> identity = m_h->page->model()->identityAt(m_h->page->model()->rowOf(id));
        return identity ? identity->stateText : QString();
    }

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }
    void init()
    {
        m_h = std::make_unique<IdentitiesPageHarness>(10);
        QVERIFY(m_h->openPage());
    }
    void cleanup() { m_h.reset(); }

    void staysOnItsIdentity()
    {
        const QString first = openRow(0);
        QVERIFY(!first.isEmpty());
        QTest::keyClick(m_h->page.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_h->page->windows()->windows().size(), 1);
        IdentityWindow *window = m_h->page->windows()->windows().first();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->identityId(), first);
        QVERIFY(window->windowTitle().contains(m_h->page->detail()->label()));
        // Traits are titled from the schemas, as in the page's pane, also when they arrive after the
        // window opened.
        QTRY_VERIFY(!m_h->page->detail()->schemas().isEmpty());
        QCOMPARE(window->pane()->schemas().identifierPaths(QStringLiteral("default")),
                 m_h->page->detail()->schemas().identifierPaths(QStringLiteral("default")));
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
        QVERIFY(!id.isEmpty());
        QCOMPARE(stateInList(id), QStringLiteral("active"));
        IdentityWindow *window = m_h->page->openInWindow();
        QVERIFY(window);
        QTRY_VERIFY(child<QPushButton>(window, "toggleStateButton")->isEnabled());
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        window->pane()->toggleState();
        QTRY_COMPARE(stateInList(id), QStringLiteral("inactive"));
        QTRY_COMPARE(m_h->page->detail()->identity()->state, Identity::State::Inactive);
    }

    void aNewConnectionClosesThem()
    {
        openRow(0);
        QPointer<IdentityWindow> window = m_h->page->openInWindow();
        QVERIFY(window);
        m_h->page->forgetSelection();
        QTRY_VERIFY(window.isNull());
        QCOMPARE(m_h->page->windows()->windows().size(), 0);
    }
};

QTEST_MAIN(tst_IdentityWindow)
#include "tst_identitywindow.moc"
