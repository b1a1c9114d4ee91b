// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowBits.h"

#include <QtTest>

#include <vector>

namespace {

// The rows of `size` flagged where `every` divides row - `offset`.
std::vector<bool> pattern(int size, int every, int offset)
{
    std::vector<bool> flags(size_t(size), false);
    for (int row = 0; row < size; ++row)
        flags[size_t(row)] = every > 0 && (row - offset) % every == 0 && row >= offset;
    return flags;
}

RowBits bitsOf(const std::vector<bool> &flags)
{
    RowBits bits(int(flags.size()));
    for (size_t row = 0; row < flags.size(); ++row)
        if (flags[row])
            bits.set(int(row));
    return bits;
}

} // namespace

class tst_RowBits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // count(from, to) and forEach(from, to) agree with a row-by-row answer, for ranges inside one
    // word, across words and at the list's end.
    void countsAndVisitsARange_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("every");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("empty range") << 200 << 1 << 70 << 70;
        QTest::newRow("inside one word") << 200 << 1 << 3 << 9;
        QTest::newRow("one whole word") << 200 << 1 << 64 << 128;
        QTest::newRow("across words") << 200 << 3 << 5 << 190;
        QTest::newRow("to the end, not a multiple of 64") << 199 << 2 << 0 << 199;
        QTest::newRow("last row only") << 199 << 1 << 198 << 199;
        QTest::newRow("no row flagged") << 300 << 0 << 0 << 300;
        QTest::newRow("a million rows") << 1000001 << 7 << 64 << 1000001;
    }
    void countsAndVisitsARange()
    {
        QFETCH(int, size);
        QFETCH(int, every);
        QFETCH(int, from);
        QFETCH(int, to);
        const std::vector<bool> flags = pattern(size, every, 1);
        const RowBits bits = bitsOf(flags);
        QCOMPARE(bits.size(), size);
        std::vector<int> want;
        for (int row = from; row < to; ++row)
            if (flags[size_t(row)])
                want.push_back(row);
        QCOMPARE(bits.count(from, to), int(want.size()));
        std::vector<int> visited;
        bits.forEach(from, to, [&visited](int row) { visited.push_back(row); });
        QCOMPARE(visited, want);
        QCOMPARE(bits.count(), int(std::count(flags.begin(), flags.end(), true)));
    }

    // Every row flagged, for sizes on and off a word's border: the bits past the end stay clear,
    // so two lists with the same flags are equal however they were made.
    void allRowsFlagged_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("63") << 63;
        QTest::newRow("64") << 64;
        QTest::newRow("65") << 65;
        QTest::newRow("1000") << 1000;
    }
    void allRowsFlagged()
    {
        QFETCH(int, size);
        const RowBits all(size, true);
        QCOMPARE(all.count(), size);
        QCOMPARE(all, bitsOf(std::vector<bool>(size_t(size), true)));
        QCOMPARE(all.empty(), size == 0);
        RowBits fewer = all;
        if (size > 0) {
            fewer.reset(size - 1);
            QCOMPARE(fewer.count(), size - 1);
            QVERIFY(fewer != all);
            QVERIFY(!fewer[size - 1]);
        }
    }

    void intersectKeepsRowsFlaggedInBoth()
    {
        const std::vector<bool> twos = pattern(1000, 2, 0);
        const std::vector<bool> threes = pattern(1000, 3, 0);
        RowBits both = bitsOf(twos);
        both.intersect(bitsOf(threes));
        QCOMPARE(both, bitsOf(pattern(1000, 6, 0)));
        QCOMPARE((RowBits{true, false, true}), bitsOf({true, false, true}));
    }
};

QTEST_APPLESS_MAIN(tst_RowBits)
#include "tst_rowbits.moc"
