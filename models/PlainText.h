// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text from a server or a file shown where Qt would guess rich text: a tooltip (and any label left
// on Qt::AutoText) renders "<img src=…>" or "<a href=…>" as markup when it looks like HTML. This
// wraps the text so that it always shows as the characters it is.
namespace PlainText {

QString toolTip(const QString &untrusted);
// The same text with a zero-width break opportunity after each "@", "." and "/" inside a word,
// so that a wrapping label can break a long e-mail address or URL instead of clipping it. For
// display only: copied text would carry the invisible characters.
QString breakable(const QString &text);

} // namespace PlainText
