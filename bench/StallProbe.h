// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

// Measures how long the event loop is blocked: a 5 ms timer notes the gap between its ticks; a
// gap beyond the interval is time the loop could not serve the user.
class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    static constexpr int IntervalMs = 5;

    explicit StallProbe(QObject *parent = nullptr);

    void start();
    void stop();
    // The longest stall seen while running, in milliseconds.
    double maxStallMs() const { return m_maxStallMs; }
    // The stall at or below which `fraction` of the ticks stayed (0.99: p99), in milliseconds.
    double stallPercentileMs(double fraction) const;
    // When (ms after start) each stall longer than `ms` ended, and how long it was.
    QList<QPair<double, double>> stallsOver(double ms) const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_maxStallMs = 0;
    QList<double> m_stalls; // one per tick
    QList<double> m_tickMs; // when each tick came, since start
};
