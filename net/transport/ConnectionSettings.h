// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

// What KratosClient needs to talk to one deployment. Built from a profile plus the token read
// from the keychain; the token lives here only while the profile is open.
struct ConnectionSettings
{
    QUrl adminUrl;  // e.g. http://127.0.0.1:4434 or https://<slug>.projects.oryapis.com
    QUrl publicUrl; // optional: where /schemas is served when the admin port's redirect is unusable
    QString token;  // sent as "Authorization: Bearer" to the admin origin only
    bool readOnly = false;
    int timeoutMs = 30000;
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    QList<QSslCertificate> extraCaCertificates;

    void clearToken()
    {
        token.fill(QLatin1Char('\0'));
        token.clear();
    }
};
