// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentToken.h"

#include <cstdlib>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace EnvironmentToken {

QString take()
{
    static const char name[] = "KRATOS_ADMIN_TOKEN";
    const char *value = std::getenv(name);
    if (!value)
        return QString();
    QString token = QString::fromUtf8(value);
#if defined(Q_OS_UNIX)
    // The strings environ points at are, at start, the block the kernel shows as environ.
    const size_t prefix = sizeof(name) - 1;
    for (char **entry = environ; entry && *entry; ++entry) {
        if (std::strncmp(*entry, name, prefix) == 0 && (*entry)[prefix] == '=') {
            char *v = *entry + prefix + 1;
            std::memset(v, 'x', std::strlen(v));
        }
    }
    unsetenv(name);
#endif
    return token;
}

} // namespace EnvironmentToken
