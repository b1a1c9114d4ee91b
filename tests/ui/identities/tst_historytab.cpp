// SPDX-License-Identifier: GPL-3.0-or-later
// The identity pane's History tab: the person's timeline once the pane shows them, with what it
// cannot know; a change made in the pane appears with its reason; another person clears it.
#include "IdentitiesPageHarness.h"
#include "IdentityHistoryTab.h"
#include "Prompt.h"
#include "TestSupport.h"

#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace TestSupport;

class tst_HistoryTab : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IdentitiesPageHarness> m_h;

    IdentityHistoryTab *tab() const { return m_h->page->findChild<IdentityHistoryTab *>(); }
    QStringList titles() const
    {
        QStringList out;
        for (int i = 0; i < tab()->list()->topLevelItemCount(); ++i)
            out.append(tab()->list()->topLevelItem(i)->text(1));
        return out;
    }

private Q_SLOTS:
    void init() { m_h = std::make_unique<IdentitiesPageHarness>(12, 20); }
    void cleanup()
    {
        m_h.reset();
        Prompt::setTestMode(false);
    }

    void showsTheTimelineAndItsChanges()
    {
        QVERIFY(m_h->openPage());
        const QString id = m_h->openRow(0);
        QVERIFY(!id.isEmpty());
        // Nothing is read for the history of a person whose History is not looked at.
        QTest::qWait(300);
        QVERIFY(!tab()->hasReadTrails());
        auto *tabs = child<QTabWidget>(m_h->page.get(), "detailTabs");
        tabs->setCurrentWidget(tab());
        QTRY_VERIFY(!tab()->isLoading());
        QVERIFY(titles().contains(QStringLiteral("Created")));
        QVERIFY(child<QLabel>(m_h->page.get(), "historyLimits")->text().contains(QStringLiteral("failed sign-ins")));
        for (int i = 1; i < tab()->list()->topLevelItemCount(); ++i) // newest first
            QVERIFY(tab()->list()->topLevelItem(i - 1)->text(0) >= tab()->list()->topLevelItem(i)->text(0));

        // A change in the pane, with its reason, is at the top once recorded.
        Prompt::setNextAnswers({QVariantMap{{QStringLiteral("answer"), int(QMessageBox::Yes)},
                                            {QStringLiteral("option"), false},
                                            {QStringLiteral("reason"), QStringLiteral("SUP-31 asked by phone")}}});
        QTest::mouseClick(child<QPushButton>(m_h->page.get(), "toggleStateButton"), Qt::LeftButton);
        QTRY_VERIFY(titles().value(0).startsWith(QStringLiteral("Deactivated identity")) ||
                    titles().value(0).startsWith(QStringLiteral("Activated identity")));
        // The identity as the server answered the change: its new state is in the history too.
        const bool nowActive = m_h->page->detail()->identity()->state == Identity::State::Active;
        QTRY_VERIFY(titles().contains(nowActive ? QStringLiteral("State became active")
                                                : QStringLiteral("State became inactive")));
        QVERIFY(!titles().contains(nowActive ? QStringLiteral("State became inactive")
                                             : QStringLiteral("State became active")));
        const QString about = tab()->list()->topLevelItem(0)->child(0)->text(1);
        QVERIFY2(about.contains(QStringLiteral("Reason: SUP-31 asked by phone")), qPrintable(about));
        QVERIFY(about.contains(QStringLiteral("(Test)")));

        // Another person: nothing of the first is left while the second's history is read.
        const QString other = m_h->openRow(1);
        QVERIFY(!other.isEmpty() && other != id);
        QTRY_VERIFY(!tab()->isLoading());
        for (const QString &title : titles())
            QVERIFY(!title.contains(QStringLiteral("SUP-31")));
        for (int i = 0; i < tab()->list()->topLevelItemCount(); ++i)
            QVERIFY(!tab()->list()->topLevelItem(i)->child(0)->text(1).contains(QStringLiteral("SUP-31")));
    }
};

QTEST_MAIN(tst_HistoryTab)
#include "tst_historytab.moc"
