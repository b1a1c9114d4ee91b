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

} // namespace PlainText
