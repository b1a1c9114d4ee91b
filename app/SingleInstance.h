// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

// One window per user and settings folder: a second start hands its request ("open LINK" or
// "show") to the running window over a local socket only this user can reach, and exits. A
// request is one line of at most kMaxRequest bytes, read within a deadline; anything longer or
// slower is dropped.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    static constexpr int kMaxRequest = 4096;
    static constexpr int kDeadlineMs = 2000;

    // `key` tells instances apart (the settings folder: each HOME has its own window).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands `request` to a running instance; true when it took it.
    bool handOver(const QString &request);
    // Becomes the instance the others hand over to; false, with why, when it cannot.
    bool listen(QString *error);
    QString serverName() const { return m_name; }

Q_SIGNALS:
    void requested(const QString &request);

private:
    void accept();
    void read(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};
