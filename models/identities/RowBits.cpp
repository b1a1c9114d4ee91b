// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowBits.h"

RowBits::RowBits(int size, bool value)
    : m_words((size_t(qMax(0, size)) + 63) / 64, value ? ~quint64(0) : 0)
    , m_size(qMax(0, size))
{
    if (value && m_size % 64 != 0)
        m_words.back() = maskTo(m_size % 64);
}

RowBits::RowBits(std::initializer_list<bool> flags)
    : RowBits(int(flags.size()))
{
    int row = 0;
    for (const bool flag : flags) {
        if (flag)
            set(row);
        ++row;
    }
}

int RowBits::count(int from, int to) const
{
    int n = 0;
    for (int w = from >> 6; w <= (to - 1) >> 6 && from < to; ++w)
        n += __builtin_popcountll(m_words[size_t(w)] & maskFrom(from - w * 64) & maskTo(to - w * 64));
    return n;
}

void RowBits::intersect(const RowBits &other)
{
    for (size_t w = 0; w < m_words.size() && w < other.m_words.size(); ++w)
        m_words[w] &= other.m_words[w];
}
