// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <cctype>
#include <limits>
#include <string_view>

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
    row.state = e.state;
    row.verified = e.verified;
    row.hasVerifiable = e.hasVerifiable;
    row.login = e.login;
    int schema = int(m_schemas.indexOf(e.schemaId));
    if (schema < 0) {
        m_schemas.append(e.schemaId);
        schema = int(m_schemas.size()) - 1;
    }
    row.schema = quint16(schema);
    const QByteArray id = capped(e.id, 255);
    const QByteArray identifier = capped(e.identifier, 0xffff);
    const QByteArray name = capped(e.name, 0xffff);
    const QByteArray search = capped(e.search, 0xffff);
    row.text = m_text.append({id, identifier, name, search});
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
    r.login = loginAddress(labels.identifier, verifiableAddresses); // the identifier may be another trait now
    const QByteArray id(slice(r, 0).data(), slice(r, 0).size());
    const QByteArray search(slice(r, 3).data(), slice(r, 3).size());
    const QByteArray identifier = capped(labels.identifier.toUtf8(), 0xffff);
    const QByteArray name = capped(labels.name.toUtf8(), 0xffff);
    r.text = m_text.append({id, identifier, name, search});
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

QByteArrayView IdentityStore::slice(const Row &row, int part) const
{
    ChunkedBytes::Ref at = row.text;
    const quint32 lengths[] = {row.idLength, row.identifierLength, row.nameLength, row.searchLength};
    for (int i = 0; i < part; ++i)
        at.offset += lengths[i];
    return m_text.view(at, lengths[part]);
}

QString IdentityStore::id(int row) const
{
    return QString::fromUtf8(slice(rowAt(row), 0));
}

QString IdentityStore::identifier(int row) const
{
    return QString::fromUtf8(slice(rowAt(row), 1));
}

QString IdentityStore::name(int row) const
{
    return QString::fromUtf8(slice(rowAt(row), 2));
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
        if (slice(rowAt(row), 0) == wanted)
            return row;
    return -1;
}

std::vector<bool> IdentityStore::matches(const QString &lowerQuery, const std::vector<bool> *within) const
{
    const qsizetype rows = m_size;
    const QByteArray query = lowerQuery.toUtf8();
    const std::string_view needle(query.constData(), size_t(query.size()));
    if (within && within->size() != size_t(rows))
        within = nullptr; // rows came or went since: look at every one
    auto scan = [&](qsizetype from, qsizetype to, std::vector<bool> *out) {
        out->assign(size_t(to - from), false);
        for (qsizetype row = from; row < to; ++row) {
            if (within && !(*within)[size_t(row)])
                continue;
            const Row &r = rowAt(int(row));
            // id and the trait values; identifier and name are trait values too.
            const QByteArrayView id = slice(r, 0);
            const QByteArrayView search = slice(r, 3);
            (*out)[size_t(row - from)] =
                std::string_view(id.data(), size_t(id.size())).find(needle) != std::string_view::npos ||
                std::string_view(search.data(), size_t(search.size())).find(needle) != std::string_view::npos;
        }
    };
    std::vector<bool> out;
    if (rows < ParallelSearchRows) {
        scan(0, rows, &out);
        return out;
    }
    // A long list is searched in two halves at once; the second half on a pool thread (or
    // here, if the pool is busy: waiting for a task that has not started runs it).
    const qsizetype middle = rows / 2;
    std::vector<bool> upper;
    QFuture<void> second = QtConcurrent::run([&]() { scan(middle, rows, &upper); });
    scan(0, middle, &out);
    second.waitForFinished();
    out.insert(out.end(), upper.begin(), upper.end());
    return out;
}
