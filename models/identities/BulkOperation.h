// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionText.h"
#include "ApiError.h"
#include "AuditRecord.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class Countdown;

class AuditLog;
class KratosClient;

// One action applied to many identities (or sessions) with bounded concurrency: a per-item result list,
// cancel (in-flight calls are cancelled, queued ones never start) and "retry failed".
// Audited fail-closed: each run first writes one intent naming every target and sends nothing
// until it is on disk; each item then gets its outcome record, and the run a summary record with
// the counts. A read-only profile refuses them all.
class BulkOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkOperation)

public:
    enum class Action
    {
        Deactivate,
        Activate,
        Delete,
        RevokeSessions, // every session of each identity
        RevokeSession   // the items are session ids
    };
    enum class Status
    {
        Pending,
        Running,
        Succeeded,
        Failed,
        Cancelled
    };
    struct Item
    {
        QString id;
        QString label; // the primary identifier, for the audit trail
        Status status = Status::Pending;
        ApiError error;
    };

    // `labels` maps ids to the names the audit trail gives them (missing: the id).
    BulkOperation(KratosClient *client, AuditLog *audit, Action action, const QStringList &ids, int concurrency = 6,
                  QObject *parent = nullptr, const QHash<QString, QString> &labels = {});

    // Why: recorded with this operation's records, retries included (the confirmation asked once).
    void setReason(const QString &reason) { m_reason = reason; }
    void start();
    void cancel();
    // Runs the failed and cancelled items again.
    void retryFailed();

    Action action() const { return m_action; }
    const QList<Item> &items() const { return m_items; }
    int count(Status status) const;
    QStringList ids(Status status) const;
    bool isRunning() const { return !m_inFlight.isEmpty() || (!m_queue.isEmpty() && !m_cancelled); }
    // Seconds until the queue resumes after Kratos limited the rate (429), or -1.
    int waitSeconds() const;
    static constexpr int MaxRateLimitWaits = 3;      // in a row; then the items fail with Kratos's answer
    static constexpr int MaxRetryAfterSeconds = 120; // a longer wait is left to the user
    static QString actionName(Action action);
    // What the confirmation says before a run over `count` items (the window's and the command
    // line's). A production profile has the count typed when the text is destructive.
    static ActionText describe(Action action, int count);
    // How a RevokeSession run's records name a session: "<id> of <identity's identifier>".
    static QString sessionLabel(const QString &sessionId, const QString &identityLabel);
    // The audit trail's name of one item's action ("identity.deactivate"); the run's is this + ".bulk".
    static QString auditAction(Action action);
    // What the items are in the audit trail: "identity", or "session" for RevokeSession.
    static QString targetKind(Action action);

Q_SIGNALS:
    void itemFinished(int index);
    void progress(int finished, int total);
    // Kratos answered 429: nothing new starts for `seconds`; emitted again each second, 0 at the end.
    void waiting(int seconds);
    void finished();

private:
    void launchMore();
    void launch(int index);
    void complete(int index, const ApiError &error);
    bool waitForRateLimit(int index, const ApiError &error);
    void finish();

    KratosClient *m_client;
    AuditLog *m_audit;
    AuditRecord m_intent; // of the current run; its action id names the items' records
    QString m_reason;
    bool m_intentWritten = false;
    int m_runFinished = 0; // items finished in this run
    Action m_action;
    int m_concurrency;
    QList<Item> m_items;
    QList<int> m_queue;
    QHash<int, quint64> m_inFlight; // item index -> request id
    bool m_cancelled = false;
    Countdown *m_countdown;
    int m_rateLimitWaits = 0; // waits in a row without a success in between
};
