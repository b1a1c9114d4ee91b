// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

// kratos-sim as a separate process on a free loopback port, seeded for one benchmark run.
class BenchSimulator
{
public:
    BenchSimulator() = default;
    ~BenchSimulator();
    BenchSimulator(const BenchSimulator &) = delete;
    BenchSimulator &operator=(const BenchSimulator &) = delete;

    bool start(int identities, int messages, int seed, QString *error);
    QUrl adminUrl() const { return m_adminUrl; }

private:
    QProcess m_process;
    QUrl m_adminUrl;
};
