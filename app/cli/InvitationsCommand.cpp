// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvitationsCommand.h"

#include "AuditLog.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "GoDuration.h"
#include "InvitationChecker.h"
#include "InvitationJob.h"
#include "InvitationLedger.h"
#include "InviteeList.h"
#include "SchemaCatalog.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonObject>

namespace {

// The people the arguments and --csv name; false after saying why (a usage error).
bool readInvitees(CliContext &cli, const QStringList &addresses, const QString &csvPath, QList<Invitee> *out)
{
    InviteeList::Parsed parsed = InviteeList::parseAddresses(addresses.join(QLatin1Char(' ')));
    if (!csvPath.isEmpty()) {
        QFile file;
        if (!cli.openInput(&file, csvPath))
            return false;
        const InviteeList::Parsed fromFile = InviteeList::parseCsv(file.read(InviteeList::MaxFileBytes + 1));
        if (!fromFile.error.isEmpty()) {
            cli.fail(QStringLiteral("%1: %2").arg(csvPath, fromFile.error));
            return false;
        }
        parsed.invitees.append(fromFile.invitees);
        parsed.problems.append(fromFile.problems);
    }
    for (const QString &problem : std::as_const(parsed.problems))
        cli.fail(QStringLiteral("left out: ") + problem);
    if (parsed.invitees.isEmpty()) {
        cli.fail(QStringLiteral("nobody to invite: name addresses or --csv FILE"));
        return false;
    }
    *out = parsed.invitees;
    return true;
}

// The schema to create with and the trait the address goes to, from the options or the server's
// schemas; false after saying why (a usage error).
bool resolveSchema(CliContext &cli, QString *schemaId, QString *trait)
{
    const QStringList ids = cli.schemas().schemaIds();
    if (schemaId->isEmpty())
        *schemaId = ids.contains(QStringLiteral("default")) || ids.isEmpty() ? QStringLiteral("default") : ids.first();
    if (!ids.isEmpty() && !ids.contains(*schemaId)) {
        cli.fail(QStringLiteral("the server has no identity schema \"%1\" (it has %2)")
                     .arg(*schemaId, ids.join(QStringLiteral(", "))));
        return false;
    }
    if (trait->isEmpty())
        *trait = cli.schemas().recoveryEmailPath(*schemaId);
    if (trait->isEmpty()) {
        cli.fail(QStringLiteral("the schema \"%1\" marks no e-mail trait for recovery; name one with --email-trait")
                     .arg(*schemaId));
        return false;
    }
    trait->replace(QLatin1Char('.'), QLatin1Char('/'));
    return true;
}

} // namespace

QStringList InvitationsCommand::verbs()
{
    return {QStringLiteral("send"), QStringLiteral("list")};
}

int InvitationsCommand::run(CliContext &cli, const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("send"))
        return send(cli, args);
    if (verb == QLatin1String("list"))
        return list(cli, args);
    cli.fail(QStringLiteral("invitations has no command \"%1\" (it has send, list)").arg(verb));
    return CliContext::Usage;
}

int InvitationsCommand::send(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(QStringLiteral("csv"),
                                 QStringLiteral("A CSV file: a header with \"email\" and trait paths (name.first), "
                                                "one person a row; - for standard input."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption delivery(
        QStringLiteral("delivery"),
        QStringLiteral("mail (Kratos e-mails a recovery link; needs the link method), link or code (admin "
                       "recovery link or code, printed for you to hand over). Default: mail."),
        QStringLiteral("HOW"), QStringLiteral("mail"));
    const QCommandLineOption schema(QStringLiteral("schema"),
                                    QStringLiteral("The identity schema (default: \"default\", else the first)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption emailTrait(
        QStringLiteral("email-trait"),
        QStringLiteral("Where the address goes in the traits (default: the schema's recovery e-mail trait)."),
        QStringLiteral("PATH"));
    const QCommandLineOption expires(QStringLiteral("expires-in"),
                                     QStringLiteral("How long a link or code stays valid (Go duration)."),
                                     QStringLiteral("DURATION"));
    parser.addOptions({csv, delivery, schema, emailTrait, expires});
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    CliContext::addConfirmOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("EMAIL"), QStringLiteral("Addresses to invite."),
                                 QStringLiteral("[EMAIL…]"));
    const int parsed = cli.parse(&parser, args, QStringLiteral("invitations send [EMAIL…] [--csv FILE]"),
                                 QStringLiteral("Creates an identity for each person and hands the invitation "
                                                "over (audited, identity.invite)."),
                                 true, -1);
    if (parsed >= 0)
        return parsed;
    const auto how = InvitationJob::deliveryFromName(parser.value(delivery));
    if (!how) {
        cli.fail(QStringLiteral("--delivery must be mail, link or code, not \"%1\"").arg(parser.value(delivery)));
        return CliContext::Usage;
    }
    const QString expiresIn = parser.value(expires);
    if (!expiresIn.isEmpty() && !GoDuration::milliseconds(expiresIn)) {
        cli.fail(QStringLiteral("--expires-in must be a duration such as 1h or 30m, not \"%1\"").arg(expiresIn));
        return CliContext::Usage;
    }
    QList<Invitee> invitees;
    if (!readInvitees(cli, parser.positionalArguments(), parser.value(csv), &invitees))
        return CliContext::Usage;
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    QString schemaId = parser.value(schema);
    QString trait = parser.value(emailTrait);
    if (!resolveSchema(cli, &schemaId, &trait))
        return CliContext::Usage;
    const int confirmed = cli.confirm(InvitationJob::describe(invitees, *how, schemaId),
                                      invitees.size() == 1 ? invitees.first().email : QString::number(invitees.size()));
    if (confirmed != CliContext::Done)
        return confirmed;
    InvitationJob job(cli.client(), cli.audit());
    job.setReason(cli.reason());
    QEventLoop loop;
    QObject::connect(&job, &InvitationJob::finished, &loop, &QEventLoop::quit);
    QObject::connect(&job, &InvitationJob::progressed, &job,
                     [&cli](int done, int total) { cli.progress(QStringLiteral("Inviting"), done, total); });
    job.start(invitees, schemaId, trait, *how, expiresIn);
    if (job.isRunning())
        loop.exec();
    cli.endProgress();
    const QStringList columns{QStringLiteral("email"),  QStringLiteral("identity_id"), QStringLiteral("message_id"),
                              QStringLiteral("link"),   QStringLiteral("code"),        QStringLiteral("expires_at"),
                              QStringLiteral("problem")};
    CliOutput out(cli.format(), columns);
    for (const InvitationJob::Result &r : job.results()) {
        const QStringList cells{
            r.invitee.email, r.identityId,
            r.messageId,     r.link,
            r.code,          r.expiresAt.isValid() ? r.expiresAt.toUTC().toString(Qt::ISODate) : QString(),
            r.problem};
        QJsonObject json;
        for (int i = 0; i < cells.size(); ++i)
            json.insert(columns.at(i), cells.at(i));
        out.add(json, cells);
    }
    out.finish();
    job.wipeSecrets();
    return job.failedCount() == 0 ? CliContext::Done : CliContext::PartlyFailed;
}

int InvitationsCommand::list(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    const int parsed = cli.parse(&parser, args, QStringLiteral("invitations list"),
                                 QStringLiteral("Lists who was invited on this server, newest first, from this "
                                                "machine's audit trails and imported ones, with what the server "
                                                "says now: signed in, state, how the mail fared."),
                                 true, 0);
    if (parsed >= 0)
        return parsed;
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    const InvitationLedger::Read read =
        InvitationLedger::read(cli.audit()->directory(), cli.audit()->scope().authority);
    QHash<QString, InvitationFacts> facts;
    InvitationChecker checker(cli.client());
    QEventLoop loop;
    QObject::connect(&checker, &InvitationChecker::checked, &checker,
                     [&facts](const QString &id, const InvitationFacts &f) { facts.insert(id, f); });
    QObject::connect(&checker, &InvitationChecker::finished, &loop, &QEventLoop::quit);
    checker.check(read.invitations);
    if (checker.isRunning())
        loop.exec();
    const QStringList columns{QStringLiteral("email"),      QStringLiteral("identity_id"), QStringLiteral("invited_at"),
                              QStringLiteral("invited_by"), QStringLiteral("delivery"),    QStringLiteral("sends"),
                              QStringLiteral("message"),    QStringLiteral("signed_in"),   QStringLiteral("state"),
                              QStringLiteral("origin")};
    CliOutput out(cli.format(), columns);
    for (const Invitation &i : read.invitations) {
        const InvitationFacts f = facts.value(i.identityId);
        const QStringList cells{i.email,
                                i.identityId,
                                CliOutput::time(i.invitedAt),
                                i.invitedBy,
                                i.delivery,
                                QString::number(i.sends),
                                InvitationChecker::messageWords(i, f),
                                InvitationChecker::signInWords(f, &CliOutput::time),
                                InvitationChecker::stateWords(i, f),
                                i.origin};
        QJsonObject json;
        for (int c = 0; c < cells.size(); ++c)
            json.insert(columns.at(c), cells.at(c));
        out.add(json, cells);
    }
    out.finish();
    if (!read.problem.isEmpty())
        cli.say(QStringLiteral("Note: ") + read.problem);
    if (read.invitations.size() > InvitationChecker::MaxChecked)
        cli.say(
            QStringLiteral("Note: only the newest %1 were checked on the server").arg(InvitationChecker::MaxChecked));
    return CliContext::Done;
}
