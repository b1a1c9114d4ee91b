// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <cctype>
#include <cstring>
#include <limits>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

void collectText(const QJsonValue &value, QString *out)
{
    if (value.isString()) {
        *out += value.toString().toLower() + QLatin1Char('\n');
    } else if (value.isDouble()) {
        *out += QString::number(value.toDouble()) + QLatin1Char('\n');
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectText(it.value(), out);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectText(v, out);
    }
}

QByteArray capped(const QByteArray &bytes, int limit)
{
    return bytes.size() > limit ? bytes.left(limit) : bytes;
}

qint64 msecs(const QJsonValue &time)
{
    const QDateTime t = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

// Where `needle` (not empty) first occurs in [from, to), or nullptr. With SSE2, 16 places are
// tried at once by comparing the needle's first and last byte; only where both match is the rest
// compared. Several times faster than std::string_view::find on text where the first letter is
// common, as it is in e-mail addresses.
const char *findBytes(const char *from, const char *to, std::string_view needle)
{
    const size_t length = size_t(to - from);
    const size_t k = needle.size();
    if (k > length)
        return nullptr;
    if (k == 1)
        return static_cast<const char *>(std::memchr(from, needle.front(), length));
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle.front());
    const __m128i last = _mm_set1_epi8(needle.back());
    for (; i + k - 1 + 16 <= length; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from + i + k - 1));
        auto mask = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
        while (mask != 0) {
            const int bit = __builtin_ctz(mask);
            if (std::memcmp(from + i + size_t(bit) + 1, needle.data() + 1, k - 2) == 0)
                return from + i + size_t(bit);
            mask &= mask - 1;
        }
    }
#endif
    const std::string_view rest(from + i, length - i);
    const size_t at = rest.find(needle);
    return at == std::string_view::npos ? nullptr : rest.data() + at;
}

} // namespace

QByteArray IdentityStore::searchText(const QJsonObject &traits)
{
    QString text;
    collectText(traits, &text);
    return text.toUtf8();
}

QByteArray IdentityStore::storedJson(const QJsonObject &identity)
{
    if (!identity.contains(QLatin1String("credentials")))
        return QJsonDocument(identity).toJson(QJsonDocument::Compact);
    QJsonObject o = identity;
    o.remove(QStringLiteral("credentials")); // a list never keeps credentials
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject IdentityStore::storedObject(const Identity &identity)
{
    QJsonObject o = identity.json;
    if (o.isEmpty()) {
        // Made in code, not read from a server: keep what the fields say.
        o.insert(QStringLiteral("id"), identity.id);
        o.insert(QStringLiteral("schema_id"), identity.schemaId);
        o.insert(QStringLiteral("state"), identity.stateText);
        o.insert(QStringLiteral("traits"), identity.traits);
        if (identity.createdAt.isValid())
            o.insert(QStringLiteral("created_at"), identity.createdAt.toUTC().toString(Qt::ISODateWithMs));
        if (identity.updatedAt.isValid())
            o.insert(QStringLiteral("updated_at"), identity.updatedAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("metadata_public"), identity.metadataPublic);
        if (!identity.metadataAdmin.isNull() && !identity.metadataAdmin.isUndefined())
            o.insert(QStringLiteral("metadata_admin"), identity.metadataAdmin);
    }
    return o;
}

QList<QByteArray> IdentityStore::arrayElements(const QByteArray &json)
{
    QList<QByteArray> out;
    const char *p = json.constData();
    const char *end = p + json.size();
    while (p < end && std::isspace(static_cast<unsigned char>(*p)))
        ++p;
    if (p == end || *p != '[')
        return {};
    ++p;
    int depth = 0;
    const char *start = nullptr;
    for (; p < end; ++p) {
        const char c = *p;
        if (c == '"') {
            for (++p; p < end && *p != '"'; ++p)
                if (*p == '\\' && p + 1 < end)
                    ++p; // the escaped character
            if (p == end)
                break; // an unterminated string: never step past the end
            continue;
        }
        if (c == '{' || c == '[') {
            if (depth++ == 0)
                start = p;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return out; // the array's own closing bracket
            if (--depth == 0 && start)
                out.append(QByteArray(start, p - start + 1));
        } else if (depth == 0 && !std::isspace(static_cast<unsigned char>(c)) && c != ',') {
            return {}; // a scalar element: not a list of identities
        }
    }
    return {};
}

QList<IdentityStore::Entry> IdentityStore::prepare(const QList<QJsonObject> &identities, const QList<Labels> &labels,
                                                   const IdentityCompressor &compressor, const QList<QByteArray> &raw)
{
    const bool useRaw = raw.size() == identities.size();
    QList<QByteArray> documents;
    documents.reserve(identities.size());
    for (int i = 0; i < identities.size(); ++i) {
        const QJsonObject &identity = identities.at(i);
        const bool clean = useRaw && !identity.contains(QLatin1String("credentials"));
        documents.append(clean ? raw.at(i) : storedJson(identity));
    }
    const QList<QByteArray> blobs = compressor.compress(documents);
    QList<Entry> out;
    out.reserve(identities.size());
    for (int i = 0; i < identities.size(); ++i) {
        const QJsonObject &o = identities.at(i);
        Entry e;
        e.blob = blobs.value(i);
        if (e.blob.isEmpty()) {
            e.blob = documents.at(i); // the compressor failed: keep it whole
            e.compressed = false;
        }
        e.id = o.value(QLatin1String("id")).toString().toUtf8();
        e.identifier = labels.value(i).identifier.toUtf8();
        e.name = labels.value(i).name.toUtf8();
        e.search = searchText(o.value(QLatin1String("traits")).toObject());
        e.schemaId = o.value(QLatin1String("schema_id")).toString();
        e.createdMs = msecs(o.value(QLatin1String("created_at")));
        e.updatedMs = msecs(o.value(QLatin1String("updated_at")));
        const QString state = o.value(QLatin1String("state")).toString();
        e.state = state == QLatin1String("active")     ? Identity::State::Active
                  : state == QLatin1String("inactive") ? Identity::State::Inactive
                                                       : Identity::State::Unknown;
        const QJsonArray addresses = o.value(QLatin1String("verifiable_addresses")).toArray();
        e.hasVerifiable = !addresses.isEmpty();
        e.verified = std::any_of(addresses.begin(), addresses.end(), [](const QJsonValue &a) {
            return a.toObject().value(QLatin1String("verified")).toBool();
        });
        e.login = loginAddress(labels.value(i).identifier, addresses);
        out.append(e);
    }
    return out;
}

IdentityStore::Row IdentityStore::rowFor(const Entry &e)
{
    Row row;
    row.blob = m_blobs.append({e.blob});
    row.blobLength = quint32(e.blob.size());
    row.compressed = e.compressed;
    row.createdMs = e.createdMs;
    row.updatedMs = e.updatedMs;
    row.state = quint8(e.state);
    row.verified = e.verified;
    row.hasVerifiable = e.hasVerifiable;
    row.login = quint8(e.login);
    int schema = int(m_schemas.indexOf(e.schemaId));
    if (schema < 0) {
        m_schemas.append(e.schemaId);
        schema = int(m_schemas.size()) - 1;
    }
    row.schema = quint16(schema);
    const QByteArray id = capped(e.id, 255);
    const QByteArray identifier = capped(e.identifier, 0xffff);
    const QByteArray name = capped(e.name, 0xffff);
    QByteArray search = capped(e.search, 0xffff);
    if (!search.isEmpty() && !search.endsWith('\n'))
        search.back() = '\n'; // cut short: it still ends a row's text (see scan())
    row.text = m_text.append({identifier, name, id, "\n", search});
    row.idLength = quint8(id.size());
    row.identifierLength = quint16(identifier.size());
    row.nameLength = quint16(name.size());
    row.searchLength = quint16(search.size());
    return row;
}

void IdentityStore::clear()
{
    m_rows.clear();
    m_rows.squeeze();
    m_size = 0;
    m_text.clear();
    m_blobs.clear();
    m_schemas.clear();
}

void IdentityStore::append(const QList<Entry> &entries)
{
    for (const Entry &e : entries) {
        if (m_rows.isEmpty() || m_rows.constLast().size() == RowsPerChunk) {
            m_rows.append(QList<Row>());
            m_rows.last().reserve(RowsPerChunk);
        }
        m_rows.last().append(rowFor(e));
        ++m_size;
    }
}

void IdentityStore::replace(int row, const Entry &entry)
{
    mutableRow(row) = rowFor(entry);
}

IdentityStore::LoginAddress IdentityStore::loginAddress(const QString &identifier, const QJsonArray &addresses)
{
    if (identifier.isEmpty())
        return LoginAddress::NotAnAddress;
    for (const QJsonValue &a : addresses) {
        const QJsonObject address = a.toObject();
        if (address.value(QLatin1String("value")).toString().compare(identifier, Qt::CaseInsensitive) == 0)
            return address.value(QLatin1String("verified")).toBool() ? LoginAddress::Verified
                                                                     : LoginAddress::Unverified;
    }
    return LoginAddress::NotAnAddress;
}

void IdentityStore::setLabels(int row, const Labels &labels, const QJsonArray &verifiableAddresses)
{
    Row &r = mutableRow(row);
    r.login = quint8(loginAddress(labels.identifier, verifiableAddresses)); // the identifier may be another trait now
    const QByteArray searched = searchable(r).toByteArray();                // copied: the append may detach its chunk
    const QByteArray identifier = capped(labels.identifier.toUtf8(), 0xffff);
    const QByteArray name = capped(labels.name.toUtf8(), 0xffff);
    r.text = m_text.append({identifier, name, searched});
    r.identifierLength = quint16(identifier.size());
    r.nameLength = quint16(name.size());
}

void IdentityStore::remove(int row)
{
    // The rows after it move up by one, across chunks.
    int chunk = row >> RowShift;
    m_rows[chunk].removeAt(row & (RowsPerChunk - 1));
    for (; chunk + 1 < m_rows.size(); ++chunk)
        m_rows[chunk].append(m_rows[chunk + 1].takeFirst());
    if (m_rows.constLast().isEmpty())
        m_rows.removeLast();
    --m_size;
}

QByteArrayView IdentityStore::slice(const Row &row, Part part) const
{
    // identifier, name, id, '\n', search: the id and search of consecutive rows are searched as one.
    ChunkedBytes::Ref at = row.text;
    switch (part) {
    case Part::Identifier:
        return m_text.view(at, row.identifierLength);
    case Part::Name:
        at.offset += row.identifierLength;
        return m_text.view(at, row.nameLength);
    case Part::Id:
        at.offset += row.identifierLength + row.nameLength;
        return m_text.view(at, row.idLength);
    }
    return {};
}

QByteArrayView IdentityStore::searchable(const Row &row) const
{
    ChunkedBytes::Ref at = row.text;
    at.offset += row.identifierLength + row.nameLength;
    return m_text.view(at, row.idLength + 1 + row.searchLength);
}

QString IdentityStore::id(int row) const
{
    return QString::fromUtf8(slice(rowAt(row), Part::Id));
}

QString IdentityStore::identifier(int row) const
{
    return QString::fromUtf8(slice(rowAt(row), Part::Identifier));
}

QString IdentityStore::name(int row) const
{
    return QString::fromUtf8(slice(rowAt(row), Part::Name));
}

std::optional<Identity> IdentityStore::identity(int row) const
{
    if (row < 0 || row >= m_size)
        return std::nullopt;
    const Row &r = rowAt(row);
    const QByteArray blob = m_blobs.view(r.blob, r.blobLength).toByteArray();
    const QByteArray json = r.compressed ? m_compressor->decompress(blob) : blob;
    return Identity::fromJson(QJsonDocument::fromJson(json).object());
}

int IdentityStore::rowOf(const QString &id) const
{
    const QByteArray wanted = id.toUtf8();
    for (int row = 0; row < m_size; ++row)
        if (slice(rowAt(row), Part::Id) == wanted)
            return row;
    return -1;
}

bool IdentityStore::rowMatches(int row, std::string_view lowerQuery) const
{
    const QByteArrayView text = searchable(rowAt(row));
    return lowerQuery.empty() || findBytes(text.data(), text.data() + text.size(), lowerQuery);
}

void IdentityStore::scan(int from, int to, std::string_view needle, std::vector<bool> *out) const
{
    // Rows whose texts lie back to back in one chunk (as appended rows do) are searched as one
    // run; a hit is then the row it falls in, and the search goes on after that row. A hit in a
    // row's labels, or starting there, does not count: the search goes on from the row's id. No
    // hit runs past a row's end, as every row's text ends in '\n' and a query has none.
    out->assign(size_t(to - from), false);
    int row = from;
    while (row < to) {
        const Row &start = rowAt(row);
        int end = row + 1;
        quint32 next = start.text.offset + rowTextLength(start);
        for (; end < to; ++end) {
            const Row &r = rowAt(end);
            if (r.text.chunk != start.text.chunk || r.text.offset != next)
                break;
            next += rowTextLength(r);
        }
        const QByteArrayView run = m_text.view(start.text, next - start.text.offset);
        const char *const base = run.data() - start.text.offset; // offsets are relative to the chunk
        const char *at = run.data();
        const char *const stop = run.data() + run.size();
        int k = row;
        while (const char *hit = findBytes(at, stop, needle)) {
            while (base + rowAt(k).text.offset + rowTextLength(rowAt(k)) <= hit)
                ++k;
            const Row &r = rowAt(k);
            const char *searchStart = base + r.text.offset + r.identifierLength + r.nameLength;
            if (hit < searchStart) {
                at = searchStart;
                continue;
            }
            (*out)[size_t(k - from)] = true;
            at = base + r.text.offset + rowTextLength(r);
            if (++k == end)
                break;
        }
        row = end;
    }
}

std::vector<bool> IdentityStore::matches(const QString &lowerQuery, const std::vector<bool> *within) const
{
    const int rows = m_size;
    const QByteArray query = lowerQuery.toUtf8();
    const std::string_view needle(query.constData(), size_t(query.size()));
    if (within && within->size() != size_t(rows))
        within = nullptr; // rows came or went since: look at every one
    if (needle.empty())
        return within ? *within : std::vector<bool>(size_t(rows), true);
    if (within || query.contains('\n')) {
        // Refining an earlier result: only the rows it kept are looked at. (A query across lines
        // could span two rows' texts in a run: it is looked for row by row.)
        std::vector<bool> out(size_t(rows), false);
        for (int row = 0; row < rows; ++row)
            if (!within || (*within)[size_t(row)])
                out[size_t(row)] = rowMatches(row, needle);
        return out;
    }
    std::vector<bool> out;
    if (rows < ParallelSearchRows) {
        scan(0, rows, needle, &out);
        return out;
    }
    // A long list is searched in two halves at once; the second half on a pool thread (or
    // here, if the pool is busy: waiting for a task that has not started runs it).
    const int middle = rows / 2;
    std::vector<bool> upper;
    QFuture<void> second = QtConcurrent::run([&]() { scan(middle, rows, needle, &upper); });
    scan(0, middle, needle, &out);
    second.waitForFinished();
    out.insert(out.end(), upper.begin(), upper.end());
    return out;
}
