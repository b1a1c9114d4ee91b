// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreedMemoryWipe.h"

#include <cstdlib> // defines __GLIBC__ on glibc
#include <cstring>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace FreedMemoryWipe {

namespace {
bool s_engaged = false;
}

void engage()
{
#if defined(__GLIBC__)
    if (!s_engaged)
        s_engaged = mallopt(M_PERTURB, 0x5a) == 1;
#endif
}

bool engaged()
{
    return s_engaged;
}

void scrubThisThread()
{
#if defined(__GLIBC__)
    if (!s_engaged)
        return;
    // glibc's tcache: 64 size classes of 16 bytes up to 1032, 7 blocks each by default. Taking
    // more than it holds per class reaches every cached block; the rest come from the heap.
    constexpr size_t kLargest = 1032;
    constexpr int kPerClass = 16;
    std::vector<void *> blocks;
    blocks.reserve((kLargest / 16 + 1) * kPerClass);
    for (size_t size = 8; size <= kLargest; size += 16) {
        for (int i = 0; i < kPerClass; ++i) {
            void *block = std::malloc(size);
            if (!block)
                continue;
            std::memset(block, 0, malloc_usable_size(block));
            blocks.push_back(block);
        }
    }
    for (void *block : blocks)
        std::free(block);
#endif
}

} // namespace FreedMemoryWipe
