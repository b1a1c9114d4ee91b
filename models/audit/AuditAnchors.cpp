// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditAnchors.h"

#include "AuditTrailCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

constexpr qint64 kLineMax = 1 << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditAnchors", text);
}

QString when(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString anchorKey(const QByteArray &trail, qint64 sequence, const QByteArray &hash)
{
    return QString::fromLatin1(trail + ' ' + QByteArray::number(sequence) + ' ' + hash);
}

} // namespace

bool AuditAnchors::parse(const QByteArray &line, Checkpoint *out)
{
    static const QRegularExpression pattern(QStringLiteral(
        "Audit checkpoint of trail ([0-9a-f]{64}) \\(profile (\\S+) on (\\S+) by (\\S+)\\) at (\\S+): record "
        "([0-9]{1,18}) ends in ([0-9a-f]{64})"));
    if (!line.contains("Audit checkpoint of trail "))
        return false;
    const QRegularExpressionMatch m = pattern.match(QString::fromUtf8(line));
    if (!m.hasMatch())
        return false;
    out->trail = m.captured(1).toLatin1();
    out->profileId = m.captured(2);
    out->host = m.captured(3);
    out->operatorName = m.captured(4);
    out->time = QDateTime::fromString(m.captured(5), Qt::ISODateWithMs);
    out->sequence = m.captured(6).toLongLong();
    out->hash = m.captured(7).toLatin1();
    return out->time.isValid();
}

QList<AuditAnchors::Checkpoint> AuditAnchors::read(const QString &collectorFile, QString *error)
{
    QList<Checkpoint> out;
    QFile f(collectorFile);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    while (!f.atEnd()) {
        QByteArray line = f.readLine(kLineMax);
        if (!line.endsWith('\n') && !f.atEnd()) {
            // Longer than any checkpoint: skip the rest of it.
            char c = 0;
            while (f.getChar(&c) && c != '\n') {
            }
            continue;
        }
        Checkpoint c;
        if (parse(line, &c))
            out.append(c);
    }
    return out;
}

QList<AuditAnchors::Checkpoint> AuditAnchors::of(const QList<Checkpoint> &anchors, const QString &profileId,
                                                 const QString &host, const QString &operatorName)
{
    const auto word = [](QString s) {
        return s.isEmpty() ? QStringLiteral("-") : s.replace(QLatin1Char(' '), QLatin1Char('_'));
    };
    QList<Checkpoint> mine;
    for (const Checkpoint &c : anchors) {
        if (c.profileId == word(profileId) && c.host == word(host) && c.operatorName == word(operatorName))
            mine.append(c);
    }
    std::stable_sort(mine.begin(), mine.end(),
                     [](const Checkpoint &a, const Checkpoint &b) { return a.time < b.time; });
    return mine;
}

AuditAnchors::TrailScan AuditAnchors::scan(const QString &trailPath, const QSet<qint64> &wanted)
{
    // One pass over the trail: the hash of each record a checkpoint names, its own checkpoints,
    // and what its first record says of a trail it replaced.
    TrailScan out;
    QFile f(trailPath);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        QByteArray line = f.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        ++out.lines;
        const QByteArray hash = AuditTrailCheck::hashOf(line);
        if (out.lines == 1)
            out.firstLine = hash;
        if (wanted.contains(out.lines))
            out.hashes.insert(out.lines, hash);
        if (!line.contains("\"audit.")) // only audit.checkpoint and audit.trail.broken are parsed
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString action = o.value(QLatin1String("action")).toString();
        const QJsonObject change = o.value(QLatin1String("change")).toObject();
        const QDateTime time = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        if (action == QLatin1String("audit.checkpoint")) {
            Checkpoint c;
            c.trail = change.value(QLatin1String("trail")).toString().toLatin1();
            c.sequence = change.value(QLatin1String("seq")).toInteger();
            c.hash = change.value(QLatin1String("hash")).toString().toLatin1();
            c.time = time;
            out.local.append(c);
        } else if (action == QLatin1String("audit.trail.broken") && out.lines == 1) {
            out.restartedAt = time;
        }
    }
    return out;
}

AuditAnchors::Report AuditAnchors::verify(const QList<Checkpoint> &anchors, const QString &trailPath,
                                          const QString &profileId, const QString &host, const QString &operatorName)
{
    const QList<Checkpoint> mine = of(anchors, profileId, host, operatorName);
    QSet<qint64> wanted;
    for (const Checkpoint &c : mine)
        wanted.insert(c.sequence);
    const TrailScan trail = scan(trailPath, wanted);
    Report report;
    report.lines = trail.lines;
    QSet<QString> received; // the checkpoints the collector holds, as anchorKey()s
    if (!checkAnchors(mine, trail, &report, &received))
        return report;
    listGaps(trail, received, &report);
    return report;
}

bool AuditAnchors::checkAnchors(const QList<Checkpoint> &mine, const TrailScan &trail, Report *out,
                                QSet<QString> *received)
{
    Report &report = *out;
    for (const Checkpoint &c : std::as_const(mine)) {
        if (c.trail != trail.firstLine) {
            if (trail.restartedAt.isValid() && c.time <= trail.restartedAt) {
                ++report.earlier;
                continue;
            }
            report.ok = false;
            report.failure = tr("the collector holds a checkpoint sent at %1 of another trail of this profile (it "
                                "began with record hash %2…): this trail does not continue it, so it was rewritten "
                                "from its first record or replaced")
                                 .arg(when(c.time), QString::fromLatin1(c.trail.left(12)));
            return false;
        }
        if (c.sequence > report.lines) {
            report.ok = false;
            report.failure = tr("the checkpoint sent at %1 names record %2, but the trail ends at record %3: its end "
                                "was cut off")
                                 .arg(when(c.time))
                                 .arg(c.sequence)
                                 .arg(report.lines);
            return false;
        }
        const QByteArray hash = c.sequence == 0 ? AuditTrailCheck::genesisHash() : trail.hashes.value(c.sequence);
        if (hash != c.hash) {
            report.ok = false;
            report.failure = tr("record %1 no longer matches the checkpoint sent at %2: the trail was rewritten at "
                                "or before record %1")
                                 .arg(c.sequence)
                                 .arg(when(c.time));
            return false;
        }
        ++report.checked;
        report.anchoredUpTo = std::max(report.anchoredUpTo, c.sequence);
        received->insert(anchorKey(c.trail, c.sequence, c.hash));
    }
    if (report.checked == 0) {
        report.ok = false;
        report.failure = report.earlier > 0
                             ? tr("the collector holds checkpoints only of the trail this one replaced: nothing "
                                  "anchors this trail yet")
                             : tr("the collector holds no checkpoint of this trail: nothing anchors it");
        return false;
    }
    return true;
}

void AuditAnchors::listGaps(const TrailScan &trail, const QSet<QString> &received, Report *out)
{
    Report &report = *out;
    for (const Checkpoint &c : std::as_const(trail.local)) {
        if (!received.contains(anchorKey(c.trail, c.sequence, c.hash)))
            report.gaps.append(tr("the collector has no copy of the checkpoint written at %1 (after record %2)")
                                   .arg(when(c.time))
                                   .arg(c.sequence));
    }
    if (report.anchoredUpTo < report.lines)
        report.gaps.append(tr("records %1 to %2 come after the last checkpoint the collector holds: not anchored "
                              "yet")
                               .arg(report.anchoredUpTo + 1)
                               .arg(report.lines));
}
