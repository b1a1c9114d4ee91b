// SPDX-License-Identifier: GPL-3.0-or-later
#include "InviteeList.h"

#include "ChangeReason.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {

// One CSV record: its cells, and the line it starts on. False at the end of the data.
struct Reader
{
    const QString &text;
    qsizetype at = 0;
    int line = 1;
    QString error;

    bool next(QStringList *cells, int *startLine)
    {
        cells->clear();
        *startLine = line;
        if (at >= text.size())
            return false;
        QString cell;
        bool quoted = false;
        for (;;) {
            if (at >= text.size()) {
                if (quoted) {
                    error = QCoreApplication::translate("InviteeList", "line %1: a quoted field is not closed")
                                .arg(*startLine);
                    return false;
                }
                cells->append(cell);
                return true;
            }
            const QChar c = text.at(at++);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (at < text.size() && text.at(at) == QLatin1Char('"')) {
                        cell += c;
                        ++at;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == QLatin1Char('\n'))
                        ++line;
                    cell += c;
                }
            } else if (c == QLatin1Char('"') && cell.isEmpty()) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                cells->append(cell);
                cell.clear();
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                if (c == QLatin1Char('\r') && at < text.size() && text.at(at) == QLatin1Char('\n'))
                    ++at;
                ++line;
                cells->append(cell);
                return true;
            } else {
                cell += c;
            }
            if (cell.size() > InviteeList::MaxCellChars) {
                error = QCoreApplication::translate("InviteeList", "line %1: a field is longer than %2 characters")
                            .arg(line)
                            .arg(InviteeList::MaxCellChars);
                return false;
            }
            if (cells->size() > InviteeList::MaxColumns) {
                error = QCoreApplication::translate("InviteeList", "line %1: more than %2 columns")
                            .arg(line)
                            .arg(InviteeList::MaxColumns);
                return false;
            }
        }
    }
};

// "name.first" or "name/first" as keys; empty when a key is not a plain property name.
QStringList traitKeys(const QString &header)
{
    static const QRegularExpression key(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    QStringList keys = header.trimmed().split(QRegularExpression(QStringLiteral("[./]")));
    if (keys.size() > 4)
        return {};
    for (const QString &k : keys) {
        if (!key.match(k).hasMatch())
            return {};
    }
    return keys;
}

void insertAt(QJsonObject *traits, const QStringList &keys, const QString &value)
{
    if (keys.size() == 1) {
        traits->insert(keys.first(), value);
        return;
    }
    QJsonObject inner = traits->value(keys.first()).toObject();
    insertAt(&inner, keys.mid(1), value); // at most four keys deep (traitKeys)
    traits->insert(keys.first(), inner);
}

// Adds `invitee` unless its address is wrong or already listed.
void take(InviteeList::Parsed *parsed, QHash<QString, int> *seen, Invitee invitee)
{
    invitee.email = ChangeReason::clean(invitee.email);
    const QString where =
        invitee.line > 0 ? QCoreApplication::translate("InviteeList", "line %1: ").arg(invitee.line) : QString();
    if (const QString problem = InviteeList::checkEmail(invitee.email); !problem.isEmpty()) {
        parsed->problems.append(where + problem);
        return;
    }
    const QString key = invitee.email.toLower();
    if (seen->contains(key)) {
        parsed->problems.append(where +
                                QCoreApplication::translate("InviteeList", "%1 is listed twice").arg(invitee.email));
        return;
    }
    if (parsed->invitees.size() >= InviteeList::MaxInvitees) {
        parsed->problems.append(where +
                                QCoreApplication::translate("InviteeList", "more than %1 people; the rest is left out")
                                    .arg(InviteeList::MaxInvitees));
        return;
    }
    seen->insert(key, invitee.line);
    parsed->invitees.append(invitee);
}

} // namespace

namespace InviteeList {

QString checkEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$"));
    if (email.isEmpty())
        return QCoreApplication::translate("InviteeList", "no e-mail address");
    if (email.size() > 320 || !shape.match(email).hasMatch())
        return QCoreApplication::translate("InviteeList", "\"%1\" is not an e-mail address").arg(email.left(80));
    return {};
}

QStringList words(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[\\s,;]+"));
    return text.split(separator, Qt::SkipEmptyParts);
}

Parsed parseAddresses(const QString &text)
{
    Parsed parsed;
    QHash<QString, int> seen;
    for (const QString &word : words(text)) {
        if (parsed.problems.size() > MaxInvitees)
            break;
        take(&parsed, &seen, Invitee{0, word, {}});
    }
    return parsed;
}

Parsed parseCsv(const QByteArray &csv)
{
    Parsed parsed;
    if (csv.size() > MaxFileBytes) {
        parsed.error = QCoreApplication::translate("InviteeList", "The file is larger than %1 MiB.")
                           .arg(MaxFileBytes / (1024 * 1024));
        return parsed;
    }
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    Reader reader{text, 0, 1, {}};
    QStringList header;
    int line = 0;
    if (!reader.next(&header, &line)) {
        parsed.error =
            reader.error.isEmpty() ? QCoreApplication::translate("InviteeList", "The file is empty.") : reader.error;
        return parsed;
    }
    int emailColumn = -1;
    QList<QStringList> paths;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.compare(QLatin1String("email"), Qt::CaseInsensitive) == 0 && emailColumn < 0) {
            emailColumn = i;
            paths.append(QStringList());
            continue;
        }
        const QStringList keys = traitKeys(name);
        if (keys.isEmpty()) {
            parsed.error =
                QCoreApplication::translate("InviteeList", "Column %1 (\"%2\") is not a trait path such as name.first.")
                    .arg(i + 1)
                    .arg(name.left(80));
            return parsed;
        }
        paths.append(keys);
    }
    if (emailColumn < 0) {
        parsed.error = QCoreApplication::translate("InviteeList", "The first line names no \"email\" column.");
        return parsed;
    }
    QHash<QString, int> seen;
    QStringList cells;
    while (reader.next(&cells, &line)) {
        if (cells.size() == 1 && cells.first().trimmed().isEmpty())
            continue; // a blank line
        if (cells.size() != header.size()) {
            parsed.problems.append(
                QCoreApplication::translate("InviteeList", "line %1: %2 fields where the header has %3")
                    .arg(line)
                    .arg(cells.size())
                    .arg(header.size()));
            continue;
        }
        Invitee invitee{line, cells.at(emailColumn).trimmed(), {}};
        for (int i = 0; i < cells.size(); ++i) {
            const QString value = ChangeReason::clean(cells.at(i)).trimmed();
            if (i != emailColumn && !value.isEmpty())
                insertAt(&invitee.traits, paths.at(i), value);
        }
        take(&parsed, &seen, invitee);
    }
    if (!reader.error.isEmpty()) {
        parsed.error = reader.error;
        parsed.invitees.clear();
    }
    return parsed;
}

QJsonObject createBody(const Invitee &invitee, const QString &schemaId, const QString &emailTrait)
{
    QJsonObject traits = invitee.traits;
    insertAt(&traits, emailTrait.split(QLatin1Char('/')).mid(0, 4), invitee.email);
    QJsonObject body{{QStringLiteral("traits"), traits}, {QStringLiteral("state"), QStringLiteral("active")}};
    if (!schemaId.isEmpty())
        body.insert(QStringLiteral("schema_id"), schemaId);
    return body;
}

} // namespace InviteeList
