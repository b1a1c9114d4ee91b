#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// One item of the batch import's answer (PATCH /admin/identities): created, or a per-item error.
struct IdentityBatchResult
{
    bool created = false;
    QString identityId;
    QString patchId;
    ApiError error;

    static std::optional<IdentityBatchResult> fromJson(const QJsonObject &o);
};
