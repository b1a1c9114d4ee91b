// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SyslogTarget.h"

#include <QList>
#include <QObject>
#include <QString>

class QSslSocket;
class QTimer;

// Copies a profile's audit trail to its syslog collector, on the forwarder's own thread, so that
// sending never holds up the window or a change. The trail file is the queue: a cursor file next
// to it holds the sequence number of the last record the collector took, so records written
// while the collector is down (or the app is closed) are delivered, in order, once it is back.
// A record counts as taken when its bytes have left the socket's buffers; after a broken
// connection, sending resumes after the last record taken.
class SyslogForwarder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyslogForwarder)

public:
    explicit SyslogForwarder(QObject *parent = nullptr);
    ~SyslogForwarder() override;

    // On the forwarder's thread. An empty target turns forwarding off.
    void configure(const SyslogTarget &target, const QString &trailPath, const QString &cursorPath);
    // New records were appended to the trail.
    void trailGrew();

    static QString cursorPathFor(const QString &trailPath);

Q_SIGNALS:
    // Records not yet taken by the collector, and the state in words ("delivering to …",
    // "collector unreachable: …, retrying in 4 s", "off").
    void statusChanged(int pending, const QString &state);

private:
    struct Pending
    {
        qint64 sequence = 0;
        QByteArray frame;
    };
    struct InFlight
    {
        Pending record;
        qint64 endOffset = 0; // bytes written to the socket when this record's last byte went in
    };
    void readTrail();
    void connectNow();
    void sendMore();
    void written();
    void broken(const QString &why);
    void saveCursor();
    void report(const QString &state);

    SyslogTarget m_target;
    QString m_trailPath;
    QString m_cursorPath;
    QSslSocket *m_socket = nullptr;
    QTimer *m_retry;
    int m_backoffSeconds = 1;
    qint64 m_delivered = 0;  // sequence number the collector took last
    qint64 m_lastKnown = 0;  // highest sequence number read from the trail
    qint64 m_readOffset = 0; // where the next unread line of the trail starts
    QList<Pending> m_queue;
    QList<InFlight> m_inFlight;
    qint64 m_bytesWritten = 0; // handed to the socket since it connected
    QString m_state;
};
