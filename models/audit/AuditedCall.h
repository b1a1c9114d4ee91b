// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ApiResult.h"
#include "AuditLog.h"
#include "AuditRecord.h"
#include "ChangeReason.h"

#include <QObject>
#include <QTimer>

#include <functional>

// The fail-closed order every audited action follows: the intent is written, and only once it is
// on disk does `send` run; the outcome follows the answer; then `done` hears of it. When the
// intent cannot be written nothing is sent and `done` gets an AuditTrail error. `doneWords` is
// the outcome's summary on success ("Deactivated identity mary@example.com").
namespace AuditedCall {

template<typename T>
using Done = std::function<void(const ApiResult<T> &)>;

// What an action reports when its intent was not written: the trail's problem, or the missing
// reason the profile asks for (AuditLog refuses such an intent before writing it).
inline ApiError trailError(const QString &problem)
{
    if (problem == ChangeReason::missingProblem())
        return ApiError(ApiError::Kind::ReasonRequired, problem);
    return ApiError(ApiError::Kind::AuditTrail, problem);
}

// `annotate` may add to the outcome what only the answer tells (the id of a created identity).
template<typename T>
void run(AuditLog *log, AuditRecord intent, QObject *context, std::function<void(Done<T>)> send,
         const QString &doneWords, Done<T> done, std::function<void(AuditRecord &, const ApiResult<T> &)> annotate = {})
{
    if (!log) {
        QTimer::singleShot(0, context, [done]() { done(trailError(QStringLiteral("no audit trail is configured"))); });
        return;
    }
    intent.actionId = AuditRecord::newActionId();
    intent.phase = AuditRecord::Phase::Intent;
    intent.outcome = AuditRecord::Outcome::Pending;
    log->write(intent, context,
               [log, intent, context, send = std::move(send), doneWords, done, annotate](const QString &problem) {
                   if (!problem.isEmpty()) {
                       done(trailError(problem));
                       return;
                   }
                   send([log, intent, context, doneWords, done, annotate](const ApiResult<T> &result) {
                       const ApiError error = result.ok() ? ApiError() : result.error();
                       const AuditRecord::Outcome outcome = AuditRecord::outcomeFor(error);
                       const QString words = outcome == AuditRecord::Outcome::Succeeded ? doneWords
                                             : outcome == AuditRecord::Outcome::Refused
                                                 ? intent.summary + QStringLiteral(": refused, nothing sent")
                                                 : intent.summary + QStringLiteral(": failed");
                       AuditRecord record = intent.outcomeOf(outcome, words, error);
                       if (annotate)
                           annotate(record, result);
                       log->write(record, context);
                       done(result);
                   });
               });
}

} // namespace AuditedCall
