// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppHarness.h"
#include "CourierMessageModel.h"
#include "CourierPage.h"
#include "ErrorBanner.h"
#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "IdentityListModel.h"
#include "MainWindow.h"
#include "MessageDetailPane.h"
#include "Prompt.h"
#include "RecoveryDialog.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QtTest>

using namespace TestSupport;

namespace {

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(QString::fromUtf8(context.category) + QLatin1Char(' ') + message);
    if (previousHandler && type >= QtWarningMsg)
        previousHandler(type, context, message);
}

// Every text a user or a log reader can see once the session is over.
QStringList visibleTexts(const AppHarness &app, const QString &profileId)
{
    QStringList texts = capturedLog;
    for (QWidget *w : QApplication::allWidgets()) {
        texts.append(w->windowTitle());
        if (auto *banner = qobject_cast<ErrorBanner *>(w))
            texts << banner->text() << banner->details();
    }
    texts.append(Prompt::lastWarning());
    QFile audit(app.audit.filePath(profileId));
    if (audit.open(QIODevice::ReadOnly))
        texts.append(QString::fromUtf8(audit.readAll()));
    QDirIterator files(app.dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        if (f.open(QIODevice::ReadOnly))
            texts.append(QString::fromUtf8(f.readAll()));
    }
    return texts;
}

} // namespace

// Secrets leave no trace where people look: a marker token, a courier body, a recovery link and a
// recovery code, used through the window with every logging category at every level on, appear in
// no log line, window title, error banner or its details, warning dialog, audit record or file.
class tst_SecretMarkers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Prompt::setTestMode(true); }

    void secretsAppearNowhere()
    {
        const QString token = QStringLiteral("ory_pat_TOKENMARKER_4b8e");
        const QString bodyMarker = QStringLiteral("BODYMARKER-7731");
        SimOptions options;
        options.identities = 12;
        options.messages = 6;
        options.devMode = true; // bodies are served, as Kratos does with --dev
        options.token = token;
        auto sim = startSimulator(options);
        SimMessage secretMessage = sim->store().messages().front();
        secretMessage.id = QStringLiteral("0b1e2c3d-0000-4000-8000-00000000beef");
        secretMessage.createdMs += 1000;
        secretMessage.json.insert(QStringLiteral("id"), secretMessage.id);
        secretMessage.json.insert(QStringLiteral("body"), QString(QStringLiteral("Your code is ") + bodyMarker));
        sim->store().addMessage(secretMessage);
        sim->store().sortMessages();

        // Every category at every level, except the in-process simulator's server side (it stands
        // for the remote Kratos, which sees the token by design).
        QLoggingCategory::setFilterRules(QStringLiteral("*=true\nqt.httpserver*=false\nkratos.sim*=false"));
        capturedLog.clear();
        previousHandler = qInstallMessageHandler(captureMessage);
        QStringList secrets{token, bodyMarker};
        QStringList texts;
        {
            AppHarness app;
            ConnectionProfile profile = app.saveProfile(sim->adminUrl());
            app.tokens.keepForSession(profile.id, token);
            MainWindow window(app.context());
            window.show();
            window.openProfile(profile.id);
            window.showPage(MainWindow::IdentitiesArea);
            QTRY_VERIFY_WITH_TIMEOUT(window.identitiesPage()->model()->rowCount() > 0, 10000);

            // The courier body, revealed and then left.
            CourierPage *courier = window.courierPage();
            courier->reload();
            QTRY_VERIFY(courier->model()->rowCount() > 0);
            std::optional<CourierMessage> message;
            for (int r = 0; r < courier->model()->rowCount(); ++r) {
                if (const CourierMessage *m = courier->model()->messageAt(r); m && m->id == secretMessage.id)
                    message = *m;
            }
            QVERIFY(message);
            courier->detail()->showMessage(*message);
            Prompt::setNextAnswers({int(QMessageBox::Yes)});
            courier->detail()->reveal();
            QTRY_VERIFY(courier->detail()->isBodyRevealed());
            QVERIFY(child<QPlainTextEdit>(courier->detail(), "bodyView")->toPlainText().contains(bodyMarker));
            courier->detail()->clear();

            // A recovery link and a recovery code, created and the dialog closed.
            IdentityDetailPane *detail = window.identitiesPage()->detail();
            const std::optional<Identity> someone = window.identitiesPage()->model()->identityAt(0);
            QVERIFY(someone);
            detail->showIdentity(*someone);
            detail->createRecovery();
            RecoveryDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = detail->findChild<RecoveryDialog *>()) != nullptr);
            auto *result = child<QLineEdit>(dialog, "recoveryResult");
            QTest::mouseClick(child<QPushButton>(dialog, "recoveryCreate"), Qt::LeftButton);
            QTRY_VERIFY(!result->text().isEmpty());
            secrets.append(result->text());
            child<QRadioButton>(dialog, "recoveryKindCode")->setChecked(true);
            const QString link = result->text();
            QTest::mouseClick(child<QPushButton>(dialog, "recoveryCreate"), Qt::LeftButton);
            QTRY_VERIFY(result->text() != link);
            secrets.append(result->text());
            dialog->close();

            // Failures: Kratos refuses the token, and a server error; both shown with details.
            sim->faults().errorRate = 1.0;
            sim->faults().errorStatus = 401;
            window.identitiesPage()->reload();
            auto *banner = child<ErrorBanner>(window.identitiesPage(), "identityErrorBanner");
            QTRY_VERIFY(banner->isVisible());
            QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("errorDetails")), Qt::LeftButton);
            sim->faults().errorStatus = 500;
            detail->showIdentity(*someone);
            QTRY_VERIFY(child<ErrorBanner>(detail, "detailError")->isVisible());

            app.settings.sync();
            texts = visibleTexts(app, profile.id);
            QVERIFY(QFile::exists(app.audit.filePath(profile.id))); // the reveal and the recoveries were audited
        }
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(capturedLog.size() > 20);
        for (const QString &secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 6);
            for (const QString &text : std::as_const(texts))
                QVERIFY2(!text.contains(secret), qPrintable(secret + QStringLiteral(" in: ") + text.left(300)));
        }
    }
};

QTEST_MAIN(tst_SecretMarkers)
#include "tst_secretmarkers.moc"
