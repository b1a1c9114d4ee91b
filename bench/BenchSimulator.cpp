// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSimulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

bool BenchSimulator::start(int identities, int messages, int seed, QString *error)
{
    m_process.setProgram(QStringLiteral(KD_SIM_PATH));
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--identities"),
                            QString::number(identities), QStringLiteral("--messages"), QString::number(messages),
                            QStringLiteral("--seed"), QString::number(seed)});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(m_log.fileName()); // its log says how long seeding took
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("kratos-sim did not start: ") + m_process.errorString();
        return false;
    }
    static const QRegularExpression admin(QStringLiteral("admin (http://[^ \\n]+)"));
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 600000) {
        m_process.waitForReadyRead(1000);
        out += m_process.readAllStandardOutput();
        const auto m = admin.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_adminUrl = QUrl(m.captured(1));
            static const QRegularExpression seeded(QStringLiteral("seeded .* in (\\d+) ms"));
            QFile log(m_log.fileName());
            if (log.open(QIODevice::ReadOnly)) {
                const auto s = seeded.match(QString::fromUtf8(log.readAll()));
                if (s.hasMatch())
                    m_seedSeconds = s.captured(1).toDouble() / 1000.0;
            }
            return true;
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    *error = QStringLiteral("kratos-sim did not report its address");
    return false;
}

double BenchSimulator::peakResidentBytes() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const auto m = hwm.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toDouble() * 1024.0 : -1;
}

BenchSimulator::~BenchSimulator()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}
