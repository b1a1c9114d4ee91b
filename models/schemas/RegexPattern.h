// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <string_view>

namespace re2 {
class RE2;
}

// A JSON Schema `pattern` as Kratos reads it: Go's regexp syntax (RE2), matched anywhere in the
// value, in time linear in its length and without recursion, whatever the pattern. A pattern RE2
// refuses (a back-reference, a look-ahead, a repeat count over 1000) is invalid with RE2's reason,
// as Kratos would refuse the schema.
class RegexPattern
{
public:
    explicit RegexPattern(const QString &pattern);

    bool isValid() const;
    QString error() const { return m_error; }
    QString pattern() const { return m_pattern; }

    // False for an invalid pattern.
    bool matches(std::string_view utf8) const;
    bool matches(const QString &text) const;

private:
    QString m_pattern;
    QString m_error;
    std::shared_ptr<const re2::RE2> m_re;
};
