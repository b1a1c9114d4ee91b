// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallProbe.h"

#include <algorithm>

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start()
{
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_stalls.clear();
    m_tickMs.clear();
    m_maxStallMs = 0;
    m_timer.start();
}

void StallProbe::stop()
{
    tick();
    m_timer.stop();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double gapMs = double(now - m_last) / 1e6;
    m_last = now;
    m_maxStallMs = qMax(m_maxStallMs, gapMs - IntervalMs);
    m_stalls.append(qMax(0.0, gapMs - IntervalMs));
    m_tickMs.append(double(now) / 1e6);
}

QList<QPair<double, double>> StallProbe::stallsOver(double ms) const
{
    QList<QPair<double, double>> out;
    for (qsizetype i = 0; i < m_stalls.size(); ++i) {
        if (m_stalls.at(i) > ms)
            out.append({m_tickMs.at(i), m_stalls.at(i)});
    }
    return out;
}

double StallProbe::stallPercentileMs(double fraction) const
{
    if (m_stalls.isEmpty())
        return 0;
    QList<double> sorted = m_stalls;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(qMin(sorted.size() - 1, qsizetype(fraction * double(sorted.size()))));
}
