// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimCourierQueue.h"

#include "SimHttp.h"
#include "SimStore.h"

#include <QJsonArray>

#include <algorithm>

using SimHttp::s;

void SimCourierQueue::add(const SimMessage &message)
{
    m_messages.push_back(message);
    m_messageIndex.insert(message.id, static_cast<qsizetype>(m_messages.size()) - 1);
}

void SimCourierQueue::sort()
{
    std::sort(m_messages.begin(), m_messages.end(), [](const SimMessage &a, const SimMessage &b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.id > b.id;
    });
    m_messageIndex.clear();
    for (qsizetype i = 0; i < static_cast<qsizetype>(m_messages.size()); ++i)
        m_messageIndex.insert(m_messages[static_cast<size_t>(i)].id, i);
}

const SimMessage *SimCourierQueue::message(const QString &id) const
{
    const qsizetype i = index(id);
    return i < 0 ? nullptr : &m_messages[static_cast<size_t>(i)];
}

qsizetype SimCourierQueue::index(const QString &id) const
{
    return m_messageIndex.value(id, -1);
}

QString SimCourierQueue::queue(const QString &recipient, const QString &channel, const QString &templateType,
                               const QString &subject, const QString &body, const QDateTime &at)
{
    SimMessage m;
    m.id = SimStore::newUuid();
    m.createdMs = at.toMSecsSinceEpoch();
    m.json = QJsonObject{{s("id"), m.id},
                         {s("status"), s("queued")},
                         {s("type"), channel},
                         {s("recipient"), recipient},
                         {s("subject"), subject},
                         {s("body"), body},
                         {s("template_type"), templateType},
                         {s("send_count"), 0},
                         {s("channel"), channel},
                         {s("created_at"), SimStore::formatTime(at)},
                         {s("updated_at"), SimStore::formatTime(at)}};
    m_messages.insert(m_messages.begin(), m);
    m_messageIndex.clear();
    for (qsizetype i = 0; i < static_cast<qsizetype>(m_messages.size()); ++i)
        m_messageIndex.insert(m_messages[static_cast<size_t>(i)].id, i);
    m_workerQueue.append(m.id);
    return m.id;
}

void SimCourierQueue::queueSeededForWorker()
{
    for (const SimMessage &m : m_messages) {
        if (m.json.value(s("status")).toString() == QLatin1String("queued") && !m_workerQueue.contains(m.id))
            m_workerQueue.append(m.id);
    }
}

int SimCourierQueue::run(const QString &bouncingDomain, int retries, const QDateTime &now)
{
    int changed = 0;
    const QString at = SimStore::formatTime(now);
    QStringList still;
    for (const QString &id : std::as_const(m_workerQueue)) {
        const qsizetype i = index(id);
        if (i < 0)
            continue;
        SimMessage &m = m_messages[static_cast<size_t>(i)];
        const QString recipient = m.json.value(s("recipient")).toString();
        const bool bounce = !bouncingDomain.isEmpty() && recipient.endsWith(QLatin1Char('@') + bouncingDomain);
        QJsonObject dispatch{{s("id"), SimStore::newUuid()},
                             {s("message_id"), id},
                             {s("status"), s("success")},
                             {s("created_at"), at},
                             {s("updated_at"), at}};
        const int sendCount = m.json.value(s("send_count")).toInt() + 1;
        QString status = s("sent");
        if (bounce) {
            dispatch.insert(s("status"), s("failed"));
            dispatch.insert(s("error"),
                            QJsonObject{{s("message"), QStringLiteral("smtp: 550 5.1.1 <%1>: Recipient address "
                                                                      "rejected: User unknown in virtual mailbox table")
                                                           .arg(recipient)}});
            status = sendCount >= retries ? s("abandoned") : s("processing");
        }
        m.dispatches.prepend(dispatch);
        m.json.insert(s("send_count"), sendCount);
        m.json.insert(s("status"), status);
        m.json.insert(s("updated_at"), at);
        ++changed;
        if (status == QLatin1String("processing"))
            still.append(id);
    }
    m_workerQueue = still;
    return changed;
}
