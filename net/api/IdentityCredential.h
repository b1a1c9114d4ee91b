// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One credential of an identity. `config` is kept only when the caller asked for it with
// include_credential; it can hold secrets (password hashes, TOTP seeds, OIDC tokens) and is never
// logged or shown as is.
struct IdentityCredential
{
    QString type;
    QStringList identifiers;
    int version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QJsonObject config;
    bool hasConfig = false;

    static IdentityCredential fromJson(const QString &key, const QJsonObject &o);
};
