// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutput.h"

#include "IdentityExporter.h"
#include "PlainText.h"

#include <QJsonDocument>

namespace {

QString cut(const QString &cell)
{
    QString flat = cell;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    flat = PlainText::forTerminal(flat, PlainText::LineBreaks::Escape);
    if (flat.size() <= CliOutput::MaxTableCell)
        return flat;
    return flat.left(CliOutput::MaxTableCell - 1) + QChar(0x2026);
}

} // namespace

CliOutput::CliOutput(CliContext::Format format, const QStringList &columns, FILE *out)
    : m_format(format == CliContext::Format::KratosImport ? CliContext::Format::Json : format)
    , m_columns(columns)
    , m_out(out)
{
    if (m_format == CliContext::Format::Json)
        write("[");
    else if (m_format == CliContext::Format::Csv)
        write(IdentityExporter::csvLine(m_columns));
}

CliOutput::~CliOutput()
{
    finish();
}

void CliOutput::write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_out);
}

void CliOutput::add(const QJsonObject &object, const QStringList &cells)
{
    switch (m_format) {
    case CliContext::Format::Json:
        write(m_count == 0 ? "\n" : ",\n");
        write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        break;
    case CliContext::Format::Jsonl:
    case CliContext::Format::KratosImport:
        write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
        break;
    case CliContext::Format::Csv:
        write(IdentityExporter::csvLine(cells));
        break;
    case CliContext::Format::Table: {
        QStringList shown;
        shown.reserve(cells.size());
        for (const QString &cell : cells)
            shown.append(cut(cell));
        m_table.append(shown);
        break;
    }
    }
    ++m_count;
}

void CliOutput::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_format == CliContext::Format::Json) {
        write(m_count == 0 ? "]\n" : "\n]\n");
    } else if (m_format == CliContext::Format::Table && !m_table.isEmpty()) {
        QList<int> widths;
        for (const QString &column : std::as_const(m_columns))
            widths.append(int(column.size()));
        for (const QStringList &row : std::as_const(m_table)) {
            for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
                widths[c] = qMax(widths[c], int(row.at(c).size()));
        }
        const auto line = [&widths](const QStringList &cells) -> QByteArray {
            QString out;
            for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
                if (c > 0)
                    out += QStringLiteral("  ");
                out.append(c + 1 == cells.size() ? cells.at(c) : cells.at(c).leftJustified(widths.at(c)));
            }
            out.append(QLatin1Char('\n'));
            return out.toUtf8();
        };
        QStringList header;
        for (const QString &column : std::as_const(m_columns))
            header.append(column.toUpper());
        write(line(header));
        for (const QStringList &row : std::as_const(m_table))
            write(line(row));
        m_table.clear();
    }
    std::fflush(m_out);
}

void CliOutput::single(CliContext::Format format, const QJsonObject &object, const QStringList &columns,
                       const QStringList &cells, FILE *out)
{
    QByteArray bytes;
    switch (format) {
    case CliContext::Format::Json:
    case CliContext::Format::KratosImport:
        bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
        break;
    case CliContext::Format::Jsonl:
        bytes = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        break;
    case CliContext::Format::Csv:
        bytes = IdentityExporter::csvLine(columns) + IdentityExporter::csvLine(cells);
        break;
    case CliContext::Format::Table: {
        int width = 0;
        for (const QString &column : columns)
            width = qMax(width, int(column.size()));
        for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i) {
            QString value = PlainText::forTerminal(cells.at(i));
            value.replace(QLatin1Char('\n'), QStringLiteral("\n") + QString(width + 2, QLatin1Char(' ')));
            bytes += (columns.at(i).leftJustified(width) + QStringLiteral("  ") + value).toUtf8() + '\n';
        }
        break;
    }
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), out);
    std::fflush(out);
}

void CliOutput::text(const QString &text, FILE *out)
{
    const QByteArray bytes = PlainText::forTerminal(text).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), out);
    std::fflush(out);
}

QString CliOutput::time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
