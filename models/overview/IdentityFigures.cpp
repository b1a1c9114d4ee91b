// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityFigures.h"

#include "LastSignIns.h"

#include "IdentityStore.h"

#include <vector>

IdentityFigures IdentityFigures::compute(const IdentityStore &store, const QDate &today, int utcOffsetSecs)
{
    IdentityFigures f;
    f.total = store.size();
    const QDate firstDay = today.addDays(1 - Days);
    const QDate firstWeek = weekStart(today).addDays(-7 * (Weeks - 1));
    for (QDate d = firstDay; d <= today; d = d.addDays(1))
        f.signUpsPerDay.insert(d, 0);
    for (QDate w = firstWeek; w <= today; w = w.addDays(7))
        f.signUpsPerWeek.insert(w, 0);
    // Counted into flat arrays by day number, then copied into the maps once.
    const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    const qint64 firstWeekDay = firstWeek.toJulianDay();
    const qint64 lastDay = today.toJulianDay();
    std::vector<int> perDay(std::size_t(lastDay - firstWeekDay + 1), 0);
    QHash<QString, int> schemas;
    QString lastSchema;
    int *lastSchemaCount = nullptr;
    for (int row = 0; row < f.total; ++row) {
        const qint64 ms = store.createdMs(row);
        if (ms > 0) {
            const qint64 secs = ms / 1000 + utcOffsetSecs;
            const qint64 day = epochDay + (secs >= 0 ? secs / 86400 : (secs - 86399) / 86400);
            if (day >= firstWeekDay && day <= lastDay)
                ++perDay[std::size_t(day - firstWeekDay)];
        }
        switch (store.state(row)) {
        case Identity::State::Active:
            ++f.active;
            break;
        case Identity::State::Inactive:
            ++f.inactive;
            break;
        case Identity::State::Unknown:
            ++f.otherState;
            break;
        }
        switch (store.loginAddress(row)) {
        case IdentityStore::LoginAddress::Verified:
            ++f.loginVerified;
            break;
        case IdentityStore::LoginAddress::Unverified:
            ++f.loginUnverified;
            break;
        case IdentityStore::LoginAddress::NotAnAddress:
            ++f.loginNotAnAddress;
            break;
        }
        const QString schema = store.schemaId(row);
        if (!lastSchemaCount || schema != lastSchema) { // rows of one schema tend to come together
            lastSchema = schema;
            lastSchemaCount = &schemas[schema];
        }
        ++*lastSchemaCount;
    }
    for (std::size_t i = 0; i < perDay.size(); ++i) {
        const QDate day = QDate::fromJulianDay(firstWeekDay + qint64(i));
        if (day >= firstDay)
            f.signUpsPerDay[day] += perDay[i];
        f.signUpsPerWeek[weekStart(day)] += perDay[i];
    }
    for (auto it = schemas.cbegin(); it != schemas.cend(); ++it)
        f.schemaUsage.insert(it.key().isEmpty() ? QStringLiteral("(none)") : it.key(), it.value());
    return f;
}

int IdentityFigures::countDormant(const IdentityStore &store, const LastSignIns &signIns, qint64 nowMs)
{
    const qint64 since = nowMs - qint64(DormantDays) * 24 * 3600 * 1000;
    int dormant = 0;
    for (int row = 0; row < store.size(); ++row) {
        if (store.state(row) != Identity::State::Active || store.createdMs(row) <= 0 || store.createdMs(row) >= since)
            continue;                                // inactive, or too new to have been away that long
        if (signIns.latestMs(store.id(row)) < since) // None is the smallest
            ++dormant;
    }
    return dormant;
}

int IdentityFigures::countInvitedWithoutSession(const IdentityStore &store, const LastSignIns &signIns,
                                                const QSet<QString> &invited)
{
    if (invited.isEmpty())
        return 0;
    int count = 0;
    for (int row = 0; row < store.size(); ++row) {
        if (store.state(row) == Identity::State::Active && signIns.latestMs(store.id(row)) == LastSignIns::None &&
            invited.contains(store.id(row)))
            ++count;
    }
    return count;
}
