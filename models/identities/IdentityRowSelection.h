// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"
#include "IdentityStore.h"
#include "LastSignIns.h"
#include "RowBits.h"

#include <QString>

#include <optional>
#include <vector>

// Which rows of the identities list the quick filter shows, and in which order. Computed from a
// snapshot of the store on any thread, so that filtering or sorting a million rows never runs
// on the UI thread (IdentityFilterProxy applies the result).
class IdentityRowSelection
{
public:
    struct Criteria
    {
        QString lowerQuery;                   // a substring of a trait value or the id; empty: any
        std::optional<Identity::State> state; // only identities in this state
        int sortColumn = -1;                  // an IdentityListModel::Column; -1: the server's order
        Qt::SortOrder order = Qt::AscendingOrder;
        std::shared_ptr<const LastSignIns> signIns = {}; // for sorting by the Last sign-in column
    };
    struct Result
    {
        std::vector<int> rows;    // the store rows shown, in the order shown
        std::vector<int> shownAt; // per store row: where it is shown, or -1
        RowBits matches;          // per store row: whether it contains the query (empty without one)
        int storeRows = 0;        // the store's size it was computed for
    };

    // `refineFrom`: an earlier result's matches for a query this one extends, over the same rows.
    // `recycled`: an earlier result no longer shown, whose buffers are filled again (at a million
    // rows, fresh ones cost more page faults than the search itself).
    static Result compute(const IdentityStore &store, const Criteria &criteria, const RowBits *refineFrom,
                          Result recycled);
    static Result compute(const IdentityStore &store, const Criteria &criteria, const RowBits *refineFrom = nullptr);
    // Whether one row is shown: for rows that came after a result was computed.
    static bool accepts(const IdentityStore &store, int row, const Criteria &criteria);
    // Orders `rows` as the sort column says; equal rows keep their order (as QSortFilterProxyModel
    // does). Text is compared as the locale does, ignoring case.
    static void sort(const IdentityStore &store, std::vector<int> *rows, int column, Qt::SortOrder order,
                     const LastSignIns *signIns = nullptr);
};
