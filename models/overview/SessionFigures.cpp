// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionFigures.h"

#include "SessionRow.h"

SessionFigures::SessionFigures(const QDate &today)
    : m_first(today.addDays(1 - Days))
    , m_today(today)
{
    for (QDate d = m_first; d <= today; d = d.addDays(1))
        authenticated.insert(d, 0);
}

void SessionFigures::add(const QList<SessionRow> &sessions, int utcOffsetSecs)
{
    for (const SessionRow &s : sessions) {
        if (!s.active)
            continue;
        ++active;
        ++byAal[s.aal.isEmpty() ? QStringLiteral("unknown") : s.aal.toLower()];
        const QDate day = s.authenticatedAt.toUTC().addSecs(utcOffsetSecs).date();
        if (day >= m_first && day <= m_today)
            ++authenticated[day];
        else if (day < m_first)
            ++older;
    }
}
