// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchFold.h"

#include <unicode/uchar.h>
#include <unicode/ustring.h>

namespace {

void separateNothing(QString *text)
{
    text->replace(QLatin1Char('\n'), QLatin1Char(' '));
    text->replace(QChar(u'\0'), QLatin1Char(' '));
}

// Values and queries are mostly ASCII: lower-casing is then the whole of case folding, done in
// the same pass that looks for anything else. False (and `out` unspecified) at the first
// non-ASCII character.
bool foldAscii(const QString &text, QString *out)
{
    const auto *source = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    out->resize(size);
    char16_t *target = reinterpret_cast<char16_t *>(out->data());
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = source[i];
        if (c >= 0x80)
            return false;
        target[i] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : (c == u'\n' || c == 0) ? u' ' : c;
    }
    return true;
}

} // namespace

QString SearchFold::fold(const QString &text)
{
    QString out;
    if (foldAscii(text, &out))
        return out;
    static_assert(sizeof(UChar) == sizeof(char16_t));
    const auto *source = reinterpret_cast<const UChar *>(text.constData());
    const qsizetype length = std::min<qsizetype>(text.size(), INT32_MAX / 3);
    // Full folding makes a character at most three (U+0390 → ΐ).
    out.resize(length * 3);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t written = u_strFoldCase(reinterpret_cast<UChar *>(out.data()), int32_t(out.size()), source,
                                          int32_t(length), U_FOLD_CASE_DEFAULT, &status);
    if (U_FAILURE(status)) {
        out = text.toCaseFolded(); // simple folding rather than none
    } else {
        out.truncate(written);
        // İ folds to i + COMBINING DOT ABOVE; "istanbul" is what people type.
        qsizetype to = 0;
        for (qsizetype from = 0; from < out.size(); ++from) {
            const QChar c = out.at(from);
            if (c.unicode() == 0x0307 && to > 0 && (out.at(to - 1) == u'i' || out.at(to - 1) == u'j'))
                continue;
            out[to++] = c;
        }
        out.truncate(to);
    }
    separateNothing(&out);
    return out;
}

QByteArray SearchFold::foldUtf8(const QString &text)
{
    return fold(text).toUtf8();
}
