// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinnedListNote.h"

#include <QStringList>

PinnedListNote PinnedListNote::explain(const Facts &f)
{
    if (f.loaded) {
        // Loaded, but the filters over the loaded rows leave it out.
        if (!f.settled)
            return {tr("Not in the list while the filter is being applied…"), false, false};
        QStringList what;
        if (!f.stateFilter.isEmpty())
            what.append(tr("the state filter “%1”").arg(f.stateFilter));
        if (!f.quickFilter.isEmpty())
            what.append(tr("the filter “%1”").arg(f.quickFilter));
        return {tr("Not in the list: hidden by %1.").arg(what.join(tr(" and "))), true, false};
    }
    if (f.loading)
        return {tr("Not in the list yet: the list is loading…"), false, false};
    if (f.loadFailed)
        return {tr("Not in the list: the list could not be loaded."), true, false};
    if (f.searching)
        return {tr("Not in the list: not a result of the search “%1”.").arg(f.searched), true, false};
    if (!f.complete)
        return {tr("Not in the list: not among the %Ln identities loaded so far.", nullptr, f.loadedCount), true,
                false};
    return {tr("Not in the list any more: asking the server…"), false, true};
}
