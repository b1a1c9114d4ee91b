// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityCompressor.h"

#include <zdict.h>
#include <zstd.h>

#include <vector>

namespace {

// The dictionary does most of the work. Level 4 keeps up with the server on the workers and
// keeps about 20 bytes less per identity than level 1 (measured on 100,000 simulator identities:
// 390 against 413 bytes each in all; levels 5 and 6 took 35-40 % longer and saved a byte at most).
constexpr int Level = 4;
// No identity comes near this; a blob claiming more is not one compress() made.
constexpr unsigned long long MaxDocumentBytes = 64ull << 20;

using CompressContext = std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)>;
using DecompressContext = std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)>;

} // namespace

void IdentityCompressor::train(const QList<QByteArray> &samples)
{
    QByteArray all;
    std::vector<size_t> sizes;
    for (const QByteArray &s : samples) {
        all += s;
        sizes.push_back(size_t(s.size()));
    }
    if (all.isEmpty())
        return;
    QByteArray dictionary;
    if (samples.size() >= TrainedFromSamples) {
        dictionary.resize(DictionaryBytes);
        const size_t made = ZDICT_trainFromBuffer(dictionary.data(), size_t(dictionary.size()), all.constData(),
                                                  sizes.data(), unsigned(sizes.size()));
        dictionary = ZDICT_isError(made) ? QByteArray() : dictionary.left(qsizetype(made));
    }
    if (dictionary.isEmpty())
        dictionary = all.right(DictionaryBytes); // the samples' own bytes, most typical last
    m_dictionary = dictionary;
    // Null when zstd cannot use the bytes: then both directions go without a dictionary.
    m_compressDictionary.reset(ZSTD_createCDict(m_dictionary.constData(), size_t(m_dictionary.size()), Level),
                               [](const ZSTD_CDict *d) { ZSTD_freeCDict(const_cast<ZSTD_CDict *>(d)); });
    m_decompressDictionary.reset(ZSTD_createDDict(m_dictionary.constData(), size_t(m_dictionary.size())),
                                 [](const ZSTD_DDict *d) { ZSTD_freeDDict(const_cast<ZSTD_DDict *>(d)); });
    if (!m_compressDictionary || !m_decompressDictionary) {
        m_compressDictionary.reset();
        m_decompressDictionary.reset();
    }
}

QList<QByteArray> IdentityCompressor::compress(const QList<QByteArray> &documents) const
{
    QList<QByteArray> out;
    out.reserve(documents.size());
    const CompressContext context(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    if (!context)
        return out;
    if (m_compressDictionary)
        ZSTD_CCtx_refCDict(context.get(), m_compressDictionary.get());
    else
        ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, Level);
    ZSTD_CCtx_setParameter(context.get(), ZSTD_c_dictIDFlag, 0); // one dictionary per list: 4 bytes saved
    QByteArray buffer;
    for (const QByteArray &document : documents) {
        buffer.resize(qsizetype(ZSTD_compressBound(size_t(document.size()))));
        const size_t written = ZSTD_compress2(context.get(), buffer.data(), size_t(buffer.size()), document.constData(),
                                              size_t(document.size()));
        out.append(ZSTD_isError(written) ? QByteArray() : QByteArray(buffer.constData(), qsizetype(written)));
    }
    return out;
}

QByteArray IdentityCompressor::decompress(const QByteArray &blob) const
{
    if (blob.isEmpty())
        return QByteArray();
    const unsigned long long size = ZSTD_getFrameContentSize(blob.constData(), size_t(blob.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > MaxDocumentBytes)
        return QByteArray();
    // One context per thread: the UI thread rebuilds identities one at a time, often.
    thread_local const DecompressContext context(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    if (!context)
        return QByteArray();
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t written =
        m_decompressDictionary
            ? ZSTD_decompress_usingDDict(context.get(), out.data(), size_t(out.size()), blob.constData(),
                                         size_t(blob.size()), m_decompressDictionary.get())
            : ZSTD_decompressDCtx(context.get(), out.data(), size_t(out.size()), blob.constData(), size_t(blob.size()));
    if (ZSTD_isError(written) || written != size)
        return QByteArray();
    return out;
}
