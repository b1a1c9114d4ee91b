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

enum class LineBreaks
{
    Keep,   // LF and TAB pass (a message of several lines)
    Escape, // every control is escaped (a table cell)
};
// Text from a server or a user written to a terminal: C0 and C1 controls, DEL and the
// bidirectional embeddings, overrides and isolates are shown escaped ("\x1b", "\u202e"), so that
// a server cannot set the window title, clear the screen, move the cursor or reorder a line.
// CR is always escaped: it would let a value overwrite what was written before it.
QString forTerminal(const QString &untrusted, LineBreaks lineBreaks = LineBreaks::Keep);

} // namespace PlainText
