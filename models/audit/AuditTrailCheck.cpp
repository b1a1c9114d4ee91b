// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTrailCheck.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

// The words in the user's language for verify, in English for the audit record the writer makes.
struct Say
{
    bool translate;
    QString operator()(const char *text) const
    {
        return translate ? QCoreApplication::translate("AuditTrailCheck", text) : QString::fromLatin1(text);
    }
};

} // namespace

QByteArray AuditTrailCheck::genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray AuditTrailCheck::hashOf(const QByteArray &line)
{
    return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
}

AuditTrailCheck::Head AuditTrailCheck::readHead(const QString &headPath)
{
    Head head;
    QFile file(headPath);
    head.present = file.open(QIODevice::ReadOnly);
    const QJsonObject h = head.present ? QJsonDocument::fromJson(file.read(4096)).object() : QJsonObject();
    head.lines = h.value(QLatin1String("lines")).toInteger(-1);
    head.last = h.value(QLatin1String("last")).toString().toLatin1();
    return head;
}

AuditTrailCheck::Result AuditTrailCheck::check(const QString &trailPath, const QString &headPath, bool expected,
                                               Words words)
{
    const Say say{words == Words::Translated};
    Result r;
    r.lastGoodHash = genesisHash();
    const Head head = readHead(headPath);
    const QFileInfo info(trailPath);
    r.exists = info.exists() || info.isSymLink();
    if (!r.exists) {
        if (head.present && head.lines > 0) {
            r.ok = false;
            r.reason =
                say(QT_TRANSLATE_NOOP("AuditTrailCheck", "the trail file is missing, but its head records %1 lines"))
                    .arg(head.lines);
        } else if (expected) {
            r.ok = false;
            r.reason = say(QT_TRANSLATE_NOOP(
                "AuditTrailCheck", "the trail file and its head are missing, but records were written to this trail"));
        }
        return r;
    }
    QFile f(trailPath);
    if (!info.isFile() || !f.open(QIODevice::ReadOnly)) {
        r.ok = false;
        r.reason = say(QT_TRANSLATE_NOOP("AuditTrailCheck", "the trail file cannot be read: %1"))
                       .arg(info.isFile() ? f.errorString() : say(QT_TRANSLATE_NOOP("AuditTrailCheck", "not a file")));
        return r;
    }
    Walk walk;
    if (!walkLines(f, head.lines, words, &r, &walk))
        return r;
    r.missingFinalNewline = r.lines > 0 && !walk.lastHadNewline;
    if (r.lines == 0 && !head.present && !expected)
        return r;
    compareWithHead(head, walk, words, &r);
    return r;
}

bool AuditTrailCheck::walkLines(QFile &f, qint64 headLines, Words words, Result *out, Walk *walk)
{
    const Say say{words == Words::Translated};
    Result &r = *out;
    QByteArray expectedPrev = genesisHash();
    walk->hashAtHead = headLines == 0 ? genesisHash() : QByteArray(); // of line `headLines`
    walk->beforeLast = genesisHash();                                 // of the line before the last
    while (!f.atEnd()) {
        QByteArray line = f.readLine();
        walk->lastHadNewline = line.endsWith('\n');
        if (walk->lastHadNewline)
            line.chop(1);
        const qint64 number = r.lines + 1;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty()) {
            r.ok = false;
            r.firstBrokenLine = number;
            r.reason =
                line.isEmpty()
                    ? say(QT_TRANSLATE_NOOP("AuditTrailCheck", "line %1 is empty")).arg(number)
                    : say(QT_TRANSLATE_NOOP("AuditTrailCheck", "line %1 is not a valid audit record")).arg(number);
            return false;
        }
        if (o.value(QLatin1String("prev")).toString().toLatin1() != expectedPrev) {
            r.ok = false;
            r.firstBrokenLine = number;
            r.reason =
                say(QT_TRANSLATE_NOOP("AuditTrailCheck",
                                      "line %1 does not follow line %2: a line was changed, inserted or removed"))
                    .arg(number)
                    .arg(number - 1);
            // Line N-1 may be the one changed: only the lines before it are sure.
            r.lastGoodSequence = std::max<qint64>(0, number - 2);
            r.lastGoodHash = walk->beforeLast;
            return false;
        }
        if (o.value(QLatin1String("seq")).toInteger() != number) {
            r.ok = false;
            r.firstBrokenLine = number;
            r.reason =
                say(QT_TRANSLATE_NOOP("AuditTrailCheck", "line %1 holds record number %2: records were renumbered"))
                    .arg(number)
                    .arg(o.value(QLatin1String("seq")).toInteger());
            return false;
        }
        walk->beforeLast = expectedPrev;
        expectedPrev = hashOf(line);
        if (number == headLines)
            walk->hashAtHead = expectedPrev;
        r.lines = number;
        r.lastGoodSequence = number;
        r.lastGoodHash = expectedPrev;
        if (number == 1)
            readFirstLine(o, expectedPrev, &r);
    }
    return true;
}

void AuditTrailCheck::readFirstLine(const QJsonObject &o, const QByteArray &hash, Result *r)
{
    r->firstLineHash = hash;
    if (o.value(QLatin1String("action")).toString() == QLatin1String("audit.trail.broken")) {
        r->restartReason = o.value(QLatin1String("change")).toObject().value(QLatin1String("reason")).toString();
        r->restartedAt = QDateTime::fromString(o.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    }
}

void AuditTrailCheck::compareWithHead(const Head &head, const Walk &walk, Words words, Result *out)
{
    const Say say{words == Words::Translated};
    Result &r = *out;
    const qint64 headLines = head.lines;
    if (!head.present || headLines < 0) {
        r.ok = false;
        r.reason = head.present ? say(QT_TRANSLATE_NOOP("AuditTrailCheck", "the trail's head record cannot be read"))
                                : say(QT_TRANSLATE_NOOP("AuditTrailCheck", "the trail's head record is missing"));
        return;
    }
    if (headLines > r.lines) {
        r.ok = false;
        r.reason = say(QT_TRANSLATE_NOOP("AuditTrailCheck",
                                         "the trail ends after line %1 but %2 lines were written: its end was cut off"))
                       .arg(r.lines)
                       .arg(headLines);
        return;
    }
    if (headLines < r.lines) {
        r.ok = false;
        r.firstBrokenLine = headLines + 1;
        r.reason =
            say(QT_TRANSLATE_NOOP(
                    "AuditTrailCheck",
                    "lines from %1 on were added after the app last wrote the trail (its head records %2 lines)"))
                .arg(headLines + 1)
                .arg(headLines);
        r.lastGoodSequence = headLines;
        r.lastGoodHash = walk.hashAtHead;
        return;
    }
    if (r.lines > 0 && head.last != r.lastGoodHash) {
        r.ok = false;
        r.firstBrokenLine = r.lines;
        r.reason = say(QT_TRANSLATE_NOOP(
                           "AuditTrailCheck",
                           "line %1, the last, was changed after it was written: it does not match the trail's head"))
                       .arg(r.lines);
        r.lastGoodSequence = r.lines - 1;
        r.lastGoodHash = walk.beforeLast;
    }
}
