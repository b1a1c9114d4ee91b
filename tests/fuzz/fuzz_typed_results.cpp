// SPDX-License-Identifier: GPL-3.0-or-later
// Server answers into typed results: identities, sessions, courier messages, schemas, batch
// results, self-service flows and what the sign-in check reads of them, error bodies, and the
// key order of a schema list.
#include "ApiError.h"
#include "CourierMessage.h"
#include "FuzzInput.h"
#include "Identity.h"
#include "IdentityBatchResult.h"
#include "IdentitySchema.h"
#include "JsonKeyOrder.h"
#include "SelfServiceFlow.h"
#include "Session.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = FuzzInput::bytes(data, size);
    const QJsonValue value = FuzzInput::json(text);
    const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
    QStringList patchIds;
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        (void)Identity::fromJson(o);
        (void)Session::fromJson(o);
        if (const auto message = CourierMessage::fromJson(o, true))
            for (const auto &dispatch : message->dispatches)
                (void)dispatch.errorText();
        (void)IdentitySchema::fromJson(o);
        if (const auto flow = SelfServiceFlow::fromJson(o)) {
            (void)flow->methodGroups();
            (void)flow->oidcProviders();
            (void)flow->messageTexts();
        }
        if (const auto result = IdentityBatchResult::fromJson(o))
            patchIds.append(result->patchId);
    }
    (void)IdentityBatchResult::matchAnswer(patchIds, items);
    const ApiError error = ApiError::fromHttp(int(size % 600), text, text.left(16));
    (void)error.userMessage();
    (void)error.technicalDetails();
    (void)JsonKeyOrder::toJson(value, JsonKeyOrder::scan(text));
    return 0;
}
