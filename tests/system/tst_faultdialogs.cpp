// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppHarness.h"
#include "Await.h"
#include "BulkDialog.h"
#include "ConnectionTester.h"
#include "CourierMessage.h"
#include "CourierMessageQuery.h"
#include "CreateIdentityDialog.h"
#include "ErrorBanner.h"
#include "FaultCase.h"
#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "IdentityEditDialog.h"
#include "IdentityImporter.h"
#include "IdentityListModel.h"
#include "ImportDialog.h"
#include "InvitationJob.h"
#include "InviteDialog.h"
#include "KratosClient.h"
#include "MessageDetailPane.h"
#include "ProfilesDialog.h"
#include "Prompt.h"
#include "RecoveryDialog.h"
#include "SchemaListModel.h"
#include "SignInCheckPanel.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"
#include "TraitsEditor.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace TestSupport;

namespace {

// Everything one cell needs: a simulator, a client, and the dialog or pane under test.
struct Fixture
{
    std::unique_ptr<KratosSimulator> sim;
    QNetworkAccessManager nam;
    std::unique_ptr<KratosClient> client;
    std::unique_ptr<TestAudit> audit;
    std::unique_ptr<AppHarness> app; // only for the profiles dialog
    std::unique_ptr<SchemaListModel> schemas;
    std::unique_ptr<QWidget> widget;
    QString fault;
};

// One dialog or pane that sends something to Kratos, driven the way a user drives it.
struct Surface
{
    QString faultMatch;           // which requests the simulator's faults hit
    bool connectionFaults = true; // faults that move the connection apply through the client
    int oversizeBytes = 512 * 1024;
    std::function<void()> prepare;               // opens it against a healthy server and types the input
    std::function<void()> act;                   // the user's action that reaches Kratos
    std::function<QString()> message;            // what the user reads about the failure
    std::function<bool()> inputKept;             // what was typed or chosen is all still there
    std::function<void(bool rateLimited)> retry; // the user's retry (nothing when the app retries by itself)
    std::function<bool()> succeeded;             // the action took effect and the surface says so
    std::function<void(const QString &fault, ConnectionSettings *)>
        redirect; // connection faults, when not through the client
    QString rateLimitText = QStringLiteral("Retrying in");
    bool publicApi = false; // talks to the public URL (self-service flows): the faults hit that port
    qint64 maxResponseBytes = 256 * 1024;
    // What the user reads instead of FaultCase's words for some faults (empty: the action succeeds).
    QHash<QString, QString> expect;
};

// A change answered with a redirect is never re-sent elsewhere, and says so.
void isChange(Surface *s)
{
    s->expect.insert(QStringLiteral("redirect to another origin"), QStringLiteral("changes are not re-sent"));
}

QString bannerText(QWidget *root, const char *name)
{
    auto *banner = root->findChild<ErrorBanner *>(QString::fromLatin1(name));
    return banner && banner->isVisible() ? banner->text() : QString();
}

void clickBannerRetry(QWidget *root, const char *name)
{
    auto *banner = root->findChild<ErrorBanner *>(QString::fromLatin1(name));
    QVERIFY(banner);
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("errorRetry")), Qt::LeftButton);
}

QString emailOf(const QJsonObject &identity)
{
    return identity.value(QLatin1String("traits")).toObject().value(QLatin1String("email")).toString();
}

// How many identities of the simulator have this e-mail address.
int identitiesWithEmail(KratosSimulator &sim, const QString &email)
{
    int n = 0;
    for (const SimIdentity &i : sim.store().identities())
        n += emailOf(i.json()) == email;
    return n;
}

// Active identities with an e-mail trait, in the store's order.
QStringList emailIdentities(KratosSimulator &sim, int count)
{
    QStringList ids;
    for (const SimIdentity &i : sim.store().identities()) {
        if (ids.size() < count && !emailOf(i.json()).isEmpty() &&
            i.json().value(QLatin1String("state")).toString() == QLatin1String("active"))
            ids.append(i.json().value(QLatin1String("id")).toString());
    }
    return ids;
}

Identity fetchIdentity(KratosClient *client, const QString &id)
{
    Await<Identity> got;
    QObject context;
    client->getIdentity(id, {}, &context, got.callback());
    if (!got.wait() || !got.result().ok())
        qFatal("identity %s could not be read", qPrintable(id));
    return got.value();
}

// An identity the simulator seeded with a session that is still active; empty when none is.
QString identityWithActiveSession(KratosSimulator &sim)
{
    for (const SimSession &session : sim.store().sessions()) {
        if (sim.store().isActive(session))
            return session.identityId;
    }
    return QString();
}

Surface makeSurface(const QString &name, Fixture &f)
{
    Surface s;
    KratosClient *client = f.client.get();
    AuditLog *audit = &f.audit->log;
    KratosSimulator *sim = f.sim.get();
    Fixture *fx = &f;
    s.faultMatch = QStringLiteral("/admin/");

    if (name == QLatin1String("edit")) {
        isChange(&s);
        auto wanted = std::make_shared<QJsonObject>();
        auto id = std::make_shared<QString>();
        s.faultMatch = QStringLiteral("PATCH /admin/identities");
        s.prepare = [=]() {
            *id = emailIdentities(*sim, 1).value(0);
            auto *dialog = new IdentityEditDialog(client, audit, fetchIdentity(client, *id));
            fx->widget.reset(dialog);
            dialog->show();
            auto *review = child<QPushButton>(dialog, "reviewButton");
            QTRY_VERIFY(review->isEnabled());
            QJsonObject traits;
            QString error;
            QVERIFY(dialog->traitsEditor()->traits(&traits, &error));
            traits.insert(QStringLiteral("email"), QStringLiteral("edited-under-fault@example.com"));
            *wanted = traits;
            dialog->traitsEditor()->setTraits(traits);
            QTest::mouseClick(review, Qt::LeftButton);
            QVERIFY(child<QPushButton>(dialog, "applyButton")->isEnabled());
        };
        s.act = [=]() { QTest::mouseClick(child<QPushButton>(fx->widget.get(), "applyButton"), Qt::LeftButton); };
        s.message = [=]() { return bannerText(fx->widget.get(), "editErrorBanner"); };
        s.inputKept = [=]() {
            auto *dialog = static_cast<IdentityEditDialog *>(fx->widget.get());
            QJsonObject traits;
            QString error;
            return dialog->isVisible() && dialog->result() != QDialog::Accepted &&
                   dialog->traitsEditor()->traits(&traits, &error) && traits == *wanted;
        };
        s.retry = [=](bool) { clickBannerRetry(fx->widget.get(), "editErrorBanner"); };
        s.succeeded = [=]() {
            return static_cast<QDialog *>(fx->widget.get())->result() == QDialog::Accepted &&
                   emailOf(sim->store().identity(*id)->json()) == wanted->value(QLatin1String("email")).toString();
        };
    } else if (name == QLatin1String("create")) {
        isChange(&s);
        auto wanted = std::make_shared<QJsonObject>();
        const QString email = QStringLiteral("created-under-fault@example.com");
        s.faultMatch = QStringLiteral("POST /admin/identities");
        s.prepare = [=]() {
            const Identity model = fetchIdentity(client, emailIdentities(*sim, 1).value(0));
            auto *dialog = new CreateIdentityDialog(client, audit, fx->schemas.get());
            fx->widget.reset(dialog);
            dialog->show();
            auto *schema = child<QComboBox>(dialog, "schemaCombo");
            QTRY_VERIFY(schema->count() > 0);
            schema->setCurrentIndex(schema->findText(model.schemaId));
            QJsonObject traits = model.traits;
            traits.insert(QStringLiteral("email"), email);
            *wanted = traits;
            dialog->traitsEditor()->setTraits(traits);
        };
        s.act = [=]() {
            Prompt::setNextAnswers({int(QMessageBox::Yes)}); // the confirmation
            QTest::mouseClick(child<QPushButton>(fx->widget.get(), "createButton"), Qt::LeftButton);
        };
        s.message = [=]() { return bannerText(fx->widget.get(), "createErrorBanner"); };
        s.inputKept = [=]() {
            auto *dialog = static_cast<CreateIdentityDialog *>(fx->widget.get());
            QJsonObject traits;
            QString error;
            return dialog->isVisible() && dialog->result() != QDialog::Accepted &&
                   dialog->traitsEditor()->traits(&traits, &error) && traits == *wanted;
        };
        s.retry = [=](bool) { clickBannerRetry(fx->widget.get(), "createErrorBanner"); };
        // Sent again without a second confirmation. When the broken answer hid a create that
        // happened, Kratos refuses the duplicate and the dialog names the identity that has the
        // address (the one the hidden create made): never two identities.
        s.succeeded = [=]() {
            const bool accepted = static_cast<QDialog *>(fx->widget.get())->result() == QDialog::Accepted;
            return identitiesWithEmail(*sim, email) == 1 &&
                   (accepted || bannerText(fx->widget.get(), "createErrorBanner")
                                    .contains(QStringLiteral("already uses %1.").arg(email)));
        };
    } else if (name == QLatin1String("recovery")) {
        isChange(&s);
        s.faultMatch = QStringLiteral("/admin/recovery");
        s.prepare = [=]() {
            const QString id = emailIdentities(*sim, 1).value(0);
            auto *dialog = new RecoveryDialog(client, audit, id, QStringLiteral("someone"));
            fx->widget.reset(dialog);
            dialog->show();
            auto *expires = child<QLineEdit>(dialog, "recoveryExpires");
            expires->clear();
            QTest::keyClicks(expires, QStringLiteral("1h30m"));
            child<QRadioButton>(dialog, "recoveryKindCode")->setChecked(true);
        };
        s.act = [=]() { QTest::mouseClick(child<QPushButton>(fx->widget.get(), "recoveryCreate"), Qt::LeftButton); };
        s.message = [=]() { return bannerText(fx->widget.get(), "recoveryErrorBanner"); };
        s.inputKept = [=]() {
            return child<QLineEdit>(fx->widget.get(), "recoveryExpires")->text() == QLatin1String("1h30m") &&
                   child<QRadioButton>(fx->widget.get(), "recoveryKindCode")->isChecked() &&
                   child<QLineEdit>(fx->widget.get(), "recoveryResult")->text().isEmpty();
        };
        s.retry = [=](bool) { clickBannerRetry(fx->widget.get(), "recoveryErrorBanner"); };
        s.succeeded = [=]() {
            return !child<QLineEdit>(fx->widget.get(), "recoveryResult")->text().isEmpty() &&
                   bannerText(fx->widget.get(), "recoveryErrorBanner").isEmpty();
        };
    } else if (name == QLatin1String("bulk")) {
        isChange(&s);
        auto ids = std::make_shared<QStringList>();
        s.faultMatch = QStringLiteral("PATCH /admin/identities");
        s.rateLimitText = QStringLiteral("continuing in");
        s.prepare = [=]() {
            *ids = emailIdentities(*sim, 3);
            auto *dialog = new BulkDialog(client, audit, BulkOperation::Action::Deactivate, *ids);
            fx->widget.reset(dialog);
            dialog->show();
        };
        s.act = [=]() { static_cast<BulkDialog *>(fx->widget.get())->start(); };
        s.message = [=]() {
            QString text = child<QLabel>(fx->widget.get(), "bulkSummary")->text();
            auto *results = child<QTableWidget>(fx->widget.get(), "bulkResults");
            for (int r = 0; r < results->rowCount(); ++r)
                text += QLatin1Char('\n') + results->item(r, 2)->text();
            return text.contains(QLatin1String("failed or cancelled")) || text.contains(QLatin1String("continuing in"))
                       ? text
                       : QString();
        };
        s.inputKept = [=]() {
            auto *results = child<QTableWidget>(fx->widget.get(), "bulkResults");
            QStringList shown;
            for (int r = 0; r < results->rowCount(); ++r)
                shown.append(results->item(r, 0)->text());
            return shown == *ids && fx->widget->isVisible();
        };
        s.retry = [=](bool rateLimited) {
            if (!rateLimited)
                QTest::mouseClick(child<QPushButton>(fx->widget.get(), "bulkRetry"), Qt::LeftButton);
        };
        s.succeeded = [=]() {
            for (const QString &id : std::as_const(*ids)) {
                if (sim->store().identity(id)->json().value(QLatin1String("state")).toString() !=
                    QLatin1String("inactive"))
                    return false;
            }
            return child<QLabel>(fx->widget.get(), "bulkSummary")->text() ==
                   QLatin1String("3 done, 0 failed or cancelled");
        };
    } else if (name == QLatin1String("import")) {
        isChange(&s);
        auto emails = std::make_shared<QStringList>();
        s.faultMatch = QStringLiteral("PATCH /admin/identities");
        s.prepare = [=]() {
            const Identity model = fetchIdentity(client, emailIdentities(*sim, 1).value(0));
            QJsonArray bodies;
            for (int i = 1; i <= 3; ++i) {
                QJsonObject traits = model.traits;
                const QString email = QStringLiteral("imported-%1@example.com").arg(i);
                emails->append(email);
                traits.insert(QStringLiteral("email"), email);
                bodies.append(
                    QJsonObject{{QStringLiteral("schema_id"), model.schemaId}, {QStringLiteral("traits"), traits}});
            }
            auto *dialog = new ImportDialog(client, audit);
            fx->widget.reset(dialog);
            dialog->show();
            QVERIFY(dialog->load(QJsonDocument(bodies).toJson()));
        };
        s.act = [=]() { static_cast<ImportDialog *>(fx->widget.get())->start(); };
        s.message = [=]() { return bannerText(fx->widget.get(), "importErrorBanner"); };
        s.inputKept = [=]() {
            auto *dialog = static_cast<ImportDialog *>(fx->widget.get());
            return dialog->isVisible() && dialog->importer()->count() == 3;
        };
        s.retry = [=](bool) { QTest::mouseClick(child<QPushButton>(fx->widget.get(), "importRetry"), Qt::LeftButton); };
        // As with create: an import whose answer was lost is not imported twice.
        s.succeeded = [=]() {
            auto *dialog = static_cast<ImportDialog *>(fx->widget.get());
            if (dialog->importer()->isRunning() || dialog->importer()->retryableCount() > 0)
                return false;
            for (const QString &email : std::as_const(*emails)) {
                if (identitiesWithEmail(*sim, email) != 1)
                    return false;
            }
            return true;
        };
    } else if (name == QLatin1String("sessions")) {
        isChange(&s);
        auto identityId = std::make_shared<QString>();
        s.faultMatch = QStringLiteral("DELETE /admin/identities");
        // Kratos answers 204 without a body: there is no JSON to break, and the revocation works.
        for (const char *fault : {"truncated JSON", "malformed JSON", "HTML with text/html"})
            s.expect.insert(QString::fromLatin1(fault), QString());
        s.prepare = [=]() {
            *identityId = identityWithActiveSession(*sim);
            QVERIFY(!identityId->isEmpty());
            auto *pane = new IdentityDetailPane(client, audit);
            fx->widget.reset(pane);
            pane->show();
            pane->showIdentity(fetchIdentity(client, *identityId));
            QTRY_VERIFY(child<QTableView>(pane, "sessionTable")->model()->rowCount() > 0);
        };
        s.act = [=]() {
            Prompt::setNextAnswers({int(QMessageBox::Yes)});
            QTest::mouseClick(child<QPushButton>(fx->widget.get(), "revokeAllSessionsButton"), Qt::LeftButton);
        };
        s.message = [=]() { return bannerText(fx->widget.get(), "detailError"); };
        s.inputKept = [=]() {
            auto *pane = static_cast<IdentityDetailPane *>(fx->widget.get());
            return pane->identity() && pane->identity()->id == *identityId;
        };
        s.retry = [=](bool) { clickBannerRetry(fx->widget.get(), "detailError"); };
        s.succeeded = [=]() {
            for (const SimSession &session : sim->store().sessions()) {
                if (session.identityId == *identityId)
                    return false;
            }
            return child<QTableView>(fx->widget.get(), "sessionTable")->model()->rowCount() == 0 &&
                   bannerText(fx->widget.get(), "detailError").isEmpty();
        };
    } else if (name == QLatin1String("extend session")) {
        isChange(&s);
        auto sessionId = std::make_shared<QString>();
        auto before = std::make_shared<QDateTime>();
        s.faultMatch = QStringLiteral("PATCH /admin/sessions");
        s.prepare = [=]() {
            const QString identityId = identityWithActiveSession(*sim);
            QVERIFY(!identityId.isEmpty());
            auto *pane = new IdentityDetailPane(client, audit);
            fx->widget.reset(pane);
            pane->show();
            pane->showIdentity(fetchIdentity(client, identityId));
            auto *table = child<QTableView>(pane, "sessionTable");
            QTRY_VERIFY(table->model()->rowCount() > 0);
            table->selectRow(0);
            *sessionId = table->model()->index(0, 0).data(Qt::UserRole + 1).toString();
            QVERIFY(sim->store().session(*sessionId));
            *before = sim->store().session(*sessionId)->expiresAt;
        };
        s.act = [=]() {
            Prompt::setNextAnswers({int(QMessageBox::Yes)});
            QTest::mouseClick(child<QPushButton>(fx->widget.get(), "extendSessionButton"), Qt::LeftButton);
        };
        s.message = [=]() { return bannerText(fx->widget.get(), "detailError"); };
        s.inputKept = [=]() {
            auto *table = child<QTableView>(fx->widget.get(), "sessionTable");
            return table->model()->rowCount() > 0;
        };
        s.retry = [=](bool) { clickBannerRetry(fx->widget.get(), "detailError"); };
        s.succeeded = [=]() {
            return sim->store().session(*sessionId)->expiresAt > *before &&
                   bannerText(fx->widget.get(), "detailError").isEmpty();
        };
    } else if (name == QLatin1String("identity detail")) {
        auto identity = std::make_shared<Identity>();
        s.prepare = [=]() {
            *identity = fetchIdentity(client, identityWithActiveSession(*sim));
            auto *pane = new IdentityDetailPane(client, audit);
            fx->widget.reset(pane);
            pane->show();
        };
        s.act = [=]() { static_cast<IdentityDetailPane *>(fx->widget.get())->showIdentity(*identity); };
        s.message = [=]() { return bannerText(fx->widget.get(), "detailError"); };
        s.inputKept = [=]() {
            auto *pane = static_cast<IdentityDetailPane *>(fx->widget.get());
            return pane->identity() && pane->identity()->id == identity->id;
        };
        s.retry = [=](bool) { clickBannerRetry(fx->widget.get(), "detailError"); };
        s.succeeded = [=]() {
            auto *overview = child<QTreeWidget>(fx->widget.get(), "overviewTree");
            return bannerText(fx->widget.get(), "detailError").isEmpty() &&
                   child<QTableView>(fx->widget.get(), "sessionTable")->model()->rowCount() > 0 &&
                   !overview->findItems(identity->id, Qt::MatchExactly | Qt::MatchRecursive, 1).isEmpty();
        };
    } else if (name == QLatin1String("courier detail") || name == QLatin1String("reveal")) {
        const bool reveal = name == QLatin1String("reveal");
        auto message = std::make_shared<CourierMessage>();
        s.faultMatch = QStringLiteral("GET /admin/courier/messages/");
        s.prepare = [=]() {
            Await<Page<CourierMessage>> page;
            QObject context;
            CourierMessageQuery query;
            client->listCourierMessages(query, &context, page.callback());
            QVERIFY(page.wait() && page.result().ok() && !page.value().items.isEmpty());
            *message = page.value().items.first();
            auto *pane = new MessageDetailPane(client, audit);
            fx->widget.reset(pane);
            pane->show();
            if (reveal) {
                pane->showMessage(*message);
                QTRY_VERIFY(child<QPushButton>(pane, "revealButton")->isEnabled());
                QTest::qWait(50); // the full message has arrived
            }
        };
        s.act = [=]() {
            auto *pane = static_cast<MessageDetailPane *>(fx->widget.get());
            if (reveal) {
                Prompt::setNextAnswers({int(QMessageBox::Yes)});
                QTest::mouseClick(child<QPushButton>(pane, "revealButton"), Qt::LeftButton);
            } else {
                pane->showMessage(*message);
            }
        };
        s.message = [=]() { return bannerText(fx->widget.get(), "messageErrorBanner"); };
        s.inputKept = [=]() {
            auto *pane = static_cast<MessageDetailPane *>(fx->widget.get());
            return pane->message() && pane->message()->id == message->id && !pane->isBodyRevealed();
        };
        s.retry = [=](bool) { clickBannerRetry(fx->widget.get(), "messageErrorBanner"); };
        s.succeeded = [=]() {
            auto *pane = static_cast<MessageDetailPane *>(fx->widget.get());
            if (!bannerText(pane, "messageErrorBanner").isEmpty())
                return false;
            if (reveal)
                return pane->isBodyRevealed() && !child<QPlainTextEdit>(pane, "bodyView")->toPlainText().isEmpty();
            auto *fields = child<QTreeWidget>(pane, "messageFields");
            return !fields->findItems(message->id, Qt::MatchExactly, 1).isEmpty();
        };
    } else if (name == QLatin1String("profiles test")) {
        s.connectionFaults = false;
        s.faultMatch = QString();
        s.oversizeBytes = int(2 * ConnectionTester::MaxProbeBytes);
        s.rateLimitText = QStringLiteral("429");
        s.expect.insert(QStringLiteral("plain-text 405"), QStringLiteral("admin endpoints (405)"));
        s.prepare = [=]() {
            fx->app = std::make_unique<AppHarness>();
            ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Under test"));
            profile.adminUrl = sim->adminUrl();
            profile.timeoutSeconds = fx->fault == QLatin1String("latency 3 s") ? 15 : 2;
            fx->app->profiles.save(profile);
            auto *dialog = new ProfilesDialog(fx->app->context());
            fx->widget.reset(dialog);
            dialog->selectProfile(profile.id);
            dialog->show();
        };
        s.redirect = [=](const QString &, ConnectionSettings *settings) {
            auto *url = fx->widget->findChild<QLineEdit *>(QStringLiteral("adminUrlEdit"));
            QVERIFY(url);
            url->setText(settings->adminUrl.toString());
        };
        s.act = [=]() { QTest::mouseClick(child<QPushButton>(fx->widget.get(), "testButton"), Qt::LeftButton); };
        s.message = [=]() {
            const QString text = child<QLabel>(fx->widget.get(), "testResult")->text();
            return text.startsWith(QStringLiteral("✘")) ? text : QString();
        };
        s.inputKept = [=]() { return fx->widget->isVisible(); };
        s.retry = [=](bool) {
            child<QLineEdit>(fx->widget.get(), "adminUrlEdit")->setText(sim->adminUrl().toString());
            QTest::mouseClick(child<QPushButton>(fx->widget.get(), "testButton"), Qt::LeftButton);
        };
        s.succeeded = [=]() {
            return child<QLabel>(fx->widget.get(), "testResult")->text().startsWith(QStringLiteral("✔"));
        };
    } else if (name == QLatin1String("send verification")) {
        // The sign-in check's "Send verification again": public flow init, the confirmation, submit.
        s.publicApi = true;
        s.connectionFaults = false;
        s.faultMatch = QStringLiteral("/self-service/verification");
        s.expect.insert(QStringLiteral("redirect to another origin"), QStringLiteral("not followed"));
        auto address = std::make_shared<QString>();
        auto before = std::make_shared<qsizetype>(0);
        s.prepare = [=]() {
            QString id;
            for (const SimIdentity &i : sim->store().identities()) {
                const QJsonArray addresses = i.json().value(QLatin1String("verifiable_addresses")).toArray();
                if (!addresses.isEmpty() &&
                    addresses.first().toObject().value(QLatin1String("via")) == QLatin1String("email") &&
                    !addresses.first().toObject().value(QLatin1String("verified")).toBool()) {
                    id = i.json().value(QLatin1String("id")).toString();
                    *address = addresses.first().toObject().value(QLatin1String("value")).toString();
                    break;
                }
            }
            QVERIFY(!id.isEmpty());
            auto *pane = new IdentityDetailPane(client, audit);
            fx->widget.reset(pane);
            pane->show();
            auto *panel = child<SignInCheckPanel>(pane, "signInCheck");
            pane->showIdentity(fetchIdentity(client, id));
            child<QTabWidget>(pane, "detailTabs")->setCurrentWidget(panel);
            QTRY_VERIFY_WITH_TIMEOUT(!panel->findings().isEmpty() && !panel->isChecking(), 10000);
            *before = qsizetype(sim->store().messages().size());
        };
        s.redirect = [=](const QString &, ConnectionSettings *settings) {
            // The connection faults move the public URL; the admin API stays healthy.
            ConnectionSettings moved = *settings;
            moved.publicUrl = settings->adminUrl;
            moved.adminUrl = sim->adminUrl();
            client->setConnection(moved);
        };
        auto click = [=]() {
            Prompt::setNextAnswers({int(QMessageBox::Yes)});
            auto *panel = child<SignInCheckPanel>(fx->widget.get(), "signInCheck");
            QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("fix_sendVerification")), Qt::LeftButton);
        };
        s.act = click;
        s.message = [=]() { return bannerText(fx->widget.get(), "signInError"); };
        s.inputKept = [=]() { return !child<SignInCheckPanel>(fx->widget.get(), "signInCheck")->findings().isEmpty(); };
        s.retry = [=](bool rateLimited) {
            if (rateLimited)
                return; // the banner's countdown sends again; the probe then asks for the confirmation
            Prompt::setNextAnswers({int(QMessageBox::Yes)});
            clickBannerRetry(fx->widget.get(), "signInError");
        };
        s.succeeded = [=]() {
            auto *result = fx->widget->findChild<QLabel *>(QStringLiteral("signInResult"));
            return qsizetype(sim->store().messages().size()) > *before &&
                   sim->store().messages().front().json.value(QLatin1String("recipient")).toString() == *address &&
                   result && result->isVisible() && bannerText(fx->widget.get(), "signInError").isEmpty();
        };
    } else if (name == QLatin1String("invite")) {
        isChange(&s);
        const QStringList emails{QStringLiteral("invited-1@staff.example"), QStringLiteral("invited-2@staff.example")};
        s.faultMatch = QStringLiteral("POST /admin/identities");
        s.prepare = [=]() {
            auto *dialog = new InviteDialog(client, audit, fx->schemas.get());
            fx->widget.reset(dialog);
            dialog->show();
            QTRY_VERIFY(child<QPushButton>(dialog, "inviteButton")->isEnabled());
            child<QPlainTextEdit>(dialog, "inviteAddresses")->setPlainText(emails.join(QLatin1Char('\n')));
            child<QComboBox>(dialog, "inviteDelivery")->setCurrentIndex(int(InvitationJob::Delivery::Link));
        };
        s.act = [=]() {
            Prompt::setNextAnswers(
                {QVariantMap{{QStringLiteral("answer"), int(QMessageBox::Yes)}, {QStringLiteral("reason"), {}}}});
            QTest::mouseClick(child<QPushButton>(fx->widget.get(), "inviteButton"), Qt::LeftButton);
        };
        // The rate's countdown while the job waits, or each person's result once it is over.
        s.message = [=]() {
            const QString status = child<QLabel>(fx->widget.get(), "inviteStatus")->text();
            if (status.contains(QLatin1String("Retrying in")))
                return status;
            if (!status.contains(QLatin1String("not invited")))
                return QString();
            auto *results = child<QTableWidget>(fx->widget.get(), "inviteResults");
            QString text = status;
            for (int r = 0; r < results->rowCount(); ++r)
                text += QLatin1Char('\n') + results->item(r, 1)->text();
            return text;
        };
        s.inputKept = [=]() {
            const QString typed = child<QPlainTextEdit>(fx->widget.get(), "inviteAddresses")->toPlainText();
            return fx->widget->isVisible() && typed.contains(emails.at(0)) && typed.contains(emails.at(1));
        };
        s.retry = [=](bool rateLimited) {
            if (!rateLimited)
                s.act();
        };
        // Each person has one identity and a link, or (when a broken answer hid a create that
        // happened) the dialog names the account that has the address: never two identities.
        s.succeeded = [=]() {
            auto *results = child<QTableWidget>(fx->widget.get(), "inviteResults");
            if (results->rowCount() != 2 || child<QPushButton>(fx->widget.get(), "inviteButton")->isEnabled() == false)
                return false;
            for (int r = 0; r < 2; ++r) {
                const bool linked =
                    results->item(r, 2) && results->item(r, 2)->text().startsWith(QLatin1String("http"));
                const bool taken = results->item(r, 1)->text().contains(QLatin1String("already"));
                if (identitiesWithEmail(*sim, emails.at(r)) != 1 || !(linked || taken))
                    return false;
            }
            return true;
        };
    } else if (name == QLatin1String("load all")) {
        auto firstPage = std::make_shared<int>(0);
        s.faultMatch = QStringLiteral("GET /admin/identities");
        s.maxResponseBytes = 8 * 1024 * 1024; // pages of 1,000 identities
        s.oversizeBytes = 9 * 1024 * 1024;
        s.prepare = [=]() {
            auto *page = new IdentitiesPage(client, audit, fx->schemas.get());
            fx->widget.reset(page);
            page->show();
            page->reload();
            QTRY_VERIFY(page->model()->rowCount() > 0 && !page->model()->isLoading());
            *firstPage = page->model()->rowCount();
            QVERIFY(*firstPage < int(sim->store().identities().size()));
        };
        s.act = [=]() { QTest::mouseClick(child<QPushButton>(fx->widget.get(), "loadAllButton"), Qt::LeftButton); };
        s.message = [=]() { return bannerText(fx->widget.get(), "identityErrorBanner"); };
        s.inputKept = [=]() {
            return static_cast<IdentitiesPage *>(fx->widget.get())->model()->rowCount() >= *firstPage;
        };
        s.retry = [=](bool) { clickBannerRetry(fx->widget.get(), "identityErrorBanner"); };
        s.succeeded = [=]() {
            IdentityListModel *model = static_cast<IdentitiesPage *>(fx->widget.get())->model();
            return model->isComplete() && model->rowCount() == int(sim->store().identities().size()) &&
                   bannerText(fx->widget.get(), "identityErrorBanner").isEmpty();
        };
    }
    return s;
}

const QStringList surfaces{QStringLiteral("edit"),
                           QStringLiteral("create"),
                           QStringLiteral("recovery"),
                           QStringLiteral("bulk"),
                           QStringLiteral("import"),
                           QStringLiteral("sessions"),
                           QStringLiteral("extend session"),
                           QStringLiteral("identity detail"),
                           QStringLiteral("courier detail"),
                           QStringLiteral("reveal"),
                           QStringLiteral("profiles test"),
                           QStringLiteral("load all"),
                           QStringLiteral("send verification"),
                           QStringLiteral("invite")};

} // namespace

// The fault matrix through the dialogs and panes that send something to Kratos: whatever goes
// wrong, the surface says what happened where the user is looking, keeps what was typed, stays
// responsive, and the same action sent again (by Retry, or by itself after a 429) takes effect.
class tst_FaultDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }

    void cell_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected");
        for (const QString &surface : surfaces) {
            for (const auto &[fault, expected] : FaultCase::all())
                QTest::newRow(qPrintable(surface + QStringLiteral(": ") + fault)) << surface << fault << expected;
        }
    }

    void cell()
    {
        QFETCH(QString, surface);
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        SimOptions options;
        options.identities = surface == QLatin1String("load all") ? 1200 : 12;
        options.messages = 12;
        options.devMode = true; // bodies can be revealed
        Fixture f;
        f.fault = fault;
        f.sim = startSimulator(options);
        f.client = std::make_unique<KratosClient>(&f.nam);
        f.audit = std::make_unique<TestAudit>(f.client.get());
        f.schemas = std::make_unique<SchemaListModel>(f.client.get());
        Surface s = makeSurface(surface, f);
        ConnectionSettings good = FaultCase::goodSettings(*f.sim, fault);
        good.maxResponseBytes = s.maxResponseBytes;
        if (s.publicApi)
            good.publicUrl = f.sim->publicUrl();
        f.client->setConnection(good);
        QVERIFY(s.prepare);
        s.prepare();
        if (QTest::currentTestFailed())
            return;

        TlsTestServer untrusted; // a self-signed certificate the profile does not trust
        ConnectionSettings settings = good;
        SimFaults faults;
        faults.match = s.faultMatch;
        faults.publicPortToo = s.publicApi;
        if (surface == QLatin1String("load all") && !settings.adminUrl.isEmpty())
            faults.passFirst = 1; // the first page of "load all" arrives, the next one fails
        FaultCase::apply(fault, *f.sim, &faults, &settings, &untrusted, s.oversizeBytes);
        f.sim->faults() = faults;
        if (settings.adminUrl != good.adminUrl) {
            if (s.connectionFaults)
                f.client->setConnection(settings);
            else
                s.redirect(fault, &settings);
        }
        const bool rateLimited = fault == QLatin1String("429 Retry-After");
        if (rateLimited)
            expected = s.rateLimitText;
        expected = s.expect.value(fault, expected);

        FaultCase::StallWatch stalls;
        s.act();
        if (expected.isEmpty()) {
            QTRY_VERIFY_WITH_TIMEOUT(s.succeeded(), 15000);
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!s.message().isEmpty(), 15000);
            const QString shown = s.message();
            qInfo("%s", qPrintable(shown));
            QVERIFY2(shown.contains(expected), qPrintable(shown));
            QVERIFY(s.inputKept());
            QVERIFY(!s.succeeded());
            // The fault goes away; the same action is sent again and takes effect.
            f.sim->faults() = SimFaults{};
            f.client->setConnection(good);
            s.retry(rateLimited);
            QTRY_VERIFY_WITH_TIMEOUT(s.succeeded(), 15000);
        }
        QVERIFY2(stalls.longestMs() < 500, qPrintable(QString::number(stalls.longestMs())));
    }
};

QTEST_MAIN(tst_FaultDialogs)
#include "tst_faultdialogs.moc"
