// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageTrail.h"

void PageTrail::reset()
{
    m_read.clear();
    m_pages = 0;
    m_emptyInARow = 0;
}

ApiError PageTrail::follow(const QString &token, const QString &next, qsizetype items)
{
    m_read.insert(token);
    ++m_pages;
    m_emptyInARow = items == 0 ? m_emptyInARow + 1 : 0;
    if (next.isEmpty())
        return {};
    if (m_read.contains(next))
        return ApiError(ApiError::Kind::Malformed,
                        tr("its next page (token %1) is one already read, after %Ln pages; the list was not read "
                           "further",
                           nullptr, m_pages)
                            .arg(next.left(40)));
    if (m_emptyInARow >= kMaxEmptyPagesInARow)
        return ApiError(ApiError::Kind::Malformed,
                        tr("%Ln empty pages in a row still link to a next one; the list was not read further", nullptr,
                           m_emptyInARow));
    return {};
}
