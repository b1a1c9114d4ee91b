// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrailFilter.h"

#include "IdentityExporter.h"

#include <QJsonDocument>
#include <QSet>

bool AuditTrailFilter::matches(const AuditRecord &r) const
{
    if (!operatorName.isEmpty() && r.operatorName != operatorName)
        return false;
    if ((source == Source::ThisComputer && !r.origin.isEmpty()) || (source == Source::Imported && r.origin.isEmpty()))
        return false;
    if (!action.isEmpty() && r.action != action)
        return false;
    if (from.isValid() && r.time < from)
        return false;
    if (to.isValid() && r.time > to)
        return false;
    if (text.isEmpty())
        return true;
    if (r.summary.contains(text, Qt::CaseInsensitive) || r.reason.contains(text, Qt::CaseInsensitive))
        return true;
    for (const AuditTarget &t : r.targets) {
        if (t.id.contains(text, Qt::CaseInsensitive) || t.label.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<AuditRecord> AuditTrailFilter::apply(const QList<AuditRecord> &rows) const
{
    QList<AuditRecord> out;
    for (const AuditRecord &r : rows) {
        if (matches(r))
            out.append(r);
    }
    return out;
}

QList<AuditRecord> AuditTrailFilter::actions(const QList<AuditRecord> &records)
{
    QSet<QString> concluded;
    for (const AuditRecord &r : records) {
        if (r.phase == AuditRecord::Phase::Outcome && !r.actionId.isEmpty())
            concluded.insert(r.actionId);
    }
    QList<AuditRecord> out;
    for (const AuditRecord &r : records) {
        if (r.phase == AuditRecord::Phase::Intent && concluded.contains(r.actionId))
            continue;
        out.append(r);
    }
    return out;
}

QStringList AuditTrailFilter::csvColumns()
{
    return {QStringLiteral("seq"),           QStringLiteral("time"),     QStringLiteral("operator"),
            QStringLiteral("host"),          QStringLiteral("profile"),  QStringLiteral("authority"),
            QStringLiteral("environment"),   QStringLiteral("action"),   QStringLiteral("summary"),
            QStringLiteral("reason"),        QStringLiteral("phase"),    QStringLiteral("outcome"),
            QStringLiteral("status"),        QStringLiteral("error_id"), QStringLiteral("target_ids"),
            QStringLiteral("target_labels"), QStringLiteral("change"),   QStringLiteral("action_id"),
            QStringLiteral("prev"),          QStringLiteral("origin")};
}

QByteArray AuditTrailFilter::toCsv(const QList<AuditRecord> &rows)
{
    const auto line = [](const QStringList &cells) -> QByteArray {
        QStringList quoted;
        for (const QString &c : cells)
            quoted.append(IdentityExporter::csvField(IdentityExporter::neutralised(c)));
        return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    QByteArray out = line(csvColumns());
    for (const AuditRecord &r : rows) {
        QStringList ids;
        QStringList labels;
        for (const AuditTarget &t : r.targets) {
            ids.append(t.id);
            labels.append(t.label);
        }
        out += line(
            {QString::number(r.sequence),
             r.time.toUTC().toString(Qt::ISODateWithMs),
             r.operatorName,
             r.host,
             r.profileName,
             r.authority,
             r.environment,
             r.action,
             r.summary,
             r.reason,
             AuditRecord::phaseName(r.phase),
             AuditRecord::outcomeName(r.outcome),
             r.httpStatus ? QString::number(r.httpStatus) : QString(),
             r.errorId,
             ids.join(QLatin1Char(' ')),
             labels.join(QStringLiteral("; ")),
             r.change.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(r.change).toJson(QJsonDocument::Compact)),
             r.actionId,
             r.previousHash,
             r.origin});
    }
    return out;
}

QByteArray AuditTrailFilter::toJsonLines(const QList<AuditRecord> &rows)
{
    QByteArray out;
    for (const AuditRecord &r : rows)
        out += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return out;
}
