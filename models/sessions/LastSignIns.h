// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionRow.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <limits>
#include <memory>

// When each identity last signed in, as far as the sessions Kratos still has tell: the newest
// authentication time among every session read (active, expired and revoked alike). Made once
// from a whole session list and not changed after, so workers can share it. An identity with no
// session here may have signed in before its sessions were cleaned up: "none kept", not "never".
class LastSignIns
{
public:
    static constexpr qint64 None = std::numeric_limits<qint64>::min();

    // From `rows`, the whole list of the server's sessions, read at `readAt`.
    static std::shared_ptr<const LastSignIns> fromRows(const QList<SessionRow> &rows, const QDateTime &readAt);

    // Milliseconds since the epoch (UTC), or None.
    qint64 latestMs(const QString &identityId) const { return m_latest.value(identityId, None); }
    QDateTime readAt() const { return m_readAt; }
    int sessions() const { return m_sessions; }

private:
    QHash<QString, qint64> m_latest;
    QDateTime m_readAt;
    int m_sessions = 0;
};
