// SPDX-License-Identifier: GPL-3.0-or-later
// Answers no honest Kratos sends, from a raw TCP server: each ends the request with a clear error,
// in bounded time and memory (issue #32 §2).
#include "ApiError.h"
#include "Await.h"
#include "KratosClient.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

using TestSupport::Await;

namespace {

// One way of answering every request on the connection.
enum class Behaviour
{
    Drip,          // a Content-Length of 100, then one byte every 150 ms
    EndlessChunks, // Transfer-Encoding: chunked, 64 KiB chunks until 200 MB or the client goes
    ShortBody,     // a Content-Length of 200, a whole JSON object of fewer bytes, then closed
};

class HostileServer : public QObject
{
public:
    explicit HostileServer(Behaviour behaviour)
        : m_behaviour(behaviour)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    qint64 written() const { return m_written; }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
            if (!socket->readAll().contains("\r\n\r\n") || socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            answer(socket);
        });
    }
    void answer(QTcpSocket *socket)
    {
        switch (m_behaviour) {
        case Behaviour::Drip: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket]() { socket->write(" "); });
            timer->start(150);
            break;
        }
        case Behaviour::EndlessChunks: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            const auto more = [this, socket]() {
                static const QByteArray chunk =
                    QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, ' ') + "\r\n";
                while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024 &&
                       m_written < 200LL * 1024 * 1024) {
                    socket->write(chunk);
                    m_written += chunk.size();
                }
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, more);
            more();
            break;
        }
        case Behaviour::ShortBody:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
                          "{\"version\":\"v26.2.0\"}");
            socket->flush();
            socket->disconnectFromHost();
            break;
        }
    }

    Behaviour m_behaviour;
    QTcpServer m_server;
    qint64 m_written = 0;
};

} // namespace

class tst_HostileServer : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_nam;

    std::unique_ptr<KratosClient> clientFor(const HostileServer &server, int timeoutMs, qint64 maxBytes)
    {
        auto client = std::make_unique<KratosClient>(&m_nam);
        ConnectionSettings settings;
        settings.adminUrl = server.url();
        settings.timeoutMs = timeoutMs;
        settings.maxResponseBytes = maxBytes;
        client->setConnection(settings);
        return client;
    }

private Q_SLOTS:
    // A byte every 150 ms never lets Qt's gap timeout fire; the profile's 1 s covers the whole
    // answer, so the request ends after about a second, not after the 15 s the drip would take.
    void drippingAnswerMeetsTheDeadline()
    {
        HostileServer server(Behaviour::Drip);
        const auto client = clientFor(server, 1000, 64 * 1024 * 1024);
        Await<ServerVersion> version;
        client->getVersion(this, version.callback());
        QVERIFY(version.wait(8000));
        QCOMPARE(version.error().kind(), ApiError::Kind::Timeout);
        QVERIFY2(version.error().detail().contains(QStringLiteral("no complete answer within 1 s")),
                 qPrintable(version.error().detail()));
    }

    // A chunked answer carries no length to refuse in advance: reading stops at the cap, and the
    // server is not read much past it (what Qt buffers plus the sockets' own buffers).
    void endlessChunkedAnswerStopsAtTheCap()
    {
        HostileServer server(Behaviour::EndlessChunks);
        const qint64 cap = 2 * 1024 * 1024;
        const auto client = clientFor(server, 20000, cap);
        Await<ServerVersion> version;
        client->getVersion(this, version.callback());
        QVERIFY(version.wait(20000));
        QCOMPARE(version.error().kind(), ApiError::Kind::TooLarge);
        QTest::qWait(200);
        QVERIFY2(server.written() < 24 * 1024 * 1024, qPrintable(QString::number(server.written())));
    }

    // A body shorter than its Content-Length is an error, though what came parses.
    void shortBodyIsAnError()
    {
        HostileServer server(Behaviour::ShortBody);
        const auto client = clientFor(server, 5000, 64 * 1024 * 1024);
        Await<ServerVersion> version;
        client->getVersion(this, version.callback());
        QVERIFY(version.wait(8000));
        QVERIFY2(!version.error().isNull(), "a cut answer was taken as whole");
        QVERIFY2(version.error().kind() == ApiError::Kind::Connection ||
                     version.error().kind() == ApiError::Kind::Malformed,
                 qPrintable(version.error().userMessage()));
    }
};

QTEST_GUILESS_MAIN(tst_HostileServer)
#include "tst_hostileserver.moc"
