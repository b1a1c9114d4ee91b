// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyslogForwarder.h"

#include "AuditRecord.h"
#include "SyslogFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace {

constexpr qint64 kSocketBufferLimit = 256 * 1024; // queued in the socket before waiting for it to drain
constexpr int kMaxBackoffSeconds = 30;

} // namespace

SyslogForwarder::SyslogForwarder(QObject *parent)
    : QObject(parent)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &SyslogForwarder::connectNow);
}

SyslogForwarder::~SyslogForwarder() = default;

QString SyslogForwarder::cursorPathFor(const QString &trailPath)
{
    return trailPath + QStringLiteral(".syslog");
}

void SyslogForwarder::configure(const SyslogTarget &target, const QString &trailPath, const QString &cursorPath)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_retry->stop();
    m_target = target;
    m_trailPath = trailPath;
    m_cursorPath = cursorPath;
    m_queue.clear();
    m_inFlight.clear();
    m_readOffset = 0;
    m_lastKnown = 0;
    m_delivered = 0;
    m_backoffSeconds = 1;
    if (!target.enabled()) {
        report(QStringLiteral("off"));
        return;
    }
    QFile cursor(cursorPath);
    if (cursor.open(QIODevice::ReadOnly))
        m_delivered = QJsonDocument::fromJson(cursor.readAll()).object().value(QLatin1String("delivered")).toInteger();
    readTrail();
    connectNow();
}

void SyslogForwarder::trailGrew()
{
    if (!m_target.enabled())
        return;
    readTrail();
    sendMore();
    report(m_state);
}

void SyslogForwarder::readTrail()
{
    QFile trail(m_trailPath);
    if (!trail.open(QIODevice::ReadOnly))
        return;
    if (trail.size() < m_readOffset)
        m_readOffset = 0; // a new file: read it from the start, the cursor still skips what was taken
    trail.seek(m_readOffset);
    while (!trail.atEnd()) {
        const qint64 start = trail.pos();
        const QByteArray line = trail.readLine();
        if (!line.endsWith('\n')) {
            trail.seek(start); // a line still being written
            break;
        }
        m_readOffset = trail.pos();
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        const AuditRecord record = AuditRecord::fromJson(o);
        m_lastKnown = std::max(m_lastKnown, record.sequence);
        if (record.sequence <= m_delivered)
            continue;
        // A split record's frames go out back to back; it is taken when its last byte is out.
        QByteArray frames;
        for (const QByteArray &message : SyslogFormat::messages(record, QCoreApplication::applicationPid()))
            frames += SyslogFormat::frame(message);
        m_queue.append({record.sequence, frames});
    }
}

void SyslogForwarder::connectNow()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QSslSocket(this);
    m_bytesWritten = 0;
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this]() { broken(m_socket->errorString()); });
    connect(m_socket, &QAbstractSocket::disconnected, this,
            [this]() { broken(QStringLiteral("the collector closed the connection")); });
    connect(m_socket, &QIODevice::bytesWritten, this, &SyslogForwarder::written);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &SyslogForwarder::written);
    // The collector never answers; whatever it might send is read and dropped.
    connect(m_socket, &QIODevice::readyRead, this, [this]() { m_socket->readAll(); });
    const auto ready = [this]() {
        m_backoffSeconds = 1;
        report(QStringLiteral("delivering to %1:%2%3")
                   .arg(m_target.host)
                   .arg(m_target.port)
                   .arg(m_target.tls ? QStringLiteral(" over TLS") : QString()));
        sendMore();
    };
    if (m_target.tls) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        if (!m_target.caFile.isEmpty()) {
            QList<QSslCertificate> cas = conf.caCertificates();
            cas += QSslCertificate::fromPath(m_target.caFile);
            conf.setCaCertificates(cas);
        }
        m_socket->setSslConfiguration(conf);
        connect(m_socket, &QSslSocket::encrypted, this, ready);
        m_socket->connectToHostEncrypted(m_target.host, quint16(m_target.port));
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, ready);
        m_socket->connectToHost(m_target.host, quint16(m_target.port));
    }
}

void SyslogForwarder::sendMore()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState || (m_target.tls && !m_socket->isEncrypted()))
        return;
    while (!m_queue.isEmpty() && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < kSocketBufferLimit) {
        const Pending next = m_queue.takeFirst();
        m_socket->write(next.frame);
        m_bytesWritten += next.frame.size();
        m_inFlight.append({next, m_bytesWritten});
    }
}

void SyslogForwarder::written()
{
    if (!m_socket)
        return;
    // What the socket still holds has not left; everything before it has.
    const qint64 left = m_bytesWritten - m_socket->bytesToWrite() - m_socket->encryptedBytesToWrite();
    bool advanced = false;
    while (!m_inFlight.isEmpty() && m_inFlight.first().endOffset <= left) {
        m_delivered = m_inFlight.takeFirst().record.sequence;
        advanced = true;
    }
    if (advanced) {
        saveCursor();
        report(m_state);
    }
    sendMore();
}

void SyslogForwarder::broken(const QString &why)
{
    if (m_retry->isActive())
        return; // already waiting to reconnect
    // Records not yet out go back to the front of the queue, in order.
    while (!m_inFlight.isEmpty())
        m_queue.prepend(m_inFlight.takeLast().record);
    report(QStringLiteral("collector %1:%2 unreachable: %3; retrying in %4 s")
               .arg(m_target.host)
               .arg(m_target.port)
               .arg(why)
               .arg(m_backoffSeconds));
    m_retry->start(m_backoffSeconds * 1000);
    m_backoffSeconds = std::min(kMaxBackoffSeconds, m_backoffSeconds * 2);
}

void SyslogForwarder::saveCursor()
{
    QSaveFile cursor(m_cursorPath);
    if (!cursor.open(QIODevice::WriteOnly))
        return;
    cursor.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    cursor.write(QJsonDocument(QJsonObject{{QStringLiteral("delivered"), m_delivered}}).toJson(QJsonDocument::Compact));
    cursor.commit();
}

void SyslogForwarder::report(const QString &state)
{
    m_state = state;
    Q_EMIT statusChanged(int(m_lastKnown - m_delivered), state);
}
