// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

struct Session;

// The overview's figures of the active sessions: how many, by assurance level and by the day
// they were authenticated. Fed page by page.
struct SessionFigures
{
    int active = 0;
    QMap<QString, int> byAal;       // "aal1", "aal2", …
    QMap<QDate, int> authenticated; // the last `Days` days up to today, every day present
    int older = 0;                  // authenticated before those days

    static constexpr int Days = 14;
    explicit SessionFigures(const QDate &today = QDate::currentDate());
    // Counts the active ones of `sessions`; `utcOffsetSecs` places their times in the operator's days.
    void add(const QList<Session> &sessions, int utcOffsetSecs);

private:
    QDate m_first;
    QDate m_today;
};
