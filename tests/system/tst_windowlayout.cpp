// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a finished desktop application: it never widens itself, remembers how the
// user arranged it, and answers the keyboard (page shortcuts, Enter, Shift+F10 and the Menu key,
// Ctrl+C on any value, the shortcuts dialog).
#include "Accessibility.h"
#include "AppHarness.h"
#include "AppIcons.h"
#include "ElidedLabel.h"
#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "IdentityFilterProxy.h"
#include "IdentityListModel.h"
#include "KratosSimulator.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "ShortcutsDialog.h"
#include "SimStore.h"
#include "StateBadge.h"
#include "TestSupport.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace TestSupport;

namespace {

const QString kLongEmail = QStringLiteral(
    "grace.thompson.with.a.very.long.address.that.goes.on.and.on.518@umbrella-corporation-worldwide.example");

QMenu *openPopup()
{
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

void closePopups()
{
    while (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
}

} // namespace

class tst_WindowLayout : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<AppHarness> m_app;
    std::unique_ptr<MainWindow> m_window;
    QString m_longId;

    QTableView *table() const { return child<QTableView>(m_window.get(), "identityTable"); }

    // Selects the identity `id` in the list with a click, as a user would.
    void select(const QString &id)
    {
        IdentitiesPage *page = m_window->identitiesPage();
        const int source = page->model()->rowOf(id);
        QVERIFY(source >= 0);
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(table()->model());
        const QModelIndex index = proxy->mapFromSource(page->model()->index(source, 0));
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, table()->visualRect(index).center());
        QTRY_VERIFY(page->detail()->identity() && page->detail()->identity()->id == id);
    }

    // `size`: the size to give it, or none to keep what the window chose (its restored geometry).
    void openWindow(std::optional<QSize> size)
    {
        m_window = std::make_unique<MainWindow>(m_app->context());
        if (size)
            m_window->resize(*size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->openProfile(m_app->profiles.profiles().first().id);
        m_window->showPage(MainWindow::IdentitiesArea); // the window opens on the overview
        QTRY_COMPARE(m_window->identitiesPage()->model()->rowCount(), 41);
        // The status bar's version and readiness arrive on their own; a test that writes its own
        // text there must not race them (a sanitized build answers later).
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_window.get(), "versionLabel")->text().contains(QLatin1String("ready")),
                                 15000);
    }

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }

    void init()
    {
        SimOptions options;
        options.identities = 40;
        options.messages = 30;
        m_sim = startSimulator(options);
        const QJsonObject traits{
            {QStringLiteral("email"), kLongEmail},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), QStringLiteral("Grace")},
                                                 {QStringLiteral("last"), QStringLiteral("T")}}}};
        const auto outcome = m_sim->store().createIdentity(
            QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")}, {QStringLiteral("traits"), traits}});
        QVERIFY(outcome.ok());
        m_longId = outcome.id;
        m_app = std::make_unique<AppHarness>();
        m_app->saveProfile(m_sim->adminUrl());
        openWindow(QSize(1024, 700));
    }

    void cleanup()
    {
        closePopups();
        m_window.reset();
        m_app.reset();
        m_sim.reset();
    }

    // Nothing the window shows may make it wider: long identifiers, status texts and server
    // names are elided or wrapped, and the detail pane's buttons wrap onto a second row.
    void widthStaysPut_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("long identifier selected") << "select";
        QTest::newRow("long identity status") << "identityStatus";
        QTest::newRow("long server label") << "serverLabel";
        QTest::newRow("long version label") << "versionLabel";
        QTest::newRow("long courier summary") << "courierSummary";
    }

    void widthStaysPut()
    {
        QFETCH(QString, what);
        const int width = m_window->width();
        QCOMPARE(width, 1024);
        const QString longText = QStringLiteral("Exported 123,456 identities to ") + QString(40, QLatin1Char('x')) +
                                 QStringLiteral("/a/very/long/folder/name/that/keeps/going/") + kLongEmail;
        if (what == QLatin1String("select")) {
            select(m_longId);
            QCOMPARE(child<QLabel>(m_window.get(), "detailTitle")->text(), kLongEmail);
        } else {
            auto *label = child<ElidedLabel>(m_window.get(), qPrintable(what));
            QVERIFY(label);
            label->setText(longText);
        }
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QCOMPARE(m_window->width(), width);
        QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(m_window->minimumSizeHint().width())));
        // The whole text is still there to read, elided where it is drawn.
        if (what != QLatin1String("select")) {
            auto *label = child<ElidedLabel>(m_window.get(), qPrintable(what));
            if (label->isVisible())
                QVERIFY(label->isElided());
            QCOMPARE(label->text(), longText);
        }
    }

    // With an identity selected the list can still be widened: the splitter moves both ways and
    // neither side collapses.
    void splitterMovesBothWays()
    {
        select(m_longId);
        auto *splitter = child<QSplitter>(m_window.get(), "identitiesSplitter");
        QVERIFY(!splitter->childrenCollapsible());
        const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
        splitter->setSizes({total - 300, 300});
        QTRY_VERIFY(splitter->sizes().at(0) >= total - 300 - 2);
        QVERIFY(splitter->sizes().at(1) >= 300 - 2);
        splitter->setSizes({240, total - 240});
        QTRY_VERIFY(splitter->sizes().at(0) <= 250);
        QCOMPARE(m_window->width(), 1024);
    }

    void geometryAndViewsAreRemembered()
    {
        m_window->resize(1010, 690);
        QTRY_COMPARE(m_window->size(), QSize(1010, 690));
        auto *splitter = child<QSplitter>(m_window.get(), "identitiesSplitter");
        const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
        splitter->setSizes({total - 320, 320});
        const QList<int> sizes = splitter->sizes();
        QHeaderView *header = table()->horizontalHeader();
        header->setSectionHidden(IdentityListModel::NameColumn, true);
        header->moveSection(header->visualIndex(IdentityListModel::StateColumn), 0);
        header->resizeSection(IdentityListModel::IdentifierColumn, 333);
        table()->sortByColumn(IdentityListModel::CreatedColumn, Qt::DescendingOrder);
        m_window->close();
        m_window.reset();

        openWindow(std::nullopt); // the restored geometry, not the default size
        QTRY_COMPARE(m_window->size(), QSize(1010, 690));
        splitter = child<QSplitter>(m_window.get(), "identitiesSplitter");
        QCOMPARE(splitter->sizes(), sizes);
        header = table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(IdentityListModel::NameColumn));
        QCOMPARE(header->visualIndex(IdentityListModel::StateColumn), 0);
        QCOMPARE(header->sectionSize(IdentityListModel::IdentifierColumn), 333);
        QCOMPARE(header->sortIndicatorSection(), int(IdentityListModel::CreatedColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        // The rows really are in that order, not only the arrow.
        const QModelIndex first = table()->model()->index(0, IdentityListModel::CreatedColumn);
        const QModelIndex second = table()->model()->index(1, IdentityListModel::CreatedColumn);
        QVERIFY(first.data(IdentityListModel::SortRole).toDateTime() >=
                second.data(IdentityListModel::SortRole).toDateTime());
    }

    // The header's context menu hides and shows columns; the last visible one stays.
    void columnMenuHidesAndShows()
    {
        QHeaderView *header = table()->horizontalHeader();
        Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
        QMenu *menu = openPopup();
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("columnMenu"));
        QAction *name = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->text() == IdentityListModel::tr("Name") || a->text() == QLatin1String("Name"))
                name = a;
        }
        QVERIFY(name);
        QVERIFY(name->isChecked());
        name->trigger();
        QVERIFY(header->isSectionHidden(IdentityListModel::NameColumn));
        closePopups();
    }

    void pageShortcuts()
    {
        auto *list = child<QListWidget>(m_window.get(), "pageList");
        auto *pages = child<QStackedWidget>(m_window.get(), "pages");
        auto *search = child<QLineEdit>(m_window.get(), "serverSearch");
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        for (int row = list->count() - 1; row >= 0; --row) {
            const Qt::Key key = Qt::Key(Qt::Key_1 + row);
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), key,
                            Qt::ControlModifier);
            QCOMPARE(list->currentRow(), row);
            QCOMPARE(pages->currentIndex(), row);
            // Each page's tooltip says its key.
            QVERIFY2(
                list->item(row)->toolTip().contains(QKeySequence(Qt::CTRL | key).toString(QKeySequence::NativeText)),
                qPrintable(list->item(row)->toolTip()));
        }
        QVERIFY(search->text().isEmpty()); // Ctrl+1 typed no "1" into the search box
    }

    // Enter in the search box: searches, and opens the only result.
    void enterOpensTheSingleResult()
    {
        auto *search = child<QLineEdit>(m_window.get(), "serverSearch");
        search->setFocus();
        QTest::keyClicks(search, kLongEmail);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(table()->model()->rowCount(), 1);
        IdentitiesPage *page = m_window->identitiesPage();
        QTRY_VERIFY(page->detail()->identity() && page->detail()->identity()->id == m_longId);
        QTRY_VERIFY(child<QTreeWidget>(m_window.get(), "overviewTree")->hasFocus());
        // Enter again on the search shown opens the selected result; still the same one.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(child<QTreeWidget>(m_window.get(), "overviewTree")->hasFocus());
        QCOMPARE(page->detail()->identity()->id, m_longId);
    }

    void contextMenuKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Shift+F10") << int(Qt::Key_F10) << int(Qt::ShiftModifier);
        QTest::newRow("Menu key") << int(Qt::Key_Menu) << int(Qt::NoModifier);
    }

    void contextMenuKeys()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        select(m_longId);
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QMenu *menu = openPopup();
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("identityMenu"));
        // Every entry has a mnemonic, and none is used twice.
        QSet<QChar> mnemonics;
        for (const QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            const qsizetype amp = a->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < a->text().size(), qPrintable(a->text()));
            const QChar letter = a->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(letter), qPrintable(a->text()));
            mnemonics.insert(letter);
        }
        closePopups();

        // The detail tree answers the same keys with its copy menu.
        auto *tree = child<QTreeWidget>(m_window.get(), "overviewTree");
        tree->setFocus();
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        QTest::keyClick(tree, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        menu = openPopup();
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("copyMenu"));
        closePopups();
    }

    // Ctrl+C and the context menu copy any value of the detail tree.
    void copyFromTheDetailTree()
    {
        select(m_longId);
        auto *tree = child<QTreeWidget>(m_window.get(), "overviewTree");
        QTreeWidgetItem *idRow = nullptr;
        QTreeWidgetItem *emailRow = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->text(1) == m_longId)
                idRow = *it;
            if ((*it)->text(1) == kLongEmail && (*it)->text(0).contains(QLatin1String("email")))
                emailRow = *it;
        }
        QVERIFY(idRow);
        QVERIFY(emailRow);
        tree->setFocus();
        tree->setCurrentItem(idRow);
        QApplication::clipboard()->clear();
        QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), m_longId);

        tree->scrollToItem(emailRow);
        Q_EMIT tree->customContextMenuRequested(tree->visualItemRect(emailRow).center());
        QMenu *menu = openPopup();
        QVERIFY(menu);
        menu->findChild<QAction *>(QStringLiteral("copyRowAction"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), emailRow->text(0) + QStringLiteral(": ") + kLongEmail);
        closePopups();

        tree->setCurrentItem(idRow->parent());
        Q_EMIT tree->customContextMenuRequested(tree->visualItemRect(idRow->parent()).center());
        menu = openPopup();
        QVERIFY(menu);
        menu->findChild<QAction *>(QStringLiteral("copyBranchAction"))->trigger();
        const QString branch = QApplication::clipboard()->text();
        QVERIFY(branch.contains(QStringLiteral("\n  ") + idRow->text(0) + QStringLiteral(": ") + m_longId));
        closePopups();
    }

    void stateBadge_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tone");
        QTest::newRow("active") << "active"
                                << "Active"
                                << "success";
        QTest::newRow("inactive") << "inactive"
                                  << "Inactive"
                                  << "error";
    }

    void stateBadge()
    {
        QFETCH(QString, state);
        QFETCH(QString, text);
        QFETCH(QString, tone);
        const SimIdentity *stored = m_sim->store().identity(m_longId);
        QJsonObject json = stored->json();
        json.insert(QStringLiteral("state"), state);
        m_sim->store().overwriteIdentity(m_longId, json, stored->credentials());
        m_window->identitiesPage()->reload();
        QTRY_COMPARE(m_window->identitiesPage()->model()->rowCount(), 41);
        select(m_longId);
        auto *badge = child<StateBadge>(m_window.get(), "stateBadge");
        QTRY_COMPARE(badge->text(), text);
        QVERIFY(badge->isVisible());
        QCOMPARE(badge->tone(), tone);
        QVERIFY(badge->accessibleName().contains(text));
    }

    // The dialog lists every shortcut the window has; every shortcut says what it does.
    void shortcutsDialogListsThemAll()
    {
        QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        const auto rows = dialog->rows();
        auto listed = [&rows](const QKeySequence &keys) {
            for (const auto &row : rows) {
                if (row.first == keys.toString(QKeySequence::NativeText))
                    return true;
            }
            return false;
        };
        for (const QShortcut *s : m_window->findChildren<QShortcut *>()) {
            QVERIFY2(!s->whatsThis().isEmpty(), qPrintable(s->key().toString() + QStringLiteral(" says nothing")));
            QVERIFY2(listed(s->key()), qPrintable(s->key().toString()));
        }
        int actions = 0;
        for (const QAction *a : m_window->findChildren<QAction *>()) {
            if (!a->shortcut().isEmpty()) {
                QVERIFY2(listed(a->shortcut()), qPrintable(a->text()));
                ++actions;
            }
        }
        QVERIFY(actions >= 4); // pages, profiles, audit log, settings, quit, this dialog
        QVERIFY(listed(QKeySequence(Qt::CTRL | Qt::Key_1)));
        dialog->close();
    }

    // Every page and toolbar action has an icon; where the desktop's theme lacks one the app's
    // own SVG is drawn, crisp at twice the size.
    void iconsAreDrawn_data()
    {
        QTest::addColumn<int>("name");
        for (auto name :
             {AppIcons::Name::Overview, AppIcons::Name::Identities, AppIcons::Name::Sessions, AppIcons::Name::Courier,
              AppIcons::Name::Schemas, AppIcons::Name::Profiles, AppIcons::Name::Audit, AppIcons::Name::Settings})
            QTest::addRow("%d", int(name)) << int(name);
    }

    void iconsAreDrawn()
    {
        QFETCH(int, name);
        const QIcon own = AppIcons::fallback(AppIcons::Name(name));
        QVERIFY(!own.isNull());
        const QImage image = own.pixmap(QSize(48, 48)).toImage();
        QCOMPARE(image.size(), QSize(48, 48));
        int drawn = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                drawn += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        QVERIFY2(drawn > 48 && drawn < 48 * 48 / 2, qPrintable(QString::number(drawn))); // lines, not a block
        auto *list = child<QListWidget>(m_window.get(), "pageList");
        for (int row = 0; row < list->count(); ++row)
            QVERIFY(!list->item(row)->icon().isNull());
    }

    // Tab follows reading order on every page: the controls above a list left to right, then
    // the list, then its details.
    void tabOrderFollowsReading_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("identities") << int(MainWindow::IdentitiesArea)
                                    << QStringList{
                                           QStringLiteral("searchMode"),           QStringLiteral("serverSearch"),
                                           QStringLiteral("createIdentityButton"), QStringLiteral("exportButton"),
                                           QStringLiteral("importButton"),         QStringLiteral("quickFilter"),
                                           QStringLiteral("stateFilter"),          QStringLiteral("identityTable"),
                                           QStringLiteral("toggleStateButton")};
        QTest::newRow("sessions") << int(MainWindow::SessionsArea)
                                  << QStringList{QStringLiteral("sessionsActive"), QStringLiteral("sessionsFilter"),
                                                 QStringLiteral("sessionsRefresh"), QStringLiteral("sessionsTable")};
        QTest::newRow("courier") << int(MainWindow::CourierArea)
                                 << QStringList{QStringLiteral("courierStatus"), QStringLiteral("courierRecipient"),
                                                QStringLiteral("courierRefresh"), QStringLiteral("autoRefresh"),
                                                QStringLiteral("courierTable")};
        QTest::newRow("schemas") << int(MainWindow::SchemasArea)
                                 << QStringList{
                                        QStringLiteral("schemaList"),           QStringLiteral("schemaSearch"),
                                        QStringLiteral("expandAllButton"),      QStringLiteral("collapseAllButton"),
                                        QStringLiteral("exportMarkdownButton"), QStringLiteral("schemaTree")};
    }

    void tabOrderFollowsReading()
    {
        QFETCH(int, page);
        QFETCH(QStringList, expected);
        select(m_longId);
        m_window->showPage(MainWindow::Page(page));
        // What the page loads enables some of them (the schema's export): wait for that, as a
        // slow (sanitized) build needs.
        const auto ready = [this, &expected]() {
            return std::all_of(expected.cbegin(), expected.cend(), [this](const QString &name) {
                const QWidget *e = m_window->findChild<QWidget *>(name);
                return e && e->isVisible() && e->isEnabled();
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(ready(), 15000);
        QWidget *w = child<QWidget>(m_window.get(), qPrintable(expected.first()));
        QStringList order;
        for (int i = 0; i < 300 && order.size() < 30; ++i) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->objectName().isEmpty() &&
                !order.contains(w->objectName()))
                order.append(w->objectName());
            w = w->nextInFocusChain();
        }
        // The expected widgets come in this order (others may stand between, e.g. disabled ones).
        qsizetype at = -1;
        for (const QString &name : expected) {
            const qsizetype next = order.indexOf(name, at + 1);
            QVERIFY2(next > at, qPrintable(name + QStringLiteral(" out of order: ") + order.join(QLatin1Char(' '))));
            at = next;
        }
    }

    // Every input, list and table of every page has a name a screen reader can say.
    void accessibleNames()
    {
        select(m_longId);
        auto *pages = child<QStackedWidget>(m_window.get(), "pages");
        for (int page = 0; page < pages->count() - 1; ++page) {
            m_window->showPage(MainWindow::Page(page));
            QCoreApplication::processEvents();
            const QStringList unnamed = unnamedInputs(m_window.get());
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        }
    }
};

QTEST_MAIN(tst_WindowLayout)
#include "tst_windowlayout.moc"
