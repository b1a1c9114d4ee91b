// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <cstdio>

// Rows on stdout in the chosen format, written as they come: `json` is one array (Kratos's own
// objects), `jsonl` one object a line, `csv` a header and one line a row with every cell
// neutralised against formulas as exports are, `table` aligned columns for a person (kept until
// finish(), as widths need every row). Headers and values are never translated.
class CliOutput
{
public:
    CliOutput(CliContext::Format format, const QStringList &columns, FILE *out = stdout);
    ~CliOutput();
    Q_DISABLE_COPY_MOVE(CliOutput)

    // One row: the object as Kratos sent it (json, jsonl) and the cells of the columns (table, csv).
    void add(const QJsonObject &object, const QStringList &cells);
    void finish();
    int count() const { return m_count; }

    // One object alone: indented JSON, or "column: value" lines in a table, or a one-row CSV.
    static void single(CliContext::Format format, const QJsonObject &object, const QStringList &columns,
                       const QStringList &cells, FILE *out = stdout);
    // Text as is, with a line end (a recovery link, Markdown).
    static void text(const QString &text, FILE *out = stdout);
    // A time as every command prints it: UTC, ISO 8601, seconds; empty when unknown.
    static QString time(const QDateTime &t);
    // Longest a table cell is shown; the rest is cut with an ellipsis.
    static constexpr int MaxTableCell = 60;

private:
    void write(const QByteArray &bytes);

    CliContext::Format m_format;
    QStringList m_columns;
    FILE *m_out;
    QList<QStringList> m_table;
    int m_count = 0;
    bool m_finished = false;
};
