// SPDX-License-Identifier: GPL-3.0-or-later
// One window per user and settings folder: a second start's request reaches the first over a
// local socket; a stale socket is taken over; a hostile client is dropped.
#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QThread>
#include <QUuid>
#include <QtTest>

#include <atomic>

namespace {

QString freshKey()
{
    return QStringLiteral("tst_singleinstance-") + QUuid::createUuid().toString(QUuid::Id128);
}

// handOver() waits on its socket: run it on a thread of its own while this one answers.
bool handOverFromAnotherThread(const QString &key, const QString &request)
{
    std::atomic<bool> taken = false;
    std::atomic<bool> done = false;
    QThread *thread = QThread::create([&]() {
        SingleInstance second(key);
        taken = second.handOver(request);
        done = true;
    });
    thread->start();
    if (!QTest::qWaitFor([&done]() { return done.load(); }, 10000))
        qWarning("handOver() did not return in 10 s");
    thread->wait();
    delete thread;
    return taken;
}

} // namespace

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handsTheRequestToTheFirst_data()
    {
        QTest::addColumn<QString>("request");
        QTest::newRow("show") << "show";
        QTest::newRow("open a link") << "open kratos-desk://open?identity=ada@example.org";
        QTest::newRow("unicode") << QStringLiteral("open jürgen@example.org");
    }
    void handsTheRequestToTheFirst()
    {
        QFETCH(QString, request);
        const QString key = freshKey();
        SingleInstance first(key);
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
        QSignalSpy requested(&first, &SingleInstance::requested);
        QVERIFY(handOverFromAnotherThread(key, request));
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), request);
    }

    void nobodyToHandOverTo()
    {
        SingleInstance alone(freshKey());
        QVERIFY(!alone.handOver(QStringLiteral("show")));
    }

    void otherSettingsFolderIsAnotherInstance()
    {
        SingleInstance first(freshKey());
        QString error;
        QVERIFY(first.listen(&error));
        QSignalSpy requested(&first, &SingleInstance::requested);
        QVERIFY(!handOverFromAnotherThread(freshKey(), QStringLiteral("show")));
        QCOMPARE(requested.size(), 0);
    }

    void staleSocketIsTakenOver()
    {
        const QString key = freshKey();
        SingleInstance probe(key);
        // What a crashed window leaves: the socket's file, with nobody listening.
        QFile stale(QDir::tempPath() + QLatin1Char('/') + probe.serverName());
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance first(key);
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
        QSignalSpy requested(&first, &SingleInstance::requested);
        QVERIFY(handOverFromAnotherThread(key, QStringLiteral("show")));
        QTRY_COMPARE(requested.size(), 1);
    }

    // A line longer than any request, or none at all, is dropped without a request.
    void hostileClientsAreDropped_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("no end of line, too long") << QByteArray(SingleInstance::kMaxRequest + 10, 'a');
        QTest::newRow("says nothing") << QByteArray();
    }
    void hostileClientsAreDropped()
    {
        QFETCH(QByteArray, bytes);
        const QString key = freshKey();
        SingleInstance first(key);
        QString error;
        QVERIFY(first.listen(&error));
        QSignalSpy requested(&first, &SingleInstance::requested);
        QLocalSocket client;
        client.connectToServer(first.serverName());
        QVERIFY(client.waitForConnected(2000));
        client.write(bytes);
        client.flush();
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == QLocalSocket::UnconnectedState, SingleInstance::kDeadlineMs + 3000);
        QCOMPARE(requested.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
