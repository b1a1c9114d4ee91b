// SPDX-License-Identifier: GPL-3.0-or-later
// RowTextScan's body built for processors with AVX2: this file alone is compiled with -mavx2, and
// RowTextScan::flagRows calls it only where the processor says it has AVX2.
#include "RowTextScan.h"

#include "RowTextScanKernel.h"

void RowTextScan::flagRowsAvx2(const char *text, const char *end, int firstRow, std::string_view needle, RowBits *rows)
{
    flagRowsContaining(text, end, firstRow, needle, rows);
}
