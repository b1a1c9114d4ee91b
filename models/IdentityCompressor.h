// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

// Packs identity JSON small enough to hold 100,000 identities in a few dozen megabytes: raw
// deflate with a preset dictionary made of sample identities from the same server, so the keys
// and shapes every identity repeats cost almost nothing. Compressing is thread-safe (no state
// is shared); the dictionary is fixed once trained.
class IdentityCompressor
{
public:
    static constexpr int DictionaryBytes = 4096;

    // The last DictionaryBytes of the samples, most typical last. Without samples, no dictionary.
    void train(const QList<QByteArray> &samples);
    bool isTrained() const { return !m_dictionary.isEmpty(); }

    QList<QByteArray> compress(const QList<QByteArray> &documents) const;
    // Empty when `blob` is not something compress() made with this dictionary.
    QByteArray decompress(const QByteArray &blob) const;

private:
    QByteArray m_dictionary;
};
