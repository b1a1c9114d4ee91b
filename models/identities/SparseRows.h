// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <algorithm>
#include <optional>

// A value for the few rows of a table that have one (an external id, an organisation), kept in
// row order beside the rows instead of in each of them: a row costs nothing for an empty value.
// Rows are numbered as the table numbers them; removing a row moves the ones after it up. Copies
// share the entries until one of them changes, as the table's rows do.
template<typename T>
class SparseRows
{
public:
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    void clear() { m_entries.clear(); }

    std::optional<T> value(int row) const
    {
        const auto it = find(row);
        if (it == m_entries.cend() || it->row != row)
            return std::nullopt;
        return it->value;
    }
    // For a row after every row that has a value (the table appends): no search.
    void append(int row, const T &value) { m_entries.append({row, value}); }
    void set(int row, const std::optional<T> &value)
    {
        const qsizetype at = find(row) - m_entries.cbegin();
        const bool has = at < m_entries.size() && m_entries.at(at).row == row;
        if (!value) {
            if (has)
                m_entries.removeAt(at);
        } else if (has) {
            m_entries[at].value = *value;
        } else {
            m_entries.insert(at, {row, *value});
        }
    }
    void removeRow(int row)
    {
        set(row, std::nullopt);
        for (qsizetype i = find(row) - m_entries.cbegin(); i < m_entries.size(); ++i)
            --m_entries[i].row;
    }

private:
    struct Entry
    {
        int row = 0;
        T value;
    };
    typename QList<Entry>::const_iterator find(int row) const
    {
        return std::lower_bound(m_entries.cbegin(), m_entries.cend(), row,
                                [](const Entry &e, int r) { return e.row < r; });
    }

    QList<Entry> m_entries;
};
