// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChunkedBytes.h"
#include "Identity.h"
#include "IdentityCompressor.h"
#include "RowBits.h"
#include "SparseRows.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

// The identities of a list, held compactly: per row the few values the table shows, the
// identity's JSON compressed with a shared dictionary (IdentityCompressor), and its trait values
// lower-cased in one text buffer for substring search. Under 600 bytes per identity instead of
// several kilobytes of parsed JSON; the full Identity is rebuilt when one is asked for.
class IdentityStore
{
public:
    // What the login identifier is among the verifiable addresses.
    enum class LoginAddress : quint8
    {
        NotAnAddress, // a username, or no identifier: nothing to verify
        Unverified,
        Verified
    };
    // One identity made ready for the store; built off the UI thread by prepare().
    struct Entry
    {
        QByteArray blob;
        bool compressed = true;
        QByteArray id;
        QByteArray identifier;
        QByteArray name;
        QByteArray search; // folded trait values (SearchFold), '\n'-separated
        QByteArray externalId;
        QString organisationId;
        QString schemaId;
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        Identity::State state = Identity::State::Unknown;
        bool verified = false;
        bool hasVerifiable = false;
        LoginAddress login = LoginAddress::NotAnAddress;
    };
    struct Labels
    {
        QString identifier;
        QString name;
    };

    // Compresses and indexes identities (JSON objects as the admin API sends them); safe on any
    // thread (the compressor is only read).
    // `documents`, when given, are the identities' bytes as the server sent them (see
    // arrayElements()); otherwise each object is serialised again.
    static QList<Entry> prepare(const QList<QJsonObject> &identities, const QList<Labels> &labels,
                                const IdentityCompressor &compressor, const QList<QByteArray> &documents = {});
    // The bytes of each element of a JSON array, as written; empty when `json` is not an array
    // this scanner understands (the caller then serialises the parsed elements).
    static QList<QByteArray> arrayElements(const QByteArray &json);
    // The JSON kept for an identity: as the server sent it, without credentials.
    static QJsonObject storedObject(const Identity &identity);
    static QByteArray storedJson(const QJsonObject &identity);
    // Folded trait values (SearchFold), newline-separated.
    static QByteArray searchText(const QJsonObject &traits);
    // Whether `identifier` is one of `verifiableAddresses` (case-insensitive), and verified.
    static LoginAddress loginAddress(const QString &identifier, const QJsonArray &verifiableAddresses);

    // Shared with the worker that prepares pages: it trains the compressor on the first page,
    // before any row is stored; afterwards it only reads it.
    void setCompressor(std::shared_ptr<const IdentityCompressor> compressor) { m_compressor = std::move(compressor); }
    const IdentityCompressor &compressor() const { return *m_compressor; }
    void clear();
    void append(const QList<Entry> &entries);
    void replace(int row, const Entry &entry);
    // `verifiableAddresses` are the row's (the caller has rebuilt the identity already): they say
    // what the new identifier is among them.
    void setLabels(int row, const Labels &labels, const QJsonArray &verifiableAddresses);
    void remove(int row);

    int size() const { return m_size; }
    QString id(int row) const;
    QByteArrayView idBytes(int row) const { return slice(rowAt(row), Part::Id); }
    QString identifier(int row) const;
    QString name(int row) const;
    QString schemaId(int row) const { return m_schemas.value(rowAt(row).schema); }
    Identity::State state(int row) const { return Identity::State(rowAt(row).state); }
    bool verified(int row) const { return rowAt(row).verified; }
    bool hasVerifiableAddresses(int row) const { return rowAt(row).hasVerifiable; }
    LoginAddress loginAddress(int row) const { return LoginAddress(rowAt(row).login); }
    qint64 createdMs(int row) const { return rowAt(row).createdMs; }
    qint64 updatedMs(int row) const { return rowAt(row).updatedMs; }
    // The identity's external id (Kratos's external_id), empty for none; the bytes stay valid
    // while the store is not changed.
    QString externalId(int row) const { return QString::fromUtf8(externalIdBytes(row)); }
    QByteArrayView externalIdBytes(int row) const;
    // The organisation the identity belongs to (organization_id), empty for none.
    QString organisationId(int row) const;
    std::optional<Identity> identity(int row) const;
    int rowOf(const QString &id) const;
    // Rows whose trait values or id contain `lowerQuery` (already folded: SearchFold), within one
    // value.
    // With `within` (one flag per row, as an earlier matches() gave): only those rows can match,
    // so that a query extending the previous one refines its result (when it kept fewer than one
    // row in RefineRowByRow, only its rows are looked at; otherwise the whole text is scanned:
    // a few milliseconds at a million rows, where looking at 100,000 rows one by one took 25).
    // A long list is searched on two threads (see RowPieces).
    RowBits matches(const QString &lowerQuery, const RowBits *within = nullptr) const;
    // Whether one row's trait values or id contain `lowerQuery` (UTF-8, folded).
    bool rowMatches(int row, std::string_view lowerQuery) const;
    static constexpr qsizetype RefineRowByRow = 64;
    // How much of an identity is searched: the id (a UUID is 36 bytes) and 4 MiB of trait text.
    static constexpr qsizetype MaxIdBytes = 255;
    static constexpr qsizetype MaxSearchBytes = 4 << 20;
    // Bytes held in the shared buffers (updates and removals leave their old bytes behind).
    qsizetype bufferBytes() const { return m_text.bytes() + m_blobs.bytes() + m_externalText.bytes(); }

private:
    // 48 bytes: the flags share one byte.
    struct Row
    {
        ChunkedBytes::Ref blob; // in m_blobs: the JSON, then the identifier (see identifierInText) and the name
        ChunkedBytes::Ref text; // in m_text: id, '\n', search, ending in '\0' (see rowText())
        qint64 createdMs = 0;
        qint64 updatedMs = 0;
        quint32 blobLength = 0;
        quint16 identifierLength = 0;
        quint16 nameLength = 0;
        quint16 searchLength = 0; // LongText: at least that, up to MaxSearchBytes (see rowTextLength())
        quint16 schema = 0;
        quint16 identifierOffset = 0; // in the row's text, when identifierInText
        quint8 idLength = 0;
        quint8 state : 2 = quint8(Identity::State::Unknown);
        quint8 login : 2 = quint8(LoginAddress::NotAnAddress);
        bool compressed : 1 = true;
        bool verified : 1 = false;
        bool hasVerifiable : 1 = false;
        // The identifier is one of the trait values as written (mostly the e-mail address): it is
        // read from the searchable text instead of being kept twice.
        bool identifierInText : 1 = false;
    };
    static_assert(sizeof(Row) == 48);
    static constexpr qsizetype LongText = 0xffff;
    static_assert(int(Identity::State::Unknown) < 4 && int(LoginAddress::Verified) < 4);
    Row rowFor(const Entry &entry);
    enum class Part
    {
        Identifier,
        Name,
        Id
    };
    QByteArrayView slice(const Row &row, Part part) const;
    // The id, '\n' and the search text: what a query is looked for in.
    QByteArrayView searchable(const Row &row) const;
    static QByteArray rowText(const QByteArray &id, const QByteArray &search);
    // A row's text length, '\0' included; searchLength holds LongText for a text at least that long.
    quint32 rowTextLength(const Row &row) const;
    // Whether `row`'s text lies right after `before`'s in the same chunk.
    bool followsOn(const Row &before, const Row &row) const;
    void startRunAt(int row);
    // Keeps `identifier` and `name` as `row`'s labels, after `blob` (its JSON) in m_blobs.
    void storeLabels(Row *row, QByteArrayView blob, const QByteArray &identifier, const QByteArray &name);
    void scan(int from, int to, std::string_view needle, RowBits *out) const;
    // Rows live in chunks too, so that neither appending nor a copy of the store (a snapshot)
    // followed by an append ever copies all of them.
    static constexpr int RowShift = 14;
    static constexpr int RowsPerChunk = 1 << RowShift;
    const Row &rowAt(int row) const { return m_rows.at(row >> RowShift).at(row & (RowsPerChunk - 1)); }
    Row &mutableRow(int row) { return m_rows[row >> RowShift][row & (RowsPerChunk - 1)]; }

    // External ids and organisations are kept apart from the rows: most identities have
    // neither, and a row stays 48 bytes. Organisations are few: each is kept once.
    struct External
    {
        quint16 length = 0;
        ChunkedBytes::Ref at;
    };
    std::optional<External> storedExternal(const QByteArray &externalId);
    std::optional<quint16> organisationIndex(const QString &organisationId);

    std::shared_ptr<const IdentityCompressor> m_compressor = std::make_shared<IdentityCompressor>();
    QList<QList<Row>> m_rows;
    int m_size = 0;
    ChunkedBytes m_blobs; // every row's compressed JSON
    ChunkedBytes m_text;
    QStringList m_schemas;
    // The rows that start a run: a row whose text does not lie right after the previous row's.
    // The texts of a run's rows are searched as one (see scan()).
    std::vector<int> m_runStarts;
    SparseRows<External> m_externals;
    ChunkedBytes m_externalText;
    SparseRows<quint16> m_organisationOf; // index into m_organisations
    QStringList m_organisations;
    QHash<QString, quint16> m_organisationIndex; // of m_organisations: a hostile list of many stays linear
};
