// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowTextScan.h"

#include "RowTextScanKernel.h"

RowTextScan::Blocks RowTextScan::best()
{
#if defined(KD_ROW_TEXT_AVX2)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2)
        return Blocks::Avx2;
#endif
#if defined(KD_ROW_TEXT_BLOCKS)
    return Blocks::Sse2;
#else
    return Blocks::None;
#endif
}

void RowTextScan::flagRows(const char *text, const char *end, int firstRow, std::string_view needle, RowBits *rows)
{
    flagRows(best(), text, end, firstRow, needle, rows);
}

void RowTextScan::flagRows(Blocks blocks, const char *text, const char *end, int firstRow, std::string_view needle,
                           RowBits *rows)
{
#if defined(KD_ROW_TEXT_AVX2)
    if (blocks == Blocks::Avx2 && best() == Blocks::Avx2) {
        flagRowsAvx2(text, end, firstRow, needle, rows);
        return;
    }
#endif
    if (blocks == Blocks::None)
        flagRowsOneByOne(text, end, firstRow, needle, rows);
    else
        flagRowsContaining(text, end, firstRow, needle, rows); // SSE2 where the build has it
}
