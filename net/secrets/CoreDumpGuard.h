// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keeps a loaded admin token out of core files and debugger attaches by other users: the
// process is made non-dumpable (Linux: PR_SET_DUMPABLE 0, core size limit 0) as soon as a token
// is loaded, and stays so for the rest of its life. Elsewhere it does nothing.
namespace CoreDumpGuard {

void engage();
// Whether the process may currently write a core file (false after engage() on Linux).
bool dumpable();

} // namespace CoreDumpGuard
