// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>

// The reason an action class holds for the next change it starts. The change takes it, so a
// later change made without asking again has none (and is refused where a reason is required)
// instead of carrying an earlier one into the trail.
class NextReason
{
public:
    void set(const QString &reason) { m_reason = reason; }
    QString take() { return std::exchange(m_reason, QString()); }

private:
    QString m_reason;
};
