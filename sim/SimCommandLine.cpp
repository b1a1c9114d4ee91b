// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimCommandLine.h"

#include "KratosSimulator.h"
#include "SimFaults.h"

#include <tuple>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

SimCommandLine::SimCommandLine()
{
    m_parser.setApplicationDescription(
        s("A stateful Ory Kratos admin API simulator for Kratos Desk: deterministic seed data, Kratos's pagination, "
          "errors and quirks, and switchable faults. Listens on loopback only unless --bind says otherwise."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    addServerOptions();
    addFlowOptions();
    addFaultOptions();
}

void SimCommandLine::add(const QString &name, const QString &description, const QString &valueName,
                         const QString &defaultValue)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName, defaultValue));
}

void SimCommandLine::addServerOptions()
{
    add(s("port"), s("Admin port (0 = any free port)."), s("P"), s("4434"));
    add(s("public-port"), s("Public port for /schemas (0 = any)."), s("P"), s("0"));
    add(s("bind"), s("Address to listen on."), s("ADDR"), s("127.0.0.1"));
    add(s("identities"), s("Number of seeded identities."), s("N"), s("200"));
    add(s("messages"), s("Number of seeded courier messages."), s("M"), s("100"));
    add(s("seed"), s("Seed of the generated data."), s("S"), s("1"));
    add(s("token"), s("Require \"Authorization: Bearer T\" on admin routes, as Ory Network does."), s("T"));
    add(s("dev"), s("Dev mode: courier bodies and subjects are not redacted."));
    add(s("faster-extend"), s("Session extend answers 204 (Ory Network's feature flag)."));
    add(s("schemas"), s("Folder of *.schema.json files replacing the built-in schemas."), s("DIR"));
    add(s("shared-origin"), s("Serve the public routes on the admin port too, as Ory Network does (one origin)."));
    add(s("stuck-courier"), s("Scenario: the seeded queued messages have waited for days, as when no courier runs."));
}

void SimCommandLine::addFlowOptions()
{
    add(s("verification"), s("Public verification flow: code, link or off (selfservice.flows.verification)."), s("M"),
        s("code"));
    add(s("recovery"), s("Public recovery flow: code, link or off (selfservice.flows.recovery)."), s("M"), s("code"));
    add(s("notify-unknown-recipients"),
        s("Flows mail unknown e-mail addresses (\"someone tried to ...\") instead of staying silent."));
    add(s("courier-interval"),
        s("Run a courier worker every MS milliseconds: it delivers what the flows queue; mail to @mail.example.net "
          "bounces and is abandoned after 5 attempts (0 = no worker)."),
        s("MS"), s("2000"));
}

void SimCommandLine::addFaultOptions()
{
    add(s("latency"), s("Fault: delay every admin reply by MS milliseconds."), s("MS"));
    add(s("error-rate"), s("Fault: fraction (0-1) of admin requests that fail."), s("R"));
    add(s("error-status"), s("Fault: HTTP status of injected failures."), s("S"), s("500"));
    add(s("rate-limit"), s("Fault: fraction (0-1) of admin requests answered 429 with Retry-After."), s("R"));
    add(s("malformed"), s("Fault: successful replies carry a body that is not JSON."));
    add(s("truncated"), s("Fault: successful JSON replies are cut in half."));
    add(s("hang"), s("Fault: admin requests are accepted and never answered."));
    add(s("redirect-to"), s("Fault: answer every admin request with a 307 to this origin."), s("URL"));
    add(s("fault-match"), s("Apply faults only to requests whose \"METHOD /path\" contains TEXT."), s("TEXT"));
    add(s("repeat-next-link"),
        s("Fault: a list page read with a page_token links \"next\" to that same token, for ever."));
    add(s("extra-list-item"), s("Fault: identity list pages carry this raw JSON text as their first element."),
        s("JSON"));
}

bool SimCommandLine::number(const QString &name, int min, int *value, QString *error) const
{
    bool ok = false;
    *value = m_parser.value(name).toInt(&ok);
    if (ok && *value >= min)
        return true;
    *error = s("--%1 must be a whole number >= %2, got \"%3\"").arg(name).arg(min).arg(m_parser.value(name));
    return false;
}

bool SimCommandLine::readOptions(SimOptions *options, QString *error) const
{
    int adminPort = 0, publicPort = 0, seed = 0;
    if (!number(s("port"), 0, &adminPort, error) || !number(s("public-port"), 0, &publicPort, error) ||
        !number(s("identities"), 0, &options->identities, error) ||
        !number(s("messages"), 0, &options->messages, error) || !number(s("seed"), 0, &seed, error) ||
        !number(s("courier-interval"), 0, &options->courierIntervalMs, error))
        return false;
    options->adminPort = static_cast<quint16>(adminPort);
    options->publicPort = static_cast<quint16>(publicPort);
    options->seed = static_cast<quint32>(seed);
    options->address = QHostAddress(m_parser.value(s("bind")));
    if (options->address.isNull()) {
        *error = s("--bind needs an IP address, got \"%1\"").arg(m_parser.value(s("bind")));
        return false;
    }
    options->token = m_parser.value(s("token"));
    options->devMode = m_parser.isSet(s("dev"));
    options->fasterSessionExtend = m_parser.isSet(s("faster-extend"));
    options->schemasDir = m_parser.value(s("schemas"));
    options->stuckCourier = m_parser.isSet(s("stuck-courier"));
    options->notifyUnknownRecipients = m_parser.isSet(s("notify-unknown-recipients"));
    options->sharedOrigin = m_parser.isSet(s("shared-origin"));
    for (const auto &[name, enabled, method] :
         {std::tuple{s("verification"), &options->verificationEnabled, &options->verificationMethod},
          std::tuple{s("recovery"), &options->recoveryEnabled, &options->recoveryMethod}}) {
        const QString value = m_parser.value(name);
        if (value != QLatin1String("code") && value != QLatin1String("link") && value != QLatin1String("off")) {
            *error = s("--%1 must be code, link or off, got \"%2\"").arg(name, value);
            return false;
        }
        *enabled = value != QLatin1String("off");
        if (*enabled)
            *method = value;
    }
    return true;
}

bool SimCommandLine::readFaults(SimFaults *faults, QString *error) const
{
    if (m_parser.isSet(s("latency")) && !number(s("latency"), 0, &faults->latencyMs, error))
        return false;
    if (!number(s("error-status"), 100, &faults->errorStatus, error))
        return false;
    faults->match = m_parser.value(s("fault-match"));
    faults->errorRate = m_parser.value(s("error-rate")).toDouble();
    faults->rateLimitRate = m_parser.value(s("rate-limit")).toDouble();
    faults->malformedJson = m_parser.isSet(s("malformed"));
    faults->truncatedJson = m_parser.isSet(s("truncated"));
    faults->repeatNextLink = m_parser.isSet(s("repeat-next-link"));
    faults->extraListItem = m_parser.value(s("extra-list-item")).toUtf8();
    faults->hang = m_parser.isSet(s("hang"));
    if (m_parser.isSet(s("redirect-to")))
        faults->redirectTo = QUrl(m_parser.value(s("redirect-to")));
    return true;
}
