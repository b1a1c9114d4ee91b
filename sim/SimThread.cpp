// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimThread.h"

#include "KratosSimulator.h"

SimThread::SimThread(const SimOptions &options, QObject *parent)
    : QThread(parent)
    , m_options(options)
{
    setObjectName(QStringLiteral("kratos-sim"));
}

SimThread::~SimThread()
{
    quit();
    wait();
}

QUrl SimThread::startAndWait(QString *error)
{
    start();
    return waitUntilListening(error);
}

QUrl SimThread::waitUntilListening(QString *error)
{
    QMutexLocker lock(&m_mutex);
    while (!m_started)
        m_ready.wait(&m_mutex);
    if (error)
        *error = m_error;
    return m_adminUrl;
}

void SimThread::run()
{
    KratosSimulator simulator(m_options);
    QString error;
    const auto tell = [&](bool listening) {
        {
            QMutexLocker lock(&m_mutex);
            m_adminUrl = listening ? simulator.adminUrl() : QUrl();
            m_publicUrl = listening ? simulator.publicUrl() : QUrl();
            m_error = error;
            m_started = true;
        }
        m_ready.wakeAll();
    };
    // start() fails only before it listens.
    const bool started = simulator.start(&error, [&tell] { tell(true); });
    if (!started)
        tell(false);
    if (started)
        exec();
}
