// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfirmDialog.h"
#include "Prompt.h"
#include "ReasonField.h"

#include <QApplication>
#include <QCheckBox>

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

    // A change asks why. Where the profile requires a reason, the action waits for one and focus
    // starts there; Tab goes option, reason, typed identifier, then the buttons.
    void reasonField_data()
    {
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("production");
        QTest::newRow("optional") << false << false;
        QTest::newRow("required") << true << false;
        QTest::newRow("required on production") << true << true;
    }
    void reasonField()
    {
        QFETCH(bool, required);
        QFETCH(bool, production);
        ReasonField::setProfileRequires(required);
        ConfirmDialog::Request request{QStringLiteral("Delete identity"), QStringLiteral("Deleted for good."),
                                       QStringLiteral("Delete"), true,
                                       production ? QStringLiteral("ada@example.com") : QString()};
        request.optionLabel = QStringLiteral("Also revoke");
        request.asksReason = true;
        ConfirmDialog dialog(request);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
        auto *action = dialog.findChild<QPushButton *>(QStringLiteral("confirmAction"));
        QVERIFY(reason);
        QCOMPARE(action->isEnabled(), !required && !production);
        if (required)
            QCOMPARE(QApplication::focusWidget(), reason);
        // Tab order: the option, then the reason, then what is typed.
        auto *option = dialog.findChild<QCheckBox *>(QStringLiteral("confirmOption"));
        option->setFocus();
        QTest::keyClick(option, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), reason);
        QTest::keyClicks(reason, QStringLiteral("  SUP-1234   lost phone "));
        if (production) {
            QVERIFY(!action->isEnabled()); // the identifier is still to type
            QTest::keyClick(reason, Qt::Key_Tab);
            auto *typed = dialog.findChild<QLineEdit *>(QStringLiteral("confirmTyped"));
            QCOMPARE(QApplication::focusWidget(), typed);
            QTest::keyClicks(typed, QStringLiteral("ada@example.com"));
        }
        QVERIFY(action->isEnabled());
        QCOMPARE(dialog.reason(), QStringLiteral("SUP-1234 lost phone"));
        reason->clear();
        QCOMPARE(action->isEnabled(), !required);
        ReasonField::setProfileRequires(false);
    }

    // Without a reason pointer the dialog asks for none (a second question, a non-change).
    void noReasonUnlessTaken()
    {
        ConfirmDialog dialog({QStringLiteral("t"), QStringLiteral("d"), QStringLiteral("Go"), false, QString()});
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("reasonEdit")));
    }

    void testHookAnswers()
    {
        Prompt::setNextAnswers({int(QMessageBox::Yes), int(QMessageBox::No)});
        const ConfirmDialog::Request r{QStringLiteral("t"), QStringLiteral("d"), QStringLiteral("Go"), false,
                                       QString()};
        QVERIFY(ConfirmDialog::confirm(nullptr, r));
        QVERIFY(!ConfirmDialog::confirm(nullptr, r));
        QString reason = QStringLiteral("stale");
        Prompt::setNextAnswers({QVariantMap{{QStringLiteral("answer"), int(QMessageBox::Yes)},
                                            {QStringLiteral("reason"), QStringLiteral("SUP-5")}},
                                int(QMessageBox::Yes)});
        QVERIFY(ConfirmDialog::confirmWithReason(nullptr, r, &reason));
        QCOMPARE(reason, QStringLiteral("SUP-5"));
        QVERIFY(ConfirmDialog::confirmWithReason(nullptr, r, &reason));
        QCOMPARE(reason, QString()); // no reason in the answer: none, never the last one
        Prompt::setTestMode(false);
    }
};

QTEST_MAIN(tst_ConfirmDialog)
#include "tst_confirmdialog.moc"
