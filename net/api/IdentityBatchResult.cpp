// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityBatchResult.h"

#include "JsonFields.h"

#include <QCoreApplication>
#include <QHash>
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
        r.error = ApiError::fromHttp(smallInteger(err, QLatin1String("code"), 400),
                                     QJsonDocument(err).toJson(QJsonDocument::Compact));
    }
    return r;
}

QList<IdentityBatchResult> IdentityBatchResult::matchAnswer(const QStringList &patchIds, const QJsonArray &items)
{
    QHash<QString, IdentityBatchResult> byPatch;
    QList<std::optional<IdentityBatchResult>> inOrder;
    for (const QJsonValue &v : items) {
        std::optional<IdentityBatchResult> item = fromJson(v.toObject());
        if (item && patchIds.contains(item->patchId))
            byPatch.insert(item->patchId, *item);
        inOrder.append(item);
    }
    const bool sameCount = items.size() == patchIds.size();
    QList<IdentityBatchResult> out;
    for (qsizetype i = 0; i < patchIds.size(); ++i) {
        if (byPatch.contains(patchIds.at(i))) {
            out.append(byPatch.value(patchIds.at(i)));
        } else if (sameCount && inOrder.at(i) && inOrder.at(i)->patchId.isEmpty()) {
            out.append(*inOrder.at(i)); // a server that does not echo patch ids answers in order
        } else {
            IdentityBatchResult missing;
            missing.patchId = patchIds.at(i);
            missing.error =
                ApiError(ApiError::Kind::Malformed,
                         QCoreApplication::translate("IdentityBatchResult",
                                                     "no result for this identity (%1 results for %2 identities)")
                             .arg(items.size())
                             .arg(patchIds.size()));
            out.append(missing);
        }
    }
    return out;
}
