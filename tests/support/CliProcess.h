// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace TestSupport {

// `kratos-sim` as its own process, for tests that block on another process (the command line):
// started with `arguments` on free ports; adminUrl() and publicUrl() once it listens.
class SimProcess
{
public:
    explicit SimProcess(const QStringList &arguments)
    {
        m_process.setProgram(QStringLiteral(KD_SIM_EXE));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                           QStringLiteral("--public-port"), QStringLiteral("0")} +
                               arguments);
        m_process.setStandardErrorFile(QProcess::nullDevice()); // its request log would fill a pipe
        m_process.start();
        static const QRegularExpression listening(QStringLiteral("admin (\\S+)\\s+public (\\S+)"));
        QByteArray out;
        while (m_process.waitForReadyRead(120000)) {
            out += m_process.readAllStandardOutput();
            const QRegularExpressionMatch m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch()) {
                m_admin = m.captured(1);
                m_public = m.captured(2);
                return;
            }
        }
        qFatal("kratos-sim did not start: %s", out.constData());
    }
    ~SimProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    Q_DISABLE_COPY_MOVE(SimProcess)
    QString adminUrl() const { return m_admin; }
    QString publicUrl() const { return m_public; }

private:
    QProcess m_process;
    QString m_admin;
    QString m_public;
};

// What one run of `kratos-desk …` gave.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 peakRssKb = 0; // VmHWM as last read while it ran (when asked for)
};

// `kratos-desk` run as a user would from a terminal-less script: its own HOME (settings, audit
// trail), no display, the given environment additions and stdin.
class Cli
{
public:
    Cli()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral(".config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral(".local/share")));
        m_env.remove(QStringLiteral("DISPLAY"));
        m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        m_env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        m_env.remove(QStringLiteral("KRATOS_ADMIN_TOKEN"));
    }
    QString home() const { return m_home.path(); }
    QProcessEnvironment &environment() { return m_env; }
    // The audit trail folder the command line and the window share.
    QString auditDir() const { return m_home.filePath(QStringLiteral(".local/share/kratos-desk/kratos-desk/audit")); }

    CliRun run(const QStringList &arguments, const QByteArray &input = {}, const QProcessEnvironment &extra = {},
               bool watchMemory = false, const QString &stdoutFile = {}) const
    {
        QProcess p;
        QProcessEnvironment env = m_env;
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_home.path());
        if (!stdoutFile.isEmpty())
            p.setStandardOutputFile(stdoutFile);
        p.start(QStringLiteral(KD_DESK_EXE), arguments);
        CliRun run;
        if (!p.waitForStarted())
            return run;
        p.write(input);
        p.closeWriteChannel();
        QFile status(QStringLiteral("/proc/%1/status").arg(p.processId()));
        while (!p.waitForFinished(watchMemory ? 50 : 180000)) {
            if (!watchMemory || p.state() == QProcess::NotRunning)
                break;
            if (status.open(QIODevice::ReadOnly)) {
                static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
                const QRegularExpressionMatch m = hwm.match(QString::fromLatin1(status.readAll()));
                if (m.hasMatch())
                    run.peakRssKb = m.captured(1).toLongLong();
                status.close();
            }
            run.out += p.readAllStandardOutput();
            run.err += p.readAllStandardError();
        }
        run.out += p.readAllStandardOutput();
        run.err += p.readAllStandardError();
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return run;
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

} // namespace TestSupport
