// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// GET /version: "v26.2.0", or "master" for source builds.
struct ServerVersion
{
    QString version;

    static std::optional<ServerVersion> fromJson(const QJsonObject &o);
};
