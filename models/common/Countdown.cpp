// SPDX-License-Identifier: GPL-3.0-or-later
#include "Countdown.h"

#include <QTimer>

Countdown::Countdown(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &Countdown::tick);
}

void Countdown::start(int seconds)
{
    m_left = std::max(seconds, 0) + 1;
    m_timer->start();
    tick();
}

void Countdown::stop()
{
    if (!isRunning())
        return;
    m_left = 1;
    tick();
}

void Countdown::tick()
{
    if (m_left > 0)
        --m_left;
    if (m_left > 0) {
        Q_EMIT ticked(m_left);
        return;
    }
    m_timer->stop();
    m_left = -1;
    Q_EMIT done();
}
