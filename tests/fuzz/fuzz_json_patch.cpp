// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON Patch built from an identity before and after an edit ("before\n--\nafter").
#include "FuzzInput.h"
#include "JsonPatch.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [before, after] = FuzzInput::split(FuzzInput::bytes(data, size));
    const JsonPatch patch = JsonPatch::diff(FuzzInput::json(before), FuzzInput::json(after), QStringLiteral("/traits"));
    (void)patch.toJson();
    (void)JsonPatch::isAllowedPath(QString::fromUtf8(before.left(64)));
    return 0;
}
