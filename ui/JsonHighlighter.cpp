#include "JsonHighlighter.h"

#include <QColor>

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_key.setForeground(QColor(0x1a, 0x4f, 0x9c));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(0x1b, 0x6e, 0x20));
    m_number.setForeground(QColor(0x8e, 0x24, 0xaa));
    m_literal.setForeground(QColor(0xc4, 0x5a, 0x00));
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
