// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppIcons.h"

#include "TintedIconEngine.h"

namespace {

struct Entry
{
    const char *theme; // freedesktop icon naming specification
    const char *file;
};

Entry entry(AppIcons::Name name)
{
    switch (name) {
    case AppIcons::Name::Overview:
        return {"utilities-system-monitor", "overview"};
    case AppIcons::Name::Identities:
        return {"system-users", "identities"};
    case AppIcons::Name::Sessions:
        return {"computer", "sessions"};
    case AppIcons::Name::Courier:
        return {"mail-message", "courier"};
    case AppIcons::Name::Schemas:
        return {"view-list-tree", "schemas"};
    case AppIcons::Name::Profiles:
        return {"network-server", "profiles"};
    case AppIcons::Name::Audit:
        return {"document-open-recent", "audit"};
    case AppIcons::Name::Settings:
        return {"preferences-system", "settings"};
    }
    return {"", ""};
}

} // namespace

QIcon AppIcons::fallback(Name name)
{
    return QIcon(new TintedIconEngine(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(entry(name).file))));
}

QIcon AppIcons::icon(Name name)
{
    return QIcon::fromTheme(QLatin1String(entry(name).theme), fallback(name));
}
