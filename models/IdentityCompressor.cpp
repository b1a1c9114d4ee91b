// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityCompressor.h"

#include <zlib.h>

namespace {

constexpr int WindowBits = 12; // 4 KiB: the dictionary's size; negative below for raw deflate
constexpr int MemLevel = 8;
constexpr int Level = Z_BEST_SPEED; // the dictionary does most of the work; speed keeps up with the server

} // namespace

void IdentityCompressor::train(const QList<QByteArray> &samples)
{
    QByteArray all;
    for (const QByteArray &s : samples)
        all += s;
    m_dictionary = all.right(DictionaryBytes);
}

QList<QByteArray> IdentityCompressor::compress(const QList<QByteArray> &documents) const
{
    QList<QByteArray> out;
    out.reserve(documents.size());
    z_stream stream{};
    if (deflateInit2(&stream, Level, Z_DEFLATED, -WindowBits, MemLevel, Z_DEFAULT_STRATEGY) != Z_OK)
        return out;
    QByteArray buffer;
    for (const QByteArray &document : documents) {
        deflateReset(&stream);
        if (!m_dictionary.isEmpty())
            deflateSetDictionary(&stream, reinterpret_cast<const Bytef *>(m_dictionary.constData()),
                                 uInt(m_dictionary.size()));
        buffer.resize(qsizetype(deflateBound(&stream, uLong(document.size()))));
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(document.constData()));
        stream.avail_in = uInt(document.size());
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        if (deflate(&stream, Z_FINISH) != Z_STREAM_END) {
            out.append(QByteArray());
            continue;
        }
        out.append(QByteArray(buffer.constData(), qsizetype(stream.total_out))); // an exact-size copy
    }
    deflateEnd(&stream);
    return out;
}

QByteArray IdentityCompressor::decompress(const QByteArray &blob) const
{
    z_stream stream{};
    if (blob.isEmpty() || inflateInit2(&stream, -WindowBits) != Z_OK)
        return QByteArray();
    if (!m_dictionary.isEmpty() &&
        inflateSetDictionary(&stream, reinterpret_cast<const Bytef *>(m_dictionary.constData()),
                             uInt(m_dictionary.size())) != Z_OK) {
        inflateEnd(&stream);
        return QByteArray();
    }
    QByteArray out(blob.size() * 6 + 256, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(blob.constData()));
    stream.avail_in = uInt(blob.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + stream.total_out);
        stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
        rc = inflate(&stream, Z_FINISH);
        if (rc == Z_BUF_ERROR && stream.avail_out == 0) {
            out.resize(out.size() * 2);
            rc = Z_OK;
        }
    }
    const bool ok = rc == Z_STREAM_END;
    out.resize(ok ? qsizetype(stream.total_out) : 0);
    inflateEnd(&stream);
    return out;
}
