// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllSessionsModel.h"
#include "BulkDialog.h"
#include "FilterChips.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "Prompt.h"
#include "SessionDetailPane.h"
#include "SessionsPage.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QtTest>

using namespace TestSupport;

class tst_SessionsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;
    std::unique_ptr<SessionsPage> m_page;

    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    QTableView *table() const { return child<QTableView>("sessionsTable"); }
    bool waitForRows() const
    {
        return QTest::qWaitFor([this]() { return m_page->model()->rowCount() > 0 && !m_page->model()->isLoading(); },
                               10000);
    }
    bool simActive(const QString &sessionId) const
    {
        const SimSession *s = m_sim->store().session(sessionId);
        return s && m_sim->store().isActive(*s);
    }
    // Selects a row and waits until the detail shows the session as the server has it.
    bool select(int row)
    {
        table()->setCurrentIndex(table()->model()->index(row, 0));
        return QTest::qWaitFor([this]() { return m_page->detail()->session().has_value(); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        SimOptions options;
        options.identities = 200;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        m_audit = std::make_unique<TestAudit>(m_client.get());
        connectTo(*m_client, *m_sim);
        m_page = std::make_unique<SessionsPage>(m_client.get(), &m_audit->log, nullptr);
        m_page->resize(1200, 700);
        m_page->show();
        m_page->reload();
        QVERIFY(waitForRows());
    }

    // Kratos's active filter and the loaded-rows filter are chips; "Clear all filters" removes
    // both (issue #31 §2).
    void filterChipsShowAndClear()
    {
        auto *chips = m_page->findChild<FilterChips *>(QStringLiteral("filterChips"));
        QCOMPARE(chips->chipKeys(), QStringList());
        m_page->showActive(true);
        QTRY_COMPARE(chips->chipKeys(), QStringList{QStringLiteral("active")});
        QTest::keyClicks(child<QLineEdit>("sessionsFilter"), QStringLiteral("aal"));
        QTRY_COMPARE(chips->chipKeys(), (QStringList{QStringLiteral("active"), QStringLiteral("filter")}));
        QTest::mouseClick(chips->findChild<QToolButton *>(QStringLiteral("chip:filter")), Qt::LeftButton);
        QTRY_COMPARE(chips->chipKeys(), QStringList{QStringLiteral("active")});
        QVERIFY(child<QLineEdit>("sessionsFilter")->text().isEmpty());
        QTest::mouseClick(chips->findChild<QPushButton *>(QStringLiteral("clearAllFilters")), Qt::LeftButton);
        QTRY_COMPARE(chips->chipKeys(), QStringList());
        QCOMPARE(child<QComboBox>("sessionsActive")->currentIndex(), 0);
        QTRY_VERIFY(!m_page->model()->activeFilter().has_value());
    }

    // The loaded-rows filter matches what a row shows: the AAL as in its column, the methods with
    // their providers (issue #31 §2).
    void filterMatchesWhatTheRowShows_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("column");
        QTest::newRow("AAL2") << "AAL2" << int(AllSessionsModel::AalColumn);
        QTest::newRow("aal1, lower case") << "aal1" << int(AllSessionsModel::AalColumn);
        QTest::newRow("a method") << "totp" << int(AllSessionsModel::MethodsColumn);
    }
    void filterMatchesWhatTheRowShows()
    {
        QFETCH(QString, filter);
        QFETCH(int, column);
        QTest::keyClicks(child<QLineEdit>("sessionsFilter"), filter);
        auto *view = table();
        QTRY_VERIFY(view->model()->rowCount() > 0 && view->model()->rowCount() < m_page->model()->rowCount());
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QVERIFY2(view->model()->index(r, column).data().toString().contains(filter, Qt::CaseInsensitive),
                     qPrintable(view->model()->index(r, column).data().toString()));
    }

    // The overview's AAL bar: the active sessions at that level, every one of them, not only the
    // first page's, with both restrictions shown as chips.
    void aalDrillDownCoversEverySession()
    {
        m_page.reset();
        SimOptions options;
        options.identities = 1500; // more sessions than a page
        options.seed = 4;
        m_sim = startSimulator(options);
        connectTo(*m_client, *m_sim);
        m_page = std::make_unique<SessionsPage>(m_client.get(), &m_audit->log, nullptr);
        m_page->resize(1200, 700);
        m_page->show();
        m_page->reload();
        QVERIFY(waitForRows());
        QVERIFY(!m_page->model()->isComplete());
        int expected = 0;
        for (const SimSession &s : m_sim->store().sessions())
            expected += m_sim->store().isActive(s) && s.aal() == QLatin1String("aal2") ? 1 : 0;
        QVERIFY(expected > 0);
        m_page->drillDown(true, QStringLiteral("AAL2"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->isComplete() && !m_page->model()->isLoading(), 20000);
        QTRY_COMPARE(table()->model()->rowCount(), expected);
        auto *chips = m_page->findChild<FilterChips *>(QStringLiteral("filterChips"));
        QCOMPARE(chips->chipKeys(), (QStringList{QStringLiteral("active"), QStringLiteral("filter")}));
    }

    void cleanup()
    {
        m_page.reset();
        Prompt::setNextAnswers({});
    }

    void listsSessionsWithIdentityAndDevice()
    {
        const QModelIndex first = table()->model()->index(0, AllSessionsModel::IdentityColumn);
        const QString sessionId = first.data(AllSessionsModel::SessionIdRole).toString();
        const SimSession *s = m_sim->store().session(sessionId);
        QVERIFY(s);
        QCOMPARE(first.data(AllSessionsModel::IdentityIdRole).toString(), s->identityId);
        QVERIFY(!first.data().toString().isEmpty());
        QVERIFY(first.data().toString() != s->identityId); // a label, not the UUID
        QVERIFY(first.siblingAtColumn(AllSessionsModel::DeviceColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("203.0.113.")));
        QVERIFY(child<QLabel>("sessionsSummary")->text().contains(QString::number(m_page->model()->rowCount())));
        QVERIFY(m_page->model()->readAt().isValid());
        QVERIFY2(child<QLabel>("sessionsSummary")->text().contains(QStringLiteral(" · read at ")),
                 qPrintable(child<QLabel>("sessionsSummary")->text()));
    }

    // The filter narrows the loaded rows by what the operator knows: an identifier, an address.
    void filterNarrowsLoadedRows()
    {
        const QString label = table()->model()->index(0, AllSessionsModel::IdentityColumn).data().toString();
        child<QLineEdit>("sessionsFilter")->setText(label.toUpper());
        QVERIFY(table()->model()->rowCount() >= 1);
        QVERIFY(table()->model()->rowCount() < m_page->model()->rowCount());
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            QCOMPARE(table()->model()->index(row, AllSessionsModel::IdentityColumn).data().toString(), label);
        QVERIFY(child<QLabel>("sessionsSummary")->text().contains(QLatin1String("match the filter")));
        child<QLineEdit>("sessionsFilter")->setText(QStringLiteral("no-such-thing-anywhere"));
        QCOMPARE(table()->model()->rowCount(), 0);
        child<QLineEdit>("sessionsFilter")->clear();
        QCOMPARE(table()->model()->rowCount(), m_page->model()->rowCount());
    }

    void sortByExpiry()
    {
        table()->sortByColumn(AllSessionsModel::ExpiresColumn, Qt::AscendingOrder);
        for (int row = 1; row < table()->model()->rowCount(); ++row)
            QVERIFY(table()
                        ->model()
                        ->index(row - 1, AllSessionsModel::ExpiresColumn)
                        .data(AllSessionsModel::SortRole)
                        .toDateTime() <= table()
                                             ->model()
                                             ->index(row, AllSessionsModel::ExpiresColumn)
                                             .data(AllSessionsModel::SortRole)
                                             .toDateTime());
    }

    void activeFilterAsksKratos()
    {
        child<QComboBox>("sessionsActive")->setCurrentIndex(1);
        QVERIFY(waitForRows());
        QVERIFY(m_sim->requests().constLast().query.contains("active=true"));
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QVERIFY(m_page->model()->rowAt(row)->active);
        child<QComboBox>("sessionsActive")->setCurrentIndex(2);
        QVERIFY(waitForRows());
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            QVERIFY(!m_page->model()->rowAt(row)->active);
    }

    void detailShowsEveryField()
    {
        m_page->showActive(true);
        QVERIFY(waitForRows());
        QVERIFY(select(0));
        const Session &s = *m_page->detail()->session();
        QCOMPARE(child<QLabel>("sessionIdValue")->text(), s.id);
        QVERIFY(child<QLabel>("sessionStateValue")->text().startsWith(QLatin1String("active")));
        QCOMPARE(child<QLabel>("sessionAalValue")->text(), s.aal.toUpper());
        auto *methods = child<QTableWidget>("sessionMethods");
        QCOMPARE(methods->rowCount(), s.authenticationMethods.size());
        QCOMPARE(methods->item(0, 0)->text(), s.authenticationMethods.first().method);
        auto *devices = child<QTableWidget>("sessionDevices");
        QCOMPARE(devices->rowCount(), s.devices.size());
        QVERIFY(devices->item(0, 0)->text().startsWith(QLatin1String("203.0.113.")));
        QVERIFY(child<QPushButton>("sessionRevoke")->isEnabled());
    }

    // A member of an organisation signed in through its single sign-on: the method names the
    // provider and the organisation, as Kratos v26 records it.
    void detailNamesTheOrganisationOfASingleSignOn()
    {
        child<QComboBox>("sessionsActive")->setCurrentIndex(0); // every session
        QVERIFY(waitForRows());
        QString sessionId;
        QString identityId;
        for (const SimSession &session : m_sim->store().sessions()) {
            if (session.organisation > 0) {
                sessionId = session.id;
                identityId = session.identityId;
                break;
            }
        }
        QVERIFY(!sessionId.isEmpty());
        const int row = m_page->model()->rowOf(sessionId);
        QVERIFY(row >= 0);
        QVERIFY(select(row));
        auto *methods = child<QTableWidget>("sessionMethods");
        QCOMPARE(methods->horizontalHeaderItem(3)->text(), QStringLiteral("Organisation"));
        QCOMPARE(methods->item(0, 0)->text(), QStringLiteral("oidc"));
        QCOMPARE(methods->item(0, 2)->text(), QStringLiteral("acme-sso"));
        const QString organisation =
            m_sim->store().identity(identityId)->json().value(QStringLiteral("organization_id")).toString();
        QVERIFY(!organisation.isEmpty());
        QCOMPARE(methods->item(0, 3)->text(), organisation);
        QVERIFY(m_page->model()->rowAt(row)->methods.startsWith(QStringLiteral("oidc (acme-sso)")));
    }

    void revokeOneAsksThenRevokesAndAudits_data()
    {
        QTest::addColumn<bool>("confirm");
        QTest::newRow("confirmed") << true;
        QTest::newRow("declined: nothing sent") << false;
    }

    void revokeOneAsksThenRevokesAndAudits()
    {
        QFETCH(bool, confirm);
        m_page->showActive(true);
        QVERIFY(waitForRows());
        QVERIFY(select(0));
        const QString id = m_page->detail()->sessionId();
        QVERIFY(simActive(id));
        Prompt::setNextAnswers({int(confirm ? QMessageBox::Yes : QMessageBox::No)});
        QTest::mouseClick(child<QPushButton>("sessionRevoke"), Qt::LeftButton);
        if (!confirm) {
            QTest::qWait(200);
            QVERIFY(simActive(id));
            QVERIFY(m_audit->records().isEmpty());
            return;
        }
        QTRY_VERIFY(!simActive(id));
        QTRY_VERIFY(!m_page->model()->rowAt(0)->active);
        QTRY_VERIFY(m_page->detail()->session() && !m_page->detail()->session()->active);
        QVERIFY(!child<QPushButton>("sessionRevoke")->isEnabled());
        const QList<AuditRecord> records = m_audit->records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).action, QStringLiteral("session.revoke"));
        QCOMPARE(records.at(1).outcome, AuditRecord::Outcome::Succeeded);
        QVERIFY(std::any_of(records.at(0).targets.cbegin(), records.at(0).targets.cend(),
                            [&id](const AuditTarget &t) { return t.kind == QLatin1String("session") && t.id == id; }));
    }

    // Bulk: the selected sessions, one confirm, a progress dialog, one intent naming them all.
    void revokeSelectedInBulk()
    {
        m_page->showActive(true);
        QVERIFY(waitForRows());
        QVERIFY(m_page->model()->rowCount() >= 3);
        table()->selectionModel()->select(QItemSelection(table()->model()->index(0, 0), table()->model()->index(2, 0)),
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QStringList ids = m_page->selectedSessionIds();
        QCOMPARE(ids.size(), 3);
        QVERIFY(child<QPushButton>("sessionsRevokeSelected")->text().contains(QLatin1Char('3')));
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>("sessionsRevokeSelected"), Qt::LeftButton);
        BulkDialog *dialog = m_page->findChild<BulkDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->operation()->isRunning());
        QCOMPARE(dialog->operation()->count(BulkOperation::Status::Succeeded), 3);
        for (const QString &id : ids)
            QVERIFY(!simActive(id));
        QTRY_COMPARE(m_page->model()->activeCount(), m_page->model()->rowCount() - 3);
        const QList<AuditRecord> records = m_audit->records();
        QCOMPARE(records.first().action, QStringLiteral("session.revoke.bulk"));
        QCOMPARE(records.first().targets.size(), 3);
        QCOMPARE(records.first().targets.first().kind, QStringLiteral("session"));
        // In the trail's own words (never translated): "<session> of <identity>".
        QCOMPARE(records.first().targets.first().label,
                 records.first().targets.first().id + QStringLiteral(" of ") +
                     m_page->model()->rowAt(m_page->model()->rowOf(records.first().targets.first().id))->identityLabel);
        QVERIFY(records.first().summary.startsWith(QLatin1String("Revoke 3 sessions")));
        QCOMPARE(records.size(), 1 + 3 + 1);
    }

    void openIdentity()
    {
        QVERIFY(select(0));
        QSignalSpy open(m_page.get(), &SessionsPage::openIdentityRequested);
        QTest::mouseClick(child<QPushButton>("sessionOpenIdentity"), Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), m_page->detail()->session()->identity->id);
    }

    // Alt+letter reaches one control each: no two visible buttons of the page share a mnemonic.
    void mnemonicsAreUnique()
    {
        QVERIFY(select(0));
        QHash<QChar, QString> seen;
        for (QAbstractButton *b : m_page->findChildren<QAbstractButton *>()) {
            if (!b->isVisible())
                continue;
            const QString text = b->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= text.size() || text.at(amp + 1) == QLatin1Char('&'))
                continue;
            const QChar key = text.at(amp + 1).toLower();
            QVERIFY2(!seen.contains(key), qPrintable(seen.value(key) + QStringLiteral(" and ") + text));
            seen.insert(key, text);
        }
        QVERIFY(seen.size() >= 5);
    }

    // A read-only profile: the revoke is refused unsent, said in place, and recorded as refused.
    void readOnlyRefuses()
    {
        ConnectionSettings settings;
        settings.adminUrl = m_sim->adminUrl();
        settings.readOnly = true;
        m_client->setConnection(settings);
        m_page->showActive(true);
        QVERIFY(waitForRows());
        QVERIFY(select(0));
        const QString id = m_page->detail()->sessionId();
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>("sessionRevoke"), Qt::LeftButton);
        QTRY_VERIFY(child<QWidget>("sessionsErrorBanner")->isVisible());
        QVERIFY(simActive(id));
        for (const auto &r : m_sim->requests())
            QVERIFY(r.method != QLatin1String("DELETE"));
    }
};

QTEST_MAIN(tst_SessionsPage)
#include "tst_sessionspage.moc"
