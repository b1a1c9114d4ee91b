// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditedCall.h"
#include "KratosClient.h"
#include "NextReason.h"

#include <QObject>

class AuditLog;

// Reading a courier message's body: a sensitive read, audited (intent first) against the
// message's id, recipient and template. The body itself is never recorded.
class CourierActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierActions)

public:
    CourierActions(KratosClient *client, AuditLog *log, QObject *parent = nullptr);

    // Why: recorded with the next change started here, which takes it (see NextReason).
    void setReason(const QString &reason) { m_reason.set(reason); }

    // courier.message.reveal
    void revealBody(const QString &messageId, const QString &recipient, const QString &templateType, QObject *context,
                    AuditedCall::Done<CourierMessage> done);

    static QString label(const QString &recipient, const QString &templateType);

private:
    KratosClient *m_client;
    AuditLog *m_log;
    NextReason m_reason;
};
