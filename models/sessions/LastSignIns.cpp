// SPDX-License-Identifier: GPL-3.0-or-later
#include "LastSignIns.h"

std::shared_ptr<const LastSignIns> LastSignIns::fromRows(const QList<SessionRow> &rows, const QDateTime &readAt)
{
    auto made = std::make_shared<LastSignIns>();
    made->m_readAt = readAt;
    made->m_sessions = int(rows.size());
    made->m_latest.reserve(rows.size());
    for (const SessionRow &row : rows) {
        const QDateTime at = row.authenticatedAt.isValid() ? row.authenticatedAt : row.issuedAt;
        if (row.identityId.isEmpty() || !at.isValid())
            continue;
        const qint64 ms = at.toMSecsSinceEpoch();
        auto it = made->m_latest.find(row.identityId);
        if (it == made->m_latest.end())
            made->m_latest.insert(row.identityId, ms);
        else if (ms > it.value())
            it.value() = ms;
    }
    return made;
}
