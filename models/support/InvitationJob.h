// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionText.h"
#include "Invitee.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class ApiError;
class AuditLog;
class Countdown;
class IdentityActions;
class KratosClient;
class SupportActions;

// Invites people one after another: creates each identity (identity.invite, audited), then hands
// the invitation over the chosen way, audited as its own step:
// - Mail: Kratos e-mails a recovery link through the public recovery flow, so its courier sends
//   it and the message can be followed (only when that flow uses links; a code flow is refused
//   before anyone is created, see SupportActions::codeRecoveryExplanation);
// - Link / Code: an admin recovery link or code, kept in results() for the operator to hand over
//   and never recorded.
// A failure for one person is that person's result; the others go on. When Kratos limits the rate
// (429 with a Retry-After of at most MaxRetryAfterSeconds) the same step is sent again after the
// wait, at most MaxRateLimitWaits times in a row, and waiting() counts it down. The window and the
// command line share it.
class InvitationJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationJob)

public:
    enum class Delivery
    {
        Mail,
        Link,
        Code
    };
    struct Result
    {
        Invitee invitee;
        QString identityId; // empty when the identity was not created
        bool delivered = false;
        QString messageId;     // Mail: the courier message Kratos queued
        QString messageStatus; // Mail: its status when it was found
        QString link;          // Link and Code: to hand over; never recorded
        QString code;
        QDateTime expiresAt;
        QString problem; // what went wrong, in words; empty when all went well
    };

    static constexpr int MaxRateLimitWaits = 3;
    static constexpr int MaxRetryAfterSeconds = 120;

    InvitationJob(KratosClient *client, AuditLog *log, QObject *parent = nullptr);
    ~InvitationJob() override;

    static QString deliveryName(Delivery delivery); // "mail", "link", "code" (recorded, never translated)
    static std::optional<Delivery> deliveryFromName(const QString &name);
    static QString deliveryWords(Delivery delivery);
    static ActionText describe(const QList<Invitee> &invitees, Delivery delivery, const QString &schemaId);

    // Why: recorded with every step of every invitation (the confirmation asked once).
    void setReason(const QString &reason) { m_reason = reason; }
    // `emailTrait` is where the address goes in the traits ("email"); `expiresIn` a Go duration for
    // a link or code, empty for the server's default.
    void start(const QList<Invitee> &invitees, const QString &schemaId, const QString &emailTrait, Delivery delivery,
               const QString &expiresIn = {});
    // Stops after the person in progress.
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_running; }
    const QList<Result> &results() const { return m_results; }
    int failedCount() const;
    // Forgets every link and code (the dialog calls it when it closes).
    void wipeSecrets();

Q_SIGNALS:
    void progressed(int done, int total);
    // Seconds until the step Kratos refused for the rate is sent again; 0 when it goes out.
    void waiting(int seconds);
    void finished();

private:
    void next();
    void deliver(int index);
    void settle(int index, const QString &problem);
    void finish();
    // After a 429 Kratos asks to wait out: starts the countdown and returns true; `again` then
    // sends the step again. False when the error is not one to wait for.
    bool waitThen(const ApiError &error, std::function<void()> again);

    IdentityActions *m_identities;
    SupportActions *m_support;
    QString m_reason;
    QList<Invitee> m_invitees;
    QList<Result> m_results;
    QString m_schemaId;
    QString m_emailTrait;
    QString m_expiresIn;
    Delivery m_delivery = Delivery::Mail;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    Countdown *m_countdown;
    int m_waitsInARow = 0;
    std::function<void()> m_again;
};
