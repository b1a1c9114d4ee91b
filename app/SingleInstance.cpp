// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <unistd.h>

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_name(QStringLiteral("kratos-desk-%1-%2")
                 .arg(::getuid())
                 .arg(QString::fromLatin1(
                     QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16))))
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handOver(const QString &request)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kDeadlineMs))
        return false;
    const QByteArray line = request.toUtf8().left(kMaxRequest - 1) + '\n';
    socket.write(line);
    if (!socket.waitForBytesWritten(kDeadlineMs))
        return false;
    // The running window answers "ok" once it has the request.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kDeadlineMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen(QString *error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // this user only
    if (!m_server->listen(m_name)) {
        // Nobody answered handOver(): a socket left by a window that crashed. Take its place.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    return true;
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() { read(socket); });
        // A client that says nothing in time is dropped.
        QTimer::singleShot(kDeadlineMs, socket, [socket]() { socket->abort(); });
    }
}

void SingleInstance::read(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() >= kMaxRequest)
            socket->abort(); // a line longer than any request
        return;
    }
    const QByteArray line = socket->readLine(kMaxRequest).trimmed();
    socket->write("ok\n");
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT requested(QString::fromUtf8(line));
}
