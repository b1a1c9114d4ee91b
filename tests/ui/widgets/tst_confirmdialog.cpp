// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfirmDialog.h"
#include "Prompt.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

class tst_ConfirmDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhatHappensAndDefaultsToCancel()
    {
        ConfirmDialog dialog({QStringLiteral("Deactivate identity"),
                              QStringLiteral("ada@example.com will no longer be able to sign in."),
                              QStringLiteral("Deactivate"), true, QString()});
        dialog.show();
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("confirmDescription"))->text(),
                 QStringLiteral("ada@example.com will no longer be able to sign in."));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("confirmCancel"))->isDefault());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("confirmTyped")));
        QVERIFY(dialog.isActionEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return); // Enter cancels
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void productionRequiresTypingTheIdentifier()
    {
        ConfirmDialog dialog({QStringLiteral("Delete identity"), QStringLiteral("The identity is deleted for good."),
                              QStringLiteral("Delete"), true, QStringLiteral("ada@example.com")});
        dialog.show();
        auto *typed = dialog.findChild<QLineEdit *>(QStringLiteral("confirmTyped"));
        auto *action = dialog.findChild<QPushButton *>(QStringLiteral("confirmAction"));
        QVERIFY(typed);
        QVERIFY(!action->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("ada@example.co"));
        QVERIFY(!action->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("m"));
        QVERIFY(action->isEnabled());
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void testHookAnswers()
    {
        Prompt::setNextAnswers({int(QMessageBox::Yes), int(QMessageBox::No)});
        const ConfirmDialog::Request r{QStringLiteral("t"), QStringLiteral("d"), QStringLiteral("Go"), false,
                                       QString()};
        QVERIFY(ConfirmDialog::confirm(nullptr, r));
        QVERIFY(!ConfirmDialog::confirm(nullptr, r));
        Prompt::setTestMode(false);
    }
};

QTEST_MAIN(tst_ConfirmDialog)
#include "tst_confirmdialog.moc"
