// SPDX-License-Identifier: GPL-3.0-or-later
// Copy for the ticket in the window: the button and Ctrl+Shift+C put the summary of the identity
// shown on the clipboard after the read is recorded; without a trail, nothing is copied and the pane
// says why.
#include "AuditLog.h"
#include "IdentitiesPage.h"
#include "IdentityListModel.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SchemaListModel.h"
#include "SimConnection.h"
#include "SimStore.h"
#include "TestAudit.h"
#include "TestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryFile>
#include <QtTest>

using namespace TestSupport;

class tst_CopySummary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;
    std::unique_ptr<TestAudit> m_audit;
    std::unique_ptr<SchemaListModel> m_schemas;
    std::unique_ptr<IdentitiesPage> m_page;

    void open(AuditLog *audit)
    {
        m_schemas = std::make_unique<SchemaListModel>(m_client.get());
        m_page = std::make_unique<IdentitiesPage>(m_client.get(), audit, m_schemas.get());
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_schemas->reload();
        m_page->reload();
        QTRY_COMPARE(m_page->model()->rowCount(), 12);
    }
    // The first identity, opened in the pane; its id.
    QString openFirst()
    {
        auto *table = child<QTableView>(m_page.get(), "identityTable");
        const QRect rect = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        const QString id = m_page->pinnedId();
        [&]() { QTRY_VERIFY(child<QPushButton>(m_page.get(), "copySummaryButton")->isEnabled()); }();
        return id;
    }

private Q_SLOTS:
    void init()
    {
        SimOptions options;
        options.identities = 12;
        options.messages = 0;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        m_audit = std::make_unique<TestAudit>(m_client.get());
        connectTo(*m_client, *m_sim);
        QApplication::clipboard()->setText(QStringLiteral("before"));
    }
    void cleanup()
    {
        m_page.reset();
        m_schemas.reset();
        m_client.reset();
        m_audit.reset();
        m_sim.reset();
    }

    void buttonAndShortcutCopy_data()
    {
        QTest::addColumn<bool>("byKeyboard");
        QTest::newRow("button") << false;
        QTest::newRow("Ctrl+Shift+C") << true;
    }
    void buttonAndShortcutCopy()
    {
        QFETCH(bool, byKeyboard);
        open(&m_audit->log);
        const QString id = openFirst();
        QVERIFY(!id.isEmpty());
        if (byKeyboard)
            QTest::keyClick(m_page.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        else
            QTest::mouseClick(child<QPushButton>(m_page.get(), "copySummaryButton"), Qt::LeftButton);
        QTRY_VERIFY(QApplication::clipboard()->text().contains(QStringLiteral("- ID: ") + id));
        const QString text = QApplication::clipboard()->text();
        QVERIFY(text.contains(QStringLiteral("- Sign-in check:")));
        QVERIFY(!text.contains(QStringLiteral("hashed_password")));
        QCOMPARE(child<QPushButton>(m_page.get(), "copySummaryButton")->text(), QStringLiteral("Copied"));
        const QList<AuditRecord> records = m_audit->records();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().action, QStringLiteral("identity.summary.copy"));
        QCOMPARE(records.first().targets.first().id, id);
    }

    void nothingCopiedWithoutTheTrail()
    {
        // The trail's folder would be inside a file: nothing can be written.
        QTemporaryFile file;
        QVERIFY(file.open());
        AuditLog blocked(file.fileName() + QStringLiteral("/audit"));
        blocked.setProfile({QStringLiteral("test"), QStringLiteral("Test"), QStringLiteral("kratos.test:4434"),
                            QStringLiteral("staging"), SyslogTarget()});
        open(&blocked);
        openFirst();
        QTest::mouseClick(child<QPushButton>(m_page.get(), "copySummaryButton"), Qt::LeftButton);
        auto *banner = child<QWidget>(m_page.get(), "detailError");
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        QCOMPARE(child<QPushButton>(m_page.get(), "copySummaryButton")->text(), QStringLiteral("Copy for ticket"));
        m_page.reset(); // before the trail it was given
    }
};

QTEST_MAIN(tst_CopySummary)
#include "tst_copysummary.moc"
