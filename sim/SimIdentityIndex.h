// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// The simulator's lookups of identities by what makes each one unique: the lower-cased identifiers
// of its credentials (kept sorted, for prefix search) and its external id. Kratos answers 409 when
// a new or changed identity would share one of them with another identity.
class SimIdentityIndex
{
public:
    struct Keys
    {
        QStringList identifiers;
        QString externalId;
    };
    static Keys keysOf(const QJsonObject &json, const QJsonObject &credentials);

    QString byIdentifier(const QString &identifier) const;
    QStringList withIdentifierPrefix(const QString &prefix) const;
    QString byExternalId(const QString &externalId) const { return m_external.value(externalId); }
    // Whether `keys` name an identity other than `selfId` (empty: any identity).
    bool clashes(const Keys &keys, const QString &selfId) const;

    // `id` is best the identity map's key: the index then shares its text.
    void insert(const QString &id, const Keys &keys);
    void remove(const QString &id, const Keys &keys);
    // Bulk loading: an external id at once (so that clashes() sees it for the next identity), and
    // identifiers appended in ascending order, each at the end of the tree.
    void insertExternalId(const QString &externalId, const QString &id) { m_external.insert(externalId, id); }
    void appendIdentifier(const QString &identifier, const QString &id);

private:
    QMap<QString, QString> m_identifiers; // identifier -> identity id
    QHash<QString, QString> m_external;
};
