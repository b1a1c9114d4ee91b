// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

#include "AuditAnchors.h"
#include "AuditLog.h"
#include "AuditTrailFilter.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "CliTime.h"

#include <QCommandLineParser>
#include <QSaveFile>

int AuditCommand::run(CliContext &cli, const QString &verb, const QStringList &args)
{
    if (!verbs().contains(verb)) {
        cli.fail(QStringLiteral("audit has no command \"%1\" (it has show, verify, export)").arg(verb));
        return CliContext::Usage;
    }
    QCommandLineParser parser;
    const QCommandLineOption action(
        QStringLiteral("action"), QStringLiteral("Only this action (identity.deactivate…)."), QStringLiteral("ACTION"));
    const QCommandLineOption text(
        QStringLiteral("text"), QStringLiteral("Only actions naming TEXT (an id or a label)."), QStringLiteral("TEXT"));
    const QCommandLineOption operatorName(QStringLiteral("operator"), QStringLiteral("Only this operator's actions."),
                                          QStringLiteral("ACCOUNT"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("Only actions at or after TIME: ISO 8601, or a span back from now "
                                                  "(10m, 2h, 7d)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   QStringLiteral("Only actions at or before TIME: ISO 8601, or a span back from now "
                                                  "(10m, 2h, 7d)."),
                                   QStringLiteral("TIME"));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("export: write to FILE instead of stdout."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption anchors(
        QStringLiteral("anchors"),
        QStringLiteral("verify: also check the trail against the audit checkpoints in FILE, the syslog "
                       "collector's copy (an rsyslog output file)."),
        QStringLiteral("FILE"));
    CliContext::addConnectionOptions(&parser);
    if (verb != QLatin1String("verify")) {
        parser.addOptions({action, text, operatorName, since, until});
        CliContext::addOutputOption(&parser);
    }
    if (verb == QLatin1String("export"))
        parser.addOption(file);
    if (verb == QLatin1String("verify"))
        parser.addOption(anchors);
    const QString summary =
        verb == QLatin1String("show") ? QStringLiteral("Lists the trail's actions, oldest first.")
        : verb == QLatin1String("verify")
            ? QStringLiteral("Checks the trail's hash chain, numbering and head file (and with --anchors the "
                             "collector's checkpoints): exit code 0 when whole, 1 with the first broken line.")
            : QStringLiteral("Writes the trail's actions as CSV (neutralised cells) or JSON Lines.");
    const int parsed = cli.parse(&parser, args, QStringLiteral("audit %1").arg(verb), summary, true);
    if (parsed >= 0)
        return parsed;
    if (!parser.positionalArguments().isEmpty()) {
        cli.fail(QStringLiteral("audit %1 takes no arguments").arg(verb));
        return CliContext::Usage;
    }
    const int selected = cli.selectTrail();
    if (selected != CliContext::Done)
        return selected;
    const QString profileId = cli.audit()->scope().profileId;
    if (verb == QLatin1String("verify"))
        return verify(cli, profileId, parser.value(anchors));
    AuditTrailFilter filter;
    filter.action = parser.value(action);
    filter.text = parser.value(text);
    filter.operatorName = parser.value(operatorName);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QCommandLineOption *bound : {&since, &until}) {
        if (!parser.isSet(*bound))
            continue;
        const std::optional<QDateTime> at = CliTime::parse(parser.value(*bound), now);
        if (!at) {
            cli.fail(QStringLiteral("--%1 must be %2, not \"%3\"")
                         .arg(bound->names().first(), CliTime::formats(), parser.value(*bound)));
            return CliContext::Usage;
        }
        (bound == &since ? filter.from : filter.to) = *at;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to) {
        cli.fail(QStringLiteral("--since is after --until: nothing can match"));
        return CliContext::Usage;
    }
    QString error;
    const QList<AuditRecord> records = cli.audit()->records(profileId, &error);
    const QList<AuditRecord> rows = filter.apply(AuditTrailFilter::actions(records));
    if (verb == QLatin1String("export")) {
        const bool csv = cli.format() == CliContext::Format::Csv;
        const QByteArray bytes = csv ? AuditTrailFilter::toCsv(rows) : AuditTrailFilter::toJsonLines(rows);
        if (!parser.isSet(file)) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            return unreadable(cli, error);
        }
        QSaveFile out(parser.value(file));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            cli.fail(QStringLiteral("cannot write %1: %2").arg(parser.value(file), out.errorString()));
            return CliContext::PartlyFailed;
        }
        cli.say(QStringLiteral("Wrote %1 actions to %2.").arg(rows.size()).arg(parser.value(file)));
        return unreadable(cli, error);
    }
    CliOutput out(cli.format(), {QStringLiteral("time"), QStringLiteral("operator"), QStringLiteral("action"),
                                 QStringLiteral("outcome"), QStringLiteral("summary")});
    for (const AuditRecord &r : rows)
        out.add(r.toJson(), {r.time.toUTC().toString(Qt::ISODate), r.operatorName, r.action,
                             AuditRecord::outcomeName(r.outcome), r.summary});
    out.finish();
    return unreadable(cli, error);
}

int AuditCommand::unreadable(CliContext &cli, const QString &error)
{
    if (error.isEmpty())
        return CliContext::Done;
    // The readable records were shown; the rest is named, and the result is partial.
    cli.fail(QStringLiteral("the audit trail of %1 is damaged: %2 Run \"audit verify\".").arg(cli.trailName(), error));
    return CliContext::PartlyFailed;
}

int AuditCommand::verify(CliContext &cli, const QString &profileId, const QString &anchorsFile)
{
    const AuditLog::Verification v = cli.audit()->verify(profileId);
    int result = CliContext::Done;
    if (v.ok) {
        CliOutput::text(
            QStringLiteral("The audit trail of %1 is whole: %2 records.").arg(cli.trailName()).arg(v.lines));
    } else {
        CliOutput::text(v.firstBrokenLine > 0
                            ? QStringLiteral("The audit trail of %1 is broken at line %2: %3")
                                  .arg(cli.trailName())
                                  .arg(v.firstBrokenLine)
                                  .arg(v.reason)
                            : QStringLiteral("The audit trail of %1 is broken: %2").arg(cli.trailName(), v.reason));
        result = CliContext::PartlyFailed;
    }
    if (!v.restartReason.isEmpty())
        CliOutput::text(QStringLiteral("It was started again on %1 after damage was found: %2 "
                                       "The damaged trail was kept; its first record names it.")
                            .arg(v.restartedAt.toUTC().toString(Qt::ISODate), v.restartReason));
    if (anchorsFile.isEmpty())
        return result;
    QString error;
    const QList<AuditAnchors::Checkpoint> anchors = AuditAnchors::read(anchorsFile, &error);
    if (!error.isEmpty()) {
        cli.fail(QStringLiteral("cannot read %1: %2").arg(anchorsFile, error));
        return CliContext::PartlyFailed;
    }
    const AuditAnchors::Report report = AuditAnchors::verify(anchors, cli.audit()->filePath(profileId), profileId,
                                                             cli.audit()->host(), cli.audit()->operatorName());
    if (!report.ok) {
        CliOutput::text(
            QStringLiteral("Against the collector's checkpoints in %1: broken: %2").arg(anchorsFile, report.failure));
        return CliContext::PartlyFailed;
    }
    CliOutput::text(QStringLiteral("Against the collector's checkpoints in %1: %2 checkpoints reproduced; "
                                   "records 1 to %3 are anchored.")
                        .arg(anchorsFile)
                        .arg(report.checked)
                        .arg(report.anchoredUpTo));
    if (report.earlier > 0)
        CliOutput::text(QStringLiteral("%1 checkpoints are of the damaged trail this one replaced; check its sealed "
                                       "file separately.")
                            .arg(report.earlier));
    for (const QString &gap : report.gaps)
        CliOutput::text(QStringLiteral("Gap: %1").arg(gap));
    return result;
}
