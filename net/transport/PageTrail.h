// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

// The page tokens one listing has followed. A server whose `Link: rel="next"` points back at a
// page already read (or keeps sending empty pages that link onwards) would keep a paging loop
// running without end; every loop over pages asks this before it follows a link.
class PageTrail
{
    Q_DECLARE_TR_FUNCTIONS(PageTrail)

public:
    // Empty pages in a row that may still link onwards before the listing is given up.
    static constexpr int kMaxEmptyPagesInARow = 10;

    // Starts a new listing: nothing followed yet.
    void reset();
    // Records that the page read with `token` (empty for the first) held `items` and links to
    // `next`. A null error when `next` may be followed (or is empty: the listing is complete);
    // otherwise the error to report, and the loop stops.
    ApiError follow(const QString &token, const QString &next, qsizetype items);
    int pagesRead() const { return m_pages; }

private:
    QSet<QString> m_read;
    int m_pages = 0;
    int m_emptyInARow = 0;
};
