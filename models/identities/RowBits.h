// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <initializer_list>
#include <vector>

// One flag per row of a list, 64 to a word: which rows contain a query, or are shown. Counting
// them, or visiting the flagged ones, takes one step per word, not per row — at a million rows
// that is what keeps the quick filter's list of rows quick. Two threads may set flags at once if
// they touch different words (rows in different multiples of 64, as RowPieces cuts them).
class RowBits
{
public:
    RowBits() = default;
    explicit RowBits(int size, bool value = false);
    RowBits(std::initializer_list<bool> flags);

    int size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    bool operator[](int row) const { return (m_words[size_t(row) >> 6] >> (row & 63)) & 1; }
    void set(int row) { m_words[size_t(row) >> 6] |= quint64(1) << (row & 63); }
    void reset(int row) { m_words[size_t(row) >> 6] &= ~(quint64(1) << (row & 63)); }
    // How many rows are flagged in all, or in [from, to).
    int count() const { return count(0, m_size); }
    int count(int from, int to) const;
    // Keeps only the rows flagged in both (`other` has the same size).
    void intersect(const RowBits &other);
    // Calls visit(row) for each flagged row of [from, to), in order.
    template<typename Visit>
    void forEach(int from, int to, Visit visit) const
    {
        for (int w = from >> 6; w <= (to - 1) >> 6 && from < to; ++w) {
            quint64 word = m_words[size_t(w)] & maskFrom(from - w * 64) & maskTo(to - w * 64);
            for (; word != 0; word &= word - 1)
                visit(w * 64 + __builtin_ctzll(word));
        }
    }

    friend bool operator==(const RowBits &a, const RowBits &b) = default;

private:
    // The bits of a word from place `from` on, and before place `to` (either may lie outside 0..64).
    static quint64 maskFrom(int from) { return from <= 0 ? ~quint64(0) : from >= 64 ? 0 : ~quint64(0) << from; }
    static quint64 maskTo(int to) { return to >= 64 ? ~quint64(0) : to <= 0 ? 0 : ~(~quint64(0) << to); }

    std::vector<quint64> m_words; // the bits past m_size are always 0
    int m_size = 0;
};
