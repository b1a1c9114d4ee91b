// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChunkedBytes.h"

ChunkedBytes::Ref ChunkedBytes::append(std::initializer_list<QByteArrayView> pieces)
{
    qsizetype length = 0;
    for (const QByteArrayView piece : pieces)
        length += piece.size();
    if (m_chunks.isEmpty() || m_chunks.constLast().size() + length > m_chunks.constLast().capacity()) {
        QByteArray chunk;
        chunk.reserve(qMax(ChunkBytes, length)); // an entry longer than a chunk gets one of its own
        m_chunks.append(chunk);
    }
    QByteArray &last = m_chunks.last();
    const Ref at{quint32(m_chunks.size() - 1), quint32(last.size())};
    for (const QByteArrayView piece : pieces)
        last.append(piece);
    m_bytes += length;
    return at;
}

void ChunkedBytes::clear()
{
    m_chunks.clear();
    m_chunks.squeeze();
    m_bytes = 0;
}
