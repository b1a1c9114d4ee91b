// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryFile>
#include <QUrl>

// kratos-sim as a separate process on a free loopback port, seeded for one benchmark run.
class BenchSimulator
{
public:
    BenchSimulator() { m_log.open(); }
    ~BenchSimulator();
    BenchSimulator(const BenchSimulator &) = delete;
    BenchSimulator &operator=(const BenchSimulator &) = delete;

    bool start(int identities, int messages, int seed, QString *error);
    QUrl adminUrl() const { return m_adminUrl; }
    // Seconds the simulator took to seed (from its log), or -1.
    double seedSeconds() const { return m_seedSeconds; }
    // The simulator's peak resident memory so far (VmHWM), in bytes, or -1.
    double peakResidentBytes() const;

private:
    QProcess m_process;
    QTemporaryFile m_log;
    QUrl m_adminUrl;
    double m_seedSeconds = -1;
};
