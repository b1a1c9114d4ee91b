#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// An identity schema container from GET /schemas: its id and the raw JSON Schema document.
struct IdentitySchema
{
    QString id;
    QJsonObject schema;

    static std::optional<IdentitySchema> fromJson(const QJsonObject &o);
};
