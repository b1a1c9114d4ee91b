// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowPieces.h"

#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace {

int rowsPerPiece(int rows)
{
    return (rows + RowPieces::MaxPieces - 1) / RowPieces::MaxPieces / 64 * 64 + 64;
}

} // namespace

int RowPieces::count(int rows)
{
    if (rows < ParallelRows)
        return 1;
    return (rows + rowsPerPiece(rows) - 1) / rowsPerPiece(rows);
}

void RowPieces::run(int rows, const std::function<void(int piece, int from, int to)> &work)
{
    if (rows < ParallelRows) {
        work(0, 0, rows);
        return;
    }
    const int size = rowsPerPiece(rows);
    std::atomic<int> next = 0;
    const auto takePieces = [&]() {
        for (int piece = next++; piece * size < rows; piece = next++)
            work(piece, piece * size, qMin(rows, (piece + 1) * size));
    };
    // Waiting for a task that has not started runs it here, where no piece is left.
    QFuture<void> helper = QtConcurrent::run(takePieces);
    takePieces();
    helper.waitForFinished();
}
