#include "IdentityBatchResult.h"

#include "JsonFields.h"

#include <QJsonDocument>

std::optional<IdentityBatchResult> IdentityBatchResult::fromJson(const QJsonObject &o)
{
    using namespace JsonFields;
    IdentityBatchResult r;
    const QString action = string(o, QLatin1String("action"));
    if (action.isEmpty())
        return std::nullopt;
    r.created = action == QLatin1String("create");
    r.identityId = string(o, QLatin1String("identity"));
    r.patchId = string(o, QLatin1String("patch_id"));
    if (!r.created) {
        // The item's error is a bare error object, not wrapped in {"error": ...}.
        const QJsonObject err = o.value(QLatin1String("error")).toObject();
        r.error = ApiError::fromHttp(static_cast<int>(integer(err, QLatin1String("code"), 400)),
                                     QJsonDocument(err).toJson(QJsonDocument::Compact));
    }
    return r;
}
