// SPDX-License-Identifier: GPL-3.0-or-later
// Light, dark and "Follow system": the desktop's scheme read from a portal played on the test's
// session bus, the user's choice winning over it, and colours that read in both modes.
#include "AppHarness.h"
#include "AppIcons.h"
#include "ErrorBanner.h"
#include "FakePortal.h"
#include "MainWindow.h"
#include "PortalColorScheme.h"
#include "Prompt.h"
#include "StatusColors.h"
#include "TestSupport.h"
#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace TestSupport;

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG 2 contrast ratio.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

// The colour most pixels of `image` have.
QColor dominant(const QImage &image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            ++counts[image.pixel(x, y)];
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return QColor::fromRgb(best);
}

} // namespace

class tst_Theme : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppHarness> m_app;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<FakePortal> m_portal;

    void startTheme(AppSettings::Appearance choice)
    {
        m_app->preferences.setAppearance(choice);
        m_theme = std::make_unique<Theme>(&m_app->preferences);
        m_theme->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Prompt::setTestMode(true);
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "the tests run in a dbus-run-session");
    }

    void init() { m_app = std::make_unique<AppHarness>(); }

    void cleanup()
    {
        m_theme.reset();
        m_portal.reset();
        m_app.reset();
        qApp->setStyleSheet(QString());
        QApplication::setPalette(Theme::lightPalette());
    }

    void followsThePortalAtStart_data()
    {
        QTest::addColumn<int>("portal"); // -1: no portal on the bus
        QTest::addColumn<bool>("dark");
        QTest::newRow("prefer dark") << 1 << true;
        QTest::newRow("prefer light") << 2 << false;
        QTest::newRow("no preference") << 0 << false;
        QTest::newRow("out of range") << 7 << false;
        QTest::newRow("no portal") << -1 << false;
    }

    void followsThePortalAtStart()
    {
        QFETCH(int, portal);
        QFETCH(bool, dark);
        if (portal >= 0) {
            m_portal = std::make_unique<FakePortal>(uint(portal));
            QVERIFY(m_portal->registerOnBus());
        }
        QElapsedTimer timer;
        timer.start();
        startTheme(AppSettings::Appearance::FollowSystem);
        QVERIFY(timer.elapsed() < 500); // the portal is asked asynchronously
        QVERIFY(!m_theme->isDark());    // light at once, until the answer arrives
        if (portal >= 0)
            QTRY_COMPARE(m_portal->reads, 1);
        if (dark)
            QTRY_VERIFY(m_theme->isDark());
        else
            QTest::qWait(100);
        QCOMPARE(m_theme->isDark(), dark);
        QCOMPARE(StatusColors::isDark(), dark);
        QCOMPARE(StatusColors::isDark(QApplication::palette()), dark);
    }

    void followsTheDesktopWhenItSwitches()
    {
        m_portal = std::make_unique<FakePortal>(0);
        QVERIFY(m_portal->registerOnBus());
        startTheme(AppSettings::Appearance::FollowSystem);
        QTRY_COMPARE(m_portal->reads, 1);
        QSignalSpy applied(m_theme.get(), &Theme::applied);
        m_portal->setColorScheme(1);
        QTRY_VERIFY(m_theme->isDark());
        QCOMPARE(applied.count(), 1);
        m_portal->setColorScheme(2);
        QTRY_VERIFY(!m_theme->isDark());
        // Another setting of the portal changes nothing.
        Q_EMIT m_portal->SettingChanged(QStringLiteral("org.gnome.desktop.interface"), QStringLiteral("color-scheme"),
                                        QDBusVariant(QVariant::fromValue(1u)));
        QTest::qWait(100);
        QVERIFY(!m_theme->isDark());
    }

    void theUsersChoiceWins_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<uint>("portal");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light on a dark desktop") << int(AppSettings::Appearance::Light) << 1u << false;
        QTest::newRow("dark on a light desktop") << int(AppSettings::Appearance::Dark) << 2u << true;
        QTest::newRow("dark, no preference") << int(AppSettings::Appearance::Dark) << 0u << true;
    }

    void theUsersChoiceWins()
    {
        QFETCH(int, choice);
        QFETCH(uint, portal);
        QFETCH(bool, dark);
        m_portal = std::make_unique<FakePortal>(portal);
        QVERIFY(m_portal->registerOnBus());
        startTheme(AppSettings::Appearance(choice));
        QTRY_COMPARE(m_portal->reads, 1);
        QTest::qWait(50);
        QCOMPARE(m_theme->isDark(), dark);
        // Changing the setting applies at once, without a restart.
        m_app->preferences.setAppearance(AppSettings::Appearance::FollowSystem);
        QTRY_COMPARE(m_theme->isDark(), portal == 1);
    }

    // The window is built before the style sheet (Later): the palette is there at once, the
    // sheet only from applyStyleSheet() on, and from then on it follows the mode. A toned label
    // made before takes its colour then.
    void styleSheetCanWaitForTheWindow_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << int(AppSettings::Appearance::Light) << false;
        QTest::newRow("dark") << int(AppSettings::Appearance::Dark) << true;
    }

    void styleSheetCanWaitForTheWindow()
    {
        QFETCH(int, choice);
        QFETCH(bool, dark);
        m_app->preferences.setAppearance(AppSettings::Appearance(choice));
        m_theme = std::make_unique<Theme>(&m_app->preferences);
        m_theme->start(Theme::StyleSheet::Later);
        QCOMPARE(m_theme->isDark(), dark);
        QCOMPARE(StatusColors::isDark(QApplication::palette()), dark);
        QVERIFY(qApp->styleSheet().isEmpty());

        QLabel label(QStringLiteral("Failed"));
        label.setProperty("tone", QStringLiteral("error"));
        label.ensurePolished();
        const QColor before = label.palette().color(QPalette::WindowText);
        m_theme->applyStyleSheet();
        QCOMPARE(qApp->styleSheet(), Theme::styleSheet(dark));
        label.ensurePolished();
        QCOMPARE(label.palette().color(QPalette::WindowText), StatusColors::text(StatusColors::Tone::Error));
        QVERIFY(before != label.palette().color(QPalette::WindowText));

        m_app->preferences.setAppearance(dark ? AppSettings::Appearance::Light : AppSettings::Appearance::Dark);
        QTRY_COMPARE(m_theme->isDark(), !dark);
        QCOMPARE(qApp->styleSheet(), Theme::styleSheet(!dark));
        m_theme->applyStyleSheet(); // a second call changes nothing
        QCOMPARE(qApp->styleSheet(), Theme::styleSheet(!dark));
    }

    // Every tone's text reads on its mode's base and window colours (WCAG AA, 4.5:1), and every
    // badge fill carries white text.
    void tonesReadInBothModes_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void tonesReadInBothModes()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        const QPalette p = QApplication::palette();
        for (auto tone : {StatusColors::Tone::Error, StatusColors::Tone::Success, StatusColors::Tone::Pending,
                          StatusColors::Tone::Muted, StatusColors::Tone::Accent, StatusColors::Tone::Neutral,
                          StatusColors::Tone::Special}) {
            const QColor text = StatusColors::text(tone);
            QVERIFY2(contrast(text, p.color(QPalette::Base)) >= 4.5, qPrintable(text.name()));
            QVERIFY2(contrast(text, p.color(QPalette::Window)) >= 4.0, qPrintable(text.name()));
            QVERIFY2(contrast(Qt::white, StatusColors::fill(tone)) >= 4.5, qPrintable(StatusColors::fill(tone).name()));
        }
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7);
        QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7);
        QVERIFY2(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5,
                 qPrintable(p.color(QPalette::Highlight).name()));
    }

    // The app's own page and action icons read as text does: on the list's background, and on the
    // highlight when selected, in both modes (WCAG AA, 4.5:1, measured on the icon's ink).
    void iconsReadLikeText_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("mode");
        QTest::newRow("light") << false << int(QIcon::Normal);
        QTest::newRow("light, selected") << false << int(QIcon::Selected);
        QTest::newRow("dark") << true << int(QIcon::Normal);
        QTest::newRow("dark, selected") << true << int(QIcon::Selected);
    }

    void iconsReadLikeText()
    {
        QFETCH(bool, dark);
        QFETCH(int, mode);
        QApplication::setPalette(dark ? Theme::darkPalette() : Theme::lightPalette());
        const QPalette p = QApplication::palette();
        const QColor background = mode == QIcon::Selected ? p.color(QPalette::Highlight) : p.color(QPalette::Base);
        for (AppIcons::Name name :
             {AppIcons::Name::Overview, AppIcons::Name::Identities, AppIcons::Name::Sessions, AppIcons::Name::Courier,
              AppIcons::Name::Schemas, AppIcons::Name::Profiles, AppIcons::Name::Audit, AppIcons::Name::Settings}) {
            const QImage image = AppIcons::fallback(name)
                                     .pixmap(QSize(48, 48), QIcon::Mode(mode))
                                     .toImage()
                                     .convertToFormat(QImage::Format_ARGB32);
            QColor ink;
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (qAlpha(image.pixel(x, y)) == 255 && ++opaque)
                        ink = QColor::fromRgb(image.pixel(x, y));
            QVERIFY2(opaque > 20, "the icon draws something");
            QVERIFY2(contrast(ink, background) >= 4.5,
                     qPrintable(QStringLiteral("icon %1: %2 on %3").arg(int(name)).arg(ink.name(), background.name())));
        }
    }

    // A page rendered in Dark: dark background, light text, and the error banner and error text
    // (which had colours for a white background) readable on it.
    void darkWindowHasNoLightColours()
    {
        startTheme(AppSettings::Appearance::Dark);
        QVERIFY(m_theme->isDark());
        MainWindow window(m_app->context());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage shot = window.grab().toImage();
        const QColor background = dominant(shot);
        QVERIFY2(luminance(background) < 0.05, qPrintable(background.name()));

        ErrorBanner banner;
        banner.resize(600, 60);
        banner.showError(ApiError(ApiError::Kind::Connection, QStringLiteral("connection refused")));
        banner.show();
        QVERIFY(QTest::qWaitForWindowExposed(&banner));
        const QColor bannerBackground = dominant(banner.grab().toImage());
        QVERIFY2(luminance(bannerBackground) < 0.1, qPrintable(bannerBackground.name()));
        auto *text = banner.findChild<QLabel *>(QStringLiteral("errorText"));
        QVERIFY(text);
        QVERIFY2(contrast(text->palette().color(text->foregroundRole()), bannerBackground) >= 4.5,
                 qPrintable(text->palette().color(text->foregroundRole()).name()));

        QLabel error(QStringLiteral("The traits do not match the schema"));
        error.setProperty("tone", QStringLiteral("error"));
        error.ensurePolished();
        const QColor errorText = error.palette().color(error.foregroundRole());
        QCOMPARE(errorText, StatusColors::text(StatusColors::Tone::Error));
        QVERIFY(contrast(errorText, QApplication::palette().color(QPalette::Window)) >= 4.0);

        // Switching back repaints in light, nothing left over.
        m_app->preferences.setAppearance(AppSettings::Appearance::Light);
        QTRY_VERIFY(!m_theme->isDark());
        QCoreApplication::processEvents();
        const QColor light = dominant(window.grab().toImage());
        QVERIFY2(luminance(light) > 0.5, qPrintable(light.name()));
    }
};

QTEST_MAIN(tst_Theme)
#include "tst_theme.moc"
