// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourierCommand.h"

#include "CliContext.h"
#include "CliOutput.h"
#include "CourierActions.h"
#include "CourierMessageModel.h"
#include "KratosClient.h"
#include "PageTrail.h"

#include <QCommandLineParser>

namespace {

// Kratos lists dispatches newest first: the first failed one is the last error.
QString lastError(const CourierMessage &message)
{
    for (const CourierDispatch &d : message.dispatches) {
        if (d.status == QLatin1String("failed"))
            return d.errorText();
    }
    return {};
}

// Lists carry no dispatches (ADMIN-API.md §courier): a message that was tried and not sent is
// read by id for its last error, at most this many per run.
constexpr int kMostErrorReads = 200;

bool triedAndNotSent(const CourierMessage &m)
{
    return m.sendCount > 0 && m.status != QLatin1String("sent");
}

const QStringList Statuses{QStringLiteral("queued"), QStringLiteral("processing"), QStringLiteral("sent"),
                           QStringLiteral("abandoned")};

} // namespace

QStringList CourierCommand::verbs()
{
    return {QStringLiteral("list"), QStringLiteral("get")};
}

QStringList CourierCommand::columns()
{
    return {QStringLiteral("id"),         QStringLiteral("status"),    QStringLiteral("type"),
            QStringLiteral("recipient"),  QStringLiteral("template"),  QStringLiteral("created_at"),
            QStringLiteral("send_count"), QStringLiteral("last_error")};
}

QStringList CourierCommand::cells(const CourierMessage &m)
{
    return {m.id,
            m.status,
            m.typeText,
            m.recipient,
            m.templateType,
            CliOutput::time(m.createdAt),
            QString::number(m.sendCount),
            lastError(m)};
}

int CourierCommand::run(CliContext &cli, const QString &verb, const QStringList &args)
{
    if (verb == QLatin1String("list"))
        return list(cli, args);
    if (verb == QLatin1String("get"))
        return get(cli, args);
    cli.fail(QStringLiteral("courier has no command \"%1\" (it has list, get)").arg(verb));
    return CliContext::Usage;
}

int CourierCommand::list(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption status(
        QStringLiteral("status"),
        QStringLiteral("Only messages in this status (%1).").arg(Statuses.join(QStringLiteral(", "))),
        QStringLiteral("STATUS"));
    const QCommandLineOption recipient(QStringLiteral("recipient"), QStringLiteral("Only messages to this address."),
                                       QStringLiteral("ADDRESS"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N messages, newest first (0: "
                                                  "all; default 1000)."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({status, recipient, limit});
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    const int parsed = cli.parse(&parser, args, QStringLiteral("courier list"),
                                 QStringLiteral("Lists courier messages, newest first, with the last dispatch error "
                                                "of each. Bodies are never listed."),
                                 true);
    if (parsed >= 0)
        return parsed;
    bool numeric = false;
    const int most = parser.value(limit).toInt(&numeric);
    if (!parser.positionalArguments().isEmpty() || !numeric || most < 0 ||
        (parser.isSet(status) && !Statuses.contains(parser.value(status)))) {
        cli.fail(QStringLiteral("courier list takes no arguments, --status %1, --limit N (0 or more)")
                     .arg(Statuses.join(QLatin1Char('|'))));
        return CliContext::Usage;
    }
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    CourierMessageQuery query;
    query.pageSize = CourierMessageModel::MaxPageSize;
    query.status = parser.value(status);
    query.recipient = parser.value(recipient);
    CliOutput out(cli.format(), columns());
    int errorReads = 0;
    PageTrail trail;
    for (;;) {
        const auto page = cli.wait<Page<CourierMessage>>(
            [&](auto done) { cli.client()->listCourierMessages(query, cli.client(), done); });
        if (!page.ok()) {
            out.finish();
            cli.fail(page.error());
            return CliContext::exitFor(page.error());
        }
        for (const CourierMessage &listed : page.value().items) {
            if (most > 0 && out.count() >= most)
                break;
            QStringList row = cells(listed);
            QJsonObject json = listed.json;
            if (triedAndNotSent(listed) && errorReads < kMostErrorReads) {
                ++errorReads;
                const auto full = cli.wait<CourierMessage>(
                    [&](auto done) { cli.client()->getCourierMessage(listed.id, false, cli.client(), done); });
                if (full.ok()) {
                    row.last() = lastError(full.value());
                    json = full.value().json; // Kratos's shape with the dispatches, never a body
                } else
                    row.last() = QStringLiteral("(not read: %1)").arg(full.error().title());
            } else if (triedAndNotSent(listed)) {
                row.last() = QStringLiteral("(not read: more than %1 failing messages; courier get %2)")
                                 .arg(kMostErrorReads)
                                 .arg(listed.id);
            }
            out.add(json, row);
        }
        cli.progress(QStringLiteral("Reading messages"), out.count(), most);
        if (ApiError loop = trail.follow(query.pageToken, page.value().nextPageToken, page.value().items.size());
            !loop.isNull()) {
            out.finish();
            loop.setContext(QStringLiteral("list courier messages"), "GET", QStringLiteral("/admin/courier/messages"),
                            QString());
            cli.fail(loop);
            return CliContext::exitFor(loop);
        }
        if (page.value().nextPageToken.isEmpty() || (most > 0 && out.count() >= most))
            break;
        query.pageToken = page.value().nextPageToken;
    }
    cli.endProgress();
    out.finish();
    return CliContext::Done;
}

int CourierCommand::get(CliContext &cli, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption reveal(QStringLiteral("reveal"),
                                    QStringLiteral("Also print the body, after a question (audited)."));
    parser.addOption(reveal);
    CliContext::addConnectionOptions(&parser);
    CliContext::addOutputOption(&parser);
    CliContext::addConfirmOptions(&parser);
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The message's id."));
    const int parsed = cli.parse(&parser, args, QStringLiteral("courier get ID"),
                                 QStringLiteral("Prints one courier message with every dispatch; the body only with "
                                                "--reveal."),
                                 false, 1);
    if (parsed >= 0)
        return parsed;
    const QString id = parser.positionalArguments().first();
    const int connected = cli.connect();
    if (connected != CliContext::Done)
        return connected;
    const auto message =
        cli.wait<CourierMessage>([&](auto done) { cli.client()->getCourierMessage(id, false, cli.client(), done); });
    if (!message.ok()) {
        cli.fail(message.error().httpStatus() == 404 ? QStringLiteral("no courier message has the id %1").arg(id)
                                                     : message.error().userMessage());
        return CliContext::exitFor(message.error());
    }
    CourierMessage m = message.value();
    QJsonObject json = m.json;
    QStringList names = columns() + QStringList{QStringLiteral("subject"), QStringLiteral("dispatches")};
    QStringList values = cells(m);
    values.append(m.subject);
    QStringList dispatches;
    for (const CourierDispatch &d : std::as_const(m.dispatches))
        dispatches.append(
            QStringLiteral("%1 %2 %3").arg(CliOutput::time(d.createdAt), d.status, d.errorText()).trimmed());
    values.append(dispatches.join(QLatin1Char('\n')));
    if (parser.isSet(reveal)) {
        if (m.subjectRedacted()) {
            cli.fail(QStringLiteral("Kratos redacts bodies unless it runs in dev mode: there is nothing to reveal"));
            return CliContext::Refused;
        }
        const ActionText text{QStringLiteral("Reveal message body"),
                              QStringLiteral("The body of message %1 to %2 (%3) will be fetched from Kratos and "
                                             "printed. It may contain a live recovery code or link. The reveal is "
                                             "recorded in the audit trail.")
                                  .arg(m.id, m.recipient, CourierMessageModel::templateName(m.templateType)),
                              QStringLiteral("Reveal"), false};
        // Reading is no change: a read-only profile may reveal, as in the window.
        const int confirmed = cli.confirmRead(text, QStringLiteral("reveal"));
        if (confirmed != CliContext::Done)
            return confirmed;
        CourierActions actions(cli.client(), cli.audit());
        actions.setReason(cli.reason());
        const auto revealed = cli.wait<CourierMessage>(
            [&](auto done) { actions.revealBody(m.id, m.recipient, m.templateType, &actions, done); });
        if (!revealed.ok()) {
            cli.fail(revealed.error());
            return CliContext::exitFor(revealed.error());
        }
        m = revealed.value();
        names.append(QStringLiteral("body"));
        values.append(m.body);
        json.insert(QStringLiteral("body"), m.body);
    }
    CliOutput::single(cli.format(), json, names, values);
    // Printed: nothing of the body stays in this process.
    m.body.fill(QLatin1Char('\0'));
    values.last().fill(QLatin1Char('\0'));
    json = {};
    return CliContext::Done;
}
