// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityRowSelection.h"

#include "IdentityListModel.h"
#include "RowPieces.h"

#include <QCollator>

#include <algorithm>

namespace {

template<typename Less>
void stableSort(std::vector<int> *rows, Qt::SortOrder order, Less less)
{
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows->begin(), rows->end(), less);
    else
        std::stable_sort(rows->begin(), rows->end(), [&less](int a, int b) { return less(b, a); });
}

int stateRank(Identity::State state)
{
    switch (state) {
    case Identity::State::Active:
        return 0;
    case Identity::State::Inactive:
        return 1;
    case Identity::State::Unknown:
        break;
    }
    return 2;
}

} // namespace

IdentityRowSelection::Result IdentityRowSelection::compute(const IdentityStore &store, const Criteria &criteria,
                                                           const RowBits *refineFrom, Result recycled)
{
    Result result;
    const int storeRows = store.size();
    result.storeRows = storeRows;
    if (!criteria.lowerQuery.isEmpty())
        result.matches = store.matches(criteria.lowerQuery, refineFrom);
    // The rows shown: those with the query (all without one) in the state asked for.
    RowBits filtered;
    const RowBits *shown = &result.matches;
    if (result.matches.empty() || criteria.state) {
        filtered = result.matches.empty() ? RowBits(storeRows, true) : result.matches;
        if (criteria.state)
            RowPieces::run(storeRows, [&](int, int from, int to) {
                filtered.forEach(from, to, [&](int row) {
                    if (store.state(row) != *criteria.state)
                        filtered.reset(row);
                });
            });
        shown = &filtered;
    }
    // On two threads for a long list: each piece counts its rows, then writes them where the
    // pieces before it end (and, in the server's order, where each is shown).
    std::vector<int> offsets(size_t(RowPieces::count(storeRows)) + 1, 0);
    RowPieces::run(storeRows,
                   [&](int piece, int from, int to) { offsets[size_t(piece) + 1] = shown->count(from, to); });
    for (size_t i = 1; i < offsets.size(); ++i)
        offsets[i] += offsets[i - 1];
    const bool sorted = criteria.sortColumn >= 0;
    result.rows = std::move(recycled.rows);
    result.rows.resize(size_t(offsets.back()));
    result.shownAt = std::move(recycled.shownAt);
    result.shownAt.resize(size_t(storeRows));
    RowPieces::run(storeRows, [&](int piece, int from, int to) {
        std::fill(result.shownAt.begin() + from, result.shownAt.begin() + to, -1);
        int at = offsets[size_t(piece)];
        shown->forEach(from, to, [&](int row) {
            result.rows[size_t(at)] = row;
            if (!sorted)
                result.shownAt[size_t(row)] = at;
            ++at;
        });
    });
    if (sorted) {
        sort(store, &result.rows, criteria.sortColumn, criteria.order, criteria.signIns.get());
        for (size_t i = 0; i < result.rows.size(); ++i)
            result.shownAt[size_t(result.rows[i])] = int(i);
    }
    return result;
}

IdentityRowSelection::Result IdentityRowSelection::compute(const IdentityStore &store, const Criteria &criteria,
                                                           const RowBits *refineFrom)
{
    return compute(store, criteria, refineFrom, Result());
}

bool IdentityRowSelection::accepts(const IdentityStore &store, int row, const Criteria &criteria)
{
    if (criteria.state && store.state(row) != *criteria.state)
        return false;
    if (criteria.lowerQuery.isEmpty())
        return true;
    const QByteArray query = criteria.lowerQuery.toUtf8();
    return store.rowMatches(row, std::string_view(query.constData(), size_t(query.size())));
}

void IdentityRowSelection::sort(const IdentityStore &store, std::vector<int> *rows, int column, Qt::SortOrder order,
                                const LastSignIns *signIns)
{
    switch (column) {
    case IdentityListModel::IdentifierColumn:
    case IdentityListModel::NameColumn:
    case IdentityListModel::SchemaColumn: {
        // One collation key per row, made once: comparing keys is a byte comparison.
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::vector<QCollatorSortKey> keys;
        keys.reserve(rows->size());
        for (const int row : *rows) {
            const QString text = column == IdentityListModel::IdentifierColumn ? store.identifier(row)
                                 : column == IdentityListModel::NameColumn     ? store.name(row)
                                                                               : store.schemaId(row);
            // Folded first: in the C locale a sort key is the text itself, whatever the case setting.
            keys.push_back(collator.sortKey(text.toCaseFolded()));
        }
        std::vector<int> positions(rows->size());
        for (size_t i = 0; i < positions.size(); ++i)
            positions[i] = int(i);
        stableSort(&positions, order, [&keys](int a, int b) { return keys[size_t(a)].compare(keys[size_t(b)]) < 0; });
        std::vector<int> sorted;
        sorted.reserve(rows->size());
        for (const int position : positions)
            sorted.push_back((*rows)[size_t(position)]);
        *rows = std::move(sorted);
        return;
    }
    case IdentityListModel::StateColumn:
        stableSort(rows, order,
                   [&store](int a, int b) { return stateRank(store.state(a)) < stateRank(store.state(b)); });
        return;
    case IdentityListModel::VerifiedColumn:
        stableSort(rows, order, [&store](int a, int b) { return !store.verified(a) && store.verified(b); });
        return;
    case IdentityListModel::CreatedColumn:
        stableSort(rows, order, [&store](int a, int b) { return store.createdMs(a) < store.createdMs(b); });
        return;
    case IdentityListModel::UpdatedColumn:
        stableSort(rows, order, [&store](int a, int b) { return store.updatedMs(a) < store.updatedMs(b); });
        return;
    case IdentityListModel::IdColumn:
        stableSort(rows, order, [&store](int a, int b) { return store.idBytes(a) < store.idBytes(b); });
        return;
    case IdentityListModel::OrganisationColumn: {
        std::vector<QString> keys(size_t(store.size()));
        for (const int row : *rows)
            keys[size_t(row)] = store.organisationId(row);
        stableSort(rows, order, [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
        return;
    }
    case IdentityListModel::ExternalIdColumn: {
        // Looked up once a row; none sorts first.
        std::vector<QByteArrayView> keys(size_t(store.size()));
        for (const int row : *rows)
            keys[size_t(row)] = store.externalIdBytes(row);
        stableSort(rows, order, [&keys](int a, int b) { return keys[size_t(a)] < keys[size_t(b)]; });
        return;
    }
    case IdentityListModel::LastSignInColumn: {
        if (!signIns)
            return; // unknown for everyone: the order stays
        std::vector<qint64> latest(size_t(store.size()), LastSignIns::None);
        for (const int row : *rows)
            latest[size_t(row)] = signIns->latestMs(store.id(row));
        stableSort(rows, order, [&latest](int a, int b) { return latest[size_t(a)] < latest[size_t(b)]; });
        return;
    }
    default:
        return;
    }
}
