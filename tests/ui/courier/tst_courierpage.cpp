// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"
#include "CourierMessageModel.h"
#include "CourierPage.h"
#include "FilterChips.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "MessageDetailPane.h"
#include "Prompt.h"
#include "RichTextProbe.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace TestSupport;

namespace {

// Every text a user could see or select anywhere under `root`.
QStringList allTexts(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        out.append(w->windowTitle());
        out.append(w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            out.append(l->text());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            out.append(e->text());
        if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            out.append(p->toPlainText());
        if (auto *t = qobject_cast<QTextEdit *>(w))
            out.append(t->toPlainText());
        if (auto *v = qobject_cast<QAbstractItemView *>(w)) {
            const QAbstractItemModel *m = v->model();
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                for (int r = 0; m && r < m->rowCount(parent); ++r) {
                    for (int c = 0; c < m->columnCount(parent); ++c) {
                        const QModelIndex i = m->index(r, c, parent);
                        out.append(i.data(Qt::DisplayRole).toString());
                        out.append(i.data(Qt::ToolTipRole).toString());
                        walk(i);
                    }
                }
            };
            walk({});
        }
    }
    return out;
}

bool anywhere(QWidget *root, const QString &needle)
{
    for (const QString &text : allTexts(root)) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class tst_CourierPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<CourierPage> m_page;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;

    void start(bool devMode)
    {
        SimOptions options;
        options.identities = 40;
        options.messages = 120;
        options.devMode = devMode;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        QDir(m_dir.filePath(QStringLiteral("audit"))).removeRecursively(); // each test starts with no records
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit")));
        m_audit->setProfile({QStringLiteral("p"), QStringLiteral("P"), QString(), QString(), SyslogTarget()});
        m_client->setAuditGate(m_audit.get());
        connectTo(*m_client, *m_sim);
        m_page = std::make_unique<CourierPage>(m_client.get(), m_audit.get());
        m_page->resize(1300, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->reload();
        QTRY_COMPARE(m_page->model()->rowCount(), 100);
    }
    void clickRow(int row)
    {
        auto *table = child<QTableView>(m_page.get(), "courierTable");
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, 0)).center());
    }
    QString bodyOf(int row) const
    {
        return m_sim->store()
            .message(m_page->model()->messageAt(row)->id)
            ->json.value(QStringLiteral("body"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }
    void cleanup()
    {
        m_page.reset();
        m_client.reset();
        m_sim.reset();
    }

    // Subjects, recipients, bodies and dispatch errors are the server's text: never markup.
    // The status and recipient the list was asked for are chips; each goes on its own, or all at
    // once (issue #31 §2).
    void filterChipsShowAndClear()
    {
        start(false);
        auto *chips = child<FilterChips>(m_page.get(), "filterChips");
        QCOMPARE(chips->chipKeys(), QStringList());
        auto *status = child<QComboBox>(m_page.get(), "courierStatus");
        status->setCurrentIndex(status->findData(QStringLiteral("sent")));
        QTRY_COMPARE(chips->chipKeys(), QStringList{QStringLiteral("status")});
        auto *recipient = child<QLineEdit>(m_page.get(), "courierRecipient");
        QTest::keyClicks(recipient, QStringLiteral("nobody@example.org"));
        QCOMPARE(chips->chipKeys(), QStringList{QStringLiteral("status")}); // typed, not applied yet
        QTest::keyClick(recipient, Qt::Key_Return);
        QTRY_COMPARE(chips->chipKeys(), (QStringList{QStringLiteral("status"), QStringLiteral("recipient")}));
        QTest::mouseClick(child<QToolButton>(chips, "chip:status"), Qt::LeftButton);
        QTRY_COMPARE(chips->chipKeys(), QStringList{QStringLiteral("recipient")});
        QCOMPARE(status->currentIndex(), 0);
        QCOMPARE(m_page->model()->query().recipient, QStringLiteral("nobody@example.org"));
        QTest::mouseClick(child<QPushButton>(chips, "clearAllFilters"), Qt::LeftButton);
        QTRY_COMPARE(chips->chipKeys(), QStringList());
        QVERIFY(recipient->text().isEmpty());
        QTRY_COMPARE(m_page->model()->rowCount(), 100);
    }

    void messageMarkupStaysText()
    {
        start(true);
        const QString image = QStringLiteral("<img src=\"http://evil.example/x.png\">");
        const QString link = QStringLiteral("<a href=\"http://evil.example/\">click</a>");
        SimMessage hostile = m_sim->store().messages().front();
        hostile.id = QStringLiteral("0b1e2c3d-0000-4000-8000-0000000000aa");
        hostile.createdMs += 1000;
        hostile.json.insert(QStringLiteral("id"), hostile.id);
        hostile.json.insert(QStringLiteral("subject"), image);
        hostile.json.insert(QStringLiteral("recipient"), QString(link + QStringLiteral("@example.com")));
        hostile.json.insert(QStringLiteral("body"), QString(image + link));
        hostile.dispatches =
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("0b1e2c3d-0000-4000-8000-0000000000ab")},
                                   {QStringLiteral("message_id"), hostile.id},
                                   {QStringLiteral("status"), QStringLiteral("failed")},
                                   {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), image}}},
                                   {QStringLiteral("created_at"), QStringLiteral("2026-11-01T10:00:00Z")},
                                   {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T10:00:00Z")}}};
        m_sim->store().addMessage(hostile);
        m_sim->store().sortMessages(); // the newest: on the first page
        m_page->reload();
        QTRY_VERIFY(m_page->model()->rowCount() > 0);
        int row = -1;
        for (int r = 0; r < m_page->model()->rowCount() && row < 0; ++r)
            row = m_page->model()->messageAt(r)->id == hostile.id ? r : -1;
        QVERIFY(row >= 0);
        clickRow(row);
        QTRY_VERIFY(anywhere(m_page.get(), image)); // the subject is there, as the characters it is
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "revealButton"), Qt::LeftButton);
        QTRY_VERIFY(m_page->detail()->isBodyRevealed());
        for (const QString &marker : {image, link}) {
            const QStringList leaks = richTextLeaks(m_page.get(), marker);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        }
    }

    void abandonedOpenDispatchErrorRevealConfirm()
    {
        start(true);
        auto *status = child<QComboBox>(m_page.get(), "courierStatus");
        status->setCurrentIndex(status->findText(QStringLiteral("abandoned")));
        QTRY_VERIFY(!m_page->model()->isLoading() && m_page->model()->rowCount() > 1);
        for (int r = 0; r < m_page->model()->rowCount(); ++r)
            QCOMPARE(m_page->model()->messageAt(r)->status, QStringLiteral("abandoned"));
        QVERIFY(child<QLabel>(m_page.get(), "courierSummary")->text().contains(QStringLiteral("abandoned")));
        QVERIFY(child<QLabel>(m_page.get(), "courierSummary")->text().contains(QStringLiteral(" · read at ")));

        clickRow(0);
        const QString body = bodyOf(0);
        QVERIFY(body.size() > 20);
        auto *dispatches = child<QTableWidget>(m_page.get(), "dispatchTable");
        QTRY_VERIFY(dispatches->rowCount() > 0);
        QCOMPARE(dispatches->item(0, 1)->text(), QStringLiteral("failed"));
        QVERIFY(!dispatches->item(0, 2)->text().isEmpty()); // why it failed

        // Nothing of the body anywhere before the confirm; Cancel keeps it so.
        QVERIFY(!anywhere(m_page.get(), body.left(25)));
        Prompt::setNextAnswers({int(QMessageBox::No)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "revealButton"), Qt::LeftButton);
        QTest::qWait(200);
        QVERIFY(!m_page->detail()->isBodyRevealed());
        QVERIFY(!anywhere(m_page.get(), body.left(25)));
        m_audit->waitForWritten();
        QCOMPARE(m_audit->records(QStringLiteral("p")).size(), 0);

        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "revealButton"), Qt::LeftButton);
        QTRY_VERIFY(m_page->detail()->isBodyRevealed());
        QCOMPARE(child<QPlainTextEdit>(m_page.get(), "bodyView")->toPlainText(), body);
        QVERIFY(child<QPushButton>(m_page.get(), "copyBodyButton")->isEnabled());
        // One audited action per reveal (intent, then outcome), without the body.
        m_audit->waitForWritten();
        const auto entries = m_audit->records(QStringLiteral("p"));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, QStringLiteral("courier.message.reveal"));
        QCOMPARE(entries.at(0).phase, AuditRecord::Phase::Intent);
        QCOMPARE(entries.at(1).outcome, AuditRecord::Outcome::Succeeded);
        QCOMPARE(entries.at(1).targets.first().id, m_page->detail()->message()->id);
        QVERIFY(entries.at(1).targets.first().label.contains(m_page->detail()->message()->recipient));
        QFile log(m_audit->filePath(QStringLiteral("p")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains(body.left(25).toUtf8()));

        // Selecting another message wipes it from every widget.
        clickRow(1);
        QVERIFY(!m_page->detail()->isBodyRevealed());
        QVERIFY(!anywhere(m_page.get(), body.left(25)));
    }

    void bodyIsWipedAfterTheTimeoutAndOnLeavingThePage()
    {
        start(true);
        m_page->detail()->setWipeTimeout(300);
        clickRow(0);
        const QString body = bodyOf(0);
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "revealButton"), Qt::LeftButton);
        QTRY_VERIFY(m_page->detail()->isBodyRevealed());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->detail()->isBodyRevealed(), 3000);
        QVERIFY(!anywhere(m_page.get(), body.left(25)));

        m_page->detail()->setWipeTimeout(60000);
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "revealButton"), Qt::LeftButton);
        QTRY_VERIFY(m_page->detail()->isBodyRevealed());
        m_page->hide();
        QVERIFY(!m_page->detail()->isBodyRevealed());
        QVERIFY(!anywhere(m_page.get(), body.left(25)));
    }

    void copyOnlyWhileRevealedAndTheClipboardIsCleared()
    {
        start(true);
        clickRow(0);
        const QString body = bodyOf(0);
        auto *copy = child<QPushButton>(m_page.get(), "copyBodyButton");
        QVERIFY(!copy->isEnabled());
        Prompt::setNextAnswers({int(QMessageBox::Yes)});
        QTest::mouseClick(child<QPushButton>(m_page.get(), "revealButton"), Qt::LeftButton);
        QTRY_VERIFY(m_page->detail()->isBodyRevealed());
        m_page->detail()->setClipboardClearDelay(300);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), body);
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 3000);
        // Something else the user copied is left alone.
        m_page->detail()->setClipboardClearDelay(200);
        QTest::mouseClick(copy, Qt::LeftButton);
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        QTest::qWait(400);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
        // Hiding the body also takes it off the clipboard.
        QTest::mouseClick(copy, Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(m_page.get(), "hideBodyButton"), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!copy->isEnabled());
    }

    void redactedBodiesCannotBeRevealed()
    {
        start(false);
        clickRow(0);
        auto *reveal = child<QPushButton>(m_page.get(), "revealButton");
        QTRY_VERIFY(!reveal->isEnabled());
        QVERIFY(child<QLabel>(m_page.get(), "bodyNotice")->text().contains(QStringLiteral("dev mode")));
    }

    void recipientFilterAndAutoRefreshKeepSelection()
    {
        start(true);
        const QString recipient = m_page->model()->messageAt(3)->recipient;
        auto *edit = child<QLineEdit>(m_page.get(), "courierRecipient");
        QTest::keyClicks(edit, recipient);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!m_page->model()->isLoading() && m_page->model()->rowCount() > 0);
        for (int r = 0; r < m_page->model()->rowCount(); ++r)
            QCOMPARE(m_page->model()->messageAt(r)->recipient, recipient);
        clickRow(0);
        const QString selected = m_page->model()->messageAt(0)->id;
        m_page->setAutoRefreshInterval(150);
        child<QCheckBox>(m_page.get(), "autoRefresh")->setChecked(true);
        const int before = int(m_sim->requests().size());
        QTRY_VERIFY(m_sim->requests().size() > before + 2);
        auto *table = child<QTableView>(m_page.get(), "courierTable");
        QTRY_COMPARE(table->currentIndex().data(CourierMessageModel::MessageIdRole).toString(), selected);
        child<QCheckBox>(m_page.get(), "autoRefresh")->setChecked(false);
    }
};

QTEST_MAIN(tst_CourierPage)
#include "tst_courierpage.moc"
