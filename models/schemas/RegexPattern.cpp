// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegexPattern.h"

#include <QCoreApplication>

#include <re2/re2.h>

RegexPattern::RegexPattern(const QString &pattern)
    : m_pattern(pattern)
{
    // RE2 reads a repeat count it cannot hold ({99999999999999999999}) as literal text, where Go's
    // regexp, and so Kratos, refuses the pattern: refuse it too.
    static const re2::RE2 hugeRepeat("(^|[^\\\\])\\{[0-9]{8,}(,[0-9]*)?\\}");
    const QByteArray utf8 = pattern.toUtf8();
    if (RE2::PartialMatch(re2::StringPiece(utf8.constData(), size_t(utf8.size())), hugeRepeat)) {
        m_error = QCoreApplication::translate("RegexPattern", "\"%1\" is not a valid regular expression: %2")
                      .arg(pattern, QStringLiteral("invalid repeat count"));
        return;
    }
    RE2::Options options;
    options.set_log_errors(false);
    options.set_encoding(RE2::Options::EncodingUTF8);
    auto re = std::make_shared<const re2::RE2>(re2::StringPiece(utf8.constData(), size_t(utf8.size())), options);
    if (re->ok())
        m_re = std::move(re);
    else
        m_error = QCoreApplication::translate("RegexPattern", "\"%1\" is not a valid regular expression: %2")
                      .arg(pattern, QString::fromStdString(re->error()));
}

bool RegexPattern::isValid() const
{
    return m_re != nullptr;
}

bool RegexPattern::matches(std::string_view utf8) const
{
    return m_re && RE2::PartialMatch(re2::StringPiece(utf8.data(), utf8.size()), *m_re);
}

bool RegexPattern::matches(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    return matches(std::string_view(utf8.constData(), size_t(utf8.size())));
}
