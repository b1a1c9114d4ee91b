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
#include "SingleInstance.h"
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
#include <functional>
#include <memory>
#include <optional>

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
    parser.addPositionalArgument(s("LINK"), s("A kratos-desk://open?… link to open, as with --open."), s("[LINK]"));
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

// --open's link, or a kratos-desk:// link given alone (as the desktop passes one); its text in
// `text`. `bad` (with the reason on stderr) when a link is given and is not one, or an argument is
// neither a link nor a command.
std::optional<DeepLink> linkToOpen(const QCommandLineParser &parser, QString *text, bool *bad)
{
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() &&
        (positional.size() > 1 || parser.isSet(s("open")) || !positional.first().startsWith(s("kratos-desk:")))) {
        std::fprintf(stderr, "kratos-desk: \"%s\" is neither a command nor a kratos-desk:// link (see --help)\n",
                     qPrintable(PlainText::forTerminal(positional.first().left(200))));
        *bad = true;
        return std::nullopt;
    }
    *text = parser.isSet(s("open")) ? parser.value(s("open")) : positional.value(0);
    if (text->isEmpty())
        return std::nullopt;
    QString problem;
    std::optional<DeepLink> link = DeepLink::parse(*text, &problem);
    if (!link) {
        std::fprintf(stderr, "kratos-desk: --open: %s\n", qPrintable(PlainText::forTerminal(problem)));
        *bad = true;
    }
    return link;
}

// The demo's server: the simulator (started now unless --demo started it), asked once.
std::function<ConnectionController::DemoServer()> demoServerOf(std::unique_ptr<SimThread> &simulator)
{
    auto server = std::make_shared<std::optional<ConnectionController::DemoServer>>();
    return [&simulator, server]() {
        if (!*server) {
            if (!simulator) {
                simulator = demoSimulator();
                simulator->start();
            }
            QString error;
            ConnectionController::DemoServer demo;
            demo.adminUrl = simulator->waitUntilListening(&error);
            demo.publicUrl = simulator->publicUrl();
            if (demo.adminUrl.isEmpty())
                std::fprintf(stderr, "kratos-desk: the demo simulator did not start: %s\n",
                             qPrintable(PlainText::forTerminal(error)));
            *server = demo;
        }
        return **server;
    };
}

// A start without --demo, --admin-url or --profile, while a window runs for this user and settings
// folder: that window takes the request (the link, or to come to the front), and this process
// ends. True when it did.
bool handedToRunningWindow(SingleInstance &instance, const QCommandLineParser &parser, const QString &linkText)
{
    if (parser.isSet(s("demo")) || parser.isSet(s("admin-url")) || parser.isSet(s("profile")))
        return false;
    return instance.handOver(linkText.isEmpty() ? s("show") : s("open ") + linkText);
}

// Links and starts handed over by later starts come to this window.
void takeRequests(SingleInstance &instance, MainWindow &window)
{
    QString error;
    if (!instance.listen(&error)) {
        std::fprintf(stderr, "kratos-desk: links will not reach this window: %s\n",
                     qPrintable(PlainText::forTerminal(error)));
        return;
    }
    QObject::connect(&instance, &SingleInstance::requested, &window, [&window](const QString &request) {
        if (window.isMinimized())
            window.showNormal();
        window.raise();
        window.activateWindow();
        if (request.startsWith(QLatin1String("open ")))
            window.links()->openText(request.mid(5));
    });
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
    QString linkText;
    const std::optional<DeepLink> link = linkToOpen(parser, &linkText, &badLink);
    if (badLink)
        return 2;
    SingleInstance instance(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation));
    if (handedToRunningWindow(instance, parser, linkText))
        return 0;

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

    connection.setDemoServer(demoServerOf(simulator));

    AppContext context{&nam, &client, &profiles, &tokens, &audit, &connection, &preferences};
    MainWindow window(context);
    theme.applyStyleSheet();
    std::unique_ptr<FirstPaintProbe> startupProbe;
    if (qEnvironmentVariableIsSet("KD_STARTUP_PROBE")) {
        startupProbe = std::make_unique<FirstPaintProbe>(sinceStart);
        app.installEventFilter(startupProbe.get());
    }
    window.show();
    takeRequests(instance, window);

    if (!openFirstConnection(parser, window, connection, profiles, &environmentToken, link))
        return 2;
    const int rc = app.exec();
    connection.close();
    return rc;
}
