// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityStore.h"

#include "RowPieces.h"
#include "RowTextScan.h"
#include "SearchFold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>
#include <string_view>

namespace {

void collectText(const QJsonValue &value, QString *out)
{
    if (value.isString()) {
        *out += SearchFold::fold(value.toString()) + QLatin1Char('\n');
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
        // An id in capitals (a server that is not Kratos) is found by a folded query through a
        // folded copy among the values; the id itself is kept as written.
        const QByteArray id = capped(e.id, MaxIdBytes);
        const bool foldable = std::any_of(id.begin(), id.end(), [](char c) {
            return (c >= 'A' && c <= 'Z') || c == '\n' || c == '\0' || (c & 0x80);
        });
        if (foldable) {
            const QByteArray foldedId = SearchFold::foldUtf8(QString::fromUtf8(id));
            if (foldedId != id)
                e.search += foldedId + '\n';
        }
        e.externalId = capped(o.value(QLatin1String("external_id")).toString().toUtf8(), MaxIdBytes);
        if (!e.externalId.isEmpty()) // found by the list's filter as the id is
            e.search += SearchFold::foldUtf8(QString::fromUtf8(e.externalId)) + '\n';
        e.organisationId = o.value(QLatin1String("organization_id")).toString().left(MaxIdBytes);
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

// A row's searchable text: the id, '\n', the trait values (each ending in '\n'), with its last
// byte made '\0' to mark where the row ends. A '\0' inside (never in an id or a sensible trait)
// is kept as '\n', as in a query (see matches()).
QByteArray IdentityStore::rowText(const QByteArray &id, const QByteArray &search)
{
    QByteArray text = capped(id, MaxIdBytes);
    const qsizetype idLength = text.size();
    text += '\n';
    text += capped(search, MaxSearchBytes);
    if (text.size() > idLength + 1 && !text.endsWith('\n'))
        text.back() = '\n'; // cut short: it still ends a value
    text.replace('\0', '\n');
    text.back() = '\0';
    return text;
}

IdentityStore::Row IdentityStore::rowFor(const Entry &e)
{
    Row row;
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
    const QByteArray text = rowText(e.id, e.search);
    row.text = m_text.append({text});
    row.idLength = quint8(qMin(e.id.size(), qsizetype(MaxIdBytes)));
    row.searchLength = quint16(qMin(text.size() - row.idLength - 1, qsizetype(LongText)));
    storeLabels(&row, e.blob, e.identifier, e.name);
    return row;
}

void IdentityStore::storeLabels(Row *row, QByteArrayView blob, const QByteArray &identifier, const QByteArray &name)
{
    const QByteArray shown = capped(identifier, 0xffff);
    const QByteArrayView text = searchable(*row);
    // Found among the values (after the id, before the row's final '\0'), the bytes there are the
    // identifier's own.
    const qsizetype at = shown.isEmpty() ? -1 : text.first(text.size() - 1).indexOf(shown, row->idLength + 1);
    row->identifierInText = at >= 0 && at <= 0xffff;
    row->identifierOffset = row->identifierInText ? quint16(at) : 0;
    row->identifierLength = quint16(shown.size());
    const QByteArray kept = capped(name, 0xffff);
    row->blob = m_blobs.append({blob, row->identifierInText ? QByteArrayView() : QByteArrayView(shown), kept});
    row->blobLength = quint32(blob.size());
    row->nameLength = quint16(kept.size());
}

void IdentityStore::clear()
{
    m_rows.clear();
    m_rows.squeeze();
    m_size = 0;
    m_text.clear();
    m_blobs.clear();
    m_schemas.clear();
    m_runStarts.clear();
    m_externals.clear();
    m_externalText.clear();
    m_organisationOf.clear();
    m_organisations.clear();
    m_organisationIndex.clear();
}

void IdentityStore::append(const QList<Entry> &entries)
{
    for (const Entry &e : entries) {
        if (m_rows.isEmpty() || m_rows.constLast().size() == RowsPerChunk) {
            m_rows.append(QList<Row>());
            m_rows.last().reserve(RowsPerChunk);
        }
        const Row row = rowFor(e);
        if (m_size == 0 || !followsOn(rowAt(m_size - 1), row))
            m_runStarts.push_back(m_size);
        m_rows.last().append(row);
        // Rows only grow here: the entries stay in row order.
        if (const auto external = storedExternal(e.externalId))
            m_externals.append(m_size, *external);
        if (const auto organisation = organisationIndex(e.organisationId))
            m_organisationOf.append(m_size, *organisation);
        ++m_size;
    }
}

bool IdentityStore::followsOn(const Row &before, const Row &row) const
{
    return row.text.chunk == before.text.chunk && row.text.offset == before.text.offset + rowTextLength(before);
}

quint32 IdentityStore::rowTextLength(const Row &row) const
{
    const quint32 known = quint32(row.idLength) + 1 + row.searchLength;
    if (row.searchLength < LongText)
        return known;
    // A long text ends at its '\0', the only one in it (see rowText()).
    const char *const start = m_text.view(row.text, 0).data();
    const void *const end = std::memchr(start + known - 1, '\0', size_t(m_text.available(row.text) - known + 1));
    return end ? quint32(static_cast<const char *>(end) - start) + 1 : known;
}

void IdentityStore::startRunAt(int row)
{
    if (row >= m_size)
        return;
    const auto at = std::lower_bound(m_runStarts.begin(), m_runStarts.end(), row);
    if (at == m_runStarts.end() || *at != row)
        m_runStarts.insert(at, row);
}

void IdentityStore::replace(int row, const Entry &entry)
{
    mutableRow(row) = rowFor(entry);
    m_externals.set(row, storedExternal(entry.externalId));
    m_organisationOf.set(row, organisationIndex(entry.organisationId));
    // Its text now lies at the end of the buffer: apart from both neighbours'.
    startRunAt(row);
    startRunAt(row + 1);
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
    r.login = quint8(loginAddress(labels.identifier, verifiableAddresses));   // the identifier may be another trait now
    const QByteArray blob = m_blobs.view(r.blob, r.blobLength).toByteArray(); // copied: the append may detach its chunk
    storeLabels(&r, blob, labels.identifier.toUtf8(), labels.name.toUtf8());
}

std::optional<IdentityStore::External> IdentityStore::storedExternal(const QByteArray &externalId)
{
    if (externalId.isEmpty())
        return std::nullopt;
    return External{quint16(externalId.size()), m_externalText.append({externalId})};
}

std::optional<quint16> IdentityStore::organisationIndex(const QString &organisationId)
{
    if (organisationId.isEmpty())
        return std::nullopt;
    const auto known = m_organisationIndex.constFind(organisationId);
    if (known != m_organisationIndex.cend())
        return *known;
    if (m_organisations.size() >= 0xffff)
        return std::nullopt; // more organisations than the list tells apart: the detail still names it
    const auto index = quint16(m_organisations.size());
    m_organisations.append(organisationId);
    m_organisationIndex.insert(organisationId, index);
    return index;
}

QByteArrayView IdentityStore::externalIdBytes(int row) const
{
    if (m_externals.isEmpty())
        return {};
    const auto external = m_externals.value(row);
    return external ? m_externalText.view(external->at, external->length) : QByteArrayView();
}

QString IdentityStore::organisationId(int row) const
{
    if (m_organisationOf.isEmpty())
        return {};
    const auto index = m_organisationOf.value(row);
    return index ? m_organisations.value(*index) : QString();
}

void IdentityStore::remove(int row)
{
    m_externals.removeRow(row);
    m_organisationOf.removeRow(row);
    // The rows after it move up by one, across chunks.
    int chunk = row >> RowShift;
    m_rows[chunk].removeAt(row & (RowsPerChunk - 1));
    for (; chunk + 1 < m_rows.size(); ++chunk)
        m_rows[chunk].append(m_rows[chunk + 1].takeFirst());
    if (m_rows.constLast().isEmpty())
        m_rows.removeLast();
    --m_size;
    // The runs after it start a row earlier, and the row now in its place follows another.
    const auto after = std::upper_bound(m_runStarts.begin(), m_runStarts.end(), row);
    for (auto it = after; it != m_runStarts.end(); ++it)
        --*it;
    m_runStarts.erase(std::unique(m_runStarts.begin(), m_runStarts.end()), m_runStarts.end());
    if (!m_runStarts.empty() && m_runStarts.back() >= m_size)
        m_runStarts.pop_back();
    startRunAt(row);
}

QByteArrayView IdentityStore::slice(const Row &row, Part part) const
{
    // The labels follow the row's JSON (the identifier may be in the searchable text instead);
    // the id starts the searchable text.
    ChunkedBytes::Ref at = row.blob;
    switch (part) {
    case Part::Identifier:
        if (row.identifierInText) {
            ChunkedBytes::Ref inText = row.text;
            inText.offset += row.identifierOffset;
            return m_text.view(inText, row.identifierLength);
        }
        at.offset += row.blobLength;
        return m_blobs.view(at, row.identifierLength);
    case Part::Name:
        at.offset += row.blobLength + (row.identifierInText ? 0 : row.identifierLength);
        return m_blobs.view(at, row.nameLength);
    case Part::Id:
        return m_text.view(row.text, row.idLength);
    }
    return {};
}

QByteArrayView IdentityStore::searchable(const Row &row) const
{
    return m_text.view(row.text, rowTextLength(row));
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
    if (lowerQuery.empty())
        return true;
    const QByteArrayView text = searchable(rowAt(row));
    return std::string_view(text.data(), size_t(text.size())).find(lowerQuery) != std::string_view::npos;
}

void IdentityStore::scan(int from, int to, std::string_view needle, RowBits *out) const
{
    // Each run of rows whose texts lie back to back (as appended rows do) is searched as one
    // text; replaced rows' old texts, left behind in the buffer, are never looked at.
    auto run = std::upper_bound(m_runStarts.begin(), m_runStarts.end(), from);
    int row = from;
    while (row < to) {
        const int runEnd = run == m_runStarts.end() ? m_size : *run++;
        const int last = qMin(runEnd, to) - 1;
        const Row &firstRow = rowAt(row);
        const Row &lastRow = rowAt(last);
        const char *const text = m_text.view(firstRow.text, 0).data();
        const char *const end = m_text.view(lastRow.text, rowTextLength(lastRow)).data() + rowTextLength(lastRow);
        RowTextScan::flagRows(text, end, row, needle, out);
        row = last + 1;
    }
}

RowBits IdentityStore::matches(const QString &lowerQuery, const RowBits *within) const
{
    const int rows = m_size;
    QByteArray query = lowerQuery.toUtf8();
    // Folded already; a line feed or NUL left in would span two values (or end a row).
    query.replace('\0', ' ');
    query.replace('\n', ' ');
    const std::string_view needle(query.constData(), size_t(query.size()));
    if (within && within->size() != rows)
        within = nullptr; // rows came or went since: look at every one
    if (needle.empty())
        return within ? *within : RowBits(rows, true);
    RowBits out(rows);
    if (within && within->count() < rows / RefineRowByRow) {
        // Refining an earlier result that kept few rows: only those are looked at.
        RowPieces::run(rows, [&](int, int from, int to) {
            within->forEach(from, to, [&](int row) {
                if (rowMatches(row, needle))
                    out.set(row);
            });
        });
        return out;
    }
    RowPieces::run(rows, [&](int, int from, int to) { scan(from, to, needle, &out); });
    if (within)
        out.intersect(*within);
    return out;
}
