// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimOptions.h"

#include <QMutex>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

// The simulator on a thread of its own, as `kratos-desk --demo` runs it: seeding and answering
// requests never take time from the window's thread. The simulator is made, runs and is destroyed
// on that thread.
class SimThread final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimThread)

public:
    explicit SimThread(const SimOptions &options, QObject *parent = nullptr);
    ~SimThread() override;

    // Starts the thread and waits until the simulator listens. The admin URL, or an empty URL and
    // the reason in `error`.
    QUrl startAndWait(QString *error);
    // The same for a thread start()ed earlier: waits until the simulator listens, not until it
    // is seeded; requests sent meanwhile are answered once it is (`--demo` paints its window
    // while the data is made).
    QUrl waitUntilListening(QString *error);
    // Where the simulator serves the public API (valid once startAndWait() succeeded).
    QUrl publicUrl() const { return m_publicUrl; }

protected:
    void run() override;

private:
    SimOptions m_options;
    QMutex m_mutex;
    QWaitCondition m_ready;
    bool m_started = false;
    QUrl m_adminUrl;
    QUrl m_publicUrl;
    QString m_error;
};
