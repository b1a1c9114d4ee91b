// SPDX-License-Identifier: GPL-3.0-or-later
// A page of identities as the server sent it: split into elements, labelled, compressed with a
// dictionary trained on it, and decompressed again (which must give the same bytes).
#include "FuzzInput.h"
#include "IdentityCompressor.h"
#include "IdentityStore.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = FuzzInput::bytes(data, size);
    const QList<QByteArray> elements = IdentityStore::arrayElements(text);
    IdentityCompressor compressor;
    compressor.train(elements);
    const QList<QByteArray> blobs = compressor.compress(elements);
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        if (compressor.decompress(blobs.at(i)) != elements.at(i))
            std::abort(); // a round trip that loses bytes is a finding too
    }
    (void)compressor.decompress(text); // not something compress() made: empty, never a crash
    for (const QByteArray &element : elements)
        (void)IdentityStore::searchText(
            QJsonDocument::fromJson(element).object().value(QLatin1String("traits")).toObject());
    return 0;
}
