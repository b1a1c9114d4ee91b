// SPDX-License-Identifier: GPL-3.0-or-later
// Copy for the ticket in the window: the button and Ctrl+Shift+C put the summary of the identity
// shown on the clipboard after the read is recorded; without a trail, nothing is copied and the pane
// says why.
#include "AuditLog.h"
#include "IdentitiesPageHarness.h"
#include "TestSupport.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QTemporaryFile>
#include <QtTest>

using namespace TestSupport;

class tst_CopySummary : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IdentitiesPageHarness> m_h;

    // The first identity, opened in the pane with its copy button ready; its id.
    QString openFirst()
    {
        const QString id = m_h->openRow(0);
        [&]() { QTRY_VERIFY(child<QPushButton>(m_h->page.get(), "copySummaryButton")->isEnabled()); }();
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_h = std::make_unique<IdentitiesPageHarness>(12);
        QApplication::clipboard()->setText(QStringLiteral("before"));
    }
    void cleanup() { m_h.reset(); }

    void buttonAndShortcutCopy_data()
    {
        QTest::addColumn<bool>("byKeyboard");
        QTest::newRow("button") << false;
        QTest::newRow("Ctrl+Shift+C") << true;
    }
    void buttonAndShortcutCopy()
    {
        QFETCH(bool, byKeyboard);
        QVERIFY(m_h->openPage());
        const QString id = openFirst();
        QVERIFY(!id.isEmpty());
        if (byKeyboard)
            QTest::keyClick(m_h->page.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        else
            QTest::mouseClick(child<QPushButton>(m_h->page.get(), "copySummaryButton"), Qt::LeftButton);
        QTRY_VERIFY(QApplication::clipboard()->text().contains(QStringLiteral("- ID: ") + id));
        const QString text = QApplication::clipboard()->text();
        QVERIFY(text.contains(QStringLiteral("- Sign-in check:")));
        QVERIFY(!text.contains(QStringLiteral("hashed_password")));
        QCOMPARE(child<QPushButton>(m_h->page.get(), "copySummaryButton")->text(), QStringLiteral("Copied"));
        const QList<AuditRecord> records = m_h->audit->records();
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
        QVERIFY(m_h->openPage(&blocked));
        openFirst();
        QTest::mouseClick(child<QPushButton>(m_h->page.get(), "copySummaryButton"), Qt::LeftButton);
        auto *banner = child<QWidget>(m_h->page.get(), "detailError");
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));
        QCOMPARE(child<QPushButton>(m_h->page.get(), "copySummaryButton")->text(), QStringLiteral("Copy for ticket"));
        m_h.reset(); // the page before the trail it was given
    }
};

QTEST_MAIN(tst_CopySummary)
#include "tst_copysummary.moc"
