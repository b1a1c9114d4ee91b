// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A recovery link or code put on the clipboard for the operator to hand over: cleared after
// ClearAfterMs if the clipboard still holds it.
namespace SecretClipboard {

constexpr int ClearAfterMs = 30000;

void copy(const QString &secret);
// What the dialog says after a copy.
QString copiedWords();

} // namespace SecretClipboard
