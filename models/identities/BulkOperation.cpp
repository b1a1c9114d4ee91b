// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkOperation.h"

#include "Countdown.h"

#include "AuditLog.h"
#include "AuditedCall.h"
#include "KratosClient.h"

#include <QTimer>

namespace {

// The words of the audit trail, never translated.
QString verbFor(BulkOperation::Action action)
{
    switch (action) {
    case BulkOperation::Action::Deactivate:
        return QStringLiteral("Deactivate");
    case BulkOperation::Action::Activate:
        return QStringLiteral("Activate");
    case BulkOperation::Action::Delete:
        return QStringLiteral("Delete");
    case BulkOperation::Action::RevokeSessions:
        return QStringLiteral("Revoke all sessions of");
    case BulkOperation::Action::RevokeSession:
        return QStringLiteral("Revoke");
    }
    return {};
}

} // namespace

BulkOperation::BulkOperation(KratosClient *client, AuditLog *audit, Action action, const QStringList &ids,
                             int concurrency, QObject *parent, const QHash<QString, QString> &labels)
    : QObject(parent)
    , m_client(client)
    , m_audit(audit)
    , m_action(action)
    , m_concurrency(std::max(1, concurrency))
    , m_countdown(new Countdown(this))
{
    connect(m_countdown, &Countdown::ticked, this, &BulkOperation::waiting);
    connect(m_countdown, &Countdown::done, this, [this]() {
        Q_EMIT waiting(0);
        launchMore();
    });
    for (const QString &id : ids)
        m_items.append({id, labels.value(id, id), Status::Pending, ApiError()});
}

QString BulkOperation::auditAction(Action action)
{
    switch (action) {
    case Action::Deactivate:
        return QStringLiteral("identity.deactivate");
    case Action::Activate:
        return QStringLiteral("identity.activate");
    case Action::Delete:
        return QStringLiteral("identity.delete");
    case Action::RevokeSessions:
        return QStringLiteral("identity.sessions.revoke");
    case Action::RevokeSession:
        return QStringLiteral("session.revoke");
    }
    return {};
}

ActionText BulkOperation::describe(Action action, int count)
{
    QString what;
    switch (action) {
    case Action::Deactivate:
        what = tr("%Ln identities will be set to inactive and can no longer sign in.", nullptr, count);
        break;
    case Action::Activate:
        what = tr("%Ln identities will be set to active and can sign in again.", nullptr, count);
        break;
    case Action::RevokeSessions:
        what = tr("Every session of %Ln identities will be deleted.", nullptr, count);
        break;
    case Action::Delete:
        what = tr("%Ln identities will be deleted for good. This cannot be undone.", nullptr, count);
        break;
    case Action::RevokeSession:
        what = tr("%Ln session(s) will be revoked: each of those devices is signed out. The session records stay, "
                  "marked inactive.",
                  nullptr, count);
        break;
    }
    return {actionName(action), what, actionName(action), action != Action::Activate};
}

QString BulkOperation::sessionLabel(const QString &sessionId, const QString &identityLabel)
{
    return QStringLiteral("%1 of %2").arg(sessionId, identityLabel); // the audit trail's words, never translated
}

QString BulkOperation::actionName(Action action)
{
    switch (action) {
    case Action::Deactivate:
        return tr("Deactivate");
    case Action::Activate:
        return tr("Activate");
    case Action::Delete:
        return tr("Delete");
    case Action::RevokeSessions:
        return tr("Revoke all sessions");
    case Action::RevokeSession:
        return tr("Revoke sessions");
    }
    return {};
}

QString BulkOperation::targetKind(Action action)
{
    return action == Action::RevokeSession ? QStringLiteral("session") : QStringLiteral("identity");
}

int BulkOperation::count(Status status) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [status](const Item &i) { return i.status == status; }));
}

QStringList BulkOperation::ids(Status status) const
{
    QStringList out;
    for (const Item &i : m_items) {
        if (i.status == status)
            out.append(i.id);
    }
    return out;
}

void BulkOperation::start()
{
    m_cancelled = false;
    m_queue.clear();
    m_intent = AuditRecord();
    m_intent.action = auditAction(m_action) + QStringLiteral(".bulk");
    m_intent.reason = m_reason;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).status == Status::Pending) {
            m_queue.append(i);
            m_intent.targets.append({targetKind(m_action), m_items.at(i).id, m_items.at(i).label});
        }
    }
    if (m_queue.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    m_intent.summary =
        QStringLiteral("%1 %2 %3").arg(verbFor(m_action)).arg(m_queue.size()).arg(targetKind(m_action) + u's');
    m_intent.actionId = AuditRecord::newActionId();
    m_intentWritten = false;
    m_runFinished = 0;
    const auto refuseAll = [this](const QString &problem) {
        const ApiError error = AuditedCall::trailError(problem);
        for (int index : std::as_const(m_queue)) {
            m_items[index].status = Status::Failed;
            m_items[index].error = error;
            Q_EMIT itemFinished(index);
        }
        m_queue.clear();
        Q_EMIT progress(int(m_items.size()), int(m_items.size()));
        Q_EMIT finished(); // nothing was sent: no outcome to record
    };
    if (!m_audit) {
        QTimer::singleShot(0, this, [refuseAll]() { refuseAll(QStringLiteral("no audit trail is configured")); });
        return;
    }
    // Nothing is sent until the intent naming every target is on disk.
    m_audit->write(m_intent, this, [this, refuseAll](const QString &problem) {
        if (!problem.isEmpty()) {
            refuseAll(problem);
            return;
        }
        m_intentWritten = true;
        launchMore();
        if (!isRunning())
            finish();
    });
}

void BulkOperation::finish()
{
    if (m_intentWritten && m_audit) {
        const int ok = count(Status::Succeeded);
        const int failed = count(Status::Failed);
        const int cancelled = count(Status::Cancelled);
        const AuditRecord::Outcome outcome = failed + cancelled == 0 ? AuditRecord::Outcome::Succeeded
                                             : ok == 0               ? AuditRecord::Outcome::Failed
                                                                     : AuditRecord::Outcome::Partial;
        AuditRecord summary = m_intent.outcomeOf(
            outcome,
            m_intent.summary +
                QStringLiteral(": %1 succeeded, %2 failed, %3 cancelled").arg(ok).arg(failed).arg(cancelled),
            ApiError());
        summary.change = {{QStringLiteral("requested"), int(m_intent.targets.size())},
                          {QStringLiteral("succeeded"), ok},
                          {QStringLiteral("failed"), failed},
                          {QStringLiteral("cancelled"), cancelled}};
        m_audit->write(summary);
        m_intentWritten = false;
    }
    Q_EMIT finished();
}

void BulkOperation::retryFailed()
{
    m_rateLimitWaits = 0;
    for (Item &item : m_items) {
        if (item.status == Status::Failed || item.status == Status::Cancelled) {
            item.status = Status::Pending;
            item.error = ApiError();
        }
    }
    start();
}

void BulkOperation::cancel()
{
    m_cancelled = true;
    m_countdown->stop(); // says waiting(0); nothing new starts once cancelled
    for (int index : std::as_const(m_queue))
        m_items[index].status = Status::Cancelled;
    m_queue.clear();
    const auto running = m_inFlight;
    for (auto it = running.cbegin(); it != running.cend(); ++it)
        m_client->cancel(it.value()); // each reports back as cancelled
    if (running.isEmpty())
        finish(); // cancelled while waiting out a 429 (or before the intent was on disk): nothing else will report
}

void BulkOperation::launchMore()
{
    while (m_intentWritten && !m_cancelled && !m_countdown->isRunning() && !m_queue.isEmpty() &&
           m_inFlight.size() < m_concurrency)
        launch(m_queue.takeFirst());
}

void BulkOperation::launch(int index)
{
    m_items[index].status = Status::Running;
    const QString id = m_items.at(index).id;
    auto done = [this, index](const auto &result) { complete(index, result.ok() ? ApiError() : result.error()); };
    quint64 request = 0;
    switch (m_action) {
    case Action::Deactivate:
    case Action::Activate:
        request = m_client->patchIdentity(id,
                                          JsonPatch().replace(QStringLiteral("/state"), m_action == Action::Deactivate
                                                                                            ? QStringLiteral("inactive")
                                                                                            : QStringLiteral("active")),
                                          this, done);
        break;
    case Action::Delete:
        request = m_client->deleteIdentity(id, this, done);
        break;
    case Action::RevokeSessions:
        request = m_client->deleteIdentitySessions(id, this, done);
        break;
    case Action::RevokeSession:
        request = m_client->revokeSession(id, this, done);
        break;
    }
    m_inFlight.insert(index, request);
}

void BulkOperation::complete(int index, const ApiError &error)
{
    m_inFlight.remove(index);
    if (waitForRateLimit(index, error))
        return;
    Item &item = m_items[index];
    if (error.isNull()) {
        item.status = Status::Succeeded;
        m_rateLimitWaits = 0;
    } else {
        item.status = error.kind() == ApiError::Kind::Cancelled ? Status::Cancelled : Status::Failed;
    }
    item.error = error;
    if (m_audit) {
        // An item cancelled in flight may still have reached the server: it is recorded as failed.
        AuditRecord record;
        record.actionId = m_intent.actionId;
        record.action = auditAction(m_action);
        record.targets = {{targetKind(m_action), item.id, item.label}};
        record.reason = m_intent.reason;
        const AuditRecord::Outcome outcome = AuditRecord::outcomeFor(error);
        record = record.outcomeOf(outcome,
                                  QStringLiteral("%1 %2 %3: %4")
                                      .arg(verbFor(m_action), targetKind(m_action), item.label,
                                           item.status == Status::Cancelled
                                               ? QStringLiteral("cancelled in flight, it may have taken effect")
                                               : AuditRecord::outcomeName(outcome)),
                                  error);
        m_audit->write(record);
    }
    Q_EMIT itemFinished(index);
    const int done = int(m_items.size()) - count(Status::Pending) - count(Status::Running);
    Q_EMIT progress(done, int(m_items.size()));
    launchMore();
    if (m_inFlight.isEmpty() && (m_queue.isEmpty() || m_cancelled))
        finish();
}

// A 429 with a Retry-After Kratos means: the item goes back to the front of the queue and nothing
// new starts until the wait is over (calls already running finish). After MaxRateLimitWaits waits
// in a row, or for a longer wait, the item fails with Kratos's answer and "Retry failed" is the
// user's.
int BulkOperation::waitSeconds() const
{
    return m_countdown->secondsLeft();
}

bool BulkOperation::waitForRateLimit(int index, const ApiError &error)
{
    const int wait = error.retryAfterSeconds();
    if (m_cancelled || error.httpStatus() != 429 || wait < 0 || wait > MaxRetryAfterSeconds)
        return false;
    const bool startWait = !m_countdown->isRunning();
    if (startWait && m_rateLimitWaits >= MaxRateLimitWaits)
        return false;
    m_items[index].status = Status::Pending;
    m_queue.prepend(index);
    if (startWait) {
        ++m_rateLimitWaits;
        m_countdown->start(wait);
    }
    return true;
}
