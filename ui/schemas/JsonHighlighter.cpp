// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonHighlighter.h"

#include "StatusColors.h"

#include <QColor>

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setFontWeight(QFont::DemiBold);
}

QList<QPair<int, JsonHighlighter::Token>> JsonHighlighter::tokens(const QString &line)
{
    // One pass over the line: strings (with escapes), then whether a ':' follows makes a key.
    QList<QPair<int, Token>> out; // start of each token; its end is where the next token or a gap starts
    static const QRegularExpression token(
        QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\"?)|(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)|\\b(true|false|null)\\b"));
    auto it = token.globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0) {
            int after = int(m.capturedEnd(1));
            while (after < line.size() && line.at(after).isSpace())
                ++after;
            const bool key = after < line.size() && line.at(after) == QLatin1Char(':');
            out.append({int(m.capturedStart(1)), key ? Token::Key : Token::String});
            out.append({int(m.capturedEnd(1)), Token::None});
        } else if (m.capturedLength(2) > 0) {
            out.append({int(m.capturedStart(2)), Token::Number});
            out.append({int(m.capturedEnd(2)), Token::None});
        } else {
            out.append({int(m.capturedStart(3)), Token::Literal});
            out.append({int(m.capturedEnd(3)), Token::None});
        }
    }
    return out;
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    // The shades are read for every block: a switch between light and dark applies at the next
    // highlight without a colour kept here.
    m_key.setForeground(StatusColors::text(StatusColors::Tone::Accent));
    m_string.setForeground(StatusColors::text(StatusColors::Tone::Success));
    m_number.setForeground(StatusColors::text(StatusColors::Tone::Special));
    m_literal.setForeground(StatusColors::text(StatusColors::Tone::Pending));
    const auto list = tokens(text);
    for (int i = 0; i + 1 < list.size(); i += 2) {
        const int start = list.at(i).first;
        const int length = list.at(i + 1).first - start;
        switch (list.at(i).second) {
        case Token::Key:
            setFormat(start, length, m_key);
            break;
        case Token::String:
            setFormat(start, length, m_string);
            break;
        case Token::Number:
            setFormat(start, length, m_number);
            break;
        case Token::Literal:
            setFormat(start, length, m_literal);
            break;
        case Token::None:
            break;
        }
    }
}
