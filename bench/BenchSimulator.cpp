// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchSimulator.h"

#include <QElapsedTimer>
#include <QRegularExpression>

bool BenchSimulator::start(int identities, int messages, int seed, QString *error)
{
    m_process.setProgram(QStringLiteral(KD_SIM_PATH));
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--identities"),
                            QString::number(identities), QStringLiteral("--messages"), QString::number(messages),
                            QStringLiteral("--seed"), QString::number(seed)});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
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
            return true;
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    *error =
        QStringLiteral("kratos-sim did not report its address: ") + QString::fromUtf8(m_process.readAllStandardError());
    return false;
}

BenchSimulator::~BenchSimulator()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}
