#pragma once

#include <QString>
#include <QStringList>

// What KratosClient reports of every mutating call and every sensitive read (a courier body,
// credentials with their configuration, recovery links and codes): the action, its targets and
// its outcome. Never a token, a body, a link or a code.
struct AuditEvent
{
    enum class Outcome
    {
        Succeeded,
        Failed,
        Refused // never sent: read-only profile or invalid request
    };

    QString action;
    QStringList targets;
    Outcome outcome = Outcome::Succeeded;
    int httpStatus = 0;
    QString errorId;
};

// Where audit events go. The client calls record() exactly once per audited call, on the thread
// the client lives in.
class AuditSink
{
public:
    virtual ~AuditSink() = default;
    virtual void record(const AuditEvent &event) = 0;
};
