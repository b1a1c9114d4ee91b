// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityExporter.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

namespace {

void flatten(const QJsonValue &value, const QString &prefix, QMap<QString, QString> *out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), prefix + QLatin1Char('.') + it.key(), out);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a.at(i), prefix + QLatin1Char('.') + QString::number(i), out);
    } else if (value.isString()) {
        out->insert(prefix, value.toString());
    } else if (value.isBool()) {
        out->insert(prefix, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else if (value.isDouble()) {
        out->insert(prefix, QString::number(value.toDouble(), 'g', 17));
    } else if (value.isNull()) {
        out->insert(prefix, QString());
    }
}

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QString IdentityExporter::csvField(const QString &value)
{
    // Quoted also for ; and TAB: where ; is the list separator (German, French, Dutch…) a
    // spreadsheet splits an unquoted x;=1+1; into cells and the second one is a live formula.
    static const QString special = QStringLiteral(",\";\t\r\n");
    const bool needsQuotes = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); });
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

namespace {

// What a spreadsheet skips before it looks for a formula: spaces of any kind, line breaks, tabs,
// and the zero-width characters and byte order mark that show as nothing.
bool skippedBeforeFormula(QChar c)
{
    switch (c.unicode()) {
    case 0x200B: // zero-width space
    case 0x200C: // zero-width non-joiner
    case 0x200D: // zero-width joiner
    case 0x2060: // word joiner
    case 0xFEFF: // byte order mark
        return true;
    default:
        return c.isSpace(); // includes NBSP, LF, CR, TAB and the other Unicode spaces
    }
}

// =, +, -, @ and their fullwidth and small forms, which spreadsheets accept as the same signs.
bool startsFormula(QChar c)
{
    switch (c.unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case 0xFF1D: // ＝
    case 0xFF0B: // ＋
    case 0xFF0D: // －
    case 0xFF20: // ＠
    case 0xFE66: // ﹦
    case 0xFE62: // ﹢
    case 0xFE63: // ﹣
        return true;
    default:
        return false;
    }
}

} // namespace

QString IdentityExporter::neutralised(const QString &value)
{
    if (value.isEmpty())
        return value;
    // A cell that starts with TAB or a line break is neutralised whatever follows (OWASP).
    const QChar first = value.front();
    if (first == QLatin1Char('\t') || first == QLatin1Char('\r') || first == QLatin1Char('\n'))
        return QLatin1Char('\'') + value;
    const auto sign = std::find_if_not(value.cbegin(), value.cend(), skippedBeforeFormula);
    if (sign != value.cend() && startsFormula(*sign))
        return QLatin1Char('\'') + value;
    return value;
}

QStringList IdentityExporter::fixedCsvColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("schema_id"),
            QStringLiteral("state"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at"),
            QStringLiteral("external_id"),
            QStringLiteral("organization_id")};
}

QStringList IdentityExporter::fixedCsvCells(const Identity &i)
{
    return {i.id, i.schemaId, i.stateText, time(i.createdAt), time(i.updatedAt), i.externalId, i.organizationId};
}

QMap<QString, QString> IdentityExporter::flatTraits(const Identity &identity)
{
    QMap<QString, QString> flat;
    flatten(identity.traits, QStringLiteral("traits"), &flat);
    return flat;
}

QByteArray IdentityExporter::csvLine(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields.append(csvField(neutralised(cell))); // server data: a self-registered user writes traits
    return (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray IdentityExporter::toCsv(const QList<Identity> &identities)
{
    QList<QMap<QString, QString>> traits;
    QSet<QString> columns;
    for (const Identity &i : identities) {
        QMap<QString, QString> flat = flatTraits(i);
        for (auto it = flat.cbegin(); it != flat.cend(); ++it)
            columns.insert(it.key());
        traits.append(flat);
    }
    QStringList traitColumns(columns.cbegin(), columns.cend());
    traitColumns.sort();
    QByteArray out = csvLine(fixedCsvColumns() + traitColumns);
    for (qsizetype r = 0; r < identities.size(); ++r) {
        QStringList row = fixedCsvCells(identities.at(r));
        for (const QString &c : std::as_const(traitColumns))
            row.append(traits.at(r).value(c));
        out += csvLine(row);
    }
    return out;
}

QJsonObject IdentityExporter::importBody(const Identity &i)
{
    QJsonObject body{{QStringLiteral("schema_id"), i.schemaId},
                     {QStringLiteral("traits"), i.traits},
                     {QStringLiteral("state"), i.stateText.isEmpty() ? QStringLiteral("active") : i.stateText}};
    if (!i.metadataPublic.isNull() && !i.metadataPublic.isUndefined())
        body.insert(QStringLiteral("metadata_public"), i.metadataPublic);
    if (!i.metadataAdmin.isNull() && !i.metadataAdmin.isUndefined())
        body.insert(QStringLiteral("metadata_admin"), i.metadataAdmin);
    if (!i.externalId.isEmpty())
        body.insert(QStringLiteral("external_id"), i.externalId);
    if (!i.organizationId.isEmpty())
        body.insert(QStringLiteral("organization_id"), i.organizationId);
    QJsonArray verifiable;
    for (const VerifiableAddress &a : i.verifiableAddresses)
        verifiable.append(QJsonObject{{QStringLiteral("value"), a.value},
                                      {QStringLiteral("via"), a.via},
                                      {QStringLiteral("verified"), a.verified},
                                      {QStringLiteral("status"), a.status}});
    if (!verifiable.isEmpty())
        body.insert(QStringLiteral("verifiable_addresses"), verifiable);
    QJsonArray recovery;
    for (const RecoveryAddress &a : i.recoveryAddresses)
        recovery.append(QJsonObject{{QStringLiteral("value"), a.value}, {QStringLiteral("via"), a.via}});
    if (!recovery.isEmpty())
        body.insert(QStringLiteral("recovery_addresses"), recovery);
    return body;
}

QByteArray IdentityExporter::toImportJson(const QList<Identity> &identities)
{
    QJsonArray out;
    for (const Identity &i : identities)
        out.append(importBody(i));
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QList<QStringList> IdentityExporter::parseCsv(const QByteArray &csv)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}
