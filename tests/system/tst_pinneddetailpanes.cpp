// SPDX-License-Identifier: GPL-3.0-or-later
// A detail pane never changes person by itself (issue #31 §1): whatever the list does — an edit
// that takes the row out of a filter, a Retry, a sort, a reload, Load all, a deletion on the
// server, rows before it going away — the Identities, Sessions and Courier panes stay on the id the
// user chose; when the row is not in the list the table has no current row rather than another
// one, and the pane says why, with "Show in list" where that can bring it back.
#include "AllSessionsModel.h"
#include "CourierMessageModel.h"
#include "CourierPage.h"
#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "IdentityFilterProxy.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "MessageDetailPane.h"
#include "Prompt.h"
#include "SchemaListModel.h"
#include "SessionDetailPane.h"
#include "SessionsPage.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace TestSupport;

namespace {

void clickRow(QTableView *table, int row)
{
    table->scrollTo(table->model()->index(row, 0));
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

QString stateOf(KratosSimulator &sim, const QString &id)
{
    const SimIdentity *identity = sim.store().identity(id);
    return identity ? identity->json().value(QStringLiteral("state")).toString() : QString();
}

// The pane is on `id`; the table's current row is that row when `shown`, and no row at all (nor a
// selected one) when not, while the pane's note says why.
bool pinnedTo(QTableView *table, QWidget *page, const QString &shownId, int idRole, const QString &id, bool shown,
              QString *why)
{
    const QModelIndex current = table->currentIndex();
    const auto *note = page->findChild<QLabel *>(QStringLiteral("listNoteText"));
    if (shownId != id) {
        *why = QStringLiteral("the pane shows %1, not %2").arg(shownId, id);
        return false;
    }
    if (shown) {
        if (!current.isValid() || current.data(idRole).toString() != id) {
            *why = QStringLiteral("the current row is %1").arg(current.data(idRole).toString());
            return false;
        }
        if (note && note->isVisible()) {
            *why = QStringLiteral("a note is shown: %1").arg(note->text());
            return false;
        }
        return true;
    }
    if (current.isValid()) {
        *why = QStringLiteral("a current row is left: %1").arg(current.data(idRole).toString());
        return false;
    }
    for (const QModelIndex &selected : table->selectionModel()->selectedRows()) {
        if (selected.data(idRole).toString() != id) {
            *why = QStringLiteral("another row is selected: %1").arg(selected.data(idRole).toString());
            return false;
        }
    }
    if (!note || !note->isVisible() || note->text().isEmpty()) {
        *why = QStringLiteral("the pane does not say why its item is not in the list");
        return false;
    }
    return true;
}

} // namespace

class tst_PinnedDetailPanes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;
    std::unique_ptr<SchemaListModel> m_schemas;

    void startSim(int identities, int messages)
    {
        SimOptions options;
        options.identities = identities;
        options.messages = messages;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        m_audit = std::make_unique<TestAudit>(m_client.get());
        connectTo(*m_client, *m_sim);
        m_schemas = std::make_unique<SchemaListModel>(m_client.get());
    }
    template<typename Page>
    void showPage(Page *page)
    {
        page->resize(1200, 700);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
    }

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }
    void cleanup()
    {
        m_schemas.reset();
        m_audit.reset();
        m_client.reset();
        m_sim.reset();
    }

    void identities_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("shownAfter"); // the row is in the list after the change
        QTest::addColumn<QString>("noteHas"); // what the pane's note says when it is not
        QTest::newRow("an edit moves it out of the state filter") << "deactivate" << false << "state filter";
        QTest::newRow("out of the quick filter") << "quick" << false << "filter";
        QTest::newRow("Retry after a failed activate") << "retry" << false << "state filter";
        QTest::newRow("sort") << "sort" << true << "";
        QTest::newRow("reload") << "reload" << true << "";
        QTest::newRow("Load all") << "loadAll" << true << "";
        QTest::newRow("deleted on the server") << "deleted" << false << "Deleted on the server";
        QTest::newRow("rows before it deleted on the server") << "rowsBefore" << true << "";
        QTest::newRow("its row replaced by a newer copy") << "replaced" << true << "";
    }
    void identities()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, shownAfter);
        QFETCH(QString, noteHas);
        startSim(600, 0); // more than the first pages (250 each)
        IdentitiesPage page(m_client.get(), &m_audit->log, m_schemas.get());
        showPage(&page);
        m_schemas->reload();
        page.reload();
        // The first page; on a busy machine the view may ask for the next before it is laid out.
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() >= 250 && !page.model()->isLoading(), 20000);
        QVERIFY(!page.model()->isComplete());
        auto *table = child<QTableView>(&page, "identityTable");
        auto *state = child<QComboBox>(&page, "stateFilter");
        auto *quick = child<QLineEdit>(&page, "quickFilter");
        const auto settled = [table]() { return qobject_cast<IdentityFilterProxy *>(table->model())->isSettled(); };
        const auto shownId = [&page]() { return page.detail()->identity().value_or(Identity()).id; };
        const bool wantInactive = scenario == QLatin1String("retry");
        // An identity of the wanted state, not the first row (so that a neighbour exists above it).
        QString id;
        for (int row = 5; row < page.model()->rowCount() && id.isEmpty(); ++row) {
            const QString candidate = page.model()->idAt(row);
            if ((stateOf(*m_sim, candidate) == QLatin1String("inactive")) == wantInactive)
                id = candidate;
        }
        QVERIFY(!id.isEmpty());
        if (scenario == QLatin1String("deactivate") || scenario == QLatin1String("retry")) {
            state->setCurrentIndex(
                state->findData(int(wantInactive ? Identity::State::Inactive : Identity::State::Active)));
            QTRY_VERIFY(settled());
        }
        if (scenario == QLatin1String("quick")) {
            QTest::keyClicks(quick, id.left(8));
            QTRY_VERIFY(settled());
        }
        const auto rowOf = [&]() {
            for (int row = 0; row < table->model()->rowCount(); ++row)
                if (table->model()->index(row, 0).data(IdentityListModel::IdentityIdRole).toString() == id)
                    return row;
            return -1;
        };
        QVERIFY(rowOf() >= 0);
        clickRow(table, rowOf());
        QTRY_COMPARE(shownId(), id);
        QCOMPARE(page.pinnedId(), id);

        if (scenario == QLatin1String("deactivate")) {
            Prompt::setNextAnswers({int(QMessageBox::Yes)});
            QTest::mouseClick(child<QPushButton>(&page, "toggleStateButton"), Qt::LeftButton);
            QTRY_COMPARE(stateOf(*m_sim, id), QStringLiteral("inactive"));
        } else if (scenario == QLatin1String("quick")) {
            QTest::keyClicks(quick, QStringLiteral("no such text"));
        } else if (scenario == QLatin1String("retry")) {
            m_sim->faults().match = QStringLiteral("PATCH /admin/identities");
            m_sim->faults().errorRate = 1.0;
            Prompt::setNextAnswers({int(QMessageBox::Yes)});
            QTest::mouseClick(child<QPushButton>(&page, "toggleStateButton"), Qt::LeftButton);
            auto *banner = page.detail()->findChild<QWidget *>(QStringLiteral("detailError"));
            QTRY_VERIFY(banner->isVisible());
            m_sim->faults() = SimFaults();
            QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("errorRetry")), Qt::LeftButton);
            QTRY_COMPARE(stateOf(*m_sim, id), QStringLiteral("active"));
        } else if (scenario == QLatin1String("sort")) {
            table->sortByColumn(IdentityListModel::NameColumn, Qt::DescendingOrder);
        } else if (scenario == QLatin1String("reload")) {
            page.reload();
            QTRY_VERIFY(!page.model()->isLoading());
        } else if (scenario == QLatin1String("loadAll")) {
            QTest::mouseClick(child<QPushButton>(&page, "loadAllButton"), Qt::LeftButton);
            QTRY_VERIFY(page.model()->isComplete());
            QCOMPARE(page.model()->rowCount(), 600);
        } else if (scenario == QLatin1String("deleted")) {
            QVERIFY(m_sim->store().deleteIdentity(id));
            QTest::mouseClick(child<QPushButton>(&page, "loadAllButton"), Qt::LeftButton);
            QTRY_VERIFY(page.model()->isComplete());
            QTRY_VERIFY(page.detail()->isDeleted());
            for (const char *name : {"toggleStateButton", "editButton", "recoveryButton", "deleteIdentityButton"})
                QVERIFY2(!child<QPushButton>(&page, name)->isEnabled(), name);
            // Its credentials were never read: the pane does not promise them.
            auto *overview = child<QTreeWidget>(&page, "overviewTree");
            QVERIFY(overview->findItems(QStringLiteral("(loading…)"), Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
        } else if (scenario == QLatin1String("rowsBefore")) {
            // The rows above it go: the same row number now holds another person.
            for (int row = 0; row < 3; ++row)
                QVERIFY(m_sim->store().deleteIdentity(page.model()->idAt(row)));
            page.reload();
            QTRY_VERIFY(!page.model()->isLoading());
        } else if (scenario == QLatin1String("replaced")) {
            Identity newer = *page.model()->identityAt(page.model()->rowOf(id));
            newer.traits.insert(QStringLiteral("email"), QStringLiteral("renamed@example.org"));
            page.model()->updateIdentity(newer);
        }
        QTRY_VERIFY(settled());
        QString why;
        QTRY_VERIFY2(pinnedTo(table, &page, shownId(), IdentityListModel::IdentityIdRole, id, shownAfter, &why),
                     qPrintable(why));
        QCOMPARE(page.pinnedId(), id);
        if (shownAfter)
            return;
        const QString note = child<QLabel>(&page, "listNoteText")->text();
        QVERIFY2(note.contains(noteHas), qPrintable(note));
        auto *showInList = child<QPushButton>(&page, "showInListButton");
        if (scenario == QLatin1String("deleted")) {
            QVERIFY(!showInList->isVisible());
            return;
        }
        // Show in list clears what hides it: the row is back and current, the pane unchanged.
        QVERIFY(showInList->isVisible());
        QTest::mouseClick(showInList, Qt::LeftButton);
        QTRY_VERIFY2(pinnedTo(table, &page, shownId(), IdentityListModel::IdentityIdRole, id, true, &why),
                     qPrintable(why));
        QCOMPARE(state->currentIndex(), 0);
        QVERIFY(quick->text().isEmpty());
    }

    void sessions_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("shownAfter");
        QTest::addColumn<QString>("noteHas");
        QTest::newRow("sort") << "sort" << true << "";
        QTest::newRow("reload") << "reload" << true << "";
        QTest::newRow("out of the quick filter") << "filter" << false << "filter";
        QTest::newRow("revoked, then reloaded under Active only") << "revokeActive" << false << "Active only";
        QTest::newRow("deleted on the server") << "deleted" << false << "no longer has this session";
    }
    void sessions()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, shownAfter);
        QFETCH(QString, noteHas);
        startSim(60, 0);
        SessionsPage page(m_client.get(), &m_audit->log, m_schemas.get());
        showPage(&page);
        if (scenario == QLatin1String("revokeActive"))
            page.showActive(true);
        page.reload();
        QTRY_VERIFY(page.model()->rowCount() > 5 && !page.model()->isLoading());
        auto *table = child<QTableView>(&page, "sessionsTable");
        QString id;
        for (int row = 3; row < table->model()->rowCount() && id.isEmpty(); ++row) {
            const QString candidate = table->model()->index(row, 0).data(AllSessionsModel::SessionIdRole).toString();
            const SimSession *s = m_sim->store().session(candidate);
            if (s && m_sim->store().isActive(*s))
                id = candidate;
        }
        QVERIFY(!id.isEmpty());
        const auto rowOf = [&]() {
            for (int row = 0; row < table->model()->rowCount(); ++row)
                if (table->model()->index(row, 0).data(AllSessionsModel::SessionIdRole).toString() == id)
                    return row;
            return -1;
        };
        clickRow(table, rowOf());
        QTRY_VERIFY(page.detail()->session().has_value());
        QCOMPARE(page.pinnedId(), id);
        const auto shownId = [&page]() { return page.detail()->sessionId(); };

        if (scenario == QLatin1String("sort")) {
            table->sortByColumn(AllSessionsModel::ExpiresColumn, Qt::DescendingOrder);
        } else if (scenario == QLatin1String("reload")) {
            page.reload();
            QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 0);
        } else if (scenario == QLatin1String("filter")) {
            QTest::keyClicks(child<QLineEdit>(&page, "sessionsFilter"), QStringLiteral("no such text"));
        } else if (scenario == QLatin1String("revokeActive")) {
            Prompt::setNextAnswers({int(QMessageBox::Yes)});
            QTest::mouseClick(child<QPushButton>(&page, "sessionRevoke"), Qt::LeftButton);
            QTRY_VERIFY(!m_sim->store().isActive(*m_sim->store().session(id)));
            QTRY_VERIFY(page.detail()->session() && !page.detail()->session()->active);
            page.reload();
            QTRY_VERIFY(!page.model()->isLoading() && page.model()->rowCount() > 0);
        } else if (scenario == QLatin1String("deleted")) {
            QVERIFY(m_sim->store().deleteSessionsOf(m_sim->store().session(id)->identityId) > 0);
            page.reload();
            QTRY_VERIFY(!page.model()->isLoading() && page.model()->isComplete());
            QTRY_VERIFY(page.detail()->isGone());
            QVERIFY(!child<QPushButton>(&page, "sessionRevoke")->isEnabled());
        }
        QString why;
        QTRY_VERIFY2(pinnedTo(table, &page, shownId(), AllSessionsModel::SessionIdRole, id, shownAfter, &why),
                     qPrintable(why));
        if (shownAfter)
            return;
        const QString note = child<QLabel>(&page, "listNoteText")->text();
        QVERIFY2(note.contains(noteHas), qPrintable(note));
        if (scenario == QLatin1String("deleted"))
            return;
        QTest::mouseClick(child<QPushButton>(&page, "showInListButton"), Qt::LeftButton);
        QTRY_VERIFY2(pinnedTo(table, &page, shownId(), AllSessionsModel::SessionIdRole, id, true, &why),
                     qPrintable(why));
    }

    void courier_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<bool>("shownAfter");
        QTest::addColumn<QString>("noteHas");
        QTest::newRow("refresh") << "refresh" << true << "";
        QTest::newRow("reload") << "reload" << true << "";
        QTest::newRow("out of the status filter") << "status" << false << "status filter";
        QTest::newRow("out of the recipient filter") << "recipient" << false << "recipient filter";
    }
    void courier()
    {
        QFETCH(QString, scenario);
        QFETCH(bool, shownAfter);
        QFETCH(QString, noteHas);
        startSim(20, 60);
        CourierPage page(m_client.get(), &m_audit->log);
        showPage(&page);
        page.reload();
        QTRY_VERIFY(page.model()->rowCount() > 5 && !page.model()->isLoading());
        auto *table = child<QTableView>(&page, "courierTable");
        const CourierMessage chosen = *page.model()->messageAt(4);
        const QString id = chosen.id;
        clickRow(table, 4);
        QTRY_VERIFY(page.detail()->message().has_value());
        QCOMPARE(page.pinnedId(), id);
        const auto shownId = [&page]() { return page.detail()->message().value_or(CourierMessage()).id; };
        if (scenario == QLatin1String("refresh")) {
            QTest::mouseClick(child<QPushButton>(&page, "courierRefresh"), Qt::LeftButton);
        } else if (scenario == QLatin1String("reload")) {
            page.reload();
        } else if (scenario == QLatin1String("status")) {
            auto *status = child<QComboBox>(&page, "courierStatus");
            for (int i = 1; i < status->count(); ++i) {
                if (status->itemData(i).toString() != chosen.status) {
                    status->setCurrentIndex(i);
                    break;
                }
            }
        } else if (scenario == QLatin1String("recipient")) {
            auto *recipient = child<QLineEdit>(&page, "courierRecipient");
            QTest::keyClicks(recipient, QStringLiteral("nobody@example.org"));
            QTest::keyClick(recipient, Qt::Key_Return);
        }
        QTRY_VERIFY(!page.model()->isLoading());
        QString why;
        QTRY_VERIFY2(pinnedTo(table, &page, shownId(), CourierMessageModel::MessageIdRole, id, shownAfter, &why),
                     qPrintable(why));
        if (shownAfter)
            return;
        const QString note = child<QLabel>(&page, "listNoteText")->text();
        QVERIFY2(note.contains(noteHas), qPrintable(note));
        QTest::mouseClick(child<QPushButton>(&page, "showInListButton"), Qt::LeftButton);
        QTRY_VERIFY2(pinnedTo(table, &page, shownId(), CourierMessageModel::MessageIdRole, id, true, &why),
                     qPrintable(why));
    }
};

QTEST_MAIN(tst_PinnedDetailPanes)
#include "tst_pinneddetailpanes.moc"
