// SPDX-License-Identifier: GPL-3.0-or-later
#include "Await.h"
#include "BulkDialog.h"
#include "CourierMessageModel.h"
#include "CreateIdentityDialog.h"
#include "ErrorBanner.h"
#include "ExportDialog.h"
#include "FilterChips.h"
#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "IdentityEditDialog.h"
#include "IdentityExporter.h"
#include "IdentityFilterProxy.h"
#include "IdentityImporter.h"
#include "IdentityListModel.h"
#include "IdentityListStatus.h"
#include "ImportDialog.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "Prompt.h"
#include "RecoveryDialog.h"
#include "RichTextProbe.h"
#include "SchemaListModel.h"
#include "SessionListModel.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QtTest>

using namespace TestSupport;

namespace {

QString emailOf(const SimIdentity &identity)
{
    return identity.json().value(QStringLiteral("traits")).toObject().value(QStringLiteral("email")).toString();
}

void clickRow(QTableView *table, int row)
{
    const QRect rect = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

// The quick filter's rows have caught up with what was typed or chosen (they are computed on a
// worker).
bool shownRowsSettled(const QTableView *table)
{
    const auto *proxy = qobject_cast<const IdentityFilterProxy *>(table->model());
    return proxy && proxy->isSettled();
}

class tst_IdentitiesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;
    std::unique_ptr<SchemaListModel> m_schemas;
    std::unique_ptr<IdentitiesPage> m_page;

    QString activeEmailIdentity() const
    {
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            if (!emailOf(it.value()).isEmpty() &&
                it.value().json().value(QStringLiteral("state")).toString() == QLatin1String("active"))
                return it.key();
        }
        return {};
    }
    // The first active session in the simulator, opened in the detail pane and selected in its
    // session table; empty when there is none.
    QString openActiveSession()
    {
        QString identityId;
        QString sessionId;
        for (const SimSession &s : m_sim->store().sessions()) {
            if (m_sim->store().isActive(s)) {
                identityId = s.identityId;
                sessionId = s.id;
                break;
            }
        }
        if (identityId.isEmpty())
            return {};
        clickRow(child<QTableView>(m_page.get(), "identityTable"), m_page->model()->rowOf(identityId));
        auto *sessions = child<QTableView>(m_page.get(), "sessionTable");
        if (!QTest::qWaitFor([sessions]() { return sessions->model()->rowCount() > 0; }, 5000))
            return {};
        for (int r = 0; r < sessions->model()->rowCount(); ++r) {
            if (sessions->model()->index(r, 0).data(Qt::UserRole + 1).toString() == sessionId) {
                sessions->selectRow(r);
                return sessionId;
            }
        }
        return {};
    }
    void searchFor(const QString &text)
    {
        auto *search = child<QLineEdit>(m_page.get(), "serverSearch");
        search->clear();
        QTest::keyClicks(search, text);
        QTest::keyClick(search, Qt::Key_Return);
    }

    // Export…, a scope and a format in the dialog, then the file.
    void exportThroughDialog(const char *scope, const QString &path, bool json)
    {
        QTest::mouseClick(child<QPushButton>(m_page.get(), "exportButton"), Qt::LeftButton);
        auto *dialog = m_page->findChild<ExportDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        child<QRadioButton>(dialog, scope)->setChecked(true);
        child<QComboBox>(dialog, "exportFormat")->setCurrentIndex(json ? 1 : 0);
        Prompt::setNextAnswers({path});
        QTest::mouseClick(child<QPushButton>(dialog, "exportChooseFile"), Qt::LeftButton);
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
    void cleanup()
    {
        m_page.reset();
        m_schemas.reset();
        m_client.reset();
        m_sim.reset();
    }

    // Enter on a search opens its single hit, also when the table is sorted (the sorted rows
    // come from a worker, after the page itself).
    void enterOpensTheSingleHit_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::newRow("server order") << -1;
        QTest::newRow("sorted by name") << int(IdentityListModel::NameColumn);
    }
    void enterOpensTheSingleHit()
    {
        QFETCH(int, sortColumn);
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        table->sortByColumn(sortColumn, Qt::DescendingOrder);
        const QString id = activeEmailIdentity();
        const QString email = emailOf(*m_sim->store().identity(id));
        searchFor(email);
        QTRY_COMPARE(child<QLabel>(m_page.get(), "detailTitle")->text(), email);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->currentIndex().row(), 0);
    }

    // The detail header names the external ID when the identity has one, and only then.
    void headerShowsTheExternalId()
    {
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        auto *external = child<QLabel>(m_page.get(), "detailExternalId");
        int with = 0;
        int without = 0;
        for (int row = 0; row < table->model()->rowCount() && (with == 0 || without == 0); ++row) {
            clickRow(table, row);
            const QString id = m_page->pinnedId();
            const QString expected =
                m_sim->store().identity(id)->json().value(QStringLiteral("external_id")).toString();
            QTRY_VERIFY(m_page->detail()->identity() && m_page->detail()->identity()->id == id);
            QCOMPARE(external->isVisibleTo(m_page.get()), !expected.isEmpty());
            if (!expected.isEmpty())
                QCOMPARE(external->text(), QStringLiteral("External ID: ") + expected);
            ++(expected.isEmpty() ? without : with);
        }
        QVERIFY(with > 0 && without > 0); // both kinds were looked at
    }

    void searchOpenDeactivateConfirm()
    {
        const QString id = activeEmailIdentity();
        const QString email = emailOf(*m_sim->store().identity(id));
        searchFor(email);
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, IdentityListModel::IdentifierColumn).data().toString(), email);
        clickRow(table, 0);
        auto *title = child<QLabel>(m_page.get(), "detailTitle");
        QTRY_COMPARE(title->text(), email);
        auto *overview = child<QTreeWidget>(m_page.get(), "overviewTree");
        QTRY_VERIFY(!overview->findItems(id, Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty());
        // Traits carry the schema's titles.
        QTRY_VERIFY(
            !overview->findItems(QStringLiteral("E-mail (email)"), Qt::MatchExactly | Qt::MatchRecursive, 0).isEmpty());

        auto *toggle = child<QPushButton>(m_page.get(), "toggleStateButton");
        QCOMPARE(toggle->text(), QStringLiteral("Deactivate…"));
        Prompt::setNextAnswers({int(QMessageBox::Yes)}); // the confirmation
        QTest::mouseClick(toggle, Qt::LeftButton);
        QTRY_COMPARE(m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString(),
                     QStringLiteral("inactive"));
        QTRY_COMPARE(table->model()->index(0, IdentityListModel::StateColumn).data().toString(),
                     QStringLiteral("inactive"));
        QTRY_COMPARE(toggle->text(), QStringLiteral("Activate…"));
        const auto last = m_sim->requests().last();
        QCOMPARE(last.method, QStringLiteral("PATCH"));

        // Cancel changes nothing.
        Prompt::setNextAnswers({int(QMessageBox::No)});
        m_sim->clearRequests();
        QTest::mouseClick(toggle, Qt::LeftButton);
        spin(100);
        for (const auto &r : m_sim->requests())
            QVERIFY(r.method != QLatin1String("PATCH"));
        QCOMPARE(m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString(),
                 QStringLiteral("inactive"));
    }

    void failedChangeIsShownAndNothingChanges()
    {
        const QString id = activeEmailIdentity();
        ConnectionSettings s;
        s.adminUrl = m_sim->adminUrl();
        s.readOnly = true;
        m_client->setConnection(s);
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        const int row = m_page->model()->rowOf(id);
        clickRow(table, row);
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "toggleStateButton"), Qt::LeftButton);
        auto *detailError = m_page->detail()->findChild<QLabel *>(QStringLiteral("errorText"));
        QTRY_VERIFY(detailError && detailError->text().contains(QStringLiteral("read-only")));
        QCOMPARE(m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(table->model()->index(row, IdentityListModel::StateColumn).data().toString(),
                 QStringLiteral("active"));
    }

    // Fail closed through the window: the trail becomes unwritable while the confirmation is
    // open; the server receives nothing, the pane says why, and the deactivation went nowhere.
    void unwritableTrailAfterTheConfirmationSendsNothing()
    {
        const QString id = activeEmailIdentity();
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        clickRow(table, m_page->model()->rowOf(id));
        QTRY_VERIFY(m_page->detail()->identity().has_value());
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        Prompt::setWhileOpen([this]() {
            QDir().mkpath(m_audit->path()); // a folder where the trail file must go
            m_sim->clearRequests();
        });
        QTest::mouseClick(child<QPushButton>(m_page.get(), "toggleStateButton"), Qt::LeftButton);
        auto *detailError = m_page->detail()->findChild<QLabel *>(QStringLiteral("errorText"));
        QTRY_VERIFY(detailError && detailError->text().contains(QStringLiteral("audit trail")));
        QVERIFY(detailError->text().contains(QStringLiteral("Nothing was sent")));
        spin(100);
        for (const auto &r : m_sim->requests()) // reads of the pane may go on; no change went out
            QCOMPARE(r.method, QStringLiteral("GET"));
        QCOMPARE(m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString(),
                 QStringLiteral("active"));
        QVERIFY(!m_audit->log.writable());
    }

    void quickAndStateFilters()
    {
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        auto *state = child<QComboBox>(m_page.get(), "stateFilter");
        state->setCurrentIndex(state->findText(QStringLiteral("Inactive")));
        int inactive = 0;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it)
            inactive += it.value().json().value(QStringLiteral("state")).toString() == QLatin1String("inactive");
        QTRY_VERIFY(shownRowsSettled(table));
        QCOMPARE(table->model()->rowCount(), inactive);
        state->setCurrentIndex(0);
        const QString id = m_sim->store().identities().lastKey();
        QTest::keyClicks(child<QLineEdit>(m_page.get(), "quickFilter"), id.left(13));
        QTRY_VERIFY(shownRowsSettled(table));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, IdentityListModel::IdColumn).data().toString(), id);
    }

    // Whatever restricts the list is a chip beside a count, and goes by its chip, by "Clear all
    // filters" or by Esc in the empty search box (issue #31 §2).
    void restrictionsAreVisibleAndCleared_data()
    {
        QTest::addColumn<QStringList>("restrictions");
        QTest::addColumn<QString>("clearBy");
        QTest::newRow("state, by its chip") << QStringList{QStringLiteral("state")} << "chip";
        QTest::newRow("quick filter, by its chip") << QStringList{QStringLiteral("quick")} << "chip";
        QTest::newRow("search, by its chip") << QStringList{QStringLiteral("search")} << "chip";
        QTest::newRow("all three, Clear all")
            << QStringList{QStringLiteral("search"), QStringLiteral("state"), QStringLiteral("quick")} << "all";
        QTest::newRow("state and filter, Esc in the empty search box")
            << QStringList{QStringLiteral("state"), QStringLiteral("quick")} << "escape";
    }
    void restrictionsAreVisibleAndCleared()
    {
        QFETCH(QStringList, restrictions);
        QFETCH(QString, clearBy);
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        auto *chips = child<FilterChips>(m_page.get(), "filterChips");
        QCOMPARE(chips->chipKeys(), QStringList());
        QCOMPARE(chips->countText(), QStringLiteral("60 shown, all loaded"));
        const QString email = emailOf(*m_sim->store().identity(activeEmailIdentity()));
        if (restrictions.contains(QStringLiteral("search"))) {
            searchFor(email);
            QTRY_COMPARE(table->model()->rowCount(), 1);
        }
        if (restrictions.contains(QStringLiteral("state"))) {
            auto *state = child<QComboBox>(m_page.get(), "stateFilter");
            state->setCurrentIndex(state->findText(QStringLiteral("Inactive")));
        }
        if (restrictions.contains(QStringLiteral("quick")))
            QTest::keyClicks(child<QLineEdit>(m_page.get(), "quickFilter"), QStringLiteral("no such text"));
        QTRY_VERIFY(shownRowsSettled(table) && !m_page->model()->isLoading());
        QTRY_COMPARE(chips->chipKeys(), restrictions);
        const int loaded = m_page->model()->rowCount();
        const int shown = table->model()->rowCount();
        if (restrictions.contains(QStringLiteral("state")) || restrictions.contains(QStringLiteral("quick")))
            QCOMPARE(chips->countText(), QStringLiteral("%1 shown of %2 loaded (%3 hidden by filters)")
                                             .arg(shown)
                                             .arg(loaded)
                                             .arg(loaded - shown));
        else
            QCOMPARE(chips->countText(), QStringLiteral("1 shown, all loaded"));

        if (clearBy == QLatin1String("chip")) {
            QTest::mouseClick(child<QToolButton>(chips, qPrintable(QStringLiteral("chip:") + restrictions.first())),
                              Qt::LeftButton);
        } else if (clearBy == QLatin1String("all")) {
            QTest::mouseClick(child<QPushButton>(chips, "clearAllFilters"), Qt::LeftButton);
        } else {
            auto *search = child<QLineEdit>(m_page.get(), "serverSearch");
            QVERIFY(search->text().isEmpty());
            search->setFocus();
            QTest::keyClick(search, Qt::Key_Escape);
        }
        QTRY_COMPARE(chips->chipKeys(), QStringList());
        QTRY_COMPARE(table->model()->rowCount(), 60);
        QTRY_COMPARE(chips->countText(), QStringLiteral("60 shown, all loaded"));
        QVERIFY(child<QLineEdit>(m_page.get(), "quickFilter")->text().isEmpty());
        QCOMPARE(child<QComboBox>(m_page.get(), "stateFilter")->currentIndex(), 0);
    }

    // "Open identity" searches by id; the user's next search is in their own mode again, not an
    // id search that Kratos refuses (issue #31 §2).
    void openIdentityGivesTheSearchModeBack()
    {
        auto *mode = child<QComboBox>(m_page.get(), "searchMode");
        QCOMPARE(mode->currentData().toInt(), int(IdentitySearch::Mode::Identifier));
        const QString id = activeEmailIdentity();
        m_page->showIdentityById(id);
        QTRY_COMPARE(m_page->detail()->identity().value_or(Identity()).id, id);
        QCOMPARE(mode->currentData().toInt(), int(IdentitySearch::Mode::Ids));
        QString other;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it)
            if (it.key() != id && !emailOf(it.value()).isEmpty())
                other = it.key();
        const QString email = emailOf(*m_sim->store().identity(other));
        searchFor(email);
        QCOMPARE(mode->currentData().toInt(), int(IdentitySearch::Mode::Identifier));
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, IdentityListModel::IdColumn).data().toString(), other);
        QVERIFY(!child<ErrorBanner>(m_page.get(), "identityErrorBanner")->isVisible());
    }

    // A sort or filter that computes for longer than a moment says so beside the status, and the
    // words go when the rows are shown. (The rows computed on a worker arrive through the event
    // loop, so right after the change they are not there yet and the delay runs.)
    void longSortOrFilterSaysSo_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("words");
        QTest::newRow("sort by name") << QStringLiteral("sort") << QStringLiteral("Sorting 60 identities…");
        QTest::newRow("quick filter") << QStringLiteral("quick") << QStringLiteral("Filtering 60 identities…");
        QTest::newRow("state") << QStringLiteral("state") << QStringLiteral("Filtering 60 identities…");
        QTest::newRow("filter after a sort")
            << QStringLiteral("sort,quick") << QStringLiteral("Filtering 60 identities…");
    }
    void longSortOrFilterSaysSo()
    {
        QFETCH(QString, change);
        QFETCH(QString, words);
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        auto *busy = child<QLabel>(m_page.get(), "filterBusy");
        auto *delay = child<QTimer>(m_page.get(), "filterBusyDelay");
        QTRY_VERIFY(shownRowsSettled(table));
        QVERIFY(!busy->isVisible());
        QCOMPARE(delay->interval(), IdentityListStatus::BusyHintMs);
        for (const QString &step : change.split(QLatin1Char(','))) {
            QTRY_VERIFY(shownRowsSettled(table));
            if (step == QLatin1String("sort"))
                table->sortByColumn(IdentityListModel::NameColumn, Qt::AscendingOrder);
            else if (step == QLatin1String("quick"))
                QTest::keyClicks(child<QLineEdit>(m_page.get(), "quickFilter"), QStringLiteral("a"));
            else
                child<QComboBox>(m_page.get(), "stateFilter")->setCurrentIndex(1);
        }
        QVERIFY(!shownRowsSettled(table));
        QVERIFY(delay->isActive());
        QVERIFY(!busy->isVisible()); // not before the delay
        QVERIFY(QMetaObject::invokeMethod(delay, "timeout"));
        QVERIFY(busy->isVisible());
        QCOMPARE(busy->text(), words);
        QTRY_VERIFY(shownRowsSettled(table));
        QVERIFY(!busy->isVisible());
        QVERIFY(!delay->isActive());
    }

    void searchModes()
    {
        auto *mode = child<QComboBox>(m_page.get(), "searchMode");
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        const QStringList ids = m_sim->store().identities().keys();
        mode->setCurrentIndex(mode->findText(QStringLiteral("Identity IDs")));
        searchFor(ids.at(1) + QStringLiteral(", ") + ids.at(2) + QStringLiteral("  ") + ids.at(3));
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QString externalId;
        QString owner;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            if (it.value().json().contains(QStringLiteral("external_id"))) {
                externalId = it.value().json().value(QStringLiteral("external_id")).toString();
                owner = it.key();
            }
        }
        mode->setCurrentIndex(mode->findText(QStringLiteral("External ID")));
        searchFor(externalId);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, IdentityListModel::IdColumn).data().toString(), owner);
        mode->setCurrentIndex(mode->findText(QStringLiteral("Login identifier starts with")));
        searchFor(QStringLiteral("zzzz-no-such"));
        QTRY_COMPARE(m_page->model()->isComplete(), true);
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void deleteRemovesTheRow()
    {
        const QString id = activeEmailIdentity();
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        clickRow(table, m_page->model()->rowOf(id));
        QTRY_COMPARE(m_page->detail()->identity()->id, id);
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "deleteIdentityButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_sim->store().identity(id));
        QTRY_COMPARE(m_page->model()->rowOf(id), -1);
        // The pane stays on the deleted identity and says so; no neighbour takes its place and
        // nothing can be done to it any more.
        QCOMPARE(m_page->detail()->identity().value_or(Identity()).id, id);
        QVERIFY(m_page->detail()->isDeleted());
        QVERIFY(!table->currentIndex().isValid());
        QVERIFY(!table->selectionModel()->hasSelection());
        for (const char *name : {"toggleStateButton", "editButton", "recoveryButton", "deleteIdentityButton"})
            QVERIFY2(!child<QPushButton>(m_page.get(), name)->isEnabled(), name);
        QVERIFY(child<QLabel>(m_page.get(), "listNoteText")->text().contains(QStringLiteral("Deleted by you")));
    }

    void recoveryLinkAndCode()
    {
        const QString id = activeEmailIdentity();
        RecoveryDialog dialog(m_client.get(), &m_audit->log, id, QStringLiteral("someone"));
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "recoveryCreate"), Qt::LeftButton);
        auto *result = child<QLineEdit>(&dialog, "recoveryResult");
        QTRY_VERIFY(result->text().contains(QStringLiteral("/self-service/recovery")));
        QVERIFY(child<QPushButton>(&dialog, "recoveryCopy")->isEnabled());
        child<QRadioButton>(&dialog, "recoveryKindCode")->setChecked(true);
        auto *expires = child<QLineEdit>(&dialog, "recoveryExpires");
        expires->clear();
        QTest::keyClicks(expires, QStringLiteral("15m"));
        QTest::mouseClick(child<QPushButton>(&dialog, "recoveryCreate"), Qt::LeftButton);
        QTRY_COMPARE(result->text().size(), 6);
        expires->clear();
        QTest::keyClicks(expires, QStringLiteral("soon"));
        QTest::mouseClick(child<QPushButton>(&dialog, "recoveryCreate"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&dialog, "recoveryStatus")->text().contains(QStringLiteral("duration")));
    }

    void sessionsTabRevokes()
    {
        const QString sessionId = openActiveSession();
        QVERIFY(!sessionId.isEmpty());
        const QString identityId = m_sim->store().session(sessionId)->identityId;
        auto *sessions = child<QTableView>(m_page.get(), "sessionTable");
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "revokeSessionButton"), Qt::LeftButton);
        QTRY_VERIFY(m_sim->store().session(sessionId)->revoked);
        // The tab reads the sessions again: wait until it shows the revoked one as inactive, as
        // the button is disabled while the list is empty.
        const auto shownInactive = [&]() {
            for (int r = 0; r < sessions->model()->rowCount(); ++r) {
                const QModelIndex index = sessions->model()->index(r, 0);
                if (index.data(SessionListModel::SessionIdRole).toString() == sessionId)
                    return !index.data(SessionListModel::ActiveRole).toBool();
            }
            return false;
        };
        QTRY_VERIFY(shownInactive() && child<QPushButton>(m_page.get(), "revokeAllSessionsButton")->isEnabled());

        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "revokeAllSessionsButton"), Qt::LeftButton);
        // The list empties while it reloads after the first revocation too: wait for the server.
        const auto sessionsLeft = [&]() {
            int left = 0;
            for (const SimSession &s : m_sim->store().sessions())
                left += s.identityId == identityId ? 1 : 0;
            return left;
        };
        QTRY_COMPARE(sessionsLeft(), 0);
        QTRY_COMPARE(sessions->model()->rowCount(), 0);
    }

    // While the confirmation is open the session list may reload (a reply, a refresh): the action
    // still goes to the session the user chose, and nothing reads the old rows afterwards.
    void sessionActionsSurviveAReloadWhileConfirming_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("revoke") << QStringLiteral("revokeSessionButton");
        QTest::newRow("extend") << QStringLiteral("extendSessionButton");
    }

    void sessionActionsSurviveAReloadWhileConfirming()
    {
        QFETCH(QString, button);
        const QString sessionId = openActiveSession();
        QVERIFY(!sessionId.isEmpty());
        const QDateTime expiresBefore = m_sim->store().session(sessionId)->expiresAt;
        auto *sessions = child<QTableView>(m_page.get(), "sessionTable");
        auto *model = qobject_cast<SessionListModel *>(sessions->model());
        QVERIFY(model);
        Prompt::setWhileOpen([model]() { model->clear(); }); // every row goes, as in a reload
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), qPrintable(button)), Qt::LeftButton);
        if (button == QLatin1String("revokeSessionButton"))
            QTRY_VERIFY(m_sim->store().session(sessionId)->revoked);
        else
            QTRY_VERIFY(m_sim->store().session(sessionId)->expiresAt > expiresBefore);
    }

    // Trait values are untrusted text: markup in them is shown as the characters it is, in the
    // list, the detail pane, its tooltips and the dialogs it opens.
    void traitMarkupStaysText()
    {
        const QString image = QStringLiteral("<img src=\"http://evil.example/x.png\">");
        const QString link = QStringLiteral("<a href=\"http://evil.example/\">click</a>");
        Await<Identity> created;
        m_client->createIdentity(
            QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                        {QStringLiteral("traits"),
                         QJsonObject{{QStringLiteral("email"), QStringLiteral("markup@example.com")},
                                     {QStringLiteral("name"),
                                      QJsonObject{{QStringLiteral("first"), image}, {QStringLiteral("last"), link}}}}}},
            this, created.callback());
        QVERIFY(created.wait());
        QVERIFY2(created.result().ok(), qPrintable(created.error().technicalDetails()));
        m_page->reload();
        QTRY_COMPARE(m_page->model()->rowCount(), 61);
        clickRow(child<QTableView>(m_page.get(), "identityTable"), m_page->model()->rowOf(created.value().id));
        auto *overview = child<QTreeWidget>(m_page.get(), "overviewTree");
        const auto shownAsText = [&]() {
            for (QTreeWidgetItemIterator it(overview); *it; ++it) {
                if ((*it)->text(1) == image)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(shownAsText()); // the value is there, as the characters it is
        for (const QString &marker : {image, link}) {
            const QStringList leaks = richTextLeaks(m_page.get(), marker);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        }
    }

    void bulkDeactivateSelection()
    {
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        auto *state = child<QComboBox>(m_page.get(), "stateFilter");
        state->setCurrentIndex(state->findText(QStringLiteral("Active")));
        // The filter runs on a worker: count the rows once it has been applied.
        QTRY_VERIFY(qobject_cast<IdentityFilterProxy *>(table->model())->isSettled() &&
                    table->model()->rowCount() < 60);
        const int visible = table->model()->rowCount();
        QVERIFY(visible > 10);
        table->selectAll();
        QCOMPARE(m_page->selectedIds().size(), visible);
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        m_page->runBulk(int(BulkOperation::Action::Deactivate));
        auto *dialog = m_page->findChild<BulkDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->operation()->isRunning());
        QCOMPARE(dialog->operation()->count(BulkOperation::Status::Succeeded), visible);
        auto *results = dialog->findChild<QTableWidget *>(QStringLiteral("bulkResults"));
        QCOMPARE(results->rowCount(), visible);
        QCOMPARE(results->item(0, 1)->text(), QStringLiteral("done"));
        QTRY_COMPARE(table->model()->rowCount(), 0); // reloaded: nobody is active any more
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it)
            QCOMPARE(it.value().json().value(QStringLiteral("state")).toString(), QStringLiteral("inactive"));
    }

    void copyIdsToClipboard()
    {
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        table->selectRow(0);
        table->setFocus();
        QTest::keySequence(table, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), m_sim->store().identities().firstKey());
    }

    // The export writes the rows shown: after "Any state → Inactive" no active identity is in the
    // file, and the file is the owner's alone.
    void exportFollowsTheFilter()
    {
        auto *state = child<QComboBox>(m_page.get(), "stateFilter");
        state->setCurrentIndex(state->findText(QStringLiteral("Inactive")));
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        QTRY_VERIFY(shownRowsSettled(table));
        const int shown = table->model()->rowCount();
        QVERIFY(shown > 0 && shown < m_page->model()->rowCount());
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("inactive.csv"));
        QSignalSpy exported(m_page.get(), &IdentitiesPage::exported);
        // The dialog says how many each choice holds; the rows shown are the default.
        QTest::mouseClick(child<QPushButton>(m_page.get(), "exportButton"), Qt::LeftButton);
        auto *dialog = m_page->findChild<ExportDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(child<QRadioButton>(dialog, "exportShown")->isChecked());
        QVERIFY(child<QRadioButton>(dialog, "exportShown")->text().contains(QStringLiteral("(%1)").arg(shown)));
        QVERIFY(child<QRadioButton>(dialog, "exportAllLoaded")->text().contains(QStringLiteral("(60)")));
        Prompt::setNextAnswers({csv});
        QTest::mouseClick(child<QPushButton>(dialog, "exportChooseFile"), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = IdentityExporter::parseCsv(file.readAll());
        QCOMPARE(rows.size(), shown + 1);
        const qsizetype stateColumn = rows.first().indexOf(QStringLiteral("state"));
        for (qsizetype r = 1; r < rows.size(); ++r)
            QCOMPARE(rows.at(r).at(stateColumn), QStringLiteral("inactive"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup |
                                       QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        // Audited: who exported how many rows, which columns, under which filter, to which file.
        const AuditRecord record = m_audit->records().last();
        QCOMPARE(record.action, QStringLiteral("identity.export"));
        QCOMPARE(record.outcome, AuditRecord::Outcome::Succeeded);
        QCOMPARE(record.change.value(QLatin1String("rows")).toInt(), shown);
        QCOMPARE(record.change.value(QLatin1String("scope")).toString(), QStringLiteral("rows shown"));
        QVERIFY(record.change.value(QLatin1String("filter")).toString().contains(QStringLiteral("Inactive")));
        QCOMPARE(record.change.value(QLatin1String("file")).toString(), csv);
        QCOMPARE(record.change.value(QLatin1String("columns")).toArray().first().toString(), rows.first().first());
    }

    // "All loaded" ignores the filters; an export the trail cannot record writes no file.
    void exportAllLoadedAndFailClosed()
    {
        auto *state = child<QComboBox>(m_page.get(), "stateFilter");
        state->setCurrentIndex(state->findText(QStringLiteral("Inactive")));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("all.csv"));
        QSignalSpy exported(m_page.get(), &IdentitiesPage::exported);
        QTest::mouseClick(child<QPushButton>(m_page.get(), "exportButton"), Qt::LeftButton);
        auto *dialog = m_page->findChild<ExportDialog *>();
        QVERIFY(dialog);
        child<QRadioButton>(dialog, "exportAllLoaded")->setChecked(true);
        Prompt::setNextAnswers({csv});
        QTest::mouseClick(child<QPushButton>(dialog, "exportChooseFile"), Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(IdentityExporter::parseCsv(file.readAll()).size(), 61);

        QVERIFY(QDir().mkpath(m_audit->path() + QStringLiteral(".blocked")));
        QVERIFY(QFile::rename(m_audit->path(), m_audit->path() + QStringLiteral(".old")));
        QVERIFY(QDir().rename(m_audit->path() + QStringLiteral(".blocked"), m_audit->path()));
        const QString refused = dir.filePath(QStringLiteral("refused.csv"));
        QTest::mouseClick(child<QPushButton>(m_page.get(), "exportButton"), Qt::LeftButton);
        dialog = m_page->findChild<ExportDialog *>();
        QVERIFY(dialog);
        Prompt::setNextAnswers({refused});
        QTest::mouseClick(child<QPushButton>(dialog, "exportChooseFile"), Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(m_page.get(), "identityStatus")->text().contains(QStringLiteral("audit trail")));
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(exported.size(), 1);
    }

    void exportAndImportThroughThePage()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("all.csv"));
        QSignalSpy exported(m_page.get(), &IdentitiesPage::exported);
        exportThroughDialog("exportShown", csv, false);
        QTRY_COMPARE(exported.size(), 1);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(IdentityExporter::parseCsv(csvFile.readAll()).size(), 61); // header + every loaded identity

        auto *table = child<QTableView>(m_page.get(), "identityTable");
        table->selectRow(0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          table->visualRect(table->model()->index(2, 0)).center());
        QCOMPARE(m_page->selectedIds().size(), 3);
        const QString json = dir.filePath(QStringLiteral("three.json"));
        exportThroughDialog("exportSelected", json, true);
        QTRY_COMPARE(exported.size(), 2);
        QCOMPARE(exported.last().first().toString(), json);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QJsonArray bodies = QJsonDocument::fromJson(jsonFile.readAll()).array();
        QCOMPARE(bodies.size(), 3);

        // Import them back as new identities, one of them broken.
        for (int i = 0; i < bodies.size(); ++i) {
            QJsonObject body = bodies.at(i).toObject();
            QJsonObject traits = body.value(QStringLiteral("traits")).toObject();
            if (traits.contains(QStringLiteral("email")))
                traits.insert(QStringLiteral("email"),
                              i == 1 ? QStringLiteral("broken") : QStringLiteral("copy%1@example.com").arg(i));
            if (traits.contains(QStringLiteral("phone")))
                traits.insert(QStringLiteral("phone"),
                              i == 1 ? QStringLiteral("broken") : QStringLiteral("+4917700000%1").arg(i));
            traits.remove(QStringLiteral("username"));
            body.insert(QStringLiteral("traits"), traits);
            body.remove(QStringLiteral("external_id"));
            bodies.replace(i, body);
        }
        const QString edited = dir.filePath(QStringLiteral("edited.json"));
        QFile out(edited);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(bodies).toJson());
        out.close();
        // The import is confirmed with its count and a reason, which every record of it carries.
        Prompt::setNextAnswers(
            {edited, QVariantMap{{QStringLiteral("answer"), int(QMessageBox::Yes)},
                                 {QStringLiteral("reason"), QStringLiteral("SUP-77 staff import")}}});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "importButton"), Qt::LeftButton);
        QTRY_VERIFY(m_page->findChild<ImportDialog *>()); // the file is read on a worker first
        auto *dialog = m_page->findChild<ImportDialog *>();
        QTRY_VERIFY(Prompt::lastQuestion().contains(QStringLiteral("3 identities")));
        QTRY_VERIFY(!dialog->importer()->isRunning());
        auto *results = dialog->findChild<QTableWidget *>(QStringLiteral("importResults"));
        QTRY_COMPARE(results->rowCount(), 3);
        QCOMPARE(results->item(0, 2)->text(), QStringLiteral("created"));
        QCOMPARE(results->item(1, 2)->text(), QStringLiteral("failed"));
        QCOMPARE(results->item(2, 2)->text(), QStringLiteral("created"));
        QCOMPARE(m_sim->store().identities().size(), 62);
        QTRY_COMPARE(m_page->model()->rowCount(), 62);
        QVERIFY(m_audit->log.waitForWritten());
        int imports = 0;
        for (const AuditRecord &r : m_audit->records()) {
            if (r.action == QLatin1String("identity.import") || r.action == QLatin1String("identity.create")) {
                QCOMPARE(r.reason, QStringLiteral("SUP-77 staff import"));
                ++imports;
            }
        }
        QVERIFY(imports >= 4); // the batch's intent and outcome, and one record a created or failed entry
    }

    // A file that cannot be imported is said in the dialog (read and parsed on workers), with no
    // modal prompt and nothing sent.
    void importFileProblems_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no such file
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file") << QByteArray() << QStringLiteral("cannot read");
        QTest::newRow("not JSON") << QByteArray("{\"identities\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("no identities") << QByteArray("[]") << QStringLiteral("holds no identities");
        QTest::newRow("wrong shape") << QByteArray("{\"users\": []}") << QStringLiteral("neither a list");
    }

    void importFileProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("import.json"));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        m_sim->clearRequests();
        ImportDialog dialog(m_client.get(), &m_audit->log);
        dialog.show();
        dialog.loadFile(path);
        auto *summary = child<QLabel>(&dialog, "importSummary");
        QTRY_VERIFY2(summary->text().startsWith(QStringLiteral("Nothing was imported")), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(expected), qPrintable(summary->text()));
        for (const auto &r : m_sim->requests())
            QVERIFY(r.method != QLatin1String("PATCH"));
    }

    // The pane is cleared while the confirmation is open (a reload, another identity): the action
    // still goes to the identity that was confirmed, and nothing reads the gone identity.
    void actionSurvivesAClearedPane_data()
    {
        QTest::addColumn<QString>("button");
        QTest::newRow("deactivate") << QStringLiteral("toggleStateButton");
        QTest::newRow("revoke all sessions") << QStringLiteral("revokeAllSessionsButton");
        QTest::newRow("delete") << QStringLiteral("deleteIdentityButton");
    }

    void actionSurvivesAClearedPane()
    {
        QFETCH(QString, button);
        QString id;
        for (const SimSession &session : m_sim->store().sessions()) {
            const SimIdentity *owner = m_sim->store().identity(session.identityId);
            if (m_sim->store().isActive(session) && owner &&
                owner->json().value(QStringLiteral("state")).toString() == QLatin1String("active"))
                id = session.identityId;
        }
        QVERIFY(!id.isEmpty());
        clickRow(child<QTableView>(m_page.get(), "identityTable"), m_page->model()->rowOf(id));
        QTRY_VERIFY(m_page->detail()->identity() && m_page->detail()->identity()->id == id);
        // Revoke all is enabled once the sessions are listed (with none there is nothing to revoke).
        QTRY_VERIFY(m_page->detail()->findChild<QPushButton *>(button)->isEnabled());
        Prompt::setWhileOpen([this]() { m_page->detail()->clear(); });
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(m_page->detail()->findChild<QPushButton *>(button), Qt::LeftButton);
        if (button == QLatin1String("toggleStateButton")) {
            QTRY_COMPARE(m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString(),
                         QStringLiteral("inactive"));
        } else if (button == QLatin1String("deleteIdentityButton")) {
            QTRY_VERIFY(!m_sim->store().identity(id));
        } else {
            const auto sessionsOf = [this, &id]() {
                int n = 0;
                for (const SimSession &session : m_sim->store().sessions())
                    n += session.identityId == id;
                return n;
            };
            QTRY_COMPARE(sessionsOf(), 0);
        }
        // Nothing brought the old identity back (after a delete the list selects a neighbour).
        QVERIFY(!m_page->detail()->identity() || button != QLatin1String("toggleStateButton"));
    }

    void editReviewApply()
    {
        const QString id = activeEmailIdentity();
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        clickRow(table, m_page->model()->rowOf(id));
        QTRY_VERIFY(m_page->detail()->identity() && m_page->detail()->identity()->credentialsIncluded);
        QTest::mouseClick(child<QPushButton>(m_page.get(), "editButton"), Qt::LeftButton);
        auto *dialog = m_page->findChild<IdentityEditDialog *>();
        QVERIFY(dialog);
        auto *review = child<QPushButton>(dialog, "reviewButton");
        QTRY_VERIFY(review->isEnabled()); // the schema has arrived

        // Nothing changed: nothing to send.
        QVERIFY(!dialog->review());
        QCOMPARE(child<QPlainTextEdit>(dialog, "patchPreview")->toPlainText(), QStringLiteral("No changes."));

        // An invalid e-mail is caught locally; nothing is sent.
        auto *traits = child<QPlainTextEdit>(dialog, "traitsEdit");
        const QString original = traits->toPlainText();
        const QString email = emailOf(*m_sim->store().identity(id));
        traits->setPlainText(QString(original).replace(email, QStringLiteral("broken")));
        m_sim->clearRequests();
        QTest::mouseClick(review, Qt::LeftButton);
        const QString summary = child<QLabel>(dialog, "validationProblems")->text();
        QVERIFY2(summary.contains(QStringLiteral("E-mail: must look like an e-mail address")), qPrintable(summary));
        QVERIFY2(!summary.contains(QStringLiteral("#/traits")), qPrintable(summary));
        QVERIFY(child<QLabel>(dialog, "validationDetails")->text().contains(QStringLiteral("#/traits/email")));
        QVERIFY(!child<QPushButton>(dialog, "applyButton")->isEnabled());

        traits->setPlainText(QString(original).replace(email, QStringLiteral("new.address@example.com")));
        child<QPlainTextEdit>(dialog, "metadataAdminEdit")->setPlainText(QStringLiteral("{\"ticket\": \"SUP-42\"}"));
        QTest::mouseClick(review, Qt::LeftButton);
        const QString preview = child<QPlainTextEdit>(dialog, "patchPreview")->toPlainText();
        // The review shows each field's old and new value.
        QVERIFY2(
            preview.contains(QStringLiteral("E-mail (/traits/email): \"%1\" → \"new.address@example.com\"").arg(email)),
            qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("/metadata_admin")), qPrintable(preview));
        QCOMPARE(dialog->patch().operations().size(), preview.split(QLatin1Char('\n')).size());

        // Kratos rejects it: the dialog and the edits stay, with the reason.
        m_sim->faults().match = QStringLiteral("PATCH /admin/identities/");
        m_sim->faults().errorRate = 1.0;
        m_sim->faults().errorStatus = 409;
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorText"))->text().contains(QStringLiteral("409")));
        QVERIFY(dialog->isVisible());
        QVERIFY(traits->toPlainText().contains(QStringLiteral("new.address@example.com")));
        m_sim->faults() = SimFaults();

        // A real clash: another customer's address. Kratos's 409 does not say which value; the
        // error names it and the identity that has it.
        QString otherId;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it)
            if (it.key() != id && !emailOf(it.value()).isEmpty())
                otherId = it.key();
        const QString otherEmail = emailOf(*m_sim->store().identity(otherId));
        traits->setPlainText(QString(original).replace(email, otherEmail));
        QTest::mouseClick(review, Qt::LeftButton);
        QVERIFY(child<QPushButton>(dialog, "applyButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_VERIFY2(dialog->findChild<QLabel *>(QStringLiteral("errorText"))
                         ->text()
                         .contains(QStringLiteral("Another identity (%1) already uses %2.").arg(otherId, otherEmail)),
                     qPrintable(dialog->findChild<QLabel *>(QStringLiteral("errorText"))->text()));
        QCOMPARE(emailOf(*m_sim->store().identity(id)), email);
        traits->setPlainText(QString(original).replace(email, QStringLiteral("new.address@example.com")));
        QTest::mouseClick(review, Qt::LeftButton);

        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_COMPARE(emailOf(*m_sim->store().identity(id)), QStringLiteral("new.address@example.com"));
        QCOMPARE(m_sim->store()
                     .identity(id)
                     ->json()
                     .value(QStringLiteral("metadata_admin"))
                     .toObject()
                     .value(QStringLiteral("ticket"))
                     .toString(),
                 QStringLiteral("SUP-42"));
        QTRY_COMPARE(
            table->model()->index(table->currentIndex().row(), IdentityListModel::IdentifierColumn).data().toString(),
            QStringLiteral("new.address@example.com"));
        QTRY_VERIFY(child<QPlainTextEdit>(m_page.get(), "metadataAdminView")
                        ->toPlainText()
                        .contains(QStringLiteral("\"ticket\": \"SUP-42\"")));
    }

    void loadAllThenFindAnyTraitText()
    {
        SimOptions options;
        options.identities = 1200;
        options.messages = 0;
        auto big = startSimulator(options);
        ConnectionSettings s;
        s.adminUrl = big->adminUrl();
        m_client->setConnection(s);
        m_page->reload();
        QTRY_COMPARE(m_page->model()->rowCount(), 250);
        // Stop loading stops it: with slow replies, stop while the first extra page is on its way.
        big->faults().latencyMs = 150;
        auto *loadAll = child<QPushButton>(m_page.get(), "loadAllButton");
        QTest::mouseClick(loadAll, Qt::LeftButton);
        QVERIFY(child<QProgressBar>(m_page.get(), "loadAllProgress")->isVisible());
        QCOMPARE(loadAll->text(), QStringLiteral("Stop loading"));
        QTest::mouseClick(loadAll, Qt::LeftButton); // the page in flight still lands, no further one is asked for
        QTRY_VERIFY(!m_page->model()->isLoading());
        const int stoppedAt = m_page->model()->rowCount();
        QVERIFY(stoppedAt < 1200);
        QTest::qWait(400);
        QCOMPARE(m_page->model()->rowCount(), stoppedAt);
        QVERIFY(!child<QProgressBar>(m_page.get(), "loadAllProgress")->isVisible());
        big->faults() = SimFaults();
        QTest::mouseClick(loadAll, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->isComplete(), 20000);
        QCOMPARE(m_page->model()->rowCount(), 1200);
        QVERIFY(!child<QPushButton>(m_page.get(), "loadAllButton")->isEnabled());
        // A nested trait value (organisation profile department) and a phone number, in any case.
        QString phone;
        for (auto it = big->store().identities().cbegin(); it != big->store().identities().cend() && phone.isEmpty();
             ++it)
            phone = it.value()
                        .json()
                        .value(QStringLiteral("traits"))
                        .toObject()
                        .value(QStringLiteral("profile"))
                        .toObject()
                        .value(QStringLiteral("phones"))
                        .toArray()
                        .first()
                        .toString();
        QVERIFY(!phone.isEmpty());
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        QTest::keyClicks(child<QLineEdit>(m_page.get(), "quickFilter"), phone);
        QTRY_VERIFY(shownRowsSettled(table));
        QCOMPARE(table->model()->rowCount(), 1);
        auto *filter = child<QLineEdit>(m_page.get(), "quickFilter");
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("FINANCE"));
        QTRY_VERIFY(shownRowsSettled(table));
        QVERIFY(table->model()->rowCount() > 0);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QCOMPARE(table->model()->index(r, IdentityListModel::SchemaColumn).data().toString(),
                     QStringLiteral("organisation"));
    }

    void createIdentityFromTheSchemaTemplate()
    {
        QTest::mouseClick(child<QPushButton>(m_page.get(), "createIdentityButton"), Qt::LeftButton);
        auto *dialog = m_page->findChild<CreateIdentityDialog *>();
        QVERIFY(dialog);
        auto *schema = child<QComboBox>(dialog, "schemaCombo");
        QTRY_COMPARE(schema->count(), 3);
        schema->setCurrentIndex(schema->findText(QStringLiteral("organisation")));
        auto *traits = child<QPlainTextEdit>(dialog, "traitsEdit");
        const QJsonObject skeleton = QJsonDocument::fromJson(traits->toPlainText().toUtf8()).object();
        QVERIFY(skeleton.contains(QStringLiteral("email")));
        QVERIFY(skeleton.value(QStringLiteral("name")).toObject().contains(QStringLiteral("first")));
        QVERIFY(!skeleton.contains(QStringLiteral("profile"))); // optional traits are left out
        const QJsonObject enumSchema =
            QJsonDocument::fromJson(
                "{\"properties\":{\"traits\":{\"type\":\"object\",\"required\":[\"tier\",\"tags\",\"age\"],"
                "\"properties\":{"
                "\"tier\":{\"type\":\"string\",\"enum\":[\"gold\",\"silver\"]},\"tags\":{\"type\":\"array\"},"
                "\"age\":{\"type\":\"integer\"}}}}}")
                .object();
        QCOMPARE(CreateIdentityDialog::traitsTemplate(enumSchema),
                 (QJsonObject{{QStringLiteral("tier"), QStringLiteral("gold")},
                              {QStringLiteral("tags"), QJsonArray()},
                              {QStringLiteral("age"), 0}}));

        // The empty template does not validate: nothing is sent.
        m_sim->clearRequests();
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, "validationProblems")->text().contains(QStringLiteral("Work e-mail: ")));
        QVERIFY(child<QLabel>(dialog, "validationDetails")->text().contains(QStringLiteral("#/traits/email")));
        for (const auto &r : m_sim->requests())
            QVERIFY(r.method != QLatin1String("POST"));

        traits->setPlainText(
            QStringLiteral("{\"email\":\"new.hire@acme.example\",\"name\":{\"first\":\"New\",\"last\":\"Hire\"},"
                           "\"profile\":{\"department\":\"sales\"}}"));
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        QTRY_COMPARE(m_sim->store().identities().size(), 61);
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, IdentityListModel::IdentifierColumn).data().toString(),
                 QStringLiteral("new.hire@acme.example"));
    }

    void deleteOneCredential()
    {
        QString id;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            // One link only: an organisation member's second one would keep the credential.
            const QJsonArray links = it.value()
                                         .credentials()
                                         .value(QStringLiteral("oidc"))
                                         .toObject()
                                         .value(QStringLiteral("identifiers"))
                                         .toArray();
            if (links.size() == 1 && it.value().credentials().contains(QStringLiteral("password")))
                id = it.key();
        }
        QVERIFY(!id.isEmpty());
        const QString link = m_sim->store()
                                 .identity(id)
                                 ->credentials()
                                 .value(QStringLiteral("oidc"))
                                 .toObject()
                                 .value(QStringLiteral("identifiers"))
                                 .toArray()
                                 .first()
                                 .toString();
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        clickRow(table, m_page->model()->rowOf(id));
        auto *button = child<QPushButton>(m_page.get(), "credentialButton");
        QTRY_VERIFY(button->isEnabled());
        QAction *action = button->menu()->findChild<QAction *>(QStringLiteral("deleteCredential:oidc:") + link);
        QVERIFY(action);
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        action->trigger();
        QTRY_VERIFY(!m_sim->store().identity(id)->credentials().contains(QStringLiteral("oidc")));
        QVERIFY(m_sim->store().identity(id)->credentials().contains(QStringLiteral("password")));
        QTRY_VERIFY(!button->menu()->findChild<QAction *>(QStringLiteral("deleteCredential:oidc:") + link));
    }

    void messagesTabListsMessagesToTheAddress()
    {
        SimOptions options;
        options.identities = 20;
        options.messages = 200;
        auto busy = startSimulator(options);
        ConnectionSettings s;
        s.adminUrl = busy->adminUrl();
        m_client->setConnection(s);
        m_page->reload();
        QTRY_COMPARE(m_page->model()->rowCount(), 20);
        // An identity whose first address received messages.
        QString id;
        QString address;
        for (auto it = busy->store().identities().cbegin(); it != busy->store().identities().cend() && id.isEmpty();
             ++it) {
            const QJsonArray addresses = it.value().json().value(QStringLiteral("verifiable_addresses")).toArray();
            if (addresses.isEmpty())
                continue;
            const QString first = addresses.first().toObject().value(QStringLiteral("value")).toString();
            for (const SimMessage &m : busy->store().messages()) {
                if (m.json.value(QStringLiteral("recipient")).toString() == first) {
                    id = it.key();
                    address = first;
                    break;
                }
            }
        }
        QVERIFY(!id.isEmpty());
        int expected = 0;
        for (const SimMessage &m : busy->store().messages())
            expected += m.json.value(QStringLiteral("recipient")).toString() == address;
        clickRow(child<QTableView>(m_page.get(), "identityTable"), m_page->model()->rowOf(id));
        QCOMPARE(child<QComboBox>(m_page.get(), "messageAddress")->currentText(), address);
        auto *messages = child<QTableView>(m_page.get(), "messageTable");
        QTRY_COMPARE(messages->model()->rowCount(), expected);
        QCOMPARE(messages->model()->index(0, CourierMessageModel::RecipientColumn).data().toString(), address);
    }

    void proxyPassesModelTester()
    {
        IdentityFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_page->model());
        proxy.setQuery(QStringLiteral("a"));
        proxy.setStateFilter(Identity::State::Active);
        proxy.sort(IdentityListModel::CreatedColumn);
        QTRY_VERIFY(proxy.isSettled());
        QVERIFY(proxy.rowCount() > 0);
        QDateTime previous;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QDateTime t =
                proxy.index(r, IdentityListModel::CreatedColumn).data(IdentityListModel::SortRole).toDateTime();
            if (previous.isValid())
                QVERIFY(previous <= t);
            previous = t;
        }
    }
};

QTEST_MAIN(tst_IdentitiesPage)
#include "tst_identitiespage.moc"
