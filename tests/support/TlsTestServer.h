// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

// A loopback HTTPS server with the self-signed test certificate in tests/data (CN and SAN
// 127.0.0.1). Every request gets the same small JSON answer once the handshake succeeds.
class TlsTestServer : public QSslServer
{
public:
    TlsTestServer()
    {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(certificate());
        QFile keyFile(QStringLiteral(KD_TEST_DATA_DIR "/tls-test.key"));
        keyFile.open(QIODevice::ReadOnly);
        conf.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(conf);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this]() {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QIODevice::readyRead, socket, [socket]() {
                    socket->readAll();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 21\r\n\r\n"
                                  "{\"version\":\"v26.2.0\"}");
                });
            }
        });
    }

    static QSslCertificate certificate()
    {
        return QSslCertificate::fromPath(QStringLiteral(KD_TEST_DATA_DIR "/tls-test.crt")).value(0);
    }
};
