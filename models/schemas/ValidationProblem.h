// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One way a value breaks its schema, said twice: for the person fixing it ("E-mail: must look like
// an e-mail address") and, under Details, as the validator put it (with the pattern or limit).
struct ValidationProblem
{
    QString path;    // JSON Pointer from the checked document: "#/traits/email"
    QString field;   // the schema's title for that place, else its last key; empty for the whole document
    QString message; // what is wrong, for people: "must look like an e-mail address"
    QString detail;  // the validator's own words: "does not match pattern \"^[a-z]+$\""

    // "E-mail: must look like an e-mail address", or the message alone for the whole document.
    QString text() const { return field.isEmpty() ? message : field + QStringLiteral(": ") + message; }
    // "#/traits/email: does not match pattern …"
    QString detailLine() const { return path + QStringLiteral(": ") + detail; }
};
