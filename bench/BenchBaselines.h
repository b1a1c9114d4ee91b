// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QUrl>

// What the benchmarks compare with: the same work done by plain tools (curl from a shell) against
// the same simulator, and the app's own start-up as a separate process.
class BenchBaselines
{
public:
    // One curl per page, one after another, following rel="next" as a shell user would.
    static double curlLoadAllSeconds(const QUrl &admin, int pageSize);
    // `xargs -P 6` running one `curl -X PATCH` per identity.
    static double curlBulkDeactivateSeconds(const QUrl &admin, const QStringList &ids);
    // From process start to the first paint of the main window, on the demo profile, offscreen
    // (the median of three runs, or -1).
    static double startupMs();

private:
    static double runShell(const QString &script, const QStringList &args);
};
