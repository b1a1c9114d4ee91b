// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityStore.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    row.blobOffset = m_blobs.size();
    row.blobLength = quint32(e.blob.size());
    row.compressed = e.compressed;
    m_blobs += e.blob;
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
    row.textOffset = quint32(m_text.size());
    row.idLength = quint8(id.size());
    row.identifierLength = quint16(identifier.size());
    row.nameLength = quint16(name.size());
    row.searchLength = quint16(search.size());
    m_text += id + identifier + name + search;
    return row;
}

void IdentityStore::clear()
{
    m_rows.clear();
    m_rows.squeeze();
    m_text.clear();
    m_text.squeeze();
    m_blobs.clear();
    m_blobs.squeeze();
    m_schemas.clear();
}

void IdentityStore::append(const QList<Entry> &entries)
{
    for (const Entry &e : entries)
        m_rows.append(rowFor(e));
}

void IdentityStore::replace(int row, const Entry &entry)
{
    m_rows[row] = rowFor(entry);
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
    Row &r = m_rows[row];
    r.login = loginAddress(labels.identifier, verifiableAddresses); // the identifier may be another trait now
    const QByteArray id(slice(r, 0).data(), slice(r, 0).size());
    const QByteArray search(slice(r, 3).data(), slice(r, 3).size());
    const QByteArray identifier = capped(labels.identifier.toUtf8(), 0xffff);
    const QByteArray name = capped(labels.name.toUtf8(), 0xffff);
    r.textOffset = quint32(m_text.size());
    r.identifierLength = quint16(identifier.size());
    r.nameLength = quint16(name.size());
    m_text += id + identifier + name + search;
}

void IdentityStore::remove(int row)
{
    m_rows.removeAt(row);
}

QByteArrayView IdentityStore::slice(const Row &row, int part) const
{
    qsizetype offset = row.textOffset;
    const qsizetype lengths[] = {row.idLength, row.identifierLength, row.nameLength, row.searchLength};
    for (int i = 0; i < part; ++i)
        offset += lengths[i];
    return QByteArrayView(m_text.constData() + offset, lengths[part]);
}

QString IdentityStore::id(int row) const
{
    return QString::fromUtf8(slice(m_rows.at(row), 0));
}

QString IdentityStore::identifier(int row) const
{
    return QString::fromUtf8(slice(m_rows.at(row), 1));
}

QString IdentityStore::name(int row) const
{
    return QString::fromUtf8(slice(m_rows.at(row), 2));
}

std::optional<Identity> IdentityStore::identity(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const Row &r = m_rows.at(row);
    const QByteArray blob = m_blobs.mid(r.blobOffset, r.blobLength);
    const QByteArray json = r.compressed ? m_compressor->decompress(blob) : blob;
    return Identity::fromJson(QJsonDocument::fromJson(json).object());
}

int IdentityStore::rowOf(const QString &id) const
{
    const QByteArray wanted = id.toUtf8();
    for (int row = 0; row < m_rows.size(); ++row)
        if (slice(m_rows.at(row), 0) == wanted)
            return row;
    return -1;
}

std::vector<bool> IdentityStore::matches(const QString &lowerQuery, const std::vector<bool> *within) const
{
    std::vector<bool> out(size_t(m_rows.size()), false);
    const QByteArray query = lowerQuery.toUtf8();
    const std::string_view needle(query.constData(), size_t(query.size()));
    if (within && within->size() != out.size())
        within = nullptr; // rows came or went since: look at every one
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (within && !(*within)[size_t(row)])
            continue;
        const Row &r = m_rows.at(row);
        // id and the trait values; identifier and name are trait values too.
        const QByteArrayView id = slice(r, 0);
        const QByteArrayView search = slice(r, 3);
        out[size_t(row)] =
            std::string_view(id.data(), size_t(id.size())).find(needle) != std::string_view::npos ||
            std::string_view(search.data(), size_t(search.size())).find(needle) != std::string_view::npos;
    }
    return out;
}
