// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QSet>
#include <QString>

class IdentityStore;
class LastSignIns;

// What the overview says of the loaded identities: sign-ups per day and per week, states,
// verified and unverified login addresses, schema usage. Computed from the compact store alone
// (never from credentials), in one pass; safe on any thread with a snapshot of the store.
struct IdentityFigures
{
    int total = 0;
    QMap<QDate, int> signUpsPerDay;  // the last `days` days up to today, every day present
    QMap<QDate, int> signUpsPerWeek; // keyed by the week's Monday, the last `weeks` weeks
    int active = 0;
    int inactive = 0;
    int otherState = 0;
    // The login identifier (the schema's identifier trait, as the Identities page shows it):
    int loginVerified = 0;     // a verified address
    int loginUnverified = 0;   // an address not verified yet
    int loginNotAnAddress = 0; // a username or no identifier: nothing to verify
    QMap<QString, int> schemaUsage;
    // Active identities older than DormantDays with no sign-in in that time, as the sessions Kratos
    // still has tell (LastSignIns); -1 when the sign-ins are not known.
    int dormant = -1;
    static constexpr int DormantDays = 90;
    // People invited from this or an imported trail (InvitationLedger) whose identity is here and
    // active with no session kept: invited but never signed in, as far as the sessions tell; -1
    // when the sign-ins are not known.
    int invitedNoSession = -1;

    static constexpr int Days = 30;
    static constexpr int Weeks = 12;
    // Days and weeks end at `today`; a sign-up's day is its creation time shifted by
    // `utcOffsetSecs` (the operator's time zone now, once for all rows).
    static IdentityFigures compute(const IdentityStore &store, const QDate &today, int utcOffsetSecs);
    // The dormant count of `store` at `nowMs` (milliseconds since the epoch, UTC).
    static int countDormant(const IdentityStore &store, const LastSignIns &signIns, qint64 nowMs);
    // The invited-but-never-signed-in count of `store` for the invited identity ids `invited`.
    static int countInvitedWithoutSession(const IdentityStore &store, const LastSignIns &signIns,
                                          const QSet<QString> &invited);
    static QDate weekStart(const QDate &day) { return day.addDays(1 - day.dayOfWeek()); }
};
