// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditRecord.h"
#include "HistoryEvent.h"
#include "SignInEvidence.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// An identity's history as one timeline, newest first, merged from what the app can know: the
// operator actions on it in this machine's audit trails, its sessions (sign-ins, expiries), the
// courier messages to its addresses, and its own times (created, updated, state changed,
// addresses verified, credentials set). limits() says in words what it cannot know. Pure: the
// window's History tab and `identities history` show the same.
class IdentityHistory
{
    Q_DECLARE_TR_FUNCTIONS(IdentityHistory)

public:
    static constexpr int MaxEvents = 2000; // the newest; older ones are counted, not shown

    // `trail`: records naming this identity (AuditTrailSearch), intents and outcomes alike.
    static QList<HistoryEvent> build(const SignInEvidence &evidence, const QList<AuditRecord> &trail);
    // What the timeline cannot show, each in a sentence; `trailProblem` when the trails could not
    // all be read.
    static QStringList limits(const SignInEvidence &evidence, const QString &trailProblem);
    static QString sourceName(HistoryEvent::Source source);
    // The timeline as plain text, one event a line, times in UTC (the command line).
    static QString text(const QList<HistoryEvent> &events, const QStringList &limits);

private:
    static void addIdentityEvents(const Identity &identity, QList<HistoryEvent> *out);
    static void addSessionEvents(const QList<Session> &sessions, const QDateTime &now, QList<HistoryEvent> *out);
    static void addMessageEvents(const QList<CourierMessage> &messages, QList<HistoryEvent> *out);
    static void addOperatorEvents(const QList<AuditRecord> &trail, QList<HistoryEvent> *out);
    static QString changeWords(const QJsonObject &change);
};
