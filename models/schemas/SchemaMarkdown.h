// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchemaTree.h"

#include <QString>

// Documents an identity schema in Markdown from its SchemaTree: a summary of how people log in,
// verify and recover, then one table row per trait path with type, required, constraints,
// title/description and the Kratos extension in words, the properties outside `traits`, and the
// schema's problems. What the tree shows, the document says.
class SchemaMarkdown
{
public:
    static QString document(const SchemaTree &tree, const QString &schemaId);
    // A table cell: Markdown's special characters escaped, newlines folded.
    static QString cell(const QString &text);
};
