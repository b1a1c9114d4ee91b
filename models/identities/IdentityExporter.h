// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QStringList>

// Identities to files: CSV (RFC 4180, one column per flattened trait, e.g. "traits.name.first")
// and JSON in Kratos's import format (the bodies POST /admin/identities and the batch endpoint
// accept). Credentials are not exported: the admin API does not hand out what would recreate them.
class IdentityExporter
{
public:
    static QByteArray toCsv(const QList<Identity> &identities);
    // The pieces of a CSV export, for writing one page at a time: the columns every row has, their
    // cells for one identity, its traits flattened ("traits.name.first" -> value), and one line of
    // cells neutralised and quoted, with CRLF.
    static QStringList fixedCsvColumns();
    static QStringList fixedCsvCells(const Identity &identity);
    static QMap<QString, QString> flatTraits(const Identity &identity);
    static QByteArray csvLine(const QStringList &cells);
    static QByteArray toImportJson(const QList<Identity> &identities);
    static QJsonObject importBody(const Identity &identity);

    // RFC 4180 parsing, for reading CSV back (quoted fields, doubled quotes, CRLF or LF).
    static QList<QStringList> parseCsv(const QByteArray &csv);
    // Quoted when it holds , " ; TAB CR or LF (RFC 4180, and ; for where it separates lists).
    static QString csvField(const QString &value);
    // A cell a spreadsheet could read as a formula gets a leading ' as OWASP recommends for CSV
    // injection: text whose first visible character is =, +, -, @ or their fullwidth and small
    // forms (＝＋－＠﹦﹢﹣), after any spaces, NBSP, zero-width characters or line breaks, and text
    // starting with TAB, CR or LF. Every exported cell goes through this before csvField().
    static QString neutralised(const QString &value);
};
