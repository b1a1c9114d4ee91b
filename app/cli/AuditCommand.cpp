// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

#include "AuditAnchors.h"
#include "AuditImportCommand.h"
#include "AuditLog.h"
#include "AuditTrailFilter.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "CliTime.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

void AuditCommand::addOptions(QCommandLineParser *parser, const QString &verb)
{
    CliContext::addConnectionOptions(parser);
    if (verb != QLatin1String("verify")) {
        const QString timeHelp = s("at or %1 TIME: ISO 8601, or a span back from now (10m, 2h, 7d).");
        parser->addOptions({
            QCommandLineOption(s("action"), s("Only this action (identity.deactivate…)."), s("ACTION")),
            QCommandLineOption(s("text"), s("Only actions naming TEXT (an id, a label, their words or their reason)."),
                               s("TEXT")),
            QCommandLineOption(s("operator"), s("Only this operator's actions."), s("ACCOUNT")),
            QCommandLineOption(s("since"), s("Only actions ") + timeHelp.arg(s("after")), s("TIME")),
            QCommandLineOption(s("until"), s("Only actions ") + timeHelp.arg(s("before")), s("TIME")),
        });
        CliContext::addOutputOption(parser);
    }
    if (verb == QLatin1String("export"))
        parser->addOption(QCommandLineOption(s("file"), s("export: write to FILE instead of stdout."), s("FILE")));
    if (verb == QLatin1String("verify"))
        parser->addOption(QCommandLineOption(s("anchors"),
                                             s("verify: also check the trail against the audit checkpoints in FILE, "
                                               "the syslog collector's copy (an rsyslog output file)."),
                                             s("FILE")));
}

int AuditCommand::run(CliContext &cli, const QString &verb, const QStringList &args)
{
    if (!verbs().contains(verb)) {
        cli.fail(QStringLiteral("audit has no command \"%1\" (it has show, verify, export, import)").arg(verb));
        return CliContext::Usage;
    }
    if (verb == QLatin1String("import"))
        return AuditImportCommand::run(cli, args);
    QCommandLineParser parser;
    addOptions(&parser, verb);
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
        return verify(cli, profileId, parser.value(s("anchors")));
    AuditTrailFilter filter;
    if (const int read = readFilter(cli, parser, &filter); read != CliContext::Done)
        return read;
    QString error;
    const QList<AuditRecord> records = cli.audit()->records(profileId, &error);
    const QList<AuditRecord> rows = filter.apply(AuditTrailFilter::actions(records));
    if (verb == QLatin1String("export")) {
        const int written = exportRows(cli, rows, parser.value(s("file")));
        return written == CliContext::Done ? unreadable(cli, error) : written;
    }
    CliOutput out(cli.format(), {QStringLiteral("time"), QStringLiteral("operator"), QStringLiteral("action"),
                                 QStringLiteral("outcome"), QStringLiteral("summary"), QStringLiteral("reason")});
    for (const AuditRecord &r : rows)
        out.add(r.toJson(), {r.time.toUTC().toString(Qt::ISODate), r.operatorName, r.action,
                             AuditRecord::outcomeName(r.outcome), r.summary, r.reason});
    out.finish();
    return unreadable(cli, error);
}

int AuditCommand::readFilter(CliContext &cli, const QCommandLineParser &parser, AuditTrailFilter *filter)
{
    filter->action = parser.value(s("action"));
    filter->text = parser.value(s("text"));
    filter->operatorName = parser.value(s("operator"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &bound : {s("since"), s("until")}) {
        if (!parser.isSet(bound))
            continue;
        const std::optional<QDateTime> at = CliTime::parse(parser.value(bound), now);
        if (!at) {
            cli.fail(QStringLiteral("--%1 must be %2, not \"%3\"").arg(bound, CliTime::formats(), parser.value(bound)));
            return CliContext::Usage;
        }
        (bound == QLatin1String("since") ? filter->from : filter->to) = *at;
    }
    if (filter->from.isValid() && filter->to.isValid() && filter->from > filter->to) {
        cli.fail(QStringLiteral("--since is after --until: nothing can match"));
        return CliContext::Usage;
    }
    return CliContext::Done;
}

int AuditCommand::exportRows(CliContext &cli, const QList<AuditRecord> &rows, const QString &file)
{
    const bool csv = cli.format() == CliContext::Format::Csv;
    const QByteArray bytes = csv ? AuditTrailFilter::toCsv(rows) : AuditTrailFilter::toJsonLines(rows);
    if (file.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return CliContext::Done;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        cli.fail(QStringLiteral("cannot write %1: %2").arg(file, out.errorString()));
        return CliContext::PartlyFailed;
    }
    cli.say(QStringLiteral("Wrote %1 actions to %2.").arg(rows.size()).arg(file));
    return CliContext::Done;
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
