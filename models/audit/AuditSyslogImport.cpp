// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditSyslogImport.h"

#include "AuditTrailCheck.h"
#include "SyslogFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiHash>
#include <QSaveFile>
#include <QSet>

namespace {

const QByteArray SdStart = QByteArrayLiteral("[audit@32473");

// One record rebuilt from the collector's lines.
struct Rebuilt
{
    QByteArray line; // as the trail holds it, without the line feed
    QByteArray hash;
    qint64 sequence = 0;
    QByteArray previous;
    QString who; // "operator@host (profile)"
};

// A trail copy kept here already: an imported one may be continued, an own one is not imported.
struct Known
{
    QString path;
    qint64 lines = 0;
    QByteArray firstHash;
    QByteArray lastHash;
};

QString whoOf(const QMap<QString, QString> &p)
{
    return QStringLiteral("%1@%2 (%3)")
        .arg(p.value(QStringLiteral("operator")), p.value(QStringLiteral("host")), p.value(QStringLiteral("profile")));
}

// Collects the records of the lines read: parts kept until their record is whole, repeats once.
class Collector
{
public:
    explicit Collector(AuditSyslogImport::Result *result)
        : m_result(result)
    {}

    void add(const QByteArray &line)
    {
        const QMap<QString, QString> params = AuditSyslogImport::recordParameters(line);
        if (params.isEmpty()) {
            ++m_result->otherLines;
            return;
        }
        const QString part = params.value(QStringLiteral("part"));
        if (part.isEmpty()) {
            keep(params);
            return;
        }
        const QStringList numbers = part.split(QLatin1Char('/'));
        const int index = numbers.value(0).toInt();
        const int count = numbers.size() == 2 ? numbers.at(1).toInt() : 0;
        if (index < 1 || count < index || count > AuditSyslogImport::MaxParts) {
            ++m_badParts;
            return;
        }
        const QByteArray key =
            QStringList{params.value(QStringLiteral("profile_id")), params.value(QStringLiteral("host")),
                        params.value(QStringLiteral("operator")),   params.value(QStringLiteral("seq")),
                        params.value(QStringLiteral("prev")),       QString::number(count)}
                .join(QChar(0x1f))
                .toUtf8();
        QMap<int, QMap<QString, QString>> &parts = m_parts[key];
        if (!parts.contains(index))
            parts.insert(index, params);
        if (parts.size() == count) {
            keep(SyslogFormat::reassemble(parts.values()));
            m_parts.remove(key);
        }
    }

    // What could not be used, in words; the records found.
    QList<Rebuilt> finish()
    {
        if (!m_parts.isEmpty())
            m_result->notes.append(AuditSyslogImport::tr("%Ln split record(s) did not come whole: left out.", nullptr,
                                                         int(m_parts.size())));
        if (m_badParts > 0)
            m_result->notes.append(AuditSyslogImport::tr("%Ln line(s) with a part number that is not one: left out.",
                                                         nullptr, m_badParts));
        if (m_unreadable > 0)
            m_result->notes.append(
                AuditSyslogImport::tr("%Ln record(s) that are not audit records: left out.", nullptr, m_unreadable));
        m_result->records = m_records.size();
        return m_records;
    }

private:
    void keep(const QMap<QString, QString> &params)
    {
        Rebuilt r;
        r.line = AuditSyslogImport::trailLine(params);
        bool numbered = false;
        r.sequence = params.value(QStringLiteral("seq")).toLongLong(&numbered);
        if (r.line.isEmpty() || !numbered || r.sequence < 1) {
            ++m_unreadable;
            return;
        }
        r.hash = AuditTrailCheck::hashOf(r.line);
        if (m_seen.contains(r.hash))
            return; // sent again after a reconnection
        m_seen.insert(r.hash);
        r.previous = params.value(QStringLiteral("prev")).toLatin1();
        r.who = whoOf(params);
        m_records.append(r);
    }

    AuditSyslogImport::Result *m_result;
    QHash<QByteArray, QMap<int, QMap<QString, QString>>> m_parts;
    QSet<QByteArray> m_seen;
    QList<Rebuilt> m_records;
    int m_badParts = 0;
    int m_unreadable = 0;
};

// Reads one file's lines into `collector`, up to the caps; false when it cannot be opened.
void readFile(const QString &path, qint64 *budget, Collector *collector, AuditSyslogImport::Result *result)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result->notes.append(AuditSyslogImport::tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    qint64 read = 0;
    int tooLong = 0;
    while (!file.atEnd()) {
        if (read >= AuditSyslogImport::MaxFileBytes || *budget <= 0) {
            result->notes.append(
                AuditSyslogImport::tr("Only the first %1 MiB of %2 were read.").arg(read / (1024 * 1024)).arg(path));
            break;
        }
        QByteArray line = file.readLine(AuditSyslogImport::MaxLineBytes);
        read += line.size();
        *budget -= line.size();
        if (!line.endsWith('\n') && !file.atEnd()) {
            while (!file.atEnd() && !file.readLine(AuditSyslogImport::MaxLineBytes).endsWith('\n')) {
            }
            ++tooLong;
            continue;
        }
        ++result->lines;
        collector->add(line);
    }
    if (tooLong > 0)
        result->notes.append(
            AuditSyslogImport::tr("%1: %Ln line(s) longer than 1 MiB were skipped.", nullptr, tooLong).arg(path));
}

QList<Known> knownCopies(const QString &directory, bool imported)
{
    QList<Known> out;
    const QDir dir(imported ? AuditTrailImport::folder(directory) : directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name)) {
        Known k;
        k.path = dir.filePath(name);
        if (!imported) {
            QFile file(k.path);
            if (file.open(QIODevice::ReadOnly))
                k.firstHash = AuditTrailCheck::hashOf(file.readLine(AuditSyslogImport::MaxLineBytes).trimmed());
            out.append(k);
            continue;
        }
        const AuditTrailCheck::Result check =
            AuditTrailCheck::check(k.path, k.path.chopped(6) + QStringLiteral(".head"), false);
        if (check.lines > 0 && check.firstBrokenLine == 0 && check.lastGoodSequence == check.lines) {
            k.lines = check.lines;
            k.firstHash = check.firstLineHash;
            k.lastHash = check.lastGoodHash;
            out.append(k);
        }
    }
    return out;
}

bool writePrivately(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// Follows records hash by hash; keeps what it joins in `used`.
class ChainBuilder
{
public:
    ChainBuilder(const QList<Rebuilt> &records, const QString &directory, const QString &files)
        : m_records(records)
        , m_directory(directory)
        , m_files(files)
    {
        for (int i = 0; i < m_records.size(); ++i) {
            m_byPrevious.insert(m_records.at(i).previous, i);
            m_hashes.insert(m_records.at(i).hash);
        }
        // Where a record names a predecessor no record here has: once, so that each chain asks
        // in constant time however the file was made.
        for (const Rebuilt &r : m_records) {
            if (r.sequence > 1 && !m_hashes.contains(r.previous))
                m_orphanAt.insert(place(r.who, r.sequence));
        }
    }

    // Trails started in the files but not followed (over MaxTrails).
    int skippedTrails() const { return m_skippedTrails; }

    QList<AuditTrailImport::Result> build()
    {
        QList<AuditTrailImport::Result> out;
        const QList<Known> own = knownCopies(m_directory, false);
        const QList<Known> imported = knownCopies(m_directory, true); // before this import adds any
        for (int i = 0; i < m_records.size(); ++i) {
            const Rebuilt &r = m_records.at(i);
            if (r.sequence == 1 && r.previous == AuditTrailCheck::genesisHash() && !m_used.contains(i)) {
                if (out.size() >= AuditSyslogImport::MaxTrails) {
                    ++m_skippedTrails;
                    m_used.insert(i); // named in a note, not as a trail of its own
                    continue;
                }
                const AuditTrailImport::Result trail = fromStart(i, own);
                if (trail.records > 0)
                    out.append(trail);
            }
        }
        for (const Known &copy : imported) {
            // Two records claiming the place after the copy's end: neither is taken.
            const QList<int> next = following(copy.lastHash, copy.lines + 1);
            if (next.size() == 1 && !m_used.contains(next.first())) {
                const AuditTrailImport::Result trail = continuing(copy, next.first());
                if (trail.records > copy.lines)
                    out.append(trail);
            }
        }
        out.append(unjoined());
        return out;
    }

private:
    QList<int> following(const QByteArray &hash, qint64 sequence) const
    {
        QList<int> out;
        for (const int i : m_byPrevious.values(hash)) {
            if (m_records.at(i).sequence == sequence)
                out.append(i);
        }
        return out;
    }

    // The records joined to `start`, in order; `fork` says where two records claimed one place.
    QList<int> walk(int start, qint64 *fork)
    {
        QList<int> chain{start};
        m_used.insert(start);
        for (;;) { // each step takes a record not taken before: at most every record once
            const Rebuilt &last = m_records.at(chain.last());
            const QList<int> next = following(last.hash, last.sequence + 1);
            if (next.size() > 1)
                *fork = last.sequence + 1;
            if (next.size() != 1 || m_used.contains(next.first()))
                break;
            chain.append(next.first());
            m_used.insert(next.first());
        }
        // A record after the last one names a hash no record here has: the last one, or that one,
        // was changed on the way. Only the records before it are sure.
        if (*fork == 0 && changedAfter(m_records.at(chain.last())))
            m_used.remove(chain.takeLast());
        return chain;
    }

    static QString place(const QString &who, qint64 sequence) { return who + QChar(0x1f) + QString::number(sequence); }
    bool changedAfter(const Rebuilt &last) const { return m_orphanAt.contains(place(last.who, last.sequence + 1)); }

    AuditTrailImport::Result fromStart(int start, const QList<Known> &own)
    {
        AuditTrailImport::Result r;
        r.file = m_files;
        r.origin = m_records.at(start).who;
        qint64 fork = 0;
        const QList<int> chain = walk(start, &fork);
        r.records = chain.size();
        if (chain.isEmpty())
            return r;
        const QByteArray first = m_records.at(start).hash;
        for (const Known &k : own) {
            if (k.firstHash == first) {
                r.problem = AuditSyslogImport::tr("This is one of this computer's own trails: it is read already.");
                return r;
            }
        }
        QByteArray bytes;
        for (const int i : chain)
            bytes += m_records.at(i).line + '\n';
        r.storedAs = QDir(AuditTrailImport::folder(m_directory))
                         .filePath(QString::fromLatin1(first.left(16)) + QStringLiteral(".jsonl"));
        store(bytes, fork, &r);
        return r;
    }

    AuditTrailImport::Result continuing(const Known &copy, int start)
    {
        AuditTrailImport::Result r;
        r.file = m_files;
        r.origin = m_records.at(start).who;
        qint64 fork = 0;
        const QList<int> chain = walk(start, &fork);
        r.records = copy.lines + chain.size();
        if (chain.isEmpty())
            return r;
        QFile file(copy.path);
        if (!file.open(QIODevice::ReadOnly)) {
            r.problem = AuditSyslogImport::tr("Not imported: cannot read %1.").arg(copy.path);
            return r;
        }
        QByteArray bytes = file.readAll();
        if (!bytes.endsWith('\n'))
            bytes += '\n';
        for (const int i : chain)
            bytes += m_records.at(i).line + '\n';
        r.storedAs = copy.path;
        store(bytes, fork, &r);
        if (r.imported)
            r.note += QLatin1Char(' ') + AuditSyslogImport::tr("It continues a trail imported before.");
        return r;
    }

    void store(const QByteArray &bytes, qint64 fork, AuditTrailImport::Result *r) const
    {
        r->note = AuditSyslogImport::tr("Rebuilt from the collector: without the writer's head file a cut-off end "
                                        "cannot be noticed.");
        if (fork > 0)
            r->note += QLatin1Char(' ') + AuditSyslogImport::tr("Two different records claim to be record %1: "
                                                                "only the records before it were imported.")
                                              .arg(fork);
        QDir().mkpath(AuditTrailImport::folder(m_directory));
        QFile::setPermissions(AuditTrailImport::folder(m_directory),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (QFileInfo(r->storedAs).size() >= bytes.size()) {
            r->already = true;
            return;
        }
        QString error;
        if (!writePrivately(r->storedAs, bytes, &error)) {
            r->problem = AuditSyslogImport::tr("Not imported: cannot write %1: %2").arg(r->storedAs, error);
            return;
        }
        r->imported = true;
    }

    // Records joined to no start, by who wrote them: named, never merged.
    QList<AuditTrailImport::Result> unjoined() const
    {
        QMap<QString, QList<qint64>> byWho;
        for (int i = 0; i < m_records.size(); ++i) {
            if (!m_used.contains(i))
                byWho[m_records.at(i).who].append(m_records.at(i).sequence);
        }
        QList<AuditTrailImport::Result> out;
        for (auto it = byWho.cbegin(); it != byWho.cend(); ++it) {
            const qint64 lowest = *std::min_element(it.value().cbegin(), it.value().cend());
            AuditTrailImport::Result r;
            r.file = m_files;
            r.origin = it.key();
            r.records = it.value().size();
            r.problem =
                lowest == 1
                    ? AuditSyslogImport::tr("Not imported: %Ln record(s) from the trail's first record on do not join: "
                                            "a record was changed on the way.",
                                            nullptr, int(r.records))
                    : AuditSyslogImport::tr("Not imported: %Ln record(s) from record %1 on do not join their "
                                            "trail's start: record %2 is missing, or does not match.",
                                            nullptr, int(r.records))
                          .arg(lowest)
                          .arg(lowest - 1);
            out.append(r);
        }
        return out;
    }

    const QList<Rebuilt> &m_records;
    QString m_directory;
    QString m_files;
    QMultiHash<QByteArray, int> m_byPrevious;
    QSet<QByteArray> m_hashes;
    QSet<QString> m_orphanAt; // place() of each record whose predecessor is not here
    QSet<int> m_used;
    int m_skippedTrails = 0;
};

} // namespace

bool AuditSyslogImport::isCollectorFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // A trail starts with a record; a collector's file may start with other programs' lines.
    bool first = true;
    for (int i = 0; i < 1000 && !file.atEnd(); ++i) {
        const QByteArray line = file.readLine(MaxLineBytes).trimmed();
        if (line.isEmpty())
            continue;
        if (first && line.startsWith('{'))
            return false;
        first = false;
        if (line.contains(SdStart))
            return true;
    }
    return false;
}

QMap<QString, QString> AuditSyslogImport::recordParameters(const QByteArray &line)
{
    const qsizetype start = line.indexOf(QByteArray(SdStart + ' '));
    if (start < 0)
        return {};
    // The element ends at the first "]" not escaped by a backslash.
    qsizetype end = start + SdStart.size();
    while (end < line.size() && line.at(end) != ']')
        end += line.at(end) == '\\' ? 2 : 1;
    if (end >= line.size())
        return {};
    return SyslogFormat::parameters(line.mid(start + SdStart.size(), end - start - SdStart.size()));
}

QByteArray AuditSyslogImport::trailLine(const QMap<QString, QString> &params)
{
    QJsonObject o;
    for (auto it = params.cbegin(); it != params.cend(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("part"))
            continue;
        if (key == QLatin1String("seq") || key == QLatin1String("status")) {
            bool ok = false;
            const qint64 number = it.value().toLongLong(&ok);
            if (!ok)
                return {};
            o.insert(key, number);
        } else if (key == QLatin1String("targets") || key == QLatin1String("change")) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(it.value().toUtf8(), &error);
            if (error.error != QJsonParseError::NoError ||
                (key == QLatin1String("targets") ? !doc.isArray() : !doc.isObject()))
                return {};
            o.insert(key, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        } else {
            o.insert(key, it.value());
        }
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

AuditSyslogImport::Result AuditSyslogImport::importFiles(const QStringList &paths, const QString &auditDirectory)
{
    Result result;
    result.files = paths;
    Collector collector(&result);
    qint64 budget = MaxTotalBytes;
    for (const QString &path : paths)
        readFile(path, &budget, &collector, &result);
    const QList<Rebuilt> records = collector.finish();
    ChainBuilder builder(records, auditDirectory, paths.join(QStringLiteral(", ")));
    result.trails = builder.build();
    if (builder.skippedTrails() > 0)
        result.notes.append(tr("%Ln more trail(s) start in these files than the %1 followed in one import: "
                               "not imported.",
                               nullptr, builder.skippedTrails())
                                .arg(MaxTrails));
    return result;
}
