// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>

class KratosClient;

// Kratos answers a create or an update whose identifier another identity already has with 409 and
// "a resource with that value exists already", without saying which value. This finds it: each
// candidate (the trait strings the change sets) is looked up as a credentials identifier, one after
// another and at most kMaxLookups of them, and the first that belongs to another identity is named
// on the error: "Another identity (id …) already uses mary@example.com." When none is found, or a
// lookup fails, the error keeps Kratos's words. It lives as a child of the caller's context: when
// that goes, the lookups and `done` go with it.
class IdentityClash final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityClash)

public:
    static constexpr int kMaxLookups = 5;
    static constexpr int kMaxStrings = 200; // strings read from one traits document

    // The strings of `after` that are new or changed against `before` (all of them for a create,
    // with `before` empty), in document order, without repeats, each short enough to be an identifier.
    static QStringList candidates(const QJsonObject &before, const QJsonObject &after);

    // Calls `done` with `error`, named when the clash is found. `ownId` (empty for a create) is not a clash.
    static void explain(KratosClient *client, const ApiError &error, const QString &ownId, const QStringList &values,
                        QObject *context, std::function<void(ApiError)> done);

private:
    IdentityClash(KratosClient *client, ApiError error, QString ownId, QStringList values, QObject *context,
                  std::function<void(ApiError)> done);
    void next();
    void finish();

    KratosClient *m_client;
    ApiError m_error;
    QString m_ownId;
    QStringList m_values;
    std::function<void(ApiError)> m_done;
};
