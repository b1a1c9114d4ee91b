// SPDX-License-Identifier: GPL-3.0-or-later
// Every task from the keyboard (issue #31 §5). The Tab chain of every page (with an identity, a
// session and a message selected, on each of the identity's tabs) and of every dialog reaches
// every enabled control, and confirmation dialogs put their options before the buttons. Two
// support flows run on key events only, real dialogs included.
#include "AppDialogs.h"
#include "AppHarness.h"
#include "ConfirmDialog.h"
#include "CourierPage.h"
#include "IdentitiesPage.h"
#include "IdentityListModel.h"
#include "KratosSimulator.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "SessionsPage.h"
#include "SignInCheckPanel.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

using namespace TestSupport;

namespace {

QString describe(const QWidget *w)
{
    const QString name = w->objectName().isEmpty() ? QStringLiteral("(unnamed)") : w->objectName();
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = QStringLiteral(" \"%1\"").arg(button->text());
    return QStringLiteral("%1 %2%3").arg(QString::fromLatin1(w->metaObject()->className()), name, text);
}

// A control the user must be able to reach with Tab: shown, enabled, taking Tab focus itself.
bool reachable(QWidget *w, QWidget *root)
{
    return w->isVisibleTo(root) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

// Presses Tab from the current focus `presses` times; the widgets that had focus, in order.
QList<QWidget *> walk(int presses)
{
    QList<QWidget *> seen;
    for (int i = 0; i < presses; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            break;
        seen.append(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return seen;
}

// The enabled controls under `area` that a walk through `root`'s Tab chain never reached.
QStringList unreached(QWidget *root, QWidget *area)
{
    QList<QWidget *> wanted;
    for (QWidget *w : area->findChildren<QWidget *>()) {
        if (reachable(w, root))
            wanted.append(w);
    }
    const QList<QWidget *> seen = walk(int(root->findChildren<QWidget *>().size()) + 20);
    if (qEnvironmentVariableIsSet("KD_KEYBOARD_TRACE")) {
        for (QWidget *w : seen)
            qInfo("%s", qPrintable(describe(w)));
        QWidget *c = root;
        do {
            if (c->focusPolicy() & Qt::TabFocus)
                qInfo("chain: %s visible %d enabled %d", qPrintable(describe(c)), c->isVisibleTo(root), c->isEnabled());
            c = c->nextInFocusChain();
        } while (c != root);
    }
    QSet<QWidget *> reached;
    for (QWidget *w : seen) {
        reached.insert(w);
        // An editable combo box or a spin box gets focus through its line edit.
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p))
                reached.insert(p);
        }
    }
    QStringList missing;
    for (QWidget *w : std::as_const(wanted)) {
        if (!reached.contains(w))
            missing.append(describe(w));
    }
    return missing;
}

} // namespace

class tst_Keyboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<AppHarness> m_app;
    std::unique_ptr<MainWindow> m_window;

    void focusWindow(QWidget *window)
    {
        window->show();
        window->activateWindow();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
    // Clicks the first row of a table, as the user picks an item.
    static void pickFirstRow(QAbstractItemView *view)
    {
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, 10000);
        const QRect cell = view->visualRect(view->model()->index(0, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    }
    // Runs `action` as soon as a modal dialog is open (from inside its event loop).
    static void whenModal(const std::function<void(QWidget *)> &action)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, action]() {
            QWidget *modal = QApplication::activeModalWidget();
            if (qEnvironmentVariableIsSet("KD_KEYBOARD_TRACE"))
                qInfo("modal %p active %p focus %p", static_cast<void *>(modal),
                      static_cast<void *>(QApplication::activeWindow()),
                      static_cast<void *>(QApplication::focusWidget()));
            if (!modal || !modal->isVisible())
                return;
            if (QApplication::activeWindow() != modal) {
                QApplication::setActiveWindow(modal); // what the window manager does
                return;
            }
            if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != modal)
                return;
            timer->stop();
            timer->deleteLater();
            action(modal);
        });
        timer->start();
    }
    // Presses Tab until `wanted` has focus; false after a whole round without it.
    static bool tabTo(QWidget *wanted, int most = 400)
    {
        for (int i = 0; i < most; ++i) {
            if (QApplication::focusWidget() == wanted)
                return true;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        return false;
    }

    QString identityWhere(const std::function<bool(const QJsonObject &)> &wanted) const
    {
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            if (wanted(it.value().json()))
                return it.key();
        }
        return {};
    }
    // Ctrl+2 (Identities), Ctrl+F (the search box), the address and Enter: the one hit opens.
    void openByKeys(const QString &address)
    {
        focusWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(m_window->identitiesPage()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("serverSearch"));
        QTRY_COMPARE(QApplication::focusWidget(), search);
        search->selectAll();
        QTest::keyClicks(search, address);
        QTest::keyClick(search, Qt::Key_Return);
        auto *title = m_window->findChild<QLabel *>(QStringLiteral("detailTitle"));
        QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(address, Qt::CaseInsensitive), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Prompt::setTestMode(true);
        SimOptions options;
        options.identities = 30;
        options.messages = 40;
        options.seed = 7;
        m_sim = startSimulator(options);
        m_app = std::make_unique<AppHarness>();
        ConnectionProfile profile = m_app->saveProfile(m_sim->adminUrl());
        profile.publicUrl = m_sim->publicUrl(); // the sign-in check's fixes use the public flows
        m_app->profiles.save(profile);
        m_window = std::make_unique<MainWindow>(m_app->context());
        m_window->resize(1280, 860);
        m_window->openProfile(m_app->profiles.profiles().first().id);
        focusWindow(m_window.get());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->identitiesPage()->model()->rowCount(), 30, 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_app.reset();
        m_sim.reset();
    }

    // Each page with its item selected, and each tab of the identity's pane: Tab from the page
    // list goes through every enabled control of the page and back to the window's start.
    void pagesReachEveryControl_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("detailTab"); // the identity pane's tab, -1 for none
        QTest::newRow("overview") << int(MainWindow::OverviewArea) << -1;
        for (int tab = 0; tab < 5; ++tab)
            QTest::addRow("identities, detail tab %d", tab) << int(MainWindow::IdentitiesArea) << tab;
        QTest::newRow("sessions") << int(MainWindow::SessionsArea) << -1;
        QTest::newRow("courier") << int(MainWindow::CourierArea) << -1;
        QTest::newRow("schemas") << int(MainWindow::SchemasArea) << -1;
    }
    void pagesReachEveryControl()
    {
        QFETCH(int, page);
        QFETCH(int, detailTab);
        m_window->showPage(MainWindow::Page(page));
        QWidget *area = m_window->findChild<QWidget *>(QStringLiteral("pages"));
        if (page == int(MainWindow::IdentitiesArea)) {
            pickFirstRow(m_window->findChild<QAbstractItemView *>(QStringLiteral("identityTable")));
            auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"));
            QVERIFY(detailTab < tabs->count());
            tabs->setCurrentIndex(detailTab);
            if (tabs->currentWidget()->objectName() == QLatin1String("signInCheck")) {
                auto *check = qobject_cast<SignInCheckPanel *>(tabs->currentWidget());
                QTRY_VERIFY_WITH_TIMEOUT(!check->isChecking() && !check->findings().isEmpty(), 10000);
            }
            // Sessions and messages of the identity: a row selected, so their buttons are live.
            for (const char *name : {"sessionTable", "messageTable"}) {
                auto *view = m_window->findChild<QAbstractItemView *>(QString::fromLatin1(name));
                if (view->isVisible() && view->model()->rowCount() > 0)
                    pickFirstRow(view);
            }
        } else if (page == int(MainWindow::SessionsArea)) {
            pickFirstRow(m_window->findChild<QAbstractItemView *>(QStringLiteral("sessionsTable")));
        } else if (page == int(MainWindow::CourierArea)) {
            pickFirstRow(m_window->findChild<QAbstractItemView *>(QStringLiteral("courierTable")));
        }
        QTest::qWait(200); // details arrive
        m_window->findChild<QWidget *>(QStringLiteral("pageList"))->setFocus();
        const QStringList missing = unreached(m_window.get(), area);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("never reached by Tab: ") + missing.join(QStringLiteral(", "))));
    }

    void dialogsReachEveryControl_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const QString &name : AppDialogs::names())
            QTest::newRow(qPrintable(name)) << name;
    }
    void dialogsReachEveryControl()
    {
        QFETCH(QString, dialog);
        const Identity identity = *m_window->identitiesPage()->model()->identityAt(0);
        const std::unique_ptr<QWidget> w =
            AppDialogs::make(dialog, *m_app, m_window.get(), identity, QStringLiteral("mary@example.com"));
        QVERIFY(w);
        focusWindow(w.get());
        QTest::qWait(100);
        if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != w.get())
            QTest::keyClick(w.get(), Qt::Key_Tab);
        const QStringList missing = unreached(w.get(), w.get());
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("never reached by Tab: ") + missing.join(QStringLiteral(", "))));
        w->close();
    }

    // "Send verification again" from the sign-in check, by keys only: find the person, open the
    // check, Tab to the fix, confirm in the real dialog.
    void sendVerificationByKeysOnly()
    {
        const QString id = identityWhere([](const QJsonObject &o) {
            const QJsonArray addresses = o.value(QLatin1String("verifiable_addresses")).toArray();
            return o.value(QLatin1String("state")).toString() == QLatin1String("active") && !addresses.isEmpty() &&
                   addresses.first().toObject().value(QLatin1String("via")).toString() == QLatin1String("email") &&
                   !addresses.first().toObject().value(QLatin1String("verified")).toBool();
        });
        QVERIFY(!id.isEmpty());
        const QString address = m_sim->store()
                                    .identity(id)
                                    ->json()
                                    .value(QLatin1String("verifiable_addresses"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QLatin1String("value"))
                                    .toString();
        openByKeys(address);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        auto *check = m_window->findChild<SignInCheckPanel *>(QStringLiteral("signInCheck"));
        QTRY_VERIFY_WITH_TIMEOUT(check->isVisible() && !check->isChecking() && !check->findings().isEmpty(), 10000);
        auto *fix = check->findChild<QPushButton *>(QStringLiteral("fix_sendVerification"));
        QVERIFY(fix);
        QVERIFY(tabTo(fix));

        const qsizetype before = qsizetype(m_sim->store().messages().size());
        Prompt::setTestMode(false);
        bool confirmed = false;
        whenModal([&confirmed](QWidget *dialog) {
            confirmed = tabTo(dialog->findChild<QWidget *>(QStringLiteral("confirmAction")), 10);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        });
        QTest::keyClick(fix, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(confirmed, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(qsizetype(m_sim->store().messages().size()), before + 1, 10000);
        Prompt::setTestMode(true);
        QCOMPARE(m_sim->store().messages().front().json.value(QLatin1String("recipient")).toString(), address);
        QTRY_VERIFY_WITH_TIMEOUT(check->findChild<QWidget *>(QStringLiteral("signInResult"))->isVisible(), 10000);
    }

    // Deactivate with "Also revoke all sessions", then find the record in the audit viewer, by
    // keys only.
    void deactivateWithRevokeThenAuditByKeysOnly()
    {
        QString id;
        for (const SimSession &s : m_sim->store().sessions()) {
            const SimIdentity *owner = m_sim->store().identity(s.identityId);
            if (m_sim->store().isActive(s) && owner &&
                owner->json().value(QLatin1String("state")).toString() == QLatin1String("active") &&
                owner->json().value(QLatin1String("traits")).toObject().contains(QLatin1String("email"))) {
                id = s.identityId;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        const QString email = m_sim->store()
                                  .identity(id)
                                  ->json()
                                  .value(QLatin1String("traits"))
                                  .toObject()
                                  .value(QLatin1String("email"))
                                  .toString();
        openByKeys(email);
        auto *deactivate = m_window->findChild<QPushButton *>(QStringLiteral("toggleStateButton"));
        QVERIFY(tabTo(deactivate));

        Prompt::setTestMode(false);
        bool confirmed = false;
        whenModal([&confirmed](QWidget *dialog) {
            // Focus starts on the option; Space ticks it, then Tab on to the button.
            QCOMPARE(QApplication::focusWidget(), dialog->findChild<QWidget *>(QStringLiteral("confirmOption")));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            confirmed = tabTo(dialog->findChild<QWidget *>(QStringLiteral("confirmAction")), 10);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        });
        QTest::keyClick(deactivate, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(confirmed, 10000);
        Prompt::setTestMode(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->store().identity(id)->json().value(QLatin1String("state")).toString(),
                                  QStringLiteral("inactive"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(std::none_of(m_sim->store().sessions().cbegin(), m_sim->store().sessions().cend(),
                                              [&](const SimSession &s) { return s.identityId == id; }),
                                 10000);

        // The audit viewer: Ctrl+Shift+L, Tab to the target filter, type the id.
        focusWindow(m_window.get()); // the window manager gives the window back after the dialog
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<AuditLogDialog *>(), 5000);
        auto *audit = m_window->findChild<AuditLogDialog *>();
        QTRY_VERIFY_WITH_TIMEOUT(QApplication::focusWidget() && QApplication::focusWidget()->window() == audit, 5000);
        QVERIFY(tabTo(audit->findChild<QWidget *>(QStringLiteral("targetFilter")), 40));
        QTest::keyClicks(QApplication::focusWidget(), id);
        auto *table = audit->findChild<QTableWidget *>(QStringLiteral("auditTable"));
        QStringList actions;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                actions.clear();
                for (int r = 0; r < table->rowCount(); ++r) {
                    for (int c = 0; c < table->columnCount(); ++c)
                        actions.append(table->item(r, c) ? table->item(r, c)->text() : QString());
                }
                return actions.join(QLatin1Char(' ')).contains(QLatin1String("identity.deactivate"));
            }(),
            5000);
        QVERIFY2(actions.join(QLatin1Char(' ')).contains(QLatin1String("sessions")),
                 qPrintable(actions.join(QLatin1Char('|'))));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<AuditLogDialog *>() || !audit->isVisible());
    }

    // In a confirmation the user meets what they decide (the option, the typed identifier) before
    // the button that acts, and focus starts there.
    void confirmationOptionsComeBeforeTheButtons()
    {
        ConfirmDialog dialog(ConfirmDialog::Request{QStringLiteral("Deactivate identity"),
                                                    QStringLiteral("mary@example.com will be set to inactive."),
                                                    QStringLiteral("Deactivate"),
                                                    true,
                                                    {},
                                                    QStringLiteral("Also revoke all sessions")},
                             m_window.get());
        focusWindow(&dialog);
        auto *option = dialog.findChild<QWidget *>(QStringLiteral("confirmOption"));
        auto *action = dialog.findChild<QWidget *>(QStringLiteral("confirmAction"));
        QCOMPARE(QApplication::focusWidget(), option);
        const QList<QWidget *> seen = walk(6);
        QCOMPARE(seen.at(0), option);
        QVERIFY(seen.indexOf(action) > 0);
        QCOMPARE(seen.at(3), option); // the option, the two buttons, and round again
        dialog.reject();
    }
};

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
