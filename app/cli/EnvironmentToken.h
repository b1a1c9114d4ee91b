// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// KRATOS_ADMIN_TOKEN for --admin-url, taken out of the process environment: the value is read
// once, overwritten where the kernel shows it (/proc/<pid>/environ) and the variable unset, so
// that neither another process of the user nor a crash report finds it there.
namespace EnvironmentToken {
QString take();
} // namespace EnvironmentToken
