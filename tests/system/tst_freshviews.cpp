// SPDX-License-Identifier: GPL-3.0-or-later
// Facts are fresh after every action (issue #31 §3): after a change made in the identity's pane,
// the list row, the pane and the sign-in check beside it show the server's answer, without a
// reload by the user.
#include "AllSessionsModel.h"
#include "BulkDialog.h"
#include "BulkOperation.h"
#include "CourierMessageModel.h"
#include "CourierPage.h"
#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "ListNote.h"
#include "OverviewPage.h"
#include "Prompt.h"
#include "ReadStamp.h"
#include "SchemaListModel.h"
#include "SessionDetailPane.h"
#include "SessionsPage.h"
#include "SignInCheckPanel.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "SupportActions.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace TestSupport;

namespace {

bool hasFinding(const SignInCheckPanel *panel, const QString &key)
{
    for (const SignInFinding &f : panel->findings())
        if (f.key == key)
            return true;
    return false;
}

} // namespace

class tst_FreshViews : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;
    std::unique_ptr<SchemaListModel> m_schemas;
    std::unique_ptr<IdentitiesPage> m_page;

    QString stateOf(const QString &id) const
    {
        return m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString();
    }
    int sessionsOf(const QString &id) const
    {
        int n = 0;
        for (const SimSession &s : m_sim->store().sessions())
            n += s.identityId == id && m_sim->store().isActive(s);
        return n;
    }

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }
    void init()
    {
        SimOptions options;
        options.identities = 60;
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
        QTRY_COMPARE(m_page->model()->rowCount(), 60);
    }
    // The window's bulk deactivate/activate leaves out who is already in that state, says so,
    // and sends and records nothing for them.
    void bulkLeavesOutWhoIsAlreadyThere_data()
    {
        QTest::addColumn<QString>("stateShown"); // the state filter: which rows are selected
        QTest::addColumn<int>("action");
        QTest::newRow("deactivate a mix") << "" << int(BulkOperation::Action::Deactivate);
        QTest::newRow("activate a mix") << "" << int(BulkOperation::Action::Activate);
        QTest::newRow("deactivate, all already inactive") << "Inactive" << int(BulkOperation::Action::Deactivate);
    }
    void bulkLeavesOutWhoIsAlreadyThere()
    {
        QFETCH(QString, stateShown);
        QFETCH(int, action);
        auto *table = m_page->findChild<QTableView *>(QStringLiteral("identityTable"));
        if (!stateShown.isEmpty()) {
            auto *state = m_page->findChild<QComboBox *>(QStringLiteral("stateFilter"));
            state->setCurrentIndex(state->findText(stateShown));
            QTRY_VERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 60);
        }
        const QString wanted =
            action == int(BulkOperation::Action::Activate) ? QStringLiteral("active") : QStringLiteral("inactive");
        table->selectAll();
        int toChange = 0;
        for (const QString &id : m_page->selectedIds())
            toChange += m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString() != wanted;
        const int already = int(m_page->selectedIds().size()) - toChange;
        QVERIFY(already > 0);
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        m_page->runBulk(action);
        auto *dialog = m_page->findChild<BulkDialog *>();
        if (toChange == 0) {
            QVERIFY(!dialog);
            QVERIFY2(Prompt::lastWarning().contains(QStringLiteral("already %1; nothing was sent").arg(wanted)),
                     qPrintable(Prompt::lastWarning()));
            QVERIFY(m_audit->records().isEmpty());
            return;
        }
        QVERIFY2(Prompt::lastQuestion().contains(
                     QStringLiteral("%1 other selected identities are already %2 and are left out")
                         .arg(already)
                         .arg(wanted)),
                 qPrintable(Prompt::lastQuestion()));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->operation()->isRunning(), 20000);
        QCOMPARE(dialog->operation()->count(BulkOperation::Status::Succeeded), toChange);
        QCOMPARE(m_audit->records().first().targets.size(), toChange);
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it)
            QCOMPARE(it.value().json().value(QStringLiteral("state")).toString(), wanted);
    }

    void cleanup()
    {
        m_page.reset();
        m_schemas.reset();
        m_client.reset();
        m_sim.reset();
    }

    // The action, then what the views beside it must say without being asked again.
    // Views whose data can age say when they were read.
    void readStamps_data()
    {
        QTest::addColumn<QDateTime>("readAt");
        QTest::addColumn<QString>("expected");
        const QDateTime now(QDate(2026, 12, 6), QTime(15, 30));
        QTest::newRow("today") << QDateTime(QDate(2026, 12, 6), QTime(14, 2, 9)) << "read at 14:02";
        QTest::newRow("yesterday, never a short date")
            << QDateTime(QDate(2026, 12, 5), QTime(9, 5)) << "read 2026-12-05 09:05";
        QTest::newRow("nothing read") << QDateTime() << "";
    }
    void readStamps()
    {
        QFETCH(QDateTime, readAt);
        QFETCH(QString, expected);
        QCOMPARE(ReadStamp::text(readAt, QDateTime(QDate(2026, 12, 6), QTime(15, 30))), expected);
    }
    void listSaysWhenItWasRead()
    {
        const QDateTime first = m_page->model()->readAt();
        QVERIFY(first.isValid() && first.secsTo(QDateTime::currentDateTime()) < 60);
        auto *status = child<QLabel>(m_page.get(), "identityStatus");
        QVERIFY2(status->text().endsWith(ReadStamp::text(first)), qPrintable(status->text()));
        QTest::qWait(20);
        m_page->reload();
        QTRY_VERIFY(m_page->model()->readAt() > first && !m_page->model()->isLoading());
        QTRY_VERIFY(status->text().endsWith(ReadStamp::text(m_page->model()->readAt())));
    }

    // One notice for every view (AuditLog::actionRecorded): revoking an identity's sessions in its
    // pane re-reads the session shown on the Sessions page and makes that list say it changed
    // after it was read; a verification sent makes the Courier list say so. Refresh clears it.
    void changesReachTheOtherPages()
    {
        ConnectionSettings settings = m_client->connection();
        settings.publicUrl = m_sim->publicUrl();
        m_client->setConnection(settings);
        SessionsPage sessions(m_client.get(), &m_audit->log, nullptr);
        CourierPage courier(m_client.get(), &m_audit->log);
        OverviewPage overview(m_client.get());
        overview.watchChanges(&m_audit->log);
        overview.show();
        overview.refresh();
        auto *overviewNote = child<ListNote>(&overview, "overviewChanged");
        QVERIFY(!overviewNote->isVisible());
        sessions.resize(1000, 600);
        sessions.show();
        courier.show();
        sessions.reload();
        courier.reload();
        QTRY_VERIFY(sessions.model()->rowCount() > 0 && !sessions.model()->isLoading());
        QTRY_VERIFY(courier.model()->readAt().isValid() && !courier.model()->isLoading());
        // A session of someone, shown on the Sessions page.
        QString sessionId;
        QString owner;
        for (const SimSession &s : m_sim->store().sessions()) {
            if (m_sim->store().isActive(s) && sessions.model()->rowOf(s.id) >= 0) {
                sessionId = s.id;
                owner = s.identityId;
                break;
            }
        }
        QVERIFY(!sessionId.isEmpty());
        auto *sessionTable = sessions.findChild<QTableView *>(QStringLiteral("sessionsTable"));
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(sessionTable->model());
        sessionTable->setCurrentIndex(
            proxy->mapFromSource(sessions.model()->index(sessions.model()->rowOf(sessionId), 0)));
        QTRY_VERIFY(sessions.detail()->session().has_value() && sessions.detail()->session()->active);
        QTest::qWait(1100); // the change comes after the list was read
        auto *summary = sessions.findChild<QLabel *>(QStringLiteral("sessionsSummary"));
        QVERIFY(!summary->text().contains(QLatin1String("after it was read")));

        // Revoke all of the owner's sessions in the identity's pane, on the Identities page.
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        table->setCurrentIndex(table->model()->index(m_page->model()->rowOf(owner), 0));
        QTRY_COMPARE(m_page->detail()->identity().value_or(Identity()).id, owner);
        QTRY_VERIFY(child<QPushButton>(m_page.get(), "revokeAllSessionsButton")->isEnabled());
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "revokeAllSessionsButton"), Qt::LeftButton);
        QTRY_COMPARE(sessionsOf(owner), 0);
        // The other page: its pane read the session again; its list says it is older than the change.
        QTRY_VERIFY(sessions.detail()->isGone() ||
                    (sessions.detail()->session().has_value() && !sessions.detail()->session()->active));
        QTRY_VERIFY2(summary->text().contains(QLatin1String("sessions changed at")), qPrintable(summary->text()));
        // The Overview's figures were read before the change: it says so until refreshed.
        QVERIFY(overviewNote->isVisible());
        QVERIFY2(overviewNote->text().contains(QLatin1String("after these figures were read")),
                 qPrintable(overviewNote->text()));
        overview.refresh();
        QVERIFY(!overviewNote->isVisible());
        sessions.reload();
        QTRY_VERIFY(!sessions.model()->isLoading() && !summary->text().contains(QLatin1String("sessions changed at")));

        // A verification sent from the support toolkit: the Courier list says a message was queued.
        auto *courierSummary = courier.findChild<QLabel *>(QStringLiteral("courierSummary"));
        QVERIFY(!courierSummary->text().contains(QLatin1String("queued at")));
        QString address;
        QString target;
        for (auto it = m_sim->store().identities().cbegin();
             it != m_sim->store().identities().cend() && address.isEmpty(); ++it) {
            for (const QJsonValue &v : it.value().json().value(QStringLiteral("verifiable_addresses")).toArray()) {
                if (v.toObject().value(QStringLiteral("via")).toString() == QLatin1String("email")) {
                    address = v.toObject().value(QStringLiteral("value")).toString();
                    target = it.key();
                }
            }
        }
        QVERIFY(!address.isEmpty());
        SupportActions support(m_client.get(), &m_audit->log);
        bool sent = false;
        support.sendVerification(target, address, address, &support,
                                 [&sent](const ApiResult<SupportActions::Sent> &r) { sent = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(sent, 10000);
        QTRY_VERIFY2(courierSummary->text().contains(QLatin1String("a message was queued at")),
                     qPrintable(courierSummary->text()));
    }

    void actionThenViews_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("deactivate: the check reports it, the row says inactive") << "deactivate";
        QTest::newRow("activate: the check's finding goes, the row says active") << "activate";
        QTest::newRow("revoke all sessions: the tab and the check follow") << "revokeAll";
    }
    void actionThenViews()
    {
        QFETCH(QString, action);
        const bool wantActive = action != QLatin1String("activate");
        QString id;
        for (int row = 0; row < m_page->model()->rowCount() && id.isEmpty(); ++row) {
            const QString candidate = m_page->model()->idAt(row);
            if ((stateOf(candidate) == QLatin1String("active")) == wantActive &&
                (action != QLatin1String("revokeAll") || sessionsOf(candidate) > 0))
                id = candidate;
        }
        QVERIFY(!id.isEmpty());
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        table->setCurrentIndex(table->model()->index(m_page->model()->rowOf(id), 0));
        QTRY_COMPARE(m_page->detail()->identity().value_or(Identity()).id, id);
        // The sign-in check is open and has checked once.
        auto *panel = child<SignInCheckPanel>(m_page.get(), "signInCheck");
        child<QTabWidget>(m_page.get(), "detailTabs")->setCurrentWidget(panel);
        QTRY_VERIFY(!panel->findings().isEmpty() && !panel->isChecking());
        QCOMPARE(hasFinding(panel, QStringLiteral("state.inactive")), !wantActive);

        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        if (action == QLatin1String("revokeAll")) {
            QVERIFY(!hasFinding(panel, QStringLiteral("sessions.none")));
            QTRY_VERIFY(child<QPushButton>(m_page.get(), "revokeAllSessionsButton")->isEnabled());
            QTest::mouseClick(child<QPushButton>(m_page.get(), "revokeAllSessionsButton"), Qt::LeftButton);
            QTRY_COMPARE(sessionsOf(id), 0);
            QTRY_VERIFY(hasFinding(panel, QStringLiteral("sessions.none")) && !panel->isChecking());
            auto *sessions = child<QTableView>(m_page.get(), "sessionTable");
            QTRY_COMPARE(sessions->model()->rowCount(), 0);
            QVERIFY(!child<QPushButton>(m_page.get(), "revokeAllSessionsButton")->isEnabled());
            return;
        }
        QTRY_VERIFY(m_page->detail()->readAt().isValid()); // the pane says when it read the identity
        const QDateTime readBefore = m_page->detail()->readAt();
        QVERIFY(child<QLabel>(m_page.get(), "readStamp")->text().startsWith(QLatin1String("Read at ")));
        QTest::qWait(1100); // the stamp has seconds
        QTest::mouseClick(child<QPushButton>(m_page.get(), "toggleStateButton"), Qt::LeftButton);
        const QString now = wantActive ? QStringLiteral("inactive") : QStringLiteral("active");
        QTRY_COMPARE(stateOf(id), now);
        QTRY_VERIFY(m_page->detail()->readAt() > readBefore); // the server's answer, read now
        QCOMPARE(child<QLabel>(m_page.get(), "readStamp")->text(),
                 QStringLiteral("Read at ") + m_page->detail()->readAt().toString(QStringLiteral("HH:mm:ss")));
        // The check ran again on the answer: its verdict follows the new state.
        QTRY_COMPARE(hasFinding(panel, QStringLiteral("state.inactive")), wantActive);
        QTRY_VERIFY(!panel->isChecking());
        // The list's row and the pane say the same.
        QTRY_COMPARE(
            m_page->model()->index(m_page->model()->rowOf(id), IdentityListModel::StateColumn).data().toString(), now);
        QCOMPARE(m_page->detail()->identity()->state, wantActive ? Identity::State::Inactive : Identity::State::Active);
    }
};

QTEST_MAIN(tst_FreshViews)
#include "tst_freshviews.moc"
