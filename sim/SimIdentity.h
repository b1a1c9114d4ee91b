// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// One stored identity, kept as two compact JSON texts rather than as JSON objects: a JSON object
// tree costs about ten times its text, and a million identities have to fit in a few gigabytes.
// A list page is served by joining the stored texts, without parsing them.
class SimIdentity
{
public:
    SimIdentity() = default;
    SimIdentity(const QJsonObject &json, const QJsonObject &credentials);
    // From compact JSON texts written already (SimJsonWriter): the seeder's way, no parsing.
    static SimIdentity fromText(QByteArray json, QByteArray credentials);

    QJsonObject json() const;        // the admin JSON without "credentials"
    QJsonObject credentials() const; // type -> credential object, config included
    void setJson(const QJsonObject &json);
    void setCredentials(const QJsonObject &credentials);

    // The admin JSON as compact text: what a list page serves.
    const QByteArray &jsonText() const { return m_json; }
    // False only when `text` cannot occur as a string value of the admin JSON: a cheap test
    // before a full scan parses every identity.
    bool mayContain(const QString &text) const;

private:
    QByteArray m_json;
    QByteArray m_credentials;
};
