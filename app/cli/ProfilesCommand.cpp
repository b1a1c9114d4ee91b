// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesCommand.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "ProfileStore.h"
#include "TokenStore.h"

#include <QCommandLineParser>
#include <QFile>

#include <unistd.h>

int ProfilesCommand::run(CliContext &cli, const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("list"))
        return list(cli, args);
    if (verb == QLatin1String("add"))
        return add(cli, args);
    if (verb == QLatin1String("set-token"))
        return setToken(cli, args);
    cli.fail(QStringLiteral("profiles has no command \"%1\" (it has list, add, set-token)").arg(verb));
    return CliContext::Usage;
}

int ProfilesCommand::list(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    CliContext::addOutputOption(&parser);
    const int parsed = cli.parse(&parser, args, QStringLiteral("profiles list"),
                                 QStringLiteral("Lists the connection profiles (never their tokens)."), true);
    if (parsed >= 0)
        return parsed;
    CliOutput out(cli.format(),
                  {QStringLiteral("name"), QStringLiteral("environment"), QStringLiteral("admin_url"),
                   QStringLiteral("public_url"), QStringLiteral("read_only"), QStringLiteral("require_reason")});
    for (const ConnectionProfile &p : cli.profiles()->profiles()) {
        QJsonObject json = p.toJson();
        out.add(json, {p.name, ConnectionProfile::environmentName(p.environment),
                       p.demo ? QStringLiteral("(built-in simulator)") : p.adminUrl.toString(), p.publicUrl.toString(),
                       p.readOnly ? QStringLiteral("yes") : QStringLiteral("no"),
                       p.requireReason ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    out.finish();
    return CliContext::Done;
}

int ProfilesCommand::add(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption adminUrl(QStringLiteral("admin-url"), QStringLiteral("Kratos's admin URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"), QStringLiteral("Kratos's public URL."),
                                       QStringLiteral("URL"));
    const QCommandLineOption environment(QStringLiteral("environment"),
                                         QStringLiteral("production, staging, development (default) or custom."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), QStringLiteral("Refuse every change."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    QStringLiteral("A CA certificate (PEM or DER) to trust for this server."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Seconds to wait for an answer."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption requireReason(
        QStringLiteral("require-reason"),
        QStringLiteral("yes or no: every change needs a reason (--reason). Default: yes for production."),
        QStringLiteral("yes|no"));
    const QCommandLineOption ticketUrl(QStringLiteral("ticket-url"),
                                       QStringLiteral("Where ticket references in reasons link to, with {ticket} for "
                                                      "the reference (https://helpdesk.example.com/browse/{ticket})."),
                                       QStringLiteral("URL"));
    parser.addOptions({adminUrl, publicUrl, environment, readOnly, caFile, timeout, requireReason, ticketUrl});
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The profile's name."));
    const int parsed =
        cli.parse(&parser, args, QStringLiteral("profiles add NAME --admin-url URL"),
                  QStringLiteral("Adds a connection profile. Set its token with profiles set-token."), false);
    if (parsed >= 0)
        return parsed;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(adminUrl)) {
        cli.fail(QStringLiteral("profiles add takes one NAME and --admin-url URL"));
        return CliContext::Usage;
    }
    const QString name = parser.positionalArguments().first();
    if (cli.profiles()->profileByName(name)) {
        cli.fail(QStringLiteral("there is a profile named \"%1\" already").arg(name));
        return CliContext::Usage;
    }
    ConnectionProfile profile = ConnectionProfile::create(name);
    profile.adminUrl = QUrl(parser.value(adminUrl), QUrl::StrictMode);
    profile.publicUrl = QUrl(parser.value(publicUrl), QUrl::StrictMode);
    profile.readOnly = parser.isSet(readOnly);
    profile.caFile = parser.value(caFile);
    if (parser.isSet(environment)) {
        const auto chosen = ConnectionProfile::environmentFromName(parser.value(environment));
        if (!chosen) {
            cli.fail(QStringLiteral("--environment must be production, staging, development or custom"));
            return CliContext::Usage;
        }
        profile.environment = *chosen;
    }
    profile.requireReason = profile.isProduction();
    if (parser.isSet(requireReason)) {
        const QString value = parser.value(requireReason);
        if (value != QLatin1String("yes") && value != QLatin1String("no")) {
            cli.fail(QStringLiteral("--require-reason must be yes or no"));
            return CliContext::Usage;
        }
        profile.requireReason = value == QLatin1String("yes");
    }
    profile.ticketUrl = parser.value(ticketUrl).trimmed();
    if (parser.isSet(timeout)) {
        bool ok = false;
        profile.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || profile.timeoutSeconds < 1) {
            cli.fail(QStringLiteral("--timeout must be a whole number of seconds"));
            return CliContext::Usage;
        }
    }
    const QString problem = profile.validate();
    if (!problem.isEmpty()) {
        cli.fail(QStringLiteral("profile \"%1\": %2").arg(name, problem));
        return CliContext::Usage;
    }
    cli.profiles()->save(profile);
    cli.say(
        QStringLiteral("Added profile \"%1\"; give it a token with: kratos-desk profiles set-token \"%1\"").arg(name));
    return CliContext::Done;
}

int ProfilesCommand::setToken(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The profile."));
    const int parsed = cli.parse(&parser, args, QStringLiteral("profiles set-token NAME"),
                                 QStringLiteral("Stores the profile's admin token in the keychain. The token is read "
                                                "from stdin, or asked for on the terminal with echo off; it is never "
                                                "an argument."),
                                 false, 1);
    if (parsed >= 0)
        return parsed;
    const auto profile = cli.profiles()->profileByName(parser.positionalArguments().first());
    if (!profile) {
        cli.fail(QStringLiteral("there is no profile named \"%1\"").arg(parser.positionalArguments().first()));
        return CliContext::Usage;
    }
    QString token;
    if (isatty(STDIN_FILENO) != 0) {
        token = CliContext::askHidden(QStringLiteral("Admin token for %1: ").arg(profile->name));
    } else {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            QByteArray line = in.readLine(64 * 1024);
            token = QString::fromUtf8(line).trimmed();
            line.fill('\0');
        }
    }
    if (token.isEmpty()) {
        cli.fail(QStringLiteral("no token was given (pipe it on stdin, or type it on a terminal)"));
        return CliContext::Usage;
    }
    const auto written = cli.wait<bool>([&](auto done) {
        cli.tokens()->write(profile->id, token, cli.tokens(), [done](const TokenStore::Result &r) {
            done(r.ok() ? ApiResult<bool>(true) : ApiResult<bool>(ApiError(ApiError::Kind::Configuration, r.message)));
        });
    });
    token.fill(QLatin1Char('\0'));
    if (!written.ok()) {
        cli.fail(QStringLiteral("the keychain did not take the token (%1); nothing was stored")
                     .arg(written.error().detail()));
        return CliContext::ConnectionFailed;
    }
    cli.say(QStringLiteral("The token of \"%1\" is in the keychain.").arg(profile->name));
    return CliContext::Done;
}
