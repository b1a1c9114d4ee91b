// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppContext.h"
#include "AppSettings.h"
#include "AuditLog.h"
#include "CommandLine.h"
#include "ConnectionController.h"
#include "DeepLink.h"
#include "EnvironmentToken.h"
#include "FirstPaintProbe.h"
#include "KratosClient.h"
#include "LinkOpener.h"
#include "MainWindow.h"
#include "PlainText.h"
#include "ProfileStore.h"
#include "SimThread.h"
#include "Theme.h"
#include "TokenStore.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace {

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("kratos-desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("kratos-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

void addWindowOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(s("Desktop admin console for Ory Kratos."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        QCommandLineOption(s("demo"), s("Start the built-in Kratos simulator on loopback and connect to it.")),
        QCommandLineOption(s("profile"), s("Open the connection profile NAME."), s("NAME")),
        QCommandLineOption(s("admin-url"),
                           s("Connect to this Kratos admin URL without a profile. The token, if any, is read from "
                             "KRATOS_ADMIN_TOKEN."),
                           s("URL")),
        QCommandLineOption(s("public-url"), s("With --admin-url: Kratos's public URL, where schemas are served."),
                           s("URL")),
        QCommandLineOption(s("read-only"), s("With --admin-url: refuse every change.")),
        QCommandLineOption(s("open"),
                           s("Open LINK once connected: a kratos-desk://open?… link (which may name the profile), "
                             "an identity's ID or a login identifier."),
                           s("LINK")),
    });
}

// --help and --version answer without a display: no widget application for them. True when one
// of them was asked for (and answered).
bool answeredWithoutDisplay(QCommandLineParser &parser, int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            QCoreApplication core(argc, argv);
            setApplicationNames();
            if (arg.startsWith("--help") || arg == "-h") {
                std::fputs(qPrintable(parser.helpText() + CommandLine::commandsHelp()), stdout);
                return true;
            }
            parser.process(core); // prints the version and exits
            return true;
        }
    }
    return false;
}

// The demo's simulator runs on its own thread: its seeding and answers never hold up the window.
std::unique_ptr<SimThread> demoSimulator()
{
    SimOptions options;
    options.identities = 2000;
    options.messages = 400;
    options.devMode = true;           // so that the demo can show the audited body reveal
    options.courierIntervalMs = 3000; // what the support toolkit sends is delivered (or bounces)
    return std::make_unique<SimThread>(options);
}

// --open's link; `bad` (with the reason on stderr) when it is given and is not one.
std::optional<DeepLink> linkToOpen(const QCommandLineParser &parser, bool *bad)
{
    if (!parser.isSet(s("open")))
        return std::nullopt;
    QString problem;
    std::optional<DeepLink> link = DeepLink::parse(parser.value(s("open")), &problem);
    if (!link) {
        std::fprintf(stderr, "kratos-desk: --open: %s\n", qPrintable(PlainText::forTerminal(problem)));
        *bad = true;
    }
    return link;
}

// Opens what the command line names: an ad-hoc admin URL, the demo, a profile, else the last
// profile used (unless --open names a profile of its own). False, with the reason on stderr, when
// what it names cannot be opened.
bool openFirstConnection(const QCommandLineParser &parser, MainWindow &window, ConnectionController &connection,
                         const ProfileStore &profiles, QString *environmentToken, const std::optional<DeepLink> &link)
{
    if (parser.isSet(s("admin-url"))) {
        const ConnectionController::AdHoc spec{parser.value(s("admin-url")), parser.value(s("public-url")),
                                               parser.isSet(s("read-only"))};
        QString problem;
        bool insecure = false;
        if (!connection.openAdHoc(spec, environmentToken, &problem, &insecure)) {
            std::fprintf(stderr, "kratos-desk: --admin-url: %s\n", qPrintable(PlainText::forTerminal(problem)));
            return false;
        }
        const QUrl admin(spec.adminUrl);
        if (insecure)
            std::fprintf(stderr, "kratos-desk: warning: the admin token will travel unencrypted over http:// to %s\n",
                         qPrintable(admin.host()));
        window.connectToServer(admin.authority());
    } else if (parser.isSet(s("demo"))) {
        window.openDemo();
    } else if (parser.isSet(s("profile"))) {
        const auto chosen = profiles.profileByName(parser.value(s("profile")));
        if (!chosen) {
            std::fprintf(stderr, "kratos-desk: there is no profile named \"%s\"\n",
                         qPrintable(PlainText::forTerminal(parser.value(s("profile")))));
            return false;
        }
        window.openProfile(chosen->id);
    } else if ((!link || link->profile.isEmpty()) && profiles.profile(profiles.lastProfileId())) {
        window.openProfile(profiles.lastProfileId());
    }
    if (link)
        window.links()->open(*link, true); // once the profile above is open, or in the profile it names
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // Out of the environment before anything else runs (see EnvironmentToken).
    QString environmentToken = EnvironmentToken::take();
    // Subcommands (`kratos-desk identities find …`) need no window or display.
    if (argc >= 2 && CommandLine::handles(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst();
        return CommandLine::run(arguments, std::move(environmentToken));
    }

    QCommandLineParser parser;
    addWindowOptions(parser);
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (answeredWithoutDisplay(parser, argc, argv))
        return 0;
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Kratos Desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kratos-desk.svg")));

    parser.process(app);
    bool badLink = false;
    const std::optional<DeepLink> link = linkToOpen(parser, &badLink);
    if (badLink)
        return 2;

    // With --demo the simulator starts now, while the window is being built; opening the demo
    // waits only until it listens, and its first requests are answered once the seeding is done.
    std::unique_ptr<SimThread> simulator;
    if (parser.isSet(s("demo"))) {
        simulator = demoSimulator();
        simulator->start();
    }

    QSettings settings;
    QNetworkAccessManager nam;
    KratosClient client(&nam);
    ProfileStore profiles(&settings);
    TokenStore tokens(&settings);
    AuditLog audit(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit"));
    client.setAuditGate(&audit);
    ConnectionController connection(&client, &tokens, &profiles, &audit);
    AppSettings preferences(&settings);
    audit.setCheckpointMinutes(preferences.auditCheckpointMinutes());
    Translations::install(preferences.language()); // before any window exists
    Theme theme(&preferences);
    // Light at once; dark when the setting or the desktop's portal says so. The style sheet comes
    // once the window is built (see Theme::start).
    theme.start(Theme::StyleSheet::Later);

    ConnectionController::DemoServer demoServer;
    bool demoAsked = false;
    connection.setDemoServer([&simulator, &demoServer, &demoAsked]() {
        if (!demoAsked) {
            demoAsked = true;
            if (!simulator) {
                simulator = demoSimulator();
                simulator->start();
            }
            QString error;
            demoServer.adminUrl = simulator->waitUntilListening(&error);
            demoServer.publicUrl = simulator->publicUrl();
            if (demoServer.adminUrl.isEmpty())
                std::fprintf(stderr, "kratos-desk: the demo simulator did not start: %s\n",
                             qPrintable(PlainText::forTerminal(error)));
        }
        return demoServer;
    });

    AppContext context{&nam, &client, &profiles, &tokens, &audit, &connection, &preferences};
    MainWindow window(context);
    theme.applyStyleSheet();
    std::unique_ptr<FirstPaintProbe> startupProbe;
    if (qEnvironmentVariableIsSet("KD_STARTUP_PROBE")) {
        startupProbe = std::make_unique<FirstPaintProbe>(sinceStart);
        app.installEventFilter(startupProbe.get());
    }
    window.show();

    if (!openFirstConnection(parser, window, connection, profiles, &environmentToken, link))
        return 2;
    const int rc = app.exec();
    connection.close();
    return rc;
}
