// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Why an operator made a change: free words or a ticket reference ("SUP-1234", "#1234"), given in
// the confirmation or with --reason, recorded in the audit record and forwarded with it. A profile
// can require one; AuditLog then refuses an intent without it, so nothing is sent.
namespace ChangeReason {

// Longer reasons are cut: a reason says why, the ticket holds the story.
constexpr int MaxLength = 300;

// One line: line breaks and tabs become spaces, other control and format characters (bidi
// overrides, zero-width characters) are dropped, runs of spaces shortened, the ends trimmed, and
// the text cut at MaxLength.
QString clean(const QString &text);

// Whether a record of this action is asked for a reason: every change, and the reads that hand
// personal data or secrets over (export, revealing a message body); not a plain read such as
// copying a summary, and not the trail's own records (audit.*).
bool asksFor(const QString &action);

// What AuditLog reports, as a trail problem, when it refuses an intent for want of a reason.
QString missingProblem();

// The ticket references in a reason, in order: "SUP-1234" (project key, dash, number) and
// "#1234". A reference is a whole word: "ABC-12x" and "a#12" are none.
QStringList tickets(const QString &reason);

// Empty when `urlTemplate` can make ticket links: empty, or an http(s) URL with "{ticket}" in it.
// Otherwise what is wrong, in words.
QString validateTemplate(const QString &urlTemplate);

// The ticket's address: "{ticket}" replaced by the reference, percent-encoded, without a leading
// "#". Empty when the template is empty or invalid.
QString ticketUrl(const QString &urlTemplate, const QString &ticket);

// The reason as HTML for a rich-text label: escaped, with each ticket reference a link when the
// template is usable, plain text otherwise.
QString toHtml(const QString &reason, const QString &urlTemplate);

} // namespace ChangeReason
