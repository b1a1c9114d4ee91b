// SPDX-License-Identifier: GPL-3.0-or-later
// Walks the demo as a user would and saves a picture of each page, in light and in dark:
//   kd-screenshots OUTPUT_DIR
// Run by scripts/screenshots.sh under Xvfb. Uses the test harness (temporary settings, keychain
// service and audit folder) so that it never touches the user's own profiles.
#include "AllSessionsModel.h"
#include "AppHarness.h"
#include "AuditLogDialog.h"
#include "ConfirmDialog.h"
#include "CourierMessageModel.h"
#include "CourierPage.h"
#include "IdentitiesPage.h"
#include "IdentityActions.h"
#include "IdentityDetailPane.h"
#include "IdentityEditDialog.h"
#include "IdentityFilterProxy.h"
#include "IdentityHistoryTab.h"
#include "IdentityListModel.h"
#include "InvitationJob.h"
#include "InvitationsDialog.h"
#include "InviteDialog.h"
#include "KratosSimulator.h"
#include "MainWindow.h"
#include "MessageDetailPane.h"
#include "OverviewLoader.h"
#include "OverviewPage.h"
#include "Prompt.h"
#include "ReasonField.h"
#include "SchemaListModel.h"
#include "SchemasPage.h"
#include "SessionDetailPane.h"
#include "SessionsPage.h"
#include "SignInCheckPanel.h"
#include "SimStore.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <cstdio>

namespace {

// Runs the event loop until `done` holds or `ms` pass.
bool waitFor(const std::function<bool()> &done, int ms = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}

void settle(int ms = 300)
{
    waitFor([]() { return false; }, ms);
}

bool save(QWidget *widget, const QString &path)
{
    settle();
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// An identity with an unverified e-mail address at the simulator's bouncing domain, one of the
// rows the list has loaded when there is one.
std::optional<Identity> bouncingPerson(KratosSimulator &sim, const IdentityListModel *loaded)
{
    std::optional<Identity> found;
    for (const SimIdentity &candidate : sim.store().identities()) {
        const QJsonArray addresses = candidate.json().value(QStringLiteral("verifiable_addresses")).toArray();
        if (addresses.isEmpty())
            continue;
        const QJsonObject first = addresses.first().toObject();
        if (first.value(QStringLiteral("verified")).toBool() ||
            !first.value(QStringLiteral("value")).toString().endsWith(QLatin1String("@mail.example.net")))
            continue;
        found = Identity::fromJson(sim.store().renderIdentity(candidate, true, {}));
        if (loaded->rowOf(found->id) >= 0)
            break;
    }
    return found;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2 || argc > 4) {
        std::fprintf(stderr, "usage: kd-screenshots OUTPUT_DIR [LANGUAGE [WIDTHxHEIGHT]]\n");
        return 2;
    }
    // A language and a window size for looking at translations on a small screen (de 1024x700).
    // English by default, installed as the app does (its plural forms).
    Translations::install(argc >= 3 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("en"));
    const QStringList size = argc >= 4 ? QString::fromLocal8Bit(argv[3]).split(QLatin1Char('x')) : QStringList();
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);
    Prompt::setTestMode(true); // confirmations are answered below, never by a modal loop

    SimOptions options; // what --demo serves
    options.identities = 2000;
    options.messages = 400;
    options.devMode = true;
    KratosSimulator sim(options);
    QString error;
    if (!sim.start(&error)) {
        std::fprintf(stderr, "kd-screenshots: the simulator did not start: %s\n", qPrintable(error));
        return 1;
    }
    AppHarness harness;
    ConnectionProfile demo = ConnectionProfile::create(QStringLiteral("Demo (built-in simulator)"));
    demo.adminUrl = sim.adminUrl();
    demo.publicUrl = sim.publicUrl();
    demo.environment = ConnectionProfile::Environment::Development;
    harness.profiles.save(demo);
    Theme theme(&harness.preferences);
    theme.start();

    MainWindow window(harness.context());
    window.resize(size.size() == 2 ? size.at(0).toInt() : 1280, size.size() == 2 ? size.at(1).toInt() : 800);
    window.show();
    window.openProfile(demo.id);
    IdentitiesPage *identities = window.identitiesPage();
    if (!waitFor([&]() { return identities->model()->rowCount() >= 100; }))
        return 1;

    // Every session, so that the Overview counts the dormant accounts and the list knows each
    // person's last sign-in.
    window.sessionsPage()->model()->loadAll();
    waitFor([&]() { return window.sessionsPage()->model()->isComplete(); }, 20000);

    bool ok = true;
    for (const bool dark : {false, true}) {
        harness.preferences.setAppearance(dark ? AppSettings::Appearance::Dark : AppSettings::Appearance::Light);
        waitFor([&]() { return theme.isDark() == dark; });
        const QString mode = dark ? QStringLiteral("dark") : QStringLiteral("light");

        // Overview: every figure, the identity charts computed from the loaded list.
        window.showPage(MainWindow::OverviewArea);
        OverviewPage *overview = window.overviewPage();
        overview->refresh();
        if (auto *compute = overview->findChild<QPushButton *>(QStringLiteral("overviewCompute")))
            compute->click();
        waitFor([&]() {
            return overview->loader()->hasIdentityFigures() && overview->loader()->sessionsComplete() &&
                   overview->loader()->courier().counts.value(QStringLiteral("abandoned")).known;
        });
        settle(800); // the abandoned messages' errors
        ok = save(&window, QStringLiteral("%1/overview-%2.png").arg(out, mode)) && ok;

        // Sessions: the active ones, one selected with its methods and devices.
        window.showPage(MainWindow::SessionsArea);
        SessionsPage *sessions = window.sessionsPage();
        sessions->showActive(true);
        auto *sessionTable = window.findChild<QTableView *>(QStringLiteral("sessionsTable"));
        waitFor([&]() { return sessionTable->model()->rowCount() > 0 && !sessions->model()->isLoading(); });
        sessionTable->selectRow(0);
        sessionTable->setCurrentIndex(sessionTable->model()->index(0, 0));
        waitFor([&]() { return sessions->detail()->session().has_value(); });
        settle(300);
        ok = save(&window, QStringLiteral("%1/sessions-%2.png").arg(out, mode)) && ok;

        // Identities: a person with a name outside ASCII, selected.
        window.showPage(MainWindow::IdentitiesArea);
        auto *table = window.findChild<QTableView *>(QStringLiteral("identityTable"));
        int row = 0;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString name = table->model()->index(r, IdentityListModel::NameColumn).data().toString();
            if (name.contains(QChar(0x00F6)) || name.contains(QChar(0x00E9))) { // ö, é
                row = r;
                break;
            }
        }
        table->selectRow(row);
        table->setCurrentIndex(table->model()->index(row, 0));
        waitFor([&]() { return identities->detail()->identity().has_value(); });
        settle(800); // sessions and messages tabs
        ok = save(&window, QStringLiteral("%1/identities-%2.png").arg(out, mode)) && ok;
        // Editing: a broken address and a change, reviewed; the problems in words, the rule
        // under Details.
        if (const std::optional<Identity> person = identities->detail()->identity()) {
            IdentityEditDialog edit(&harness.client, &harness.audit, *person, QString(), &window);
            edit.show();
            auto *review = edit.findChild<QPushButton *>(QStringLiteral("reviewButton"));
            waitFor([&]() { return review->isEnabled(); });
            if (auto *email = edit.findChild<QLineEdit *>(QStringLiteral("field:/email"))) {
                email->setText(QStringLiteral("mary.example.com"));
                Q_EMIT email->textEdited(email->text());
            }
            review->click();
            if (auto *details = edit.findChild<QToolButton *>(QStringLiteral("validationDetailsButton")))
                details->click();
            settle(300);
            ok = save(&edit, QStringLiteral("%1/edit-problems-%2.png").arg(out, mode)) && ok;
        }
        // The quick filter and a sort, computed on a worker: the selected person stays selected.
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("quickFilter"));
        filter->setText(table->model()
                            ->index(table->currentIndex().row(), IdentityListModel::NameColumn)
                            .data()
                            .toString()
                            .left(2));
        table->sortByColumn(IdentityListModel::NameColumn, Qt::AscendingOrder);
        waitFor([&]() { return qobject_cast<IdentityFilterProxy *>(table->model())->isSettled(); });
        settle(300);
        ok = save(&window, QStringLiteral("%1/identities-filtered-%2.png").arg(out, mode)) && ok;
        // A filter that leaves the person out: the pane stays on them and says why, the chips
        // and the count say what restricts the list.
        filter->setText(QStringLiteral("no such person"));
        waitFor([&]() { return qobject_cast<IdentityFilterProxy *>(table->model())->isSettled(); });
        settle(300);
        ok = save(&window, QStringLiteral("%1/identities-pinned-%2.png").arg(out, mode)) && ok;
        filter->clear();
        table->sortByColumn(-1, Qt::AscendingOrder);
        waitFor([&]() {
            return qobject_cast<IdentityFilterProxy *>(table->model())->isSettled() &&
                   table->model()->rowCount() == identities->model()->rowCount();
        });

        // Sign-in check: someone whose mail bounces, after "Send verification again" and the
        // courier's attempts, so the panel shows the abandoned message in words.
        if (const std::optional<Identity> person = bouncingPerson(sim, identities->model())) {
            IdentityDetailPane *pane = identities->detail();
            auto *panel = window.findChild<SignInCheckPanel *>(QStringLiteral("signInCheck"));
            // Selected in the list when it is loaded, so that list and detail agree.
            const int personRow = identities->model()->rowOf(person->id);
            if (personRow >= 0)
                table->selectRow(qobject_cast<IdentityFilterProxy *>(table->model())
                                     ->mapFromSource(identities->model()->index(personRow, 0))
                                     .row());
            else
                pane->showIdentity(*person);
            window.findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentWidget(panel);
            waitFor([&]() { return !panel->findings().isEmpty() && !panel->isChecking(); });
            if (!dark) {
                if (auto *send = panel->findChild<QPushButton *>(QStringLiteral("fix_sendVerification"))) {
                    Prompt::setNextAnswers(
                        {QVariantMap{{QStringLiteral("answer"), int(QMessageBox::Yes)},
                                     {QStringLiteral("reason"), QStringLiteral("SUP-4711 no mail")}}});
                    send->click();
                    waitFor(
                        [&]() {
                            return sim.store().messages().front().json.value(QStringLiteral("recipient")) ==
                                   person->verifiableAddresses.first().value;
                        },
                        5000);
                    for (int attempt = 0; attempt < options.courierRetries; ++attempt)
                        sim.runCourier();
                }
            }
            settle(500);
            panel->check();
            waitFor([&]() { return !panel->isChecking(); });
            ok = save(&window, QStringLiteral("%1/signin-%2.png").arg(out, mode)) && ok;
            // The same person's History: the message sent, the bounces, the operator's action.
            auto *history = window.findChild<IdentityHistoryTab *>();
            window.findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentWidget(history);
            waitFor([&]() { return !history->isLoading(); });
            settle(300);
            ok = save(&window, QStringLiteral("%1/history-%2.png").arg(out, mode)) && ok;
            // Copy for ticket: the summary as it pastes into a ticket.
            if (auto *copy = window.findChild<QPushButton *>(QStringLiteral("copySummaryButton"))) {
                QApplication::clipboard()->clear();
                copy->click();
                waitFor([]() { return !QApplication::clipboard()->text().isEmpty(); }, 5000);
                QPlainTextEdit pasted;
                pasted.setWindowTitle(QStringLiteral("Pasted into a ticket"));
                pasted.setPlainText(QApplication::clipboard()->text());
                pasted.resize(720, 420);
                pasted.show();
                ok = save(&pasted, QStringLiteral("%1/summary-%2.png").arg(out, mode)) && ok;
                QApplication::clipboard()->clear();
            }
            window.findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentIndex(0);
        }

        // Courier: a message with its body revealed after the confirmation.
        window.showPage(MainWindow::CourierArea);
        CourierPage *courier = window.courierPage();
        auto *messages = window.findChild<QTableView *>(QStringLiteral("courierTable"));
        waitFor([&]() { return messages->model()->rowCount() > 0; });
        settle(500); // the page reloads once when it is first shown
        // A sent e-mail: subject, body and a delivery attempt to show.
        int message = 0;
        for (int r = 0; r < messages->model()->rowCount(); ++r) {
            const CourierMessage *m = courier->model()->messageAt(r);
            if (m && m->status == QLatin1String("sent") && m->channel == CourierMessage::Channel::Email) {
                message = r;
                break;
            }
        }
        const QRect cell = messages->visualRect(messages->model()->index(message, 0));
        QTest::mouseClick(messages->viewport(), Qt::LeftButton, {}, cell.center());
        settle(800);
        Prompt::setNextAnswers({QVariantMap{{QStringLiteral("answer"), int(QMessageBox::Yes)},
                                            {QStringLiteral("reason"), QStringLiteral("SUP-4711 code not received")}}});
        if (auto *reveal = window.findChild<QPushButton *>(QStringLiteral("revealButton")))
            reveal->click();
        waitFor([&]() { return courier->detail()->isBodyRevealed(); }, 5000);
        ok = save(&window, QStringLiteral("%1/courier-%2.png").arg(out, mode)) && ok;

        // Schemas: the default schema's tree with a trait in the inspector.
        window.showPage(MainWindow::SchemasArea);
        window.schemasPage()->showSchema(QStringLiteral("default"));
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("schemaTree"));
        waitFor([&]() { return tree->model() && tree->model()->rowCount() > 0; });
        settle(300);
        const QModelIndex first = tree->model()->index(0, 0);
        const QModelIndex trait = tree->model()->rowCount(first) > 0 ? tree->model()->index(0, 0, first) : first;
        tree->setCurrentIndex(trait);
        ok = save(&window, QStringLiteral("%1/schemas-%2.png").arg(out, mode)) && ok;

        // The audit viewer with what the walk recorded (the reveal).
        AuditLogDialog audit(&harness.audit, demo.id, demo.name, &window);
        audit.resize(1100, 600);
        audit.show();
        if (auto *records = audit.findChild<QTableView *>(QStringLiteral("auditTable"));
            records && waitFor([&]() { return records->model()->rowCount() > 0; }, 3000))
            records->setCurrentIndex(records->model()->index(0, 0)); // the record in full below
        ok = save(&audit, QStringLiteral("%1/audit-%2.png").arg(out, mode)) && ok;
        audit.close();

        // Invitations: two new people invited with links to hand over, then the list with what
        // the server says about them.
        {
            InviteDialog invite(&harness.client, &harness.audit, window.findChild<SchemaListModel *>(), &window);
            invite.show();
            auto *button = invite.findChild<QPushButton *>(QStringLiteral("inviteButton"));
            waitFor([&]() { return button->isEnabled(); });
            invite.findChild<QPlainTextEdit *>(QStringLiteral("inviteAddresses"))
                ->setPlainText(
                    QStringLiteral("grace.hopper.%1@example.org\nalan.kay.%1@example.org\nnot-an-address").arg(mode));
            invite.findChild<QComboBox *>(QStringLiteral("inviteDelivery"))
                ->setCurrentIndex(int(InvitationJob::Delivery::Link));
            QSignalSpy invited(&invite, &InviteDialog::invited);
            Prompt::setNextAnswers({QVariantMap{{QStringLiteral("answer"), int(QMessageBox::Yes)},
                                                {QStringLiteral("reason"), QStringLiteral("SUP-4800 new staff")}}});
            button->click();
            invited.wait(10000);
            ok = save(&invite, QStringLiteral("%1/invite-%2.png").arg(out, mode)) && ok;
            invite.close();
            InvitationsDialog list(&harness.client, &harness.audit, window.findChild<SchemaListModel *>(), &window);
            list.show();
            auto *rows = list.findChild<QTableWidget *>(QStringLiteral("invitationsTable"));
            waitFor([&]() {
                return rows->rowCount() > 0 && rows->item(0, 5) && rows->item(0, 5)->text() != QLatin1String("unknown");
            });
            rows->selectRow(0);
            ok = save(&list, QStringLiteral("%1/invitations-%2.png").arg(out, mode)) && ok;
            list.close();
        }

        // A confirmation asking why, on a profile that requires it, with the reason typed.
        ReasonField::setProfileRequires(true);
        ConfirmDialog::Request request = ConfirmDialog::request(IdentityActions::describeSetState(
            QStringLiteral("be62033e-da73-44b9-9327-aaeb19e83696"), QStringLiteral("tim.lamport@example.org"), false));
        request.optionLabel = IdentityActions::revokeSessionsOption();
        request.asksReason = true;
        ConfirmDialog confirm(request, &window);
        confirm.show();
        if (auto *reason = confirm.findChild<QLineEdit *>(QStringLiteral("reasonEdit")))
            reason->setText(QStringLiteral("SUP-4711 account taken over"));
        settle(300);
        ok = save(&confirm, QStringLiteral("%1/confirm-reason-%2.png").arg(out, mode)) && ok;
        confirm.close();
        ReasonField::setProfileRequires(false);
        courier->detail()->clear(); // wipe the revealed body before the next mode
    }
    return ok ? 0 : 1;
}
