// SPDX-License-Identifier: GPL-3.0-or-later
#include "StallProbe.h"

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
}
