// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "AuditLog.h"
#include "ChangeReason.h"
#include "CliOutput.h"
#include "ConnectionController.h"
#include "KratosClient.h"
#include "PlainText.h"
#include "ProfileStore.h"
#include "SchemaListModel.h"
#include "TokenStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {

const QString ProfileOption = QStringLiteral("profile");
const QString AdminUrlOption = QStringLiteral("admin-url");
const QString PublicUrlOption = QStringLiteral("public-url");
const QString ReadOnlyOption = QStringLiteral("read-only");
const QString OutputOption = QStringLiteral("output");
const QString YesOption = QStringLiteral("yes");
const QString ReasonOption = QStringLiteral("reason");
const QString DryRunOption = QStringLiteral("dry-run");
const QString ConfirmOption = QStringLiteral("confirm");

void writeErr(const QString &text)
{
    const QByteArray bytes = PlainText::forTerminal(text).toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

// A line from the controlling terminal, which stays the keyboard when stdin carries ids.
QString readTerminalLine(bool echo)
{
    FILE *tty = std::fopen("/dev/tty", "r");
    if (!tty)
        return {};
    termios saved{};
    const bool hide = !echo && tcgetattr(fileno(tty), &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    char buffer[4096];
    const bool read = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (hide) {
        tcsetattr(fileno(tty), TCSAFLUSH, &saved);
        writeErr(QStringLiteral("\n"));
    }
    std::fclose(tty);
    QString line = read ? QString::fromLocal8Bit(buffer) : QString();
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

} // namespace

CliContext::CliContext(QString environmentToken, QObject *parent)
    : QObject(parent)
    , m_environmentToken(std::move(environmentToken))
    , m_settings(std::make_unique<QSettings>())
    , m_nam(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<KratosClient>(m_nam.get()))
    , m_profiles(std::make_unique<ProfileStore>(m_settings.get()))
    , m_tokens(std::make_unique<TokenStore>(m_settings.get()))
    , m_audit(std::make_unique<AuditLog>(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                         QStringLiteral("/audit")))
    , m_connection(
          std::make_unique<ConnectionController>(m_client.get(), m_tokens.get(), m_profiles.get(), m_audit.get()))
    , m_stdoutTerminal(isatty(STDOUT_FILENO) != 0)
    , m_stderrTerminal(isatty(STDERR_FILENO) != 0)
{
    m_client->setAuditGate(m_audit.get());
}

CliContext::~CliContext()
{
    m_environmentToken.fill(QLatin1Char('\0'));
    m_client->closeConnection();
    flushAudit();
}

void CliContext::addConnectionOptions(QCommandLineParser *parser)
{
    parser->addOption({ProfileOption, QStringLiteral("Use the connection profile NAME (its token from the keychain)."),
                       QStringLiteral("NAME")});
    parser->addOption({AdminUrlOption,
                       QStringLiteral("Connect to this Kratos admin URL without a profile; the token, if any, is "
                                      "read from KRATOS_ADMIN_TOKEN."),
                       QStringLiteral("URL")});
    parser->addOption(
        {PublicUrlOption, QStringLiteral("With --admin-url: Kratos's public URL."), QStringLiteral("URL")});
    parser->addOption({ReadOnlyOption, QStringLiteral("With --admin-url: refuse every change.")});
}

void CliContext::addOutputOption(QCommandLineParser *parser, bool importFormat)
{
    parser->addOption({OutputOption,
                       importFormat ? QStringLiteral("table, json, jsonl, csv or kratos-import (default: table on a "
                                                     "terminal, else jsonl).")
                                    : QStringLiteral("table, json, jsonl or csv (default: table on a terminal, else "
                                                     "json, or jsonl for lists)."),
                       QStringLiteral("FORMAT")});
}

void CliContext::addConfirmOptions(QCommandLineParser *parser)
{
    parser->addOption({YesOption, QStringLiteral("Do not ask: the answer is yes (for scripts).")});
    parser->addOption({DryRunOption, QStringLiteral("Say what would be done, and stop: nothing is sent or recorded.")});
    addReasonOption(parser);
    parser->addOption({ConfirmOption,
                       QStringLiteral("On a production profile: what the window has you type (the identifier, or "
                                      "the number of items)."),
                       QStringLiteral("TEXT")});
}

void CliContext::addReasonOption(QCommandLineParser *parser)
{
    parser->addOption({ReasonOption,
                       QStringLiteral("Why: a reason or ticket reference (SUP-1234), recorded with the change in the "
                                      "audit trail. Profiles that require one refuse the change without it."),
                       QStringLiteral("TEXT")});
}

int CliContext::parse(QCommandLineParser *parser, const QStringList &args, const QString &usage, const QString &summary,
                      bool list, int arguments)
{
    parser->addHelpOption();
    if (!parser->parse(QStringList{QStringLiteral("kratos-desk")} + args)) {
        fail(QStringLiteral("%1 (see kratos-desk %2 --help)")
                 .arg(parser->errorText(), usage.section(QLatin1Char(' '), 0, 1)));
        return Usage;
    }
    if (parser->isSet(QStringLiteral("help"))) {
        QString help = parser->helpText();
        help = help.mid(help.indexOf(QLatin1String("Options:")));
        std::fputs(qPrintable(QStringLiteral("Usage: kratos-desk %1 [options]\n\n%2\n\n%3").arg(usage, summary, help)),
                   stdout);
        return Done;
    }
    if (arguments >= 0 && parser->positionalArguments().size() != arguments) {
        fail(QStringLiteral("usage: kratos-desk %1").arg(usage));
        return Usage;
    }
    if (arguments >= 0 && parser->positionalArguments().size() != arguments) {
        fail(QStringLiteral("usage: kratos-desk %1").arg(usage));
        return Usage;
    }
    QString error;
    if (!readOptions(*parser, list, &error)) {
        fail(error);
        return Usage;
    }
    return -1;
}

QString CliContext::formatName(Format format)
{
    switch (format) {
    case Format::Table:
        return QStringLiteral("table");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Jsonl:
        return QStringLiteral("jsonl");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::KratosImport:
        return QStringLiteral("kratos-import");
    }
    return {};
}

bool CliContext::readOptions(const QCommandLineParser &parser, bool list, QString *error)
{
    const QStringList names = parser.optionNames();
    m_profileName = names.contains(ProfileOption) ? parser.value(ProfileOption) : QString();
    m_adminUrl = names.contains(AdminUrlOption) ? parser.value(AdminUrlOption) : QString();
    m_publicUrl = names.contains(PublicUrlOption) ? parser.value(PublicUrlOption) : QString();
    m_adHocReadOnly = names.contains(ReadOnlyOption);
    m_yes = names.contains(YesOption);
    m_dryRun = names.contains(DryRunOption);
    m_confirmed = names.contains(ConfirmOption) ? parser.value(ConfirmOption) : QString();
    m_reason = names.contains(ReasonOption) ? ChangeReason::clean(parser.value(ReasonOption)) : QString();
    if (names.contains(ReasonOption) && m_reason.isEmpty()) {
        *error = QStringLiteral("--reason needs words or a ticket reference");
        return false;
    }
    m_format = m_stdoutTerminal ? Format::Table : list ? Format::Jsonl : Format::Json;
    if (names.contains(OutputOption)) {
        const QString wanted = parser.value(OutputOption);
        bool known = false;
        for (const Format f : {Format::Table, Format::Json, Format::Jsonl, Format::Csv, Format::KratosImport}) {
            if (formatName(f) == wanted && (f != Format::KratosImport || m_importFormat)) {
                m_format = f;
                known = true;
            }
        }
        if (!known) {
            *error = QStringLiteral("--output must be table, json, jsonl or csv%1, not \"%2\"")
                         .arg(m_importFormat ? QStringLiteral(" or kratos-import") : QString(), wanted);
            return false;
        }
    }
    if (!m_profileName.isEmpty() && !m_adminUrl.isEmpty()) {
        *error = QStringLiteral("use either --profile or --admin-url, not both");
        return false;
    }
    return true;
}

int CliContext::selectTrail()
{
    if (!m_adminUrl.isEmpty()) {
        // The scope openAdHoc() gives the trail it writes.
        const QString authority = QUrl(m_adminUrl).authority();
        m_trailName = ConnectionController::adHocProfileId();
        AuditLog::Scope scope;
        scope.profileId = m_trailName;
        scope.profileName = authority;
        scope.authority = authority;
        scope.environment = ConnectionProfile::environmentName(ConnectionProfile::Environment::Development);
        m_audit->setProfile(scope);
        return Done;
    }
    std::optional<ConnectionProfile> profile = m_profileName.isEmpty()
                                                   ? m_profiles->profile(m_profiles->lastProfileId())
                                                   : m_profiles->profileByName(m_profileName);
    if (!profile) {
        fail(m_profileName.isEmpty() ? QStringLiteral("name a profile with --profile NAME, or use --admin-url URL")
                                     : QStringLiteral("there is no profile named \"%1\"").arg(m_profileName));
        return Usage;
    }
    m_profile = profile;
    m_trailName = profile->name;
    m_audit->setProfile(profile->auditScope());
    return Done;
}

int CliContext::connect()
{
    if (!m_adminUrl.isEmpty()) {
        QString problem;
        bool insecure = false;
        m_adHocToken = !m_environmentToken.isEmpty();
        const ConnectionController::AdHoc spec{m_adminUrl, m_publicUrl, m_adHocReadOnly};
        if (!m_connection->openAdHoc(spec, &m_environmentToken, &problem, &insecure)) {
            fail(QStringLiteral("--admin-url: %1").arg(problem));
            return Usage;
        }
        if (insecure)
            fail(QStringLiteral("warning: the admin token travels unencrypted over http:// to %1")
                     .arg(QUrl(m_adminUrl).host()));
        m_trailName = ConnectionController::adHocProfileId();
        return Done;
    }
    m_environmentToken.fill(QLatin1Char('\0'));
    m_environmentToken.clear();
    const int chosen = selectTrail();
    if (chosen != Done)
        return chosen;
    if (m_profile->demo) {
        fail(QStringLiteral("the demo profile runs its simulator inside the window; start kratos-sim and use "
                            "--admin-url instead"));
        return Usage;
    }
    return openProfile(*m_profile);
}

int CliContext::openProfile(const ConnectionProfile &profile)
{
    std::optional<QString> failure;
    bool opened = false;
    QEventLoop loop;
    QObject guard;
    QObject::connect(m_connection.get(), &ConnectionController::tokenUnavailable, &guard,
                     [&failure](const ConnectionProfile &, const QString &message) {
                         failure = QStringLiteral("the keychain cannot be read (%1); nothing was sent").arg(message);
                     });
    QObject::connect(m_connection.get(), &ConnectionController::openFailed, &guard,
                     [&failure, &loop](const ConnectionProfile &, const QString &message) {
                         failure = message;
                         loop.quit();
                     });
    QObject::connect(m_connection.get(), &ConnectionController::opened, &guard, [&opened, &loop]() {
        opened = true;
        loop.quit();
    });
    m_connection->open(profile.id);
    if (!opened && !failure)
        loop.exec();
    if (failure) {
        m_connection->close(); // never go on without the token the profile keeps
        fail(QStringLiteral("profile \"%1\": %2").arg(profile.name, *failure));
        return ConnectionFailed;
    }
    return Done;
}

bool CliContext::isReadOnly() const
{
    return m_client->connection().readOnly;
}

const SchemaCatalog &CliContext::schemas()
{
    if (!m_catalog) {
        SchemaListModel list(m_client.get());
        QEventLoop loop;
        QObject::connect(&list, &SchemaListModel::loaded, &loop, &QEventLoop::quit);
        QObject::connect(&list, &SchemaListModel::failed, &loop, &QEventLoop::quit);
        list.reload();
        loop.exec();
        m_catalog.emplace();
        m_catalog->setSchemas(list.schemas());
    }
    return *m_catalog;
}

int CliContext::dryRun(const QString &title, const QString &description) const
{
    CliOutput::text(QStringLiteral("Dry run: %1\n%2\n%3")
                        .arg(title, description,
                             isReadOnly() ? QStringLiteral("This profile is read-only: it would be refused. Nothing "
                                                           "was sent or recorded.")
                                          : QStringLiteral("Nothing was sent or recorded.")));
    return DryRun;
}

int CliContext::confirm(const ActionText &text, const QString &typed)
{
    if (m_dryRun)
        return dryRun(text.title, text.description);
    if (isReadOnly()) {
        fail(QStringLiteral("%1: refused, the profile is read-only; nothing was sent").arg(text.title));
        return Refused;
    }
    return confirmRead(text, typed);
}

int CliContext::confirmRead(const ActionText &text, const QString &typed)
{
    if (m_dryRun)
        return dryRun(text.title, text.description);
    if (isProduction() && m_confirmed != typed) {
        fail(QStringLiteral("%1: %2\nThis is a production profile: add --confirm %3 to go ahead.")
                 .arg(text.title, text.description, typed));
        return Refused;
    }
    const bool lacksReason = m_reason.isEmpty() && m_audit->scope().requireReason;
    if (lacksReason && (m_yes || !m_stderrTerminal)) {
        fail(QStringLiteral("%1: refused, profile \"%2\" asks for a reason with every change: add --reason TEXT "
                            "(why, or a ticket reference); nothing was sent")
                 .arg(text.title, m_trailName));
        return Refused;
    }
    if (m_yes)
        return Done;
    if (!m_stderrTerminal) {
        fail(QStringLiteral("%1: %2\nNot confirmed, nothing was sent: there is no terminal to ask on (add --yes in "
                            "scripts).")
                 .arg(text.title, text.description));
        return Refused;
    }
    writeErr(QStringLiteral("%1\n%2\n").arg(text.title, text.description));
    if (lacksReason) {
        writeErr(QStringLiteral("Reason or ticket (required by this profile): "));
        m_reason = ChangeReason::clean(readTerminalLine(true));
        if (m_reason.isEmpty()) {
            fail(QStringLiteral("%1: no reason given; nothing was sent").arg(text.title));
            return Refused;
        }
    }
    if (!ask(QStringLiteral("%1?").arg(text.actionLabel))) {
        fail(QStringLiteral("%1: not confirmed; nothing was sent").arg(text.title));
        return Refused;
    }
    return Done;
}

bool CliContext::ask(const QString &question)
{
    if (!m_stderrTerminal)
        return false;
    writeErr(QStringLiteral("%1 [y/N] ").arg(question));
    const QString answer = readTerminalLine(true).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

QString CliContext::askHidden(const QString &prompt)
{
    if (isatty(STDERR_FILENO) == 0)
        return {};
    writeErr(prompt);
    return readTerminalLine(false);
}

bool CliContext::openInput(QFile *file, const QString &path) const
{
    if (path == QLatin1String("-") ? file->open(stdin, QIODevice::ReadOnly)
                                   : (file->setFileName(path), file->open(QIODevice::ReadOnly)))
        return true;
    fail(QStringLiteral("cannot read %1: %2").arg(path, file->errorString()));
    return false;
}

void CliContext::say(const QString &text) const
{
    if (m_stderrTerminal)
        writeErr(text + QLatin1Char('\n'));
}

void CliContext::progress(const QString &what, qint64 done, qint64 total) const
{
    if (!m_stderrTerminal)
        return;
    if (total > 0) {
        constexpr int Width = 30;
        const int filled = int(qMin<qint64>(Width, done * Width / total));
        writeErr(QStringLiteral("\r%1 [%2%3] %4/%5")
                     .arg(what, QString(filled, QLatin1Char('#')), QString(Width - filled, QLatin1Char(' ')))
                     .arg(done)
                     .arg(total));
    } else {
        writeErr(QStringLiteral("\r%1: %2").arg(what).arg(done));
    }
}

void CliContext::endProgress() const
{
    if (m_stderrTerminal)
        writeErr(QStringLiteral("\r\033[K"));
}

void CliContext::fail(const QString &text) const
{
    writeErr(QStringLiteral("kratos-desk: %1\n").arg(text));
}

void CliContext::fail(const ApiError &error) const
{
    // Without a profile the token comes from the environment: say which variable, not a profile.
    if (!m_adminUrl.isEmpty() && error.httpStatus() == 401) {
        fail(m_adHocToken ? QStringLiteral("%1: Kratos refused the token in KRATOS_ADMIN_TOKEN (401); check it (Ory "
                                           "Network needs a project API key, ory_pat_…)")
                                .arg(error.title())
                          : QStringLiteral("%1: Kratos asks for an admin token (401); with --admin-url it is read "
                                           "from KRATOS_ADMIN_TOKEN, which is not set")
                                .arg(error.title()));
        return;
    }
    fail(QStringLiteral("%1: %2").arg(error.title(), error.userMessage()));
}

int CliContext::exitFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Done;
    case ApiError::Kind::Connection:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Redirect:
    case ApiError::Kind::Configuration:
        return ConnectionFailed;
    case ApiError::Kind::ReadOnly:
    case ApiError::Kind::AuditTrail:
    case ApiError::Kind::ReasonRequired:
        return Refused;
    case ApiError::Kind::Http:
        if (error.httpStatus() == 401 || error.httpStatus() == 403)
            return ConnectionFailed;
        if (error.httpStatus() == 404)
            return NotFound;
        return PartlyFailed;
    default:
        return PartlyFailed;
    }
}

void CliContext::flushAudit()
{
    m_audit->waitForWritten();
}
