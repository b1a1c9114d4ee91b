// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowTextScan.h"

#include <QRandomGenerator>
#include <QtTest>

#include <string_view>
#include <vector>

namespace {

using Blocks = RowTextScan::Blocks;

// The rows back to back, each ending in '\0', as IdentityStore keeps them.
QByteArray joined(const QList<QByteArray> &rows)
{
    QByteArray text;
    for (const QByteArray &row : rows)
        text += row + '\0';
    return text;
}

// Row by row, the slow and obvious way.
RowBits expected(const QList<QByteArray> &rows, int firstRow, const QByteArray &needle)
{
    RowBits out(firstRow + int(rows.size()));
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).contains(needle))
            out.set(firstRow + i);
    return out;
}

RowBits scanned(Blocks blocks, const QList<QByteArray> &rows, int firstRow, const QByteArray &needle)
{
    // Copied into a buffer of its own size, so that a read past the end trips the sanitizers.
    const QByteArray text = joined(rows);
    std::vector<char> bytes(text.begin(), text.end());
    RowBits out(firstRow + int(rows.size()));
    RowTextScan::flagRows(blocks, bytes.data(), bytes.data() + bytes.size(), firstRow,
                          std::string_view(needle.constData(), size_t(needle.size())), &out);
    return out;
}

QString firstDifference(const RowBits &got, const RowBits &want)
{
    if (got.size() != want.size())
        return QStringLiteral("%1 rows, expected %2").arg(got.size()).arg(want.size());
    for (int i = 0; i < want.size(); ++i)
        if (got[i] != want[i])
            return QStringLiteral("row %1: flagged %2, expected %3").arg(i).arg(got[i]).arg(want[i]);
    return {};
}

QList<Blocks> everyBlocks()
{
    return {Blocks::None, Blocks::Sse2, Blocks::Avx2};
}

} // namespace

class tst_RowTextScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("widest blocks here: %s", RowTextScan::best() == Blocks::Avx2   ? "AVX2"
                                        : RowTextScan::best() == Blocks::Sse2 ? "SSE2"
                                                                              : "none");
    }

    // Each case is looked for with every kind of block (AVX2 only where the processor has it):
    // each must flag exactly the rows that contain the needle.
    void flagsTheRowsThatContainTheNeedle_data()
    {
        QTest::addColumn<QList<QByteArray>>("rows");
        QTest::addColumn<QByteArray>("needle");
        const QByteArray pad15(15, '.');
        const QByteArray pad31(31, '.');
        QTest::newRow("one row, one byte") << QList<QByteArray>{"x"} << QByteArray("x");
        QTest::newRow("empty rows around") << QList<QByteArray>{"", "ab", "", "", "ab", ""} << QByteArray("ab");
        QTest::newRow("at a row's start and end")
            << QList<QByteArray>{"needle" + pad31, pad31 + "needle", pad15 + "needl", "eedle"} << QByteArray("needle");
        QTest::newRow("never across two rows")
            << QList<QByteArray>{pad31 + "nee", "dle" + pad15, "nee", "dle"} << QByteArray("needle");
        QTest::newRow("across a 16-byte block")
            << QList<QByteArray>{pad15.left(13) + "abcdef", pad15 + "abcdef"} << QByteArray("abcdef");
        QTest::newRow("across a 32-byte block")
            << QList<QByteArray>{pad31.left(29) + "abcdef", pad31 + "abcdef"} << QByteArray("abcdef");
        QTest::newRow("every row, many times")
            << QList<QByteArray>(100, "e.e.e.e.e.e.e.e.e.e.e.e.e.e.e.e.e.e.e.e") << QByteArray("e");
        QTest::newRow("first and last byte match, middle not")
            << QList<QByteArray>{"axxb" + pad31, pad31 + "ayyb", "axyb"} << QByteArray("axyb");
        QTest::newRow("longer than a block")
            << QList<QByteArray>{QByteArray(40, 'q'), QByteArray(39, 'q'), "q"} << QByteArray(40, 'q');
        QTest::newRow("non-ASCII") << QList<QByteArray>{QString(QStringLiteral("zoë")).toUtf8(), "zoe"}
                                   << QString(QStringLiteral("ë")).toUtf8();
        QTest::newRow("separators inside a row")
            << QList<QByteArray>{"id\nfirst\nlast\n", "a\nb"} << QByteArray("t\nl");
        // More row ends between two hits than a byte-wide counter holds (255 per place): rows of
        // 16 bytes put a row end at the same place of every block.
        QList<QByteArray> manyShort(20000, "abcdefghijklmno");
        manyShort[0] = "hit............";
        manyShort[9000] = "hit............";
        manyShort[19999] = "hit............";
        QTest::newRow("thousands of rows between hits") << manyShort << QByteArray("hit");
        QList<QByteArray> longRows(40, QByteArray(300, 'z'));
        longRows[39] += "hit";
        QTest::newRow("long rows, a hit at the very end") << longRows << QByteArray("hit");
    }
    void flagsTheRowsThatContainTheNeedle()
    {
        QFETCH(QList<QByteArray>, rows);
        QFETCH(QByteArray, needle);
        const RowBits want = expected(rows, 7, needle);
        QVERIFY(want.count() > 0 || QByteArray(QTest::currentDataTag()).contains("never"));
        for (const Blocks blocks : everyBlocks()) {
            const RowBits got = scanned(blocks, rows, 7, needle);
            QVERIFY2(got == want,
                     qPrintable(QStringLiteral("blocks %1: %2").arg(int(blocks)).arg(firstDifference(got, want))));
        }
    }

    // Random rows over a small alphabet, so that first and last bytes match often and hits fall
    // everywhere: every kind of block agrees with the row-by-row answer.
    void agreesWithRowByRowOnRandomText()
    {
        QRandomGenerator random(20261206);
        const QByteArray alphabet = "abcab\n-1";
        for (int round = 0; round < 200; ++round) {
            QList<QByteArray> rows;
            const int count = 1 + int(random.bounded(60));
            for (int i = 0; i < count; ++i) {
                QByteArray row;
                const int length = int(random.bounded(i % 7 == 0 ? 90 : 20));
                for (int j = 0; j < length; ++j)
                    row += alphabet.at(int(random.bounded(int(alphabet.size()))));
                rows.append(row);
            }
            QByteArray needle;
            const int length = 1 + int(random.bounded(5));
            for (int j = 0; j < length; ++j)
                needle += alphabet.at(int(random.bounded(int(alphabet.size()))));
            const RowBits want = expected(rows, round, needle);
            for (const Blocks blocks : everyBlocks()) {
                const RowBits got = scanned(blocks, rows, round, needle);
                if (got != want)
                    QFAIL(qPrintable(QStringLiteral("round %1, needle \"%2\", blocks %3: %4")
                                         .arg(round)
                                         .arg(QString::fromUtf8(needle))
                                         .arg(int(blocks))
                                         .arg(firstDifference(got, want))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_RowTextScan)
#include "tst_rowtextscan.moc"
