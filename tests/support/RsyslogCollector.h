// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Debian's rsyslogd as a syslog collector on a loopback port, in the foreground, with its own
// configuration, work directory and output file: each message it takes becomes one line
// "MSGID<TAB>STRUCTURED-DATA<TAB>MSG". TLS (RFC 5425) through rsyslog-gnutls with the test
// certificate. Everything else is rsyslog's default (8 KiB messages).
class RsyslogCollector
{
public:
    static QString binary()
    {
        return QStandardPaths::findExecutable(QStringLiteral("rsyslogd"),
                                              {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    }
    static bool tlsAvailable() { return !gtlsModule().isEmpty(); }
    static QString gtlsModule()
    {
        for (const QString &dir :
             {QStringLiteral("/usr/lib/x86_64-linux-gnu/rsyslog"), QStringLiteral("/usr/lib/rsyslog"),
              QStringLiteral("/usr/lib/aarch64-linux-gnu/rsyslog")}) {
            if (QFile::exists(dir + QStringLiteral("/lmnsd_gtls.so")))
                return dir + QStringLiteral("/lmnsd_gtls.so");
        }
        return QString();
    }

    RsyslogCollector(quint16 port, bool tls, const QString &certFile = {}, const QString &keyFile = {})
        : m_port(port)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("work"));
        QString conf;
        conf += QStringLiteral("global(workDirectory=\"%1\"").arg(m_dir.filePath(QStringLiteral("work")));
        if (tls)
            conf += QStringLiteral(" defaultNetstreamDriver=\"gtls\" defaultNetstreamDriverCAFile=\"%1\" "
                                   "defaultNetstreamDriverCertFile=\"%1\" defaultNetstreamDriverKeyFile=\"%2\"")
                        .arg(certFile, keyFile);
        conf += QStringLiteral(")\n");
        if (tls)
            conf += QStringLiteral("module(load=\"imtcp\" streamDriver.name=\"gtls\" streamDriver.mode=\"1\" "
                                   "streamDriver.authMode=\"anon\")\n");
        else
            conf += QStringLiteral("module(load=\"imtcp\")\n");
        conf += QStringLiteral("input(type=\"imtcp\" address=\"127.0.0.1\" port=\"%1\")\n").arg(port);
        conf += QStringLiteral(
            "template(name=\"audit\" type=\"string\" string=\"%msgid%\\t%structured-data%\\t%msg%\\n\")\n");
        conf += QStringLiteral("action(type=\"omfile\" file=\"%1\" template=\"audit\")\n").arg(output());
        QFile f(m_dir.filePath(QStringLiteral("rsyslog.conf")));
        if (f.open(QIODevice::WriteOnly))
            f.write(conf.toUtf8());
    }
    ~RsyslogCollector() { stop(); }

    QString output() const { return m_dir.filePath(QStringLiteral("out.log")); }
    quint16 port() const { return m_port; }

    // Starts rsyslogd and waits until it listens; false with what it said otherwise.
    bool start(QString *error)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(binary(),
                        {QStringLiteral("-n"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("rsyslog.conf")),
                         QStringLiteral("-i"), m_dir.filePath(QStringLiteral("rsyslogd.pid"))});
        if (!m_process.waitForStarted(5000)) {
            *error = m_process.errorString();
            return false;
        }
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (probe.waitForConnected(100)) {
                probe.abort();
                return true;
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
            QTest::qWait(50);
        }
        *error = QString::fromUtf8(m_process.readAll());
        return false;
    }
    // SIGTERM, as a service stop does; rsyslogd writes out what it took.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    QList<QByteArray> lines() const
    {
        QFile f(output());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> out = f.readAll().split('\n');
        out.removeAll(QByteArray());
        return out;
    }

private:
    QTemporaryDir m_dir;
    quint16 m_port;
    QProcess m_process;
};
