// SPDX-License-Identifier: GPL-3.0-or-later
#include "Await.h"
#include "ConfirmDialog.h"
#include "ErrorBanner.h"
#include "IdentityDetailPane.h"
#include "KratosSimulator.h"
#include "Prompt.h"
#include "SessionListModel.h"
#include "SignInCheckPanel.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QDialog>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace TestSupport;

// The identity page's sign-in check as a user meets it: findings as rows with their fixes, each
// fix confirmed, sent to the simulator and audited; read-only profiles and failures.
class tst_SignInCheckPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;
    std::unique_ptr<IdentityDetailPane> m_pane;

    void start(bool readOnly = false, const std::function<void(SimOptions &)> &configure = {})
    {
        SimOptions options;
        options.identities = 120;
        options.messages = 0;
        options.seed = 5;
        if (configure)
            configure(options);
        m_sim = startSimulator(options);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<KratosClient>(m_nam.get());
        ConnectionSettings settings;
        settings.adminUrl = m_sim->adminUrl();
        settings.publicUrl = m_sim->publicUrl();
        settings.readOnly = readOnly;
        m_client->setConnection(settings);
        m_audit = std::make_unique<TestAudit>(m_client.get());
        m_pane = std::make_unique<IdentityDetailPane>(m_client.get(), &m_audit->log);
        m_pane->resize(700, 800);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }
    // An identity whose first verifiable address matches `wanted`.
    QString pick(const std::function<bool(const QJsonObject &identity, const QJsonObject &address)> &wanted) const
    {
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            const QJsonArray addresses = it.value().json().value(QStringLiteral("verifiable_addresses")).toArray();
            if (!addresses.isEmpty() && wanted(it.value().json(), addresses.first().toObject()))
                return it.key();
        }
        return {};
    }
    SignInCheckPanel *panel() const { return m_pane->findChild<SignInCheckPanel *>(QStringLiteral("signInCheck")); }
    // Shows the identity, opens the Sign-in check tab and waits for its findings.
    bool open(const QString &id)
    {
        const std::optional<Identity> identity =
            Identity::fromJson(m_sim->store().renderIdentity(*m_sim->store().identity(id), true, {}));
        QSignalSpy checked(panel(), &SignInCheckPanel::checked);
        m_pane->showIdentity(*identity);
        m_pane->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentWidget(panel());
        return checked.wait(10000) || !panel()->findings().isEmpty();
    }
    QWidget *row(const QString &key) const { return panel()->findChild<QWidget *>(QStringLiteral("finding_") + key); }
    QPushButton *fix(const QString &key, const char *name) const
    {
        QWidget *r = row(key);
        return r ? r->findChild<QPushButton *>(QString::fromLatin1(name)) : nullptr;
    }
    QJsonObject firstAddress(const QString &id) const
    {
        return m_sim->store()
            .identity(id)
            ->json()
            .value(QStringLiteral("verifiable_addresses"))
            .toArray()
            .first()
            .toObject();
    }
    // Unbreakable runs of wrapping labels in `widget` (split at spaces and break opportunities)
    // wider than their label: Qt cuts them off at the edge.
    static QStringList cutRuns(QWidget *widget)
    {
        static const QRegularExpression breaks(QStringLiteral("[\\s\\x{200B}-]+"));
        QStringList out;
        for (QLabel *label : widget->findChildren<QLabel *>()) {
            if (!label->wordWrap() || !label->isVisibleTo(widget))
                continue;
            for (const QString &run : label->text().split(breaks, Qt::SkipEmptyParts)) {
                const int needed = label->fontMetrics().horizontalAdvance(run);
                if (needed > label->contentsRect().width())
                    out.append(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                                   .arg(label->objectName(), run)
                                   .arg(needed)
                                   .arg(label->contentsRect().width()));
            }
        }
        return out;
    }
    static bool unverifiedEmail(const QJsonObject &, const QJsonObject &a)
    {
        return a.value(QStringLiteral("via")).toString() == QLatin1String("email") &&
               !a.value(QStringLiteral("verified")).toBool();
    }

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }
    void cleanup()
    {
        m_pane.reset();
        m_audit.reset();
        m_client.reset();
        m_nam.reset();
        m_sim.reset();
    }

    // Send verification again: confirmed, the message appears in the courier queue, the address
    // turns `sent`, the panel says what was queued, and the audit trail has both records.
    void sendVerificationFromTheFinding()
    {
        start();
        const QString id = pick(unverifiedEmail);
        QVERIFY(!id.isEmpty());
        QVERIFY(open(id));
        QPushButton *send = fix(QStringLiteral("address.unverified"), "fix_sendVerification");
        QVERIFY(send);
        QVERIFY(send->isEnabled());
        const QString address = firstAddress(id).value(QStringLiteral("value")).toString();
        const qsizetype before = qsizetype(m_sim->store().messages().size());
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(send, Qt::LeftButton);
        auto *result = panel()->findChild<QLabel *>(QStringLiteral("signInResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 10000);
        QCOMPARE(qsizetype(m_sim->store().messages().size()), before + 1);
        QCOMPARE(m_sim->store().messages().front().json.value(QStringLiteral("recipient")).toString(), address);
        QVERIFY2(result->text().contains(m_sim->store().messages().front().id), qPrintable(result->text()));
        QCOMPARE(firstAddress(id).value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
        // In a pane as narrow as at 1024×700 (345 px) the whole result shows, every line of it,
        // no word of it (the address) is cut at the edge, and its button is whole.
        // (The Identities page lets the pane be as narrow as 300 px, below its size hint.)
        m_pane->setMinimumWidth(300);
        m_pane->resize(345, 420);
        QTRY_VERIFY2(
            result->height() >= result->heightForWidth(result->width()),
            qPrintable(QStringLiteral("%1 < %2").arg(result->height()).arg(result->heightForWidth(result->width()))));
        const QStringList cut = cutRuns(panel());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
        auto *openSent = panel()->findChild<QPushButton *>(QStringLiteral("signInOpenSent"));
        QVERIFY(openSent->isVisible());
        QVERIFY2(openSent->width() >= openSent->sizeHint().width(),
                 qPrintable(QStringLiteral("%1 < %2").arg(openSent->width()).arg(openSent->sizeHint().width())));
        // The queued message is one click away.
        QSignalSpy open(panel(), &SignInCheckPanel::openMessageRequested);
        QTest::mouseClick(openSent, Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(1).toString(), m_sim->store().messages().front().id);
        QStringList actions;
        for (const AuditRecord &r : m_audit->records())
            actions.append(r.action);
        QVERIFY(actions.contains(QStringLiteral("identity.verification.send")));
    }

    // A long address in a finding's title wraps at "@" and "." instead of being cut off.
    void longAddressesWrapInNarrowPanes()
    {
        start();
        const QString address = QStringLiteral("maximiliane.oberhuberschwarzenegger@customersupport.example.com");
        const SimStore::Outcome created = m_sim->store().createIdentity(
            QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                        {QStringLiteral("traits"), QJsonObject{{QStringLiteral("email"), address}}}});
        QVERIFY2(created.ok(), qPrintable(created.reason));
        m_pane->resize(430, 700);
        QVERIFY(open(created.id));
        QWidget *unverified = row(QStringLiteral("address.unverified"));
        QVERIFY(unverified);
        QCoreApplication::processEvents();
        const QStringList cut = cutRuns(unverified);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
        QVERIFY(unverified->findChild<QLabel *>(QStringLiteral("title"))->toolTip().contains(address));
    }

    void declinedConfirmationSendsNothing()
    {
        start();
        const QString id = pick(unverifiedEmail);
        QVERIFY(open(id));
        const qsizetype before = qsizetype(m_sim->store().messages().size());
        Prompt::setNextAnswers({int(QMessageBox::No)});
        QTest::mouseClick(fix(QStringLiteral("address.unverified"), "fix_sendVerification"), Qt::LeftButton);
        QTest::qWait(300);
        QCOMPARE(qsizetype(m_sim->store().messages().size()), before);
        QVERIFY(m_audit->records().isEmpty());
    }

    void markVerifiedClearsTheFinding()
    {
        start();
        const QString id = pick(unverifiedEmail);
        QVERIFY(open(id));
        QSignalSpy checked(panel(), &SignInCheckPanel::checked);
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(fix(QStringLiteral("address.unverified"), "fix_markVerified"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(firstAddress(id).value(QStringLiteral("verified")).toBool(), 10000);
        QCOMPARE(firstAddress(id).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && !panel()->isChecking(), 10000); // checked again
        QVERIFY(!row(QStringLiteral("address.unverified")));
    }

    // An address the courier cannot deliver to: a blocker, and Mark verified warns before it acts.
    void markVerifiedWarnsWhenTheAddressBounces()
    {
        start();
        const QString id = pick(unverifiedEmail);
        QVERIFY(!id.isEmpty());
        const QString address = firstAddress(id).value(QStringLiteral("value")).toString();
        m_sim->store().queueMessage(address, QStringLiteral("email"), QStringLiteral("verification_code_valid"),
                                    QStringLiteral("Please verify your email address"), QStringLiteral("123456"));
        QCOMPARE(m_sim->store().runCourier(address.section(QLatin1Char('@'), 1), 1), 1);
        QVERIFY(open(id));
        const QList<SignInFinding> findings = panel()->findings();
        const auto bounce = std::find_if(findings.cbegin(), findings.cend(), [](const SignInFinding &f) {
            return f.key == QLatin1String("address.bounces");
        });
        QVERIFY(bounce != findings.cend());
        QCOMPARE(int(bounce->severity), int(SignInFinding::Severity::Blocker));
        QVERIFY(fix(QStringLiteral("address.bounces"), "fix_editIdentity"));
        Prompt::setNextAnswers({int(QMessageBox::No)});
        QTest::mouseClick(fix(QStringLiteral("address.unverified"), "fix_markVerified"), Qt::LeftButton);
        QVERIFY2(Prompt::lastQuestion().contains(QLatin1String("bounces")), qPrintable(Prompt::lastQuestion()));
        QVERIFY2(Prompt::lastQuestion().contains(QLatin1String("does not exist")), qPrintable(Prompt::lastQuestion()));
        QTest::qWait(200);
        QVERIFY(!firstAddress(id).value(QStringLiteral("verified")).toBool()); // declined: nothing changed
        QVERIFY(m_audit->records().isEmpty());
    }

    // Recovery… for an inactive identity says the link will not work, and offers Activate; once
    // the identity is active the warning goes.
    void recoveryForAnInactiveIdentityOffersActivate()
    {
        start();
        const QString id = pick([](const QJsonObject &identity, const QJsonObject &) {
            return identity.value(QStringLiteral("state")).toString() == QLatin1String("inactive");
        });
        QVERIFY(!id.isEmpty());
        QVERIFY(open(id));
        QTest::mouseClick(m_pane->findChild<QPushButton *>(QStringLiteral("recoveryButton")), Qt::LeftButton);
        auto *dialog = m_pane->findChild<QDialog *>(QStringLiteral("recoveryDialog"));
        QVERIFY(dialog);
        auto *warning = dialog->findChild<QLabel *>(QStringLiteral("recoveryInactive"));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QLatin1String("inactive")));
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recoveryActivate")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("active"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!warning->isVisible(), 10000);
        QVERIFY(Prompt::lastQuestion().contains(QLatin1String("active")));
        dialog->close();
    }

    // The failure leaves the findings as they were, with the reason.
    void failedSendKeepsThePanel()
    {
        start();
        const QString id = pick(unverifiedEmail);
        QVERIFY(open(id));
        const QList<SignInFinding> before = panel()->findings();
        m_sim->faults().publicPortToo = true;
        m_sim->faults().match = QStringLiteral("POST /self-service/verification");
        m_sim->faults().errorRate = 1.0;
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(fix(QStringLiteral("address.unverified"), "fix_sendVerification"), Qt::LeftButton);
        auto *error = panel()->findChild<ErrorBanner *>(QStringLiteral("signInError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(error->text().contains(QLatin1String("500")) || error->text().contains(QLatin1String("server")));
        QCOMPARE(panel()->findings().size(), before.size());
        QVERIFY(row(QStringLiteral("address.unverified")));
        QCOMPARE(m_audit->records().last().outcome, AuditRecord::Outcome::Failed);
    }

    void readOnlyProfileChecksButChangesNothing()
    {
        start(true);
        const QString id = pick(unverifiedEmail);
        QVERIFY(open(id));
        QVERIFY(row(QStringLiteral("address.unverified")));
        for (QPushButton *b : panel()->findChildren<QPushButton *>()) {
            if (b->objectName().startsWith(QLatin1String("fix_")))
                QCOMPARE(b->isEnabled(), b->objectName() == QLatin1String("fix_openMessage"));
        }
    }

    void activateFromTheFinding()
    {
        start();
        const QString id = pick([](const QJsonObject &identity, const QJsonObject &) {
            return identity.value(QStringLiteral("state")).toString() == QLatin1String("inactive");
        });
        QVERIFY(!id.isEmpty());
        QVERIFY(open(id));
        QCOMPARE(panel()->findings().first().key, QStringLiteral("state.inactive"));
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(fix(QStringLiteral("state.inactive"), "fix_activate"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString(),
                                  QStringLiteral("active"), 10000);
    }

    // With the `code` method the public flow's code would be useless: the admin recovery is offered instead.
    void recoveryWithCodesOffersTheAdminRecovery()
    {
        start(false, [](SimOptions &o) { o.loginMethods = {QStringLiteral("oidc")}; });
        // Someone with a password, on a server whose login offers only social sign-in.
        const SimStore::Outcome created = m_sim->store().createIdentity(
            QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                        {QStringLiteral("traits"),
                         QJsonObject{{QStringLiteral("email"), QStringLiteral("imported@example.com")}}}});
        QVERIFY2(created.ok(), qPrintable(created.reason));
        QVERIFY(open(created.id));
        QPushButton *recover = fix(QStringLiteral("credentials.not_offered"), "fix_sendRecovery");
        QVERIFY(recover);
        QSignalSpy admin(panel(), &SignInCheckPanel::adminRecoveryRequested);
        const qsizetype before = qsizetype(m_sim->store().messages().size());
        Prompt::setNextAnswers({int(QMessageBox::No)});
        QTest::mouseClick(recover, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(Prompt::lastQuestion().contains(QLatin1String("codes")), 10000);
        QCOMPARE(admin.size(), 0);
        QCOMPARE(qsizetype(m_sim->store().messages().size()), before);
    }

    void deactivateAlsoRevokesSessionsWhenAsked()
    {
        start();
        QString id;
        for (const SimSession &s : m_sim->store().sessions()) {
            if (m_sim->store().isActive(s) &&
                m_sim->store().identity(s.identityId)->json().value(QStringLiteral("state")) ==
                    QLatin1String("active")) {
                id = s.identityId;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        QVERIFY(open(id));
        Prompt::setNextAnswers(
            {QVariantMap{{QStringLiteral("answer"), int(QMessageBox::Yes)}, {QStringLiteral("option"), true}}});
        m_pane->toggleState();
        QTRY_VERIFY_WITH_TIMEOUT(std::none_of(m_sim->store().sessions().cbegin(), m_sim->store().sessions().cend(),
                                              [&](const SimSession &s) { return s.identityId == id; }),
                                 10000);
        QCOMPARE(m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString(),
                 QStringLiteral("inactive"));
    }

    void extendingAnExpiredSessionAsksAgain_data()
    {
        QTest::addColumn<int>("second");
        QTest::addColumn<bool>("extended");
        QTest::newRow("revive declined") << int(QMessageBox::No) << false;
        QTest::newRow("revive confirmed") << int(QMessageBox::Yes) << true;
    }
    void extendingAnExpiredSessionAsksAgain()
    {
        QFETCH(int, second);
        QFETCH(bool, extended);
        start();
        SimSession *expired = nullptr;
        for (const SimSession &s : m_sim->store().sessions()) {
            if (!s.revoked && s.expiresAt < m_sim->store().now()) {
                expired = m_sim->store().session(s.id);
                break;
            }
        }
        QVERIFY(expired);
        const QString sessionId = expired->id;
        QVERIFY(open(expired->identityId));
        m_pane->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentIndex(3);
        auto *table = m_pane->findChild<QTableView *>(QStringLiteral("sessionTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        auto *sessions = qobject_cast<SessionListModel *>(table->model());
        for (int r = 0; r < sessions->rowCount(); ++r) {
            if (sessions->sessionAt(r)->id == sessionId)
                table->selectRow(r);
        }
        QVERIFY(table->selectionModel()->hasSelection());
        const QDateTime before = m_sim->store().session(sessionId)->expiresAt;
        m_sim->clearRequests();
        Prompt::setNextAnswers({int(QMessageBox::Yes), second});
        m_pane->extendSelectedSession();
        QTest::qWait(500);
        bool sent = false;
        for (const KratosSimulator::RecordedRequest &r : m_sim->requests())
            sent = sent || r.path.endsWith(QLatin1String("/extend"));
        QCOMPARE(sent, extended);
        Q_UNUSED(before)
    }
};

QTEST_MAIN(tst_SignInCheckPanel)
#include "tst_signincheckpanel.moc"
