// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class ApiError;

// Whom an action was about: the id and a label a person recognises (the identity's primary
// identifier, a message's recipient and template, a session's identity).
struct AuditTarget
{
    QString kind; // "identity", "session", "courier_message", "file"
    QString id;
    QString label;
};

// One line of the audit trail. The action classes fill in what, whom and the change; the trail
// adds when, who, where, the sequence number and the chain hash. There is no field for a token,
// a courier body, a recovery link or code, or a password, and change() drops credential paths.
// Field names, action names and the words are never translated.
struct AuditRecord
{
    enum class Phase
    {
        Intent, // written, and on disk, before the request goes out
        Outcome // what came of it
    };
    enum class Outcome
    {
        Pending, // an intent
        Succeeded,
        Failed,
        Refused, // never sent: read-only profile, audit trail, invalid input
        Partial  // a bulk summary with some items failed
    };

    // Filled in by the action.
    QString actionId; // shared by an intent and its outcome
    QString action;   // stable name: "identity.deactivate"
    QString summary;  // in words: "Deactivated identity mary@example.com"
    QList<AuditTarget> targets;
    QJsonObject change;
    QString reason; // why, in the operator's words or a ticket reference (ChangeReason::clean)
    Phase phase = Phase::Intent;
    Outcome outcome = Outcome::Pending;
    int httpStatus = 0;
    QString errorId;

    // Filled in by the trail.
    qint64 sequence = 0;
    QDateTime time;
    QString operatorName;
    QString host;
    QString profileId;
    QString profileName;
    QString authority;
    QString environment;
    QString previousHash;

    // Filled in by a reader, never written: where this copy was read from when it is not one of this
    // machine's own trails (the imported trail's file). Empty for this machine's own records.
    QString origin;

    // The outcome record that follows this intent: same action id, targets, change and reason.
    AuditRecord outcomeOf(Outcome outcome, const QString &summary, const ApiError &error) const;
    // Succeeded without an error; Refused when the client sent nothing (read-only profile, audit
    // trail, no usable URL); Failed otherwise.
    static Outcome outcomeFor(const ApiError &error);

    QJsonObject toJson() const;
    static AuditRecord fromJson(const QJsonObject &o);

    static QString phaseName(Phase phase);
    static QString outcomeName(Outcome outcome);
    static Outcome outcomeFromName(const QString &name);
    static QString newActionId();
    // The target labels joined for the words ("mary@example.com", "3 identities").
    QString targetWords() const;
    // The OS account running the app, from the system user database; "uid:N" when it has no entry.
    static QString osAccount();
};
