// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>

// How deeply a JSON value nests, measured without recursion (an explicit stack), so that a
// document built by a hostile patch cannot overflow the simulator's stack while it is checked.
class SimJsonDepth final
{
public:
    SimJsonDepth() = delete;

    // What the simulator stores: traits, metadata and credentials nested at most this deep, so
    // that an identity inside a list page stays within what Qt's JSON reader takes (1,024).
    static constexpr int kMaxStored = 256;
    // The most segments a JSON Pointer in a patch may have.
    static constexpr int kMaxPointerSegments = kMaxStored;

    // True when `value` nests deeper than `limit` levels (a scalar is 0, `{}` and `[]` are 1).
    // Stops looking as soon as the limit is passed.
    static bool exceeds(const QJsonValue &value, int limit);
};
