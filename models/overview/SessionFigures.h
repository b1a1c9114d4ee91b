// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

struct SessionRow;

// The overview's figures of the active sessions: how many, by assurance level and by the day
// they were authenticated. Fed page by page with the rows AllSessionsModel::preparePage() makes.
struct SessionFigures
{
    int active = 0;
    QMap<QString, int> byAal;       // "aal1", "aal2", …
    QMap<QDate, int> authenticated; // the last `Days` days up to today, every day present
    int older = 0;                  // authenticated before those days

    static constexpr int Days = 14;
    explicit SessionFigures(const QDate &today = QDate::currentDate());
    // Counts the active ones of `sessions`; `utcOffsetSecs` places their times in the operator's days.
    void add(const QList<SessionRow> &sessions, int utcOffsetSecs);

private:
    QDate m_first;
    QDate m_today;
};
