// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace TestSupport {

// Cell values a self-registered user (traits), a server (schema ids, courier text) or an operator
// (audit summaries) could plant so that a spreadsheet opening an export runs a formula, and
// harmless ones that must pass unchanged. Shared by every test of a CSV the product writes.
struct CsvPoison
{
    const char *name;
    QString value;
    bool neutralised; // read back, the cell starts with '
};

// One list for the whole test run, so that a reference into it (csvPoisons().at(i)) stays valid.
inline const QList<CsvPoison> &csvPoisons()
{
    static const QList<CsvPoison> poisons{
        {"=", QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"), true},
        {"+", QStringLiteral("+1+cmd|' /C calc'!A0"), true},
        {"-", QStringLiteral("-2+3"), true},
        {"@", QStringLiteral("@SUM(1,2)"), true},
        {"tab first", QStringLiteral("\tx"), true},
        {"CR first", QStringLiteral("\rx"), true},
        {"LF first", QStringLiteral("\nx"), true},
        {"after spaces", QStringLiteral("   =1+1"), true},
        {"after NBSP", QStringLiteral("\u00A0=1+1"), true},
        {"after zero-width space", QStringLiteral("\u200B=1+1"), true},
        {"after BOM", QStringLiteral("\uFEFF+1"), true},
        {"after LF and space", QStringLiteral("\n =1+1"), true},
        {"fullwidth =", QStringLiteral("\uFF1D1+1"), true},
        {"fullwidth +", QStringLiteral("\uFF0B1"), true},
        {"fullwidth -", QStringLiteral("\uFF0D1"), true},
        {"fullwidth @", QStringLiteral("\uFF20SUM(1)"), true},
        {"small =", QStringLiteral("\uFE661+1"), true},
        {"small +", QStringLiteral("\uFE621"), true},
        {"small -", QStringLiteral("\uFE631"), true},
        {"semicolon list", QStringLiteral("x;=1+1;"), false},
        {"tab inside", QStringLiteral("x\t=1+1"), false},
        {"plain", QStringLiteral("mary@example.com"), false},
        {"inner =", QStringLiteral("a=b"), false},
        {"spaces only", QStringLiteral("   "), false},
    };
    return poisons;
}

// True when `value` written as a CSV field must be in quotes: it holds , " ; TAB CR or LF.
inline bool csvNeedsQuotes(const QString &value)
{
    for (const QChar c : QStringLiteral(",\";\t\r\n")) {
        if (value.contains(c))
            return true;
    }
    return false;
}

// `value` as a quoted CSV field, its quotes doubled.
inline QByteArray csvQuoted(QString value)
{
    value.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return (QLatin1Char('"') + value + QLatin1Char('"')).toUtf8();
}

} // namespace TestSupport
