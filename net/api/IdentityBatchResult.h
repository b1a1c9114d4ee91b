// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One item of the batch import's answer (PATCH /admin/identities): created, or a per-item error.
struct IdentityBatchResult
{
    bool created = false;
    QString identityId;
    QString patchId;
    ApiError error;

    static std::optional<IdentityBatchResult> fromJson(const QJsonObject &o);
    // One result per patch id sent, in that order, from the server's `identities` array: matched
    // by the patch id Kratos echoes (or by position when none is echoed and the counts agree).
    // A patch without its result gets an error naming the mismatch; the others keep theirs.
    static QList<IdentityBatchResult> matchAnswer(const QStringList &patchIds, const QJsonArray &items);
};
