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
constexpr long BlockBytes = 32;
inline Block load(const char *p)
{
    return _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
}
inline Block splat(char c)
{
    return _mm256_set1_epi8(c);
}
inline unsigned equal(Block a, Block b)
{
    return unsigned(_mm256_movemask_epi8(_mm256_cmpeq_epi8(a, b)));
}
inline unsigned both(Block a, Block x, Block b, Block y)
{
    return unsigned(_mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(a, x), _mm256_cmpeq_epi8(b, y))));
}
// One byte-wide counter per place: +1 where `a` holds `c`.
inline Block count(Block counters, Block a, Block c)
{
    return _mm256_sub_epi8(counters, _mm256_cmpeq_epi8(a, c));
}
inline int sum(Block counters)
{
    const __m256i quarters = _mm256_sad_epu8(counters, _mm256_setzero_si256());
    const __m128i halves = _mm_add_epi64(_mm256_castsi256_si128(quarters), _mm256_extracti128_si256(quarters, 1));
    return _mm_cvtsi128_si32(halves) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(halves, halves));
}
#define KD_ROW_TEXT_BLOCKS 1
#elif defined(__SSE2__)
using Block = __m128i;
constexpr long BlockBytes = 16;
inline Block load(const char *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}
inline Block splat(char c)
{
    return _mm_set1_epi8(c);
}
inline unsigned equal(Block a, Block b)
{
    return unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(a, b)));
}
inline unsigned both(Block a, Block x, Block b, Block y)
{
    return unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, x), _mm_cmpeq_epi8(b, y))));
}
inline Block count(Block counters, Block a, Block c)
{
    return _mm_sub_epi8(counters, _mm_cmpeq_epi8(a, c));
}
inline int sum(Block counters)
{
    const __m128i halves = _mm_sad_epu8(counters, _mm_setzero_si128());
    return _mm_cvtsi128_si32(halves) + _mm_cvtsi128_si32(_mm_unpackhi_epi64(halves, halves));
}
#define KD_ROW_TEXT_BLOCKS 1
#endif

// The byte after the first '\0' from `p` on (the end of a row's text), or `end`.
const char *afterRowEnd(const char *p, const char *end)
{
#if defined(KD_ROW_TEXT_BLOCKS)
    const Block zero = splat('\0');
    for (; end - p >= BlockBytes; p += BlockBytes)
        if (const unsigned ends = equal(load(p), zero); ends != 0)
            return p + __builtin_ctz(ends) + 1;
#endif
    const auto *rowEnd = static_cast<const char *>(std::memchr(p, '\0', size_t(end - p)));
    return rowEnd ? rowEnd + 1 : end;
}

// The rows from `p` on (the first being `row`) that contain the needle, without blocks.
void flagRowsOneByOne(const char *p, const char *end, int row, std::string_view needle, RowBits *out)
{
    const std::string_view text(p, size_t(end - p));
    for (size_t at = text.find(needle); at != std::string_view::npos; at = text.find(needle, at)) {
        row += int(std::count(p, text.data() + at, '\0'));
        out->set(row++);
        p = afterRowEnd(text.data() + at, end);
        at = size_t(p - text.data());
    }
}

// What RowTextScan::flagRows says. Blocks are tried for the needle's first and last byte at
// every place at once, and only where both match is the rest compared. The row ends ('\0')
// passed are counted in the same blocks, in one byte-wide counter per place, which says which
// row a hit falls in; after a hit the scan goes on at the next row.
void flagRowsContaining(const char *text, const char *end, int firstRow, std::string_view needle, RowBits *out)
{
    const long k = long(needle.size());
    const char *p = text;
    int row = firstRow; // the row that starts where the counting started
#if defined(KD_ROW_TEXT_BLOCKS)
    const Block first = splat(needle.front());
    const Block last = splat(needle.back());
    const Block zero = splat('\0');
    Block ends = zero; // row ends seen at each place since the counting started
    int blocks = 0;
    while (end - p >= k - 1 + BlockBytes) {
        const Block a = load(p);
        unsigned candidates = both(a, first, load(p + k - 1), last);
        while (candidates != 0 && k > 2 &&
               std::memcmp(p + __builtin_ctz(candidates) + 1, needle.data() + 1, size_t(k - 2)) != 0)
            candidates &= candidates - 1;
        if (candidates != 0) {
            const int bit = __builtin_ctz(candidates);
            const unsigned endsHere = equal(a, zero);
            for (unsigned before = endsHere & ((1u << bit) - 1); before != 0; before &= before - 1)
                ++row;
            row += sum(ends);
            ends = zero;
            blocks = 0;
            out->set(row++);
            // On after the hit's row: mostly it ends in this block or the next few.
            const unsigned after = endsHere & ~((2u << bit) - 1);
            p = after != 0 ? p + __builtin_ctz(after) + 1 : afterRowEnd(p + BlockBytes, end);
            continue;
        }
        ends = count(ends, a, zero);
        p += BlockBytes;
        if (++blocks == 255) { // before a byte-wide counter can overflow
            row += sum(ends);
            ends = zero;
            blocks = 0;
        }
    }
    row += sum(ends);
#endif
    flagRowsOneByOne(p, end, row, needle, out);
}

} // namespace
