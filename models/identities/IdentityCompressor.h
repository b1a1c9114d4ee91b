// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <memory>

struct ZSTD_CDict_s;
struct ZSTD_DDict_s;

// Packs identity JSON small enough to hold a million identities in a few hundred megabytes:
// Zstandard with a dictionary trained on sample identities from the same server, so the keys
// and shapes every identity repeats cost almost nothing (about 200 bytes for 1 KB of JSON, at
// about 3 µs an identity). Compressing and decompressing are thread-safe: the dictionary is
// fixed once trained and only read, and copies share it.
class IdentityCompressor
{
public:
    static constexpr int DictionaryBytes = 8192;
    // Fewer samples than this make a poorer trained dictionary than the samples' own bytes.
    static constexpr int TrainedFromSamples = 32;

    // From TrainedFromSamples samples on, a dictionary trained on them; with fewer (or when
    // training fails), their last DictionaryBytes as they are. Without samples, no dictionary.
    void train(const QList<QByteArray> &samples);
    bool isTrained() const { return !m_dictionary.isEmpty(); }
    // The dictionary's bytes (empty before train()).
    QByteArray dictionary() const { return m_dictionary; }

    QList<QByteArray> compress(const QList<QByteArray> &documents) const;
    // Empty when `blob` is not a frame of the kind compress() makes, or claims a size no identity
    // has. There is no checksum (blobs never leave memory): a frame changed afterwards may give
    // other bytes of the same length.
    QByteArray decompress(const QByteArray &blob) const;

private:
    QByteArray m_dictionary;
    std::shared_ptr<const ZSTD_CDict_s> m_compressDictionary;
    std::shared_ptr<const ZSTD_DDict_s> m_decompressDictionary;
};
