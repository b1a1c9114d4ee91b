// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourierActions.h"

CourierActions::CourierActions(KratosClient *client, AuditLog *log, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
{}

QString CourierActions::label(const QString &recipient, const QString &templateType)
{
    return templateType.isEmpty() ? recipient : QStringLiteral("%1 (%2)").arg(recipient, templateType);
}

void CourierActions::revealBody(const QString &messageId, const QString &recipient, const QString &templateType,
                                QObject *context, AuditedCall::Done<CourierMessage> done)
{
    const QString words = label(recipient, templateType);
    AuditRecord r;
    r.action = QStringLiteral("courier.message.reveal");
    r.summary = QStringLiteral("Reveal the body of the message to ") + words;
    r.targets = {{QStringLiteral("courier_message"), messageId, words}};
    r.reason = m_reason.take();
    AuditedCall::run<CourierMessage>(
        m_log, r, context,
        [client = m_client, messageId, context](AuditedCall::Done<CourierMessage> sent) {
            client->getCourierMessage(messageId, true, context, std::move(sent));
        },
        QStringLiteral("Revealed the body of the message to ") + words, std::move(done));
}
