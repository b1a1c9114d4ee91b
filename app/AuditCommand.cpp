// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditCommand.h"

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
    CliContext::addConnectionOptions(&parser);
    if (verb != QLatin1String("verify")) {
        parser.addOptions({action, text, operatorName, since, until});
        CliContext::addOutputOption(&parser);
    }
    if (verb == QLatin1String("export"))
        parser.addOption(file);
    const QString summary =
        verb == QLatin1String("show") ? QStringLiteral("Lists the trail's actions, oldest first.")
        : verb == QLatin1String("verify")
            ? QStringLiteral("Checks the trail's hash chain and head file: exit code 0 when whole, "
                             "1 with the first broken line.")
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
    if (verb == QLatin1String("verify")) {
        const AuditLog::Verification v = cli.audit()->verify(profileId);
        if (v.ok) {
            CliOutput::text(
                QStringLiteral("The audit trail of %1 is whole: %2 records.").arg(cli.trailName()).arg(v.lines));
            return CliContext::Done;
        }
        CliOutput::text(QStringLiteral("The audit trail of %1 is broken at line %2: %3")
                            .arg(cli.trailName())
                            .arg(v.firstBrokenLine)
                            .arg(v.reason));
        return CliContext::PartlyFailed;
    }
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
    if (!error.isEmpty()) {
        cli.fail(QStringLiteral("cannot read the audit trail of %1: %2").arg(cli.trailName(), error));
        return CliContext::PartlyFailed;
    }
    const QList<AuditRecord> rows = filter.apply(AuditTrailFilter::actions(records));
    if (verb == QLatin1String("export")) {
        const bool csv = cli.format() == CliContext::Format::Csv;
        const QByteArray bytes = csv ? AuditTrailFilter::toCsv(rows) : AuditTrailFilter::toJsonLines(rows);
        if (!parser.isSet(file)) {
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
            return CliContext::Done;
        }
        QSaveFile out(parser.value(file));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            cli.fail(QStringLiteral("cannot write %1: %2").arg(parser.value(file), out.errorString()));
            return CliContext::PartlyFailed;
        }
        cli.say(QStringLiteral("Wrote %1 actions to %2.").arg(rows.size()).arg(parser.value(file)));
        return CliContext::Done;
    }
    CliOutput out(cli.format(), {QStringLiteral("time"), QStringLiteral("operator"), QStringLiteral("action"),
                                 QStringLiteral("outcome"), QStringLiteral("summary")});
    for (const AuditRecord &r : rows)
        out.add(r.toJson(), {r.time.toUTC().toString(Qt::ISODate), r.operatorName, r.action,
                             AuditRecord::outcomeName(r.outcome), r.summary});
    out.finish();
    return CliContext::Done;
}
