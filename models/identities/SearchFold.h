// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Text as the quick filter compares it: full Unicode case folding (ICU, CaseFolding.txt with its
// one-to-many mappings), so that "STRASSE" finds "Straße", "fine" finds "ﬁne" and "οδος" finds
// "ΟΔΟΣ"; a dot above after i or j is dropped, so that "istanbul" finds "İSTANBUL" (İ folds to
// i + U+0307). Line feeds and NULs become spaces: the searchable text separates values with line
// feeds, so a query can never span two values. Applied alike to trait values, ids and queries.
namespace SearchFold {

QString fold(const QString &text);
QByteArray foldUtf8(const QString &text);

} // namespace SearchFold
