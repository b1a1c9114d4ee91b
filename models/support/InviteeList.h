// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Invitee.h"

#include <QList>
#include <QStringList>

// Who is to be invited, read from what a person typed or from a CSV file: a header row that names
// an `email` column and, in any further column, a trait path ("name.first" or "name/first"); one
// person a row (RFC 4180 quoting, CRLF or LF, a UTF-8 byte-order mark is skipped). The file is
// hostile until read: its size, rows, columns and cells are capped, a quoted field that never
// closes is an error, and every cell is one line of text without control characters. A row that
// cannot be used is not invited and is named in `problems`; the others are.
namespace InviteeList {

constexpr qint64 MaxFileBytes = qint64(4) * 1024 * 1024;
constexpr int MaxInvitees = 1000;
constexpr int MaxColumns = 32;
constexpr int MaxCellChars = 1000;

struct Parsed
{
    QList<Invitee> invitees;
    QStringList problems; // rows left out, in words ("line 4: \"bob\" is not an e-mail address")
    QString error;        // why the whole file cannot be used; empty when it can
};

Parsed parseCsv(const QByteArray &csv);
// The words of typed text: split at white space, commas and semicolons.
QStringList words(const QString &text);
// Addresses typed one a line (or separated by commas or spaces), checked like a file's rows.
Parsed parseAddresses(const QString &text);
// Empty when `email` looks like an address Kratos accepts, else why not.
QString checkEmail(const QString &email);
// The create body for `invitee`: its traits with the address at `emailTrait` ("email",
// "contact/email"), the schema, and the state active.
QJsonObject createBody(const Invitee &invitee, const QString &schemaId, const QString &emailTrait);

} // namespace InviteeList
