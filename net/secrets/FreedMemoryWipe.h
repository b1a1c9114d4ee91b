// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Once an admin token is loaded, every block the process frees is overwritten before the
// allocator reuses it (glibc's M_PERTURB). Qt copies the token into request headers and socket
// buffers the app cannot reach; wiping on free leaves no readable copy behind once they are
// released. glibc skips the wipe for small blocks it keeps in a per-thread cache (tcache), so
// scrubThisThread() takes those blocks, zeroes them and gives them back; closing a profile calls
// it. Costs a memset per free and per allocation; does nothing outside glibc or under a
// sanitizer's allocator.
namespace FreedMemoryWipe {
void engage();
bool engaged();
// Zeroes the small freed blocks the calling thread's allocator cache still holds.
void scrubThisThread();
} // namespace FreedMemoryWipe
