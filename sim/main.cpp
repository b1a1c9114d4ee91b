// SPDX-License-Identifier: GPL-3.0-or-later
#include "KratosSimulator.h"
#include "SimFaults.h"
#include "SimStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <tuple>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kratos-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A stateful Ory Kratos admin API simulator for Kratos Desk: deterministic seed data, Kratos's pagination, "
        "errors and quirks, and switchable faults. Listens on loopback only unless --bind says otherwise."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Admin port (0 = any free port)."),
                                  QStringLiteral("P"), QStringLiteral("4434"));
    const QCommandLineOption publicPort(QStringLiteral("public-port"),
                                        QStringLiteral("Public port for /schemas (0 = any)."), QStringLiteral("P"),
                                        QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"), QStringLiteral("Address to listen on."),
                                  QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption identities(QStringLiteral("identities"), QStringLiteral("Number of seeded identities."),
                                        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption messages(QStringLiteral("messages"), QStringLiteral("Number of seeded courier messages."),
                                      QStringLiteral("M"), QStringLiteral("100"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generated data."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        QStringLiteral("Require \"Authorization: Bearer T\" on admin routes, as Ory Network does."),
        QStringLiteral("T"));
    const QCommandLineOption dev(QStringLiteral("dev"),
                                 QStringLiteral("Dev mode: courier bodies and subjects are not redacted."));
    const QCommandLineOption fastExtend(QStringLiteral("faster-extend"),
                                        QStringLiteral("Session extend answers 204 (Ory Network's feature flag)."));
    const QCommandLineOption schemas(QStringLiteral("schemas"),
                                     QStringLiteral("Folder of *.schema.json files replacing the built-in schemas."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Fault: delay every admin reply by MS milliseconds."),
                                     QStringLiteral("MS"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"),
                                       QStringLiteral("Fault: fraction (0-1) of admin requests that fail."),
                                       QStringLiteral("R"));
    const QCommandLineOption errorStatus(QStringLiteral("error-status"),
                                         QStringLiteral("Fault: HTTP status of injected failures."),
                                         QStringLiteral("S"), QStringLiteral("500"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        QStringLiteral("Fault: fraction (0-1) of admin requests answered 429 with Retry-After."), QStringLiteral("R"));
    const QCommandLineOption malformed(QStringLiteral("malformed"),
                                       QStringLiteral("Fault: successful replies carry a body that is not JSON."));
    const QCommandLineOption truncated(QStringLiteral("truncated"),
                                       QStringLiteral("Fault: successful JSON replies are cut in half."));
    const QCommandLineOption repeatNext(
        QStringLiteral("repeat-next-link"),
        QStringLiteral("Fault: a list page read with a page_token links \"next\" to that same token, for ever."));
    const QCommandLineOption extraItem(
        QStringLiteral("extra-list-item"),
        QStringLiteral("Fault: identity list pages carry this raw JSON text as their first element."),
        QStringLiteral("JSON"));
    const QCommandLineOption hang(QStringLiteral("hang"),
                                  QStringLiteral("Fault: admin requests are accepted and never answered."));
    const QCommandLineOption redirect(QStringLiteral("redirect-to"),
                                      QStringLiteral("Fault: answer every admin request with a 307 to this origin."),
                                      QStringLiteral("URL"));
    const QCommandLineOption match(
        QStringLiteral("fault-match"),
        QStringLiteral("Apply faults only to requests whose \"METHOD /path\" contains TEXT."), QStringLiteral("TEXT"));
    const QCommandLineOption verification(
        QStringLiteral("verification"),
        QStringLiteral("Public verification flow: code, link or off (selfservice.flows.verification)."),
        QStringLiteral("M"), QStringLiteral("code"));
    const QCommandLineOption recovery(
        QStringLiteral("recovery"),
        QStringLiteral("Public recovery flow: code, link or off (selfservice.flows.recovery)."), QStringLiteral("M"),
        QStringLiteral("code"));
    const QCommandLineOption notifyUnknown(
        QStringLiteral("notify-unknown-recipients"),
        QStringLiteral("Flows mail unknown e-mail addresses (\"someone tried to ...\") instead of staying silent."));
    const QCommandLineOption sharedOrigin(
        QStringLiteral("shared-origin"),
        QStringLiteral("Serve the public routes on the admin port too, as Ory Network does (one origin)."));
    const QCommandLineOption courier(
        QStringLiteral("courier-interval"),
        QStringLiteral("Run a courier worker every MS milliseconds: it delivers what the flows queue; mail to "
                       "@mail.example.net bounces and is abandoned after 5 attempts (0 = no worker)."),
        QStringLiteral("MS"), QStringLiteral("2000"));
    const QCommandLineOption stuckCourier(
        QStringLiteral("stuck-courier"),
        QStringLiteral("Scenario: the seeded queued messages have waited for days, as when no courier runs."));
    parser.addOption(stuckCourier);
    parser.addOptions({port,          publicPort,   bind,    identities, messages,  seed,         token,
                       dev,           fastExtend,   schemas, latency,    errorRate, errorStatus,  rateLimit,
                       malformed,     truncated,    hang,    redirect,   match,     verification, recovery,
                       notifyUnknown, sharedOrigin, courier, repeatNext, extraItem});
    parser.process(app);

    auto number = [&parser](const QCommandLineOption &option, int min) {
        bool ok = false;
        const int v = parser.value(option).toInt(&ok);
        if (!ok || v < min) {
            std::fprintf(stderr, "kratos-sim: --%s must be a whole number >= %d, got \"%s\"\n",
                         qPrintable(option.names().first()), min, qPrintable(parser.value(option)));
            std::exit(2);
        }
        return v;
    };

    SimOptions options;
    options.adminPort = static_cast<quint16>(number(port, 0));
    options.publicPort = static_cast<quint16>(number(publicPort, 0));
    options.address = QHostAddress(parser.value(bind));
    if (options.address.isNull()) {
        std::fprintf(stderr, "kratos-sim: --bind needs an IP address, got \"%s\"\n", qPrintable(parser.value(bind)));
        return 2;
    }
    options.identities = number(identities, 0);
    options.messages = number(messages, 0);
    options.seed = static_cast<quint32>(number(seed, 0));
    options.token = parser.value(token);
    options.devMode = parser.isSet(dev);
    options.fasterSessionExtend = parser.isSet(fastExtend);
    options.schemasDir = parser.value(schemas);
    options.stuckCourier = parser.isSet(stuckCourier);
    for (const auto &[option, enabled, method] :
         {std::tuple{&verification, &options.verificationEnabled, &options.verificationMethod},
          std::tuple{&recovery, &options.recoveryEnabled, &options.recoveryMethod}}) {
        const QString value = parser.value(*option);
        if (value != QLatin1String("code") && value != QLatin1String("link") && value != QLatin1String("off")) {
            std::fprintf(stderr, "kratos-sim: --%s must be code, link or off, got \"%s\"\n",
                         qPrintable(option->names().first()), qPrintable(value));
            return 2;
        }
        *enabled = value != QLatin1String("off");
        if (*enabled)
            *method = value;
    }
    options.notifyUnknownRecipients = parser.isSet(notifyUnknown);
    options.sharedOrigin = parser.isSet(sharedOrigin);
    options.courierIntervalMs = number(courier, 0);

    KratosSimulator sim(options);
    SimFaults &faults = sim.faults();
    faults.match = parser.value(match);
    if (parser.isSet(latency))
        faults.latencyMs = number(latency, 0);
    faults.errorRate = parser.value(errorRate).toDouble();
    faults.errorStatus = number(errorStatus, 100);
    faults.rateLimitRate = parser.value(rateLimit).toDouble();
    faults.malformedJson = parser.isSet(malformed);
    faults.truncatedJson = parser.isSet(truncated);
    faults.repeatNextLink = parser.isSet(repeatNext);
    faults.extraListItem = parser.value(extraItem).toUtf8();
    faults.hang = parser.isSet(hang);
    if (parser.isSet(redirect))
        faults.redirectTo = QUrl(parser.value(redirect));

    QString error;
    if (!sim.start(&error)) {
        std::fprintf(stderr, "kratos-sim: %s\n", qPrintable(error));
        return 1;
    }
    QTextStream out(stdout);
    out << "kratos-sim " << KD_VERSION << ": admin " << sim.adminUrl().toString() << "  public "
        << sim.publicUrl().toString() << "  (" << sim.store().identities().size() << " identities, "
        << sim.store().messages().size() << " messages, seed " << options.seed
        << (options.token.isEmpty() ? "" : ", bearer token required") << ")" << Qt::endl;
    return app.exec();
}
