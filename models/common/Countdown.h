// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTimer;

// Seconds counted down once a second, as a wait Kratos asked for (429 Retry-After) is waited out:
// ticked() with the seconds left while there are some, then done(). Stopping says done() too.
class Countdown final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Countdown)

public:
    explicit Countdown(QObject *parent = nullptr);

    // Starts over from `seconds`; ticked(seconds) at once, or done() at once for 0.
    void start(int seconds);
    // Ends a countdown that runs: done() without waiting longer.
    void stop();
    bool isRunning() const { return m_left >= 0; }
    int secondsLeft() const { return m_left; } // -1 when not running

Q_SIGNALS:
    void ticked(int secondsLeft);
    void done();

private:
    void tick();

    QTimer *m_timer;
    int m_left = -1;
};
