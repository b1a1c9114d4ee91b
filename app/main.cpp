#include "KratosClient.h"
#include "KratosSimulator.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kratos-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kratos Desk"));
    QApplication::setOrganizationName(QStringLiteral("kratos-desk"));
    QApplication::setApplicationVersion(QStringLiteral(KD_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kratos-desk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Desktop admin console for Ory Kratos."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Start the built-in Kratos simulator on loopback and connect to it."));
    const QCommandLineOption adminUrl(
        QStringLiteral("admin-url"),
        QStringLiteral("Connect to this Kratos admin URL. The token, if any, is read from KRATOS_ADMIN_TOKEN."),
        QStringLiteral("URL"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"),
                                       QStringLiteral("Kratos public URL, where identity schemas are served."),
                                       QStringLiteral("URL"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), QStringLiteral("Refuse every change."));
    parser.addOptions({demo, adminUrl, publicUrl, readOnly});
    parser.process(app);

    QNetworkAccessManager nam;
    KratosClient client(&nam);
    std::unique_ptr<KratosSimulator> simulator;
    ConnectionSettings settings;
    QString description;

    if (parser.isSet(demo)) {
        SimOptions options;
        options.identities = 2000;
        options.messages = 400;
        simulator = std::make_unique<KratosSimulator>(options);
        QString error;
        if (!simulator->start(&error)) {
            std::fprintf(stderr, "kratos-desk: the demo simulator did not start: %s\n", qPrintable(error));
            return 1;
        }
        settings.adminUrl = simulator->adminUrl();
        description = QStringLiteral("Demo (simulator at %1)").arg(simulator->adminUrl().authority());
    } else if (parser.isSet(adminUrl)) {
        settings.adminUrl = QUrl(parser.value(adminUrl), QUrl::StrictMode);
        if (!settings.adminUrl.isValid() || settings.adminUrl.host().isEmpty() ||
            (settings.adminUrl.scheme() != QLatin1String("http") &&
             settings.adminUrl.scheme() != QLatin1String("https"))) {
            std::fprintf(stderr, "kratos-desk: --admin-url needs an http:// or https:// URL with a host, got \"%s\"\n",
                         qPrintable(parser.value(adminUrl)));
            return 2;
        }
        settings.token = qEnvironmentVariable("KRATOS_ADMIN_TOKEN");
        if (!settings.token.isEmpty() && settings.adminUrl.scheme() == QLatin1String("http") &&
            !isLoopback(settings.adminUrl))
            std::fprintf(stderr, "kratos-desk: warning: the admin token will travel unencrypted over http:// to %s\n",
                         qPrintable(settings.adminUrl.host()));
        description = settings.adminUrl.authority();
    }
    if (parser.isSet(publicUrl))
        settings.publicUrl = QUrl(parser.value(publicUrl), QUrl::StrictMode);
    settings.readOnly = parser.isSet(readOnly);

    MainWindow window(&client);
    window.show();
    if (settings.adminUrl.isValid()) {
        client.setConnection(settings);
        settings.clearToken();
        window.connectToServer(description);
    }
    const int rc = app.exec();
    client.closeConnection();
    return rc;
}
