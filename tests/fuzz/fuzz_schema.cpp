// SPDX-License-Identifier: GPL-3.0-or-later
// An identity schema from a server or a file: its tree, its Markdown, the validator built from it
// and one document validated against it (the input is "schema\n--\ndocument").
#include "FuzzInput.h"
#include "JsonKeyOrder.h"
#include "SchemaMarkdown.h"
#include "SchemaTree.h"
#include "SchemaValidator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [schemaText, documentText] = FuzzInput::split(FuzzInput::bytes(data, size));
    const QJsonValue schema = FuzzInput::json(schemaText);
    const auto tree = SchemaTree::build(schema.toObject(), JsonKeyOrder::scan(schemaText));
    (void)SchemaMarkdown::document(*tree, QStringLiteral("fuzz"));
    SchemaValidator validator;
    QString error;
    if (validator.setSchema(schema, &error))
        (void)validator.validate(FuzzInput::json(documentText));
    return 0;
}
