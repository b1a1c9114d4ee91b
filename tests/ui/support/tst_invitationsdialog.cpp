// SPDX-License-Identifier: GPL-3.0-or-later
// The Invite and Invitations dialogs against the simulator: typed addresses and a CSV list invited
// with a reason, the links to hand over shown and wiped, a failed run keeping what was typed, and
// the list's Send again, Revoke and Open identity.
#include "InvitationJob.h"
#include "InvitationsDialog.h"
#include "InviteDialog.h"
#include "KratosSimulator.h"
#include "Prompt.h"
#include "SchemaListModel.h"
#include "SimAddresses.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

class tst_InvitationsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;
    std::unique_ptr<SchemaListModel> m_schemas;

    void start(const QString &recoveryMethod)
    {
        SimOptions options;
        options.identities = 10;
        options.messages = 0;
        options.recoveryMethod = recoveryMethod;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        m_audit = std::make_unique<TestAudit>(m_client.get());
        connectTo(*m_client, *m_sim);
        m_schemas = std::make_unique<SchemaListModel>(m_client.get());
    }
    static void answerYes(const QString &reason)
    {
        Prompt::setNextAnswers(
            {QVariantMap{{QStringLiteral("answer"), int(QMessageBox::Yes)}, {QStringLiteral("reason"), reason}}});
    }
    QString stateOf(const QString &email) const
    {
        for (const SimIdentity &i : m_sim->store().identities()) {
            const QJsonObject json = i.json();
            if (json.value(QStringLiteral("traits")).toObject().value(QStringLiteral("email")) == email)
                return json.value(QStringLiteral("state")).toString();
        }
        return {};
    }
    // Invites `addresses` by link through the dialog; the dialog, once its run is over.
    std::unique_ptr<InviteDialog> inviteByLink(const QString &addresses)
    {
        auto dialog = std::make_unique<InviteDialog>(m_client.get(), &m_audit->log, m_schemas.get());
        dialog->show();
        auto *button = child<QPushButton>(dialog.get(), "inviteButton");
        if (!QTest::qWaitFor([button]() { return button->isEnabled(); }, 10000))
            return {};
        child<QPlainTextEdit>(dialog.get(), "inviteAddresses")->setPlainText(addresses);
        child<QComboBox>(dialog.get(), "inviteDelivery")->setCurrentIndex(int(InvitationJob::Delivery::Link));
        QSignalSpy invited(dialog.get(), &InviteDialog::invited);
        answerYes(QStringLiteral("SUP-5 new staff"));
        QTest::mouseClick(button, Qt::LeftButton);
        if (!invited.wait(15000))
            return {};
        return dialog;
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

    void invitesAndShowsTheLinksUntilClosed()
    {
        start(QStringLiteral("code"));
        auto dialog = inviteByLink(QStringLiteral("ada@staff.example\nnot-an-address\nbob@staff.example"));
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog.get(), "inviteProblems")->text().contains(QStringLiteral("not-an-address")));
        auto *results = child<QTableWidget>(dialog.get(), "inviteResults");
        QCOMPARE(results->rowCount(), 2);
        QCOMPARE(results->item(0, 0)->text(), QStringLiteral("ada@staff.example"));
        QVERIFY(results->item(0, 2)->text().startsWith(QLatin1String("http")));
        QCOMPARE(stateOf(QStringLiteral("ada@staff.example")), QStringLiteral("active"));
        // What is left to do stays typed: only the address that was left out.
        QCOMPARE(child<QPlainTextEdit>(dialog.get(), "inviteAddresses")->toPlainText(),
                 QStringLiteral("not-an-address"));
        results->selectRow(1);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "inviteCopy"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), results->item(1, 2)->text());
        const QList<AuditRecord> records = m_audit->records();
        QVERIFY(!records.isEmpty());
        for (const AuditRecord &r : records)
            QCOMPARE(r.reason, QStringLiteral("SUP-5 new staff"));
        dialog->reject();
        QCOMPARE(results->rowCount(), 0); // the links are gone with the dialog
        QApplication::clipboard()->clear();
    }

    // Mail through a recovery flow that sends codes would be useless: nobody is created and the
    // typed addresses stay.
    void aFailedRunKeepsWhatWasTyped()
    {
        start(QStringLiteral("code"));
        InviteDialog dialog(m_client.get(), &m_audit->log, m_schemas.get());
        dialog.show();
        auto *button = child<QPushButton>(&dialog, "inviteButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
        child<QPlainTextEdit>(&dialog, "inviteAddresses")->setPlainText(QStringLiteral("carol@staff.example"));
        QCOMPARE(child<QComboBox>(&dialog, "inviteDelivery")->currentIndex(), int(InvitationJob::Delivery::Mail));
        QSignalSpy invited(&dialog, &InviteDialog::invited);
        answerYes(QStringLiteral("SUP-6"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(invited.wait(15000));
        QVERIFY(child<QTableWidget>(&dialog, "inviteResults")
                    ->item(0, 1)
                    ->text()
                    .contains(QStringLiteral("Nobody was invited")));
        QCOMPARE(child<QPlainTextEdit>(&dialog, "inviteAddresses")->toPlainText(),
                 QStringLiteral("carol@staff.example"));
        QVERIFY(stateOf(QStringLiteral("carol@staff.example")).isEmpty());
    }

    // Someone who has an account already is not invited; only that address stays typed.
    void onlyWhatFailedStaysTyped()
    {
        start(QStringLiteral("code"));
        const QString taken = TestSupport::addressInUse(m_sim->store());
        QVERIFY(!taken.isEmpty());
        auto dialog = inviteByLink(QStringLiteral("gus@staff.example\n") + taken);
        QVERIFY(dialog);
        QCOMPARE(child<QPlainTextEdit>(dialog.get(), "inviteAddresses")->toPlainText(), taken);
        QVERIFY(child<QLabel>(dialog.get(), "inviteStatus")->text().contains(QStringLiteral("1 of 2")));
        QCOMPARE(stateOf(QStringLiteral("gus@staff.example")), QStringLiteral("active"));
    }

    void aCsvFileIsReadAndItsBadRowsNamed()
    {
        start(QStringLiteral("code"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("staff.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,name.first\ndan@staff.example,Dan\nbroken,X\n");
        file.close();
        InviteDialog dialog(m_client.get(), &m_audit->log, m_schemas.get());
        dialog.loadCsv(path);
        const QString words = child<QLabel>(&dialog, "inviteFile")->text();
        QVERIFY2(words.contains(QStringLiteral("staff.csv")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("line 3")), qPrintable(words));
    }

    void theListSendsAgainRevokesAndOpens()
    {
        start(QStringLiteral("code"));
        QVERIFY(inviteByLink(QStringLiteral("eve@staff.example fay@staff.example")));
        InvitationsDialog list(m_client.get(), &m_audit->log, m_schemas.get());
        list.show();
        auto *table = child<QTableWidget>(&list, "invitationsTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 5)->text(), QStringLiteral("not yet"), 10000);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("fay@staff.example")); // newest first
        QCOMPARE(table->item(0, 6)->text(), QStringLiteral("active"));
        QSignalSpy changed(&list, &InvitationsDialog::identitiesChanged);
        auto *resend = child<QPushButton>(&list, "invitationsResend");
        QVERIFY(!resend->isEnabled()); // nothing selected
        table->selectRow(0);
        QVERIFY(resend->isEnabled());

        // Send again: a new link, shown until another row is chosen.
        answerYes(QStringLiteral("SUP-7 lost the first link"));
        QTest::mouseClick(resend, Qt::LeftButton);
        auto *secret = child<QLabel>(&list, "invitationsSecret");
        QTRY_VERIFY_WITH_TIMEOUT(secret->isVisible(), 10000);
        QVERIFY(secret->text().startsWith(QLatin1String("http")));
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 3)->text(), QStringLiteral("link handed over, sent 2 times"), 10000);
        table->selectRow(1);
        QVERIFY(!secret->isVisible());
        QVERIFY(secret->text().isEmpty());

        // Revoke: the identity is deactivated and the row says so.
        table->selectRow(0);
        answerYes(QStringLiteral("SUP-8 hired elsewhere"));
        QTest::mouseClick(child<QPushButton>(&list, "invitationsRevoke"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("fay@staff.example")), QStringLiteral("inactive"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 6)->text(), QStringLiteral("revoked (inactive)"), 10000);

        QCOMPARE(changed.size(), 1); // the revoke: the Identities list reads again
        QSignalSpy open(&list, &InvitationsDialog::openIdentityRequested);
        table->selectRow(1);
        QTest::mouseClick(child<QPushButton>(&list, "invitationsOpen"), Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), list.invitations().at(1).identityId);
    }
};

QTEST_MAIN(tst_InvitationsDialog)
#include "tst_invitationsdialog.moc"
