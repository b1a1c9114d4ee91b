// SPDX-License-Identifier: GPL-3.0-or-later
// The body of RowTextScan, included by RowTextScan.cpp (SSE2 or no vectors) and by
// RowTextScanAvx2.cpp (compiled with AVX2). Everything here has internal linkage, so that the
// two translation units' copies, made for different processors, never stand in for each other.
#pragma once

#include "RowBits.h"

#include <algorithm>
#include <cstring>
#include <string_view>

#if defined(__AVX2__) || defined(__SSE2__)
#include <immintrin.h>
#endif

namespace {

#if defined(__AVX2__)
using Block = __m256i;
using Mask = quint32; // one bit per place of a block
constexpr int BlockBytes = 32;
inline Block load(const char *p)
{
    return _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
}
inline Block splat(char c)
{
    return _mm256_set1_epi8(c);
}
inline Block same(Block a, Block b)
{
    return _mm256_cmpeq_epi8(a, b);
}
inline Block both(Block a, Block b)
{
    return _mm256_and_si256(a, b);
}
inline Mask mask(Block a)
{
    return Mask(_mm256_movemask_epi8(a));
}
#define KD_ROW_TEXT_BLOCKS 1
#elif defined(__SSE2__)
using Block = __m128i;
using Mask = quint32;
constexpr int BlockBytes = 16;
inline Block load(const char *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}
inline Block splat(char c)
{
    return _mm_set1_epi8(c);
}
inline Block same(Block a, Block b)
{
    return _mm_cmpeq_epi8(a, b);
}
inline Block both(Block a, Block b)
{
    return _mm_and_si128(a, b);
}
inline Mask mask(Block a)
{
    return Mask(_mm_movemask_epi8(a));
}
#define KD_ROW_TEXT_BLOCKS 1
#endif

// The rows from `p` on (the first being `row`) that contain the needle, without blocks.
void flagRowsOneByOne(const char *p, const char *end, int row, std::string_view needle, RowBits *out)
{
    const std::string_view text(p, size_t(end - p));
    size_t rowStart = 0;
    for (size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, rowStart)) {
        row += int(std::count(text.data() + rowStart, text.data() + at, '\0'));
        out->set(row++);
        const size_t rowEnd = text.find('\0', at);
        if (rowEnd == std::string_view::npos)
            break;
        rowStart = rowEnd + 1;
    }
}

// What RowTextScan::flagRows says, without a branch per hit: a million rows that nearly all
// match cost no more than a few that do.
// Each block compares the needle's first two and last two bytes at every place at once (for up
// to four bytes, the whole needle; the middle of a longer one is compared where those match).
// That gives the places where a hit starts, H, beside the row ends ('\0'), E. Adding H to the
// places that are not row ends, ~E, sends a carry from each hit up through its row to the row's
// end: the ends in (~E + H) & E are exactly those of rows with a hit, and a carry out of the
// block goes into the next one (the row goes on there). Which row each such end closes is the
// count of ends before it.
void flagRowsContaining(const char *text, const char *end, int firstRow, std::string_view needle, RowBits *out)
{
    const long k = long(needle.size());
    const char *p = text;
    int row = firstRow; // the row `p` is in
#if defined(KD_ROW_TEXT_BLOCKS)
    const long second = k > 1 ? 1 : 0;
    const long penultimate = k > 2 ? k - 2 : 0;
    const Block b0 = splat(needle[0]);
    const Block b1 = splat(needle[size_t(second)]);
    const Block b2 = splat(needle[size_t(penultimate)]);
    const Block b3 = splat(needle[size_t(k - 1)]);
    const Block zero = splat('\0');
    constexpr quint64 everyPlace = (quint64(1) << BlockBytes) - 1;
    quint64 carry = 0; // 1: the row going on at `p` has a hit already
    while (end - p >= k - 1 + BlockBytes) {
        const Block a = load(p);
        Mask hits = mask(both(both(same(a, b0), same(load(p + second), b1)),
                              both(same(load(p + penultimate), b2), same(load(p + k - 1), b3))));
        if (k > 4) {
            for (Mask candidates = hits; candidates != 0; candidates &= candidates - 1) {
                const int place = __builtin_ctz(candidates);
                if (std::memcmp(p + place + 2, needle.data() + 2, size_t(k - 4)) != 0)
                    hits &= ~(Mask(1) << place);
            }
        }
        const Mask ends = mask(same(a, zero));
        const quint64 sum = (~quint64(ends) & everyPlace) + hits + carry;
        carry = sum >> BlockBytes;
        for (Mask closed = Mask(sum) & ends; closed != 0; closed &= closed - 1) {
            const Mask before = (Mask(1) << __builtin_ctz(closed)) - 1;
            out->set(row + __builtin_popcount(ends & before));
        }
        row += __builtin_popcount(ends);
        p += BlockBytes;
    }
    if (carry != 0)
        out->set(row);
#endif
    flagRowsOneByOne(p, end, row, needle, out);
}

} // namespace
