// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainText.h"

namespace PlainText {

QString toolTip(const QString &untrusted)
{
    if (untrusted.isEmpty())
        return untrusted; // no tooltip at all
    QString escaped = untrusted.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral("<qt>") + escaped + QStringLiteral("</qt>");
}

QString breakable(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        out.append(c);
        const bool inWord = i + 1 < text.size() && !text.at(i + 1).isSpace();
        if (inWord && (c == QLatin1Char('@') || c == QLatin1Char('.') || c == QLatin1Char('/')))
            out.append(QChar(0x200B));
    }
    return out;
}

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

} // namespace

QString forTerminal(const QString &untrusted, LineBreaks lineBreaks)
{
    QString out;
    out.reserve(untrusted.size());
    for (const QChar ch : untrusted) {
        const char16_t c = ch.unicode();
        const bool kept = lineBreaks == LineBreaks::Keep && (c == u'\n' || c == u'\t');
        if (!kept && (c < 0x20 || (c >= 0x7F && c <= 0x9F)))
            out += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        else if (isBidiControl(c))
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out;
}

} // namespace PlainText
