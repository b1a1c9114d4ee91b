// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimJsonDepth.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>
#include <vector>

bool SimJsonDepth::exceeds(const QJsonValue &value, int limit)
{
    std::vector<std::pair<QJsonValue, int>> stack{{value, 0}};
    while (!stack.empty()) {
        const auto [node, depth] = std::move(stack.back());
        stack.pop_back();
        if (!node.isObject() && !node.isArray())
            continue;
        if (depth + 1 > limit)
            return true;
        if (node.isObject()) {
            const QJsonObject object = node.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                stack.emplace_back(it.value(), depth + 1);
        } else {
            const QJsonArray array = node.toArray();
            for (const QJsonValue &item : array)
                stack.emplace_back(item, depth + 1);
        }
    }
    return false;
}
