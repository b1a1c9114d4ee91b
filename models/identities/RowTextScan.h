// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowBits.h"

#include <string_view>

// Finds which rows of a text contain a needle, for the quick filter over a million identities.
// The text is the texts of consecutive rows back to back, each ending in '\0' (see
// IdentityStore). One pass over the bytes and none over the rows: blocks of 16 bytes (SSE2) or
// 32 (AVX2, where the processor has it) are tried at once.
class RowTextScan
{
public:
    // Flags in `rows` every row of [text, end) that contains `needle`; the text starts with row
    // `firstRow`. `needle` is not empty and has no '\0'.
    static void flagRows(const char *text, const char *end, int firstRow, std::string_view needle, RowBits *rows);
    // The same with the blocks given (for tests): AVX2 only where the processor has it, else SSE2;
    // SSE2 only where the build has it, else none.
    enum class Blocks
    {
        None,
        Sse2,
        Avx2
    };
    static void flagRows(Blocks blocks, const char *text, const char *end, int firstRow, std::string_view needle,
                         RowBits *rows);
    // The widest blocks this build and processor can use.
    static Blocks best();

private:
    static void flagRowsAvx2(const char *text, const char *end, int firstRow, std::string_view needle, RowBits *rows);
};
