// SPDX-License-Identifier: GPL-3.0-or-later
// At QT_SCALE_FACTOR=2 on a 1600×1000 screen (offscreen, from a screen configuration file; see
// tests/CMakeLists.txt) there are 800×500 logical pixels: the main window and every dialog open
// inside the screen, and no button or one-line label is narrower than its text.
#include "Accessibility.h"
#include "AppDialogs.h"
#include "AppHarness.h"
#include "Clipping.h"
#include "ElidedLabel.h"
#include "IdentitiesPage.h"
#include "IdentityListModel.h"
#include "KratosSimulator.h"
#include "MainWindow.h"
#include "Prompt.h"
#include "ScreenFit.h"
#include "TestSupport.h"

#include <QAbstractButton>
#include <QFontInfo>
#include <QLabel>
#include <QScreen>
#include <QtTest>

using namespace TestSupport;

class tst_DialogFit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<AppHarness> m_app;
    std::unique_ptr<MainWindow> m_window;

    void check(QWidget *window)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCoreApplication::processEvents();
        const QRect screen = window->screen()->availableGeometry();

        QVERIFY2(window->frameGeometry().width() <= screen.width() &&
                     window->frameGeometry().height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(window->frameGeometry().width())
                                .arg(window->frameGeometry().height())
                                .arg(screen.width())
                                .arg(screen.height())));
        const QSize least = window->minimumSizeHint();
        QVERIFY2(least.width() <= screen.width() && least.height() <= screen.height(),
                 qPrintable(QStringLiteral("needs at least %1x%2").arg(least.width()).arg(least.height())));
        const QStringList cut = clippedTexts(window);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
        // The title bar has room for the whole title beside the window buttons.
        const int titleNeeds = titleBarNeeds(window);
        // (A title longer than the screen allows: as wide as ScreenFit lets any window be, 95 %.)
        QVERIFY2(window->width() >= std::min(titleNeeds, qRound(screen.width() * 0.95)),
                 qPrintable(QStringLiteral("title \"%1\" needs %2, window is %3")
                                .arg(window->windowTitle())
                                .arg(titleNeeds)
                                .arg(window->width())));
        // Every input, list and table has a name a screen reader can say.
        const QStringList unnamed = unnamedInputs(window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("unnamed: ") + unnamed.join(QStringLiteral(", "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Prompt::setTestMode(true);
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Kratos Desk"));
        QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(), 2.0);
        QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), QSize(800, 500));
        SimOptions options;
        options.identities = 20;
        m_sim = startSimulator(options);
        m_app = std::make_unique<AppHarness>();
        m_app->saveProfile(m_sim->adminUrl());
        m_window = std::make_unique<MainWindow>(m_app->context());
        m_window->show();
        m_window->openProfile(m_app->profiles.profiles().first().id);
        QTRY_COMPARE(m_window->identitiesPage()->model()->rowCount(), 20);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_app.reset();
        m_sim.reset();
    }

    void mainWindow()
    {
        // CTest runs this with the project's font set and once more with a wider one.
        const QString expectedFont = qEnvironmentVariable("KD_EXPECT_FONT");
        const QString measured = QFontInfo(m_window->font()).family();
        QVERIFY2(
            expectedFont.isEmpty() || measured == expectedFont,
            qPrintable(
                QStringLiteral("measured with %1, not %2: is its package installed?").arg(measured, expectedFont)));
        check(m_window.get());
        // Usable, not only unclipped: the search boxes keep room for a typical address.
        for (const char *name : {"serverSearch", "quickFilter"}) {
            auto *edit = child<QWidget>(m_window.get(), name);
            const int twelve = edit->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12;
            QVERIFY2(edit->width() >= twelve,
                     qPrintable(QStringLiteral("%1 is %2 px").arg(QLatin1String(name)).arg(edit->width())));
        }
    }

    void dialogs_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const QString &name : AppDialogs::names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void dialogs()
    {
        QFETCH(QString, dialog);
        const Identity identity = *m_window->identitiesPage()->model()->identityAt(0);
        const QString longLabel = QStringLiteral("grace.thompson.with.a.long.address.518@umbrella-corporation.example");
        const std::unique_ptr<QWidget> w = AppDialogs::make(dialog, *m_app, m_window.get(), identity, longLabel);
        QVERIFY(w);
        check(w.get());
        w->close();
    }
};

QTEST_MAIN(tst_DialogFit)
#include "tst_dialogfit.moc"
