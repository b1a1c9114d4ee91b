// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

// Work over the rows of a long list on two threads: the list is cut into pieces whose borders are
// multiples of 64 rows (so that no word of per-row flags (RowBits) is written by two
// pieces), and this thread and one from the global pool each take the next piece as they are free.
// A pool thread that starts late (3 ms was seen) then simply takes fewer pieces.
class RowPieces
{
public:
    // From this many rows on, two threads share the work; below, one piece on this thread.
    static constexpr int ParallelRows = 50000;
    static constexpr int MaxPieces = 16;

    // How many pieces `rows` rows are cut into (1 below ParallelRows).
    static int count(int rows);
    // Calls work(piece, from, to) for each piece [from, to) of [0, rows), pieces numbered from 0 in
    // the order of their rows; returns when every piece is done.
    static void run(int rows, const std::function<void(int piece, int from, int to)> &work);
};
