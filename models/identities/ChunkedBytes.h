// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Bytes appended to fixed-size chunks instead of one growing buffer: appending never moves what
// is stored, so a million identities' texts grow without the ever longer copy (hundreds of
// milliseconds on the UI thread) that doubling one buffer costs. Copies share the chunks; an
// append after a copy detaches only the last chunk.
class ChunkedBytes
{
public:
    static constexpr qsizetype ChunkBytes = 1 << 20;

    struct Ref
    {
        quint32 chunk = 0;
        quint32 offset = 0;
    };

    // Appends the pieces back to back, in one chunk; returns where they start.
    Ref append(std::initializer_list<QByteArrayView> pieces);
    QByteArrayView view(Ref at, qsizetype length) const
    {
        return QByteArrayView(m_chunks.at(at.chunk).constData() + at.offset, length);
    }
    // The bytes stored from `at` to the end of its chunk.
    qsizetype available(Ref at) const { return m_chunks.at(at.chunk).size() - at.offset; }
    qsizetype bytes() const { return m_bytes; }
    void clear();

private:
    QList<QByteArray> m_chunks;
    qsizetype m_bytes = 0;
};
