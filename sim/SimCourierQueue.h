// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

// One courier message as the simulator keeps it: its JSON, and its dispatches newest first.
struct SimMessage
{
    QString id;
    qint64 createdMs = 0;
    QJsonObject json; // with body and subject, without dispatches
    QJsonArray dispatches;
};

// The simulator's courier: messages newest first with an index by id, and the worker that
// delivers what the self-service flows queue (mail to a bouncing domain fails with an SMTP 550
// and is abandoned after its retries).
class SimCourierQueue
{
public:
    const std::vector<SimMessage> &messages() const { return m_messages; }
    void add(const SimMessage &message); // append in newest-first order, or sort() after
    void sort();
    const SimMessage *message(const QString &id) const;
    qsizetype index(const QString &id) const;
    // A new `queued` message, newest of all, handed to the worker.
    QString queue(const QString &recipient, const QString &channel, const QString &templateType, const QString &subject,
                  const QString &body, const QDateTime &at);
    void queueSeededForWorker();
    // One pass of the worker; returns how many messages changed.
    int run(const QString &bouncingDomain, int retries, const QDateTime &now);

private:
    std::vector<SimMessage> m_messages;
    QHash<QString, qsizetype> m_messageIndex;
    QStringList m_workerQueue; // ids of messages the worker still has to deliver
};
