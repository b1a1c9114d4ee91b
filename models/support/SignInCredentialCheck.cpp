// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInCredentialCheck.h"

#include "SignInCheck.h"

#include <QLocale>

namespace {

const QStringList kFirstFactors{QStringLiteral("password"), QStringLiteral("oidc"), QStringLiteral("saml"),
                                QStringLiteral("passkey"), QStringLiteral("code")};
const QStringList kSecondFactors{QStringLiteral("totp"), QStringLiteral("lookup_secret"), QStringLiteral("webauthn")};

} // namespace

void SignInCredentialCheck::run(const SignInEvidence &e, QList<SignInFinding> *out)
{
    const Identity &id = e.identity;
    if (!id.credentialsIncluded) {
        out->append(SignInFinding::make(QStringLiteral("credentials.unknown"), SignInFinding::Severity::Info,
                                        tr("Credentials not read"),
                                        tr("The server's answer did not include the credentials, so sign-in methods "
                                           "are not checked.")));
        return;
    }
    const Methods m = methodsOf(e);
    checkAnyWayIn(id, m, out);
    checkPassword(id, checkOffered(e, m, out), out);
    checkSecondFactor(m, out);
}

SignInCredentialCheck::Methods SignInCredentialCheck::methodsOf(const SignInEvidence &e)
{
    const Identity &id = e.identity;
    Methods m;
    m.password = passwordState(e);
    for (const IdentityCredential &c : id.credentials) {
        if (c.type == QLatin1String("password") && m.password != PasswordState::Set)
            continue; // not known to be a way in: reported on its own below
        if (isFirstFactor(c)) {
            m.first.append(c.type);
            if (c.type == QLatin1String("oidc") || c.type == QLatin1String("saml"))
                m.providers += providersOf(c);
        } else if (kSecondFactors.contains(c.type)) {
            m.second.append(c.type);
        }
    }
    for (const QString &t : std::as_const(m.first))
        m.firstNames.append(t == QLatin1String("oidc") && !m.providers.isEmpty()
                                ? tr("social sign-in through %1").arg(joined(m.providers))
                                : SignInCheck::methodName(t));

    return m;
}

void SignInCredentialCheck::checkAnyWayIn(const Identity &id, const Methods &m, QList<SignInFinding> *out)
{
    if (id.credentials.isEmpty()) {
        out->append(SignInFinding::make(
            QStringLiteral("credentials.none"), SignInFinding::Severity::Blocker, tr("Nothing to sign in with"),
            tr("This identity has no credentials at all: no password, no social sign-in, no passkey. "
               "A recovery lets the user set a password."),
            {SignInFinding::Fix::SendRecovery}));
    } else if (m.first.isEmpty() && m.password == PasswordState::NotSet) {
        out->append(SignInFinding::make(
            QStringLiteral("credentials.password_not_set"), SignInFinding::Severity::Blocker, tr("No password set"),
            tr("The password credential holds only the identifier %1, no password: Kratos writes it "
               "for the login trait. A recovery lets the user set a password.")
                .arg(joined(passwordCredentialOf(id)->identifiers)),
            {SignInFinding::Fix::SendRecovery}));
    } else if (m.first.isEmpty() && m.password != PasswordState::Unknown) {
        QStringList names;
        for (const IdentityCredential &c : id.credentials)
            names.append(SignInCheck::methodName(c.type));
        out->append(SignInFinding::make(
            QStringLiteral("credentials.no_first_factor"), SignInFinding::Severity::Blocker, tr("Only a second factor"),
            tr("It has only %1, which Kratos asks for after a first sign-in step the identity does "
               "not have. A recovery lets the user set a password.")
                .arg(joined(names)),
            {SignInFinding::Fix::SendRecovery}));
    }
}

SignInCredentialCheck::Offered SignInCredentialCheck::checkOffered(const SignInEvidence &e, const Methods &m,
                                                                   QList<SignInFinding> *out)
{
    const Identity &id = e.identity;
    const bool passwordUnknown = m.password == PasswordState::Unknown;
    const QString unknownPasswordName = tr("a password credential that may hold no password");
    bool passwordMatters = passwordUnknown; // the server's login offers password sign-in (or we cannot tell)
    bool otherWayIn = !m.first.isEmpty();   // a method known to work besides the password
    if (!e.login) {
        QStringList names = m.firstNames;
        if (passwordUnknown)
            names.append(unknownPasswordName);
        out->append(SignInFinding::make(
            QStringLiteral("credentials.offered_unknown"), SignInFinding::Severity::Info,
            tr("Sign-in methods of the server unknown"),
            tr("Which methods the server's login offers could not be read (%1). The identity has: %2.")
                .arg(e.loginProblem.isEmpty() ? tr("no answer") : e.loginProblem,
                     names.isEmpty() ? tr("nothing") : joined(names))));
    } else if (!m.first.isEmpty() || passwordUnknown) {
        const QStringList offered = e.login->methodGroups();
        const QStringList offeredProviders = e.login->oidcProviders();
        passwordMatters = passwordUnknown && offered.contains(QLatin1String("password"));
        QStringList usable;
        QStringList goneProviders;
        for (const QString &t : std::as_const(m.first)) {
            if (!offered.contains(t))
                continue;
            if (t == QLatin1String("oidc") || t == QLatin1String("saml")) {
                bool any = false;
                for (const IdentityCredential &c : id.credentials) {
                    if (c.type != t)
                        continue;
                    for (const QString &p : providersOf(c)) {
                        if (offeredProviders.contains(p))
                            any = true;
                        else if (!goneProviders.contains(p))
                            goneProviders.append(p);
                    }
                }
                if (!any)
                    continue;
            }
            usable.append(t);
        }
        otherWayIn = !usable.isEmpty();
        QStringList offeredNames;
        for (const QString &t : offered)
            offeredNames.append(t == QLatin1String("oidc") && !offeredProviders.isEmpty()
                                    ? tr("social sign-in through %1").arg(joined(offeredProviders))
                                    : SignInCheck::methodName(t));
        if (usable.isEmpty() && !passwordMatters) {
            QStringList names = m.firstNames;
            if (passwordUnknown)
                names.append(unknownPasswordName);
            out->append(SignInFinding::make(
                QStringLiteral("credentials.not_offered"), SignInFinding::Severity::Blocker,
                tr("No sign-in method the server offers"),
                tr("The identity has %1; this server's login offers %2. A recovery lets the user set "
                   "a password.")
                    .arg(joined(names), offeredNames.isEmpty() ? tr("nothing") : joined(offeredNames)),
                {SignInFinding::Fix::SendRecovery}));
        } else if (!usable.isEmpty()) {
            QStringList usableNames;
            for (const QString &t : std::as_const(usable))
                usableNames.append(m.firstNames.at(m.first.indexOf(t)));
            out->append(SignInFinding::make(QStringLiteral("credentials.methods"), SignInFinding::Severity::Info,
                                            tr("Signs in with %1").arg(joined(usableNames)),
                                            tr("This server's login offers %1.").arg(joined(offeredNames))));
            if (offered.contains(QLatin1String("password")) &&
                (m.password == PasswordState::None || m.password == PasswordState::NotSet))
                out->append(SignInFinding::make(
                    QStringLiteral("credentials.no_password"), SignInFinding::Severity::Info, tr("No password"),
                    tr("The user signs in with %1 only; \"Forgot password\" (a recovery) lets them "
                       "set one.")
                        .arg(joined(usableNames))));
        }
        if (!goneProviders.isEmpty())
            out->append(SignInFinding::make(
                QStringLiteral("credentials.provider_gone"), SignInFinding::Severity::Warning,
                tr("Social sign-in provider no longer offered"),
                tr("The identity is linked to %1, which this server's login no longer offers (it "
                   "offers %2).")
                    .arg(joined(goneProviders), offeredProviders.isEmpty() ? tr("none") : joined(offeredProviders))));
    }
    return {passwordMatters, otherWayIn};
}

void SignInCredentialCheck::checkPassword(const Identity &id, Offered offered, QList<SignInFinding> *out)
{
    if (offered.passwordMatters) {
        const IdentityCredential *c = passwordCredentialOf(id);
        SignInFinding f = SignInFinding::make(
            QStringLiteral("credentials.password_unknown"),
            offered.otherWayIn ? SignInFinding::Severity::Info : SignInFinding::Severity::Warning,
            tr("Password: present, cannot tell whether one is set"),
            tr("The identity has a password credential for %1, but Kratos writes one for the login trait even when "
               "no password was ever set, and this console does not read password hashes. No session shows a "
               "sign-in with a password.")
                    .arg(c && !c->identifiers.isEmpty() ? joined(c->identifiers) : tr("no identifier")) +
                (offered.otherWayIn
                     ? QString()
                     : QLatin1Char(' ') + tr("If the user says they have no password, a recovery lets them "
                                             "set one.")));
        if (!offered.otherWayIn)
            f.fixes.append(SignInFinding::Fix::SendRecovery);
        out->append(f);
    }
}

void SignInCredentialCheck::checkSecondFactor(const Methods &m, QList<SignInFinding> *out)
{
    if (!m.second.isEmpty()) {
        QStringList asked;
        for (const QString &t : std::as_const(m.second)) {
            if (t == QLatin1String("totp"))
                asked.append(tr("a code from their authenticator app"));
            else if (t == QLatin1String("lookup_secret"))
                asked.append(tr("one of their backup codes"));
            else
                asked.append(tr("their security key"));
        }
        out->append(SignInFinding::make(
            QStringLiteral("credentials.second_factor"), SignInFinding::Severity::Info, tr("Second factor in place"),
            tr("After the first step they may be asked for %1. A lost device is removed under "
               "Credentials.")
                .arg(asked.size() == 1
                         ? asked.first()
                         : tr("%1 or %2")
                               .arg(asked.mid(0, asked.size() - 1).join(QStringLiteral(", ")), asked.last()))));
    }
}

bool SignInCredentialCheck::isFirstFactor(const IdentityCredential &c)
{
    return kFirstFactors.contains(c.type) || (c.type == QLatin1String("webauthn") && !c.identifiers.isEmpty());
}

QStringList SignInCredentialCheck::providersOf(const IdentityCredential &c)
{
    QStringList out;
    for (const QString &identifier : c.identifiers) {
        const QString provider = identifier.section(QLatin1Char(':'), 0, 0);
        if (!provider.isEmpty() && !out.contains(provider))
            out.append(provider);
    }
    return out;
}

const IdentityCredential *SignInCredentialCheck::passwordCredentialOf(const Identity &identity)
{
    for (const IdentityCredential &c : identity.credentials) {
        if (c.type == QLatin1String("password"))
            return &c;
    }
    return nullptr;
}

SignInCredentialCheck::PasswordState SignInCredentialCheck::passwordState(const SignInEvidence &e)
{
    const IdentityCredential *it = passwordCredentialOf(e.identity);
    if (!it)
        return PasswordState::None;
    if (it->hasConfig) {
        const bool hash = !it->config.value(QLatin1String("hashed_password")).toString().isEmpty() ||
                          it->config.value(QLatin1String("use_password_migration_hook")).toBool();
        return hash ? PasswordState::Set : PasswordState::NotSet;
    }
    if (e.sessions) {
        for (const Session &s : *e.sessions) {
            for (const AuthenticationMethod &m : s.authenticationMethods) {
                if (m.method == QLatin1String("password"))
                    return PasswordState::Set;
            }
        }
    }
    return PasswordState::Unknown;
}

QString SignInCredentialCheck::joined(const QStringList &words)
{
    return QLocale().createSeparatedList(words);
}
