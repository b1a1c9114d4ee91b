// SPDX-License-Identifier: GPL-3.0-or-later
// The parsers and filters of issue #32: a list page read element by element, text made safe for
// a terminal and a spreadsheet, search folding, and the simulator's JSON Patch and depth checks.
#include "FuzzInput.h"
#include "IdentityExporter.h"
#include "JsonArrayItems.h"
#include "PlainText.h"
#include "SearchFold.h"
#include "SimJsonDepth.h"
#include "SimJsonPatch.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzInput::bytes(data, size);
    QList<QByteArray> items;
    QString problem;
    if (JsonArrayItems::split(bytes, &items, &problem)) {
        for (const QByteArray &item : std::as_const(items))
            (void)JsonArrayItems::topLevelId(item);
    }
    QList<QJsonObject> objects;
    QList<UnreadableItem> unreadable;
    QList<QByteArray> raw;
    (void)JsonArrayItems::readObjects(bytes, &objects, &unreadable, &problem, &raw);
    (void)JsonArrayItems::topLevelId(bytes);

    const QString text = QString::fromUtf8(bytes);
    (void)PlainText::forTerminal(text);
    (void)PlainText::forTerminal(text, PlainText::LineBreaks::Escape);
    (void)IdentityExporter::csvField(IdentityExporter::neutralised(text));
    // Full case folding of any text (lone surrogates included): never a separator left in.
    const QString folded = SearchFold::fold(text);
    if (folded.contains(QLatin1Char('\n')) || folded.contains(QChar(u'\0')))
        std::abort();

    const QJsonValue value = FuzzInput::json(bytes);
    (void)SimJsonDepth::exceeds(value, SimJsonDepth::kMaxStored);
    if (value.isArray()) {
        QJsonObject doc{{QStringLiteral("traits"), QJsonObject{{QStringLiteral("email"), QStringLiteral("a@b.c")}}},
                        {QStringLiteral("metadata_public"), QJsonObject()}};
        SimJsonPatch::Failure failure;
        if (SimJsonPatch::apply(doc, value.toArray(), &failure))
            (void)SimJsonDepth::exceeds(doc, SimJsonDepth::kMaxStored);
    }
    return 0;
}
