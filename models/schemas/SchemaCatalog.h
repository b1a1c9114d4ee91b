// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IdentitySchema.h"
#include "SchemaTree.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the identity schemas say about traits, by schema id: which trait is the login identifier
// (the first one an `ory.sh/kratos` credentials extension marks as identifier), which one is a
// display name, and each trait's title. Read off each schema's SchemaTree.
class SchemaCatalog
{
public:
    void setSchemas(const QList<IdentitySchema> &schemas);
    bool isEmpty() const { return m_entries.isEmpty(); }

    // JSON Pointer-like key paths inside traits ("email", "name/first"); empty when unknown.
    QStringList identifierPaths(const QString &schemaId) const;
    QString displayNamePath(const QString &schemaId) const;
    // The trait Kratos sends recovery mail to (`recovery.via: email`), else the first login
    // identifier that is an e-mail; empty when the schema has neither.
    QString recoveryEmailPath(const QString &schemaId) const;
    QStringList schemaIds() const;
    // The schema's title for a trait path, or an empty string.
    QString title(const QString &schemaId, const QString &traitPath) const;

    // The value at `path` in `traits` ("a/b"), or undefined.
    static QJsonValue valueAt(const QJsonObject &traits, const QString &path);

private:
    struct Entry
    {
        QStringList identifiers;
        QString displayName;
        QString passkeyName; // fallback: the trait passkeys show as the account name
        QString recoveryEmail;
        QString emailIdentifier; // fallback for recoveryEmail
        QHash<QString, QString> titles;
    };

    QHash<QString, Entry> m_entries;
};
