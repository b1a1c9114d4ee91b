// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// What Kratos's `ory.sh/kratos` extension on one schema node says, read the way Kratos's
// identity meta-schema defines it: login identifier for which credentials (and the code
// channel), the passkey display name, the TOTP account name, verification and recovery channels
// and the organisation matcher. Keys the meta-schema does not allow are kept in `unknown`.
struct KratosExtension
{
    bool present = false;
    QStringList identifierFor; // credential types in the meta-schema's order: password, webauthn, code
    QString codeVia;           // email | sms, for the code credential
    bool passkeyDisplayName = false;
    bool totpAccountName = false;
    QString verificationVia;
    QString recoveryVia;
    QString organizationsMatcher;
    QStringList unknown; // "credentials/foo", "color": not part of Kratos's meta-schema

    static KratosExtension fromJson(const QJsonValue &value);

    bool isLoginIdentifier() const { return !identifierFor.isEmpty(); }
    // Short labels for a tree column: "Login: password, code (email)", "Verify: email", …
    QStringList badges() const;
    // The same in one sentence, for documentation.
    QString inWords() const;

    static QString credentialName(const QString &type);
    static QString channelName(const QString &via);
};
