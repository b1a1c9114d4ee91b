// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SignInEvidence.h"
#include "SignInFinding.h"

#include <QCoreApplication>
#include <QStringList>

// The sign-in check's credentials part: whether the identity has anything to sign in with, which
// of its methods the server's login offers (social sign-in by provider), whether a password is
// known to be set, and the second factor the user will be asked for.
class SignInCredentialCheck
{
    Q_DECLARE_TR_FUNCTIONS(SignInCredentialCheck)

public:
    static void run(const SignInEvidence &e, QList<SignInFinding> *out);

private:
    // Whether a password is set, as far as the identity and its sessions show. Kratos writes a
    // password credential with the identifier for every trait marked as password identifier,
    // hash or not; the hash is only in `config`, which this console reads only when asked for.
    enum class PasswordState
    {
        None,   // no password credential
        Set,    // a hash (or the migration hook) in its config, or a session signed in with it
        NotSet, // its config was read and holds no hash
        Unknown // present, config not read, never seen in a session
    };
    // The identity's credentials, sorted for the checks.
    struct Methods
    {
        PasswordState password = PasswordState::None;
        QStringList first;      // first factors known to work (a password only when known set)
        QStringList second;     // second factors
        QStringList providers;  // social sign-in providers of the first factors
        QStringList firstNames; // the first factors in words
    };
    // What the login flow's methods leave: whether the unknown password matters, and whether
    // another way in works.
    struct Offered
    {
        bool passwordMatters = false;
        bool otherWayIn = false;
    };

    static Methods methodsOf(const SignInEvidence &e);
    static void checkAnyWayIn(const Identity &id, const Methods &m, QList<SignInFinding> *out);
    static Offered checkOffered(const SignInEvidence &e, const Methods &m, QList<SignInFinding> *out);
    static void checkPassword(const Identity &id, Offered offered, QList<SignInFinding> *out);
    static void checkSecondFactor(const Methods &m, QList<SignInFinding> *out);

    static PasswordState passwordState(const SignInEvidence &e);
    static const IdentityCredential *passwordCredentialOf(const Identity &identity);
    // A passwordless WebAuthn key carries the user's identifier; one used as a second factor does not.
    static bool isFirstFactor(const IdentityCredential &c);
    // OIDC/SAML credential identifiers are "<provider>:<subject>".
    static QStringList providersOf(const IdentityCredential &c);
    static QString joined(const QStringList &words);
};
