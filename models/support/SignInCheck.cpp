// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInCheck.h"

#include "CourierMessageModel.h"
#include "DisplayTime.h"
#include "SchemaCatalog.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

using Severity = SignInFinding::Severity;
using Fix = SignInFinding::Fix;

const QStringList kFirstFactors{QStringLiteral("password"), QStringLiteral("oidc"), QStringLiteral("saml"),
                                QStringLiteral("passkey"), QStringLiteral("code")};
const QStringList kSecondFactors{QStringLiteral("totp"), QStringLiteral("lookup_secret"), QStringLiteral("webauthn")};

QString when(const QDateTime &t)
{
    return t.isValid() ? DisplayTime::cell(t) : QCoreApplication::translate("SignInCheck", "at an unknown time");
}

QString ago(const QDateTime &t, const QDateTime &now)
{
    const qint64 secs = t.secsTo(now);
    if (!t.isValid() || secs < 0)
        return when(t);
    // (Plain variables: lupdate 6.4 hangs on a division inside the call's arguments.)
    const int minutes = int(secs / 60);
    const int hours = int(secs / 3600);
    const int days = int(secs / 86400);
    if (secs < 60)
        return QCoreApplication::translate("SignInCheck", "just now");
    if (secs < 3600)
        return QCoreApplication::translate("SignInCheck", "%Ln minute(s) ago", nullptr, minutes);
    if (secs < 2 * 86400)
        return QCoreApplication::translate("SignInCheck", "%Ln hour(s) ago", nullptr, hours);
    return QCoreApplication::translate("SignInCheck", "%Ln day(s) ago", nullptr, days);
}

SignInFinding finding(const QString &key, Severity severity, const QString &title, const QString &detail,
                      const QList<Fix> &fixes = {})
{
    SignInFinding f;
    f.key = key;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    f.fixes = fixes;
    return f;
}

// A passwordless WebAuthn key carries the user's identifier; one used as a second factor does not.
bool isFirstFactor(const IdentityCredential &c)
{
    return kFirstFactors.contains(c.type) || (c.type == QLatin1String("webauthn") && !c.identifiers.isEmpty());
}

// OIDC/SAML credential identifiers are "<provider>:<subject>".
QStringList providersOf(const IdentityCredential &c)
{
    QStringList out;
    for (const QString &identifier : c.identifiers) {
        const QString provider = identifier.section(QLatin1Char(':'), 0, 0);
        if (!provider.isEmpty() && !out.contains(provider))
            out.append(provider);
    }
    return out;
}

// Whether a password is set, as far as the identity and its sessions show. Kratos writes a password
// credential with the identifier for every trait marked as password identifier, hash or not; the
// hash is only in `config`, which this console reads only when asked for (include_credential).
enum class PasswordState
{
    None,   // no password credential
    Set,    // a hash (or the migration hook) in its config, or a session signed in with it
    NotSet, // its config was read and holds no hash
    Unknown // present, config not read, never seen in a session
};

const IdentityCredential *passwordCredentialOf(const Identity &identity)
{
    for (const IdentityCredential &c : identity.credentials) {
        if (c.type == QLatin1String("password"))
            return &c;
    }
    return nullptr;
}

PasswordState passwordState(const SignInEvidence &e)
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

QString normalised(const QString &address)
{
    return address.trimmed().toLower();
}

const CourierDispatch *lastFailure(const CourierMessage &m)
{
    const CourierDispatch *latest = nullptr;
    for (const CourierDispatch &d : m.dispatches) {
        if (d.status == QLatin1String("failed") && (!latest || d.createdAt > latest->createdAt))
            latest = &d;
    }
    return latest;
}

QString joined(const QStringList &words)
{
    return QLocale().createSeparatedList(words);
}

} // namespace

QString SignInCheck::methodName(const QString &type)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("SignInCheck", "password")},
        {QStringLiteral("oidc"), QT_TRANSLATE_NOOP("SignInCheck", "social sign-in")},
        {QStringLiteral("saml"), QT_TRANSLATE_NOOP("SignInCheck", "SAML single sign-on")},
        {QStringLiteral("passkey"), QT_TRANSLATE_NOOP("SignInCheck", "passkey")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("SignInCheck", "one-time code by e-mail or SMS")},
        {QStringLiteral("webauthn"), QT_TRANSLATE_NOOP("SignInCheck", "security key")},
        {QStringLiteral("totp"), QT_TRANSLATE_NOOP("SignInCheck", "authenticator app (TOTP)")},
        {QStringLiteral("lookup_secret"), QT_TRANSLATE_NOOP("SignInCheck", "backup codes")},
        {QStringLiteral("link"), QT_TRANSLATE_NOOP("SignInCheck", "magic link")},
        {QStringLiteral("identifier_first"), QT_TRANSLATE_NOOP("SignInCheck", "identifier first")}};
    const char *name = names.value(type);
    return name ? tr(name) : type;
}

QString SignInCheck::dispatchErrorInWords(const QString &error)
{
    const QString e = error.toLower();
    auto has = [&e](std::initializer_list<const char *> needles) {
        return std::any_of(needles.begin(), needles.end(),
                           [&e](const char *n) { return e.contains(QLatin1String(n)); });
    };
    if (e.isEmpty())
        return tr("the courier did not say why");
    if (has({"5.1.2", "domain not found", "host or domain name not found", "unrouteable address"}))
        return tr("the mail server refused the recipient: its domain does not exist");
    if (has({"21211", "invalid 'to' phone", "invalid phone"}))
        return tr("the SMS gateway refused the phone number");
    if (has({"550", "5.1.1", "user unknown", "recipient address rejected", "does not exist", "no such user",
             "mailbox unavailable"}))
        return tr("the mail server refused the recipient: the address does not exist");
    if (has({"452", "4.2.2", "over quota", "mailbox full", "insufficient storage"}))
        return tr("the recipient's mailbox is full");
    if (has({"535", "authentication failed", "auth failed", "username and password not accepted"}))
        return tr("the mail server refused the courier's login (check the SMTP credentials)");
    if (has({"x509", "certificate", "tls:", "handshake"}))
        return tr("the secure connection to the mail server failed (certificate or TLS)");
    if (has({"429", "too many requests", "rate limit"}))
        return tr("the provider is limiting the rate; the courier tries again");
    if (has({"421", "4.7.0", "try again later", "greylist"}))
        return tr("the mail server asked to try again later");
    if (has({"connection refused", "no such host", "dial tcp", "i/o timeout", "deadline exceeded", "timeout"}))
        return tr("the courier could not reach the mail server or SMS gateway");
    if (has({"554", "5.7.1", "spam", "blocked", "blacklist", "policy"}))
        return tr("the mail server rejected the message as spam or by policy");
    return tr("the courier reported: %1").arg(error.left(300));
}

bool SignInCheck::isHardBounce(const QString &error)
{
    const QString e = error.toLower();
    auto has = [&e](std::initializer_list<const char *> needles) {
        return std::any_of(needles.begin(), needles.end(),
                           [&e](const char *n) { return e.contains(QLatin1String(n)); });
    };
    // A refusal by policy or as spam says nothing about whether the address exists.
    if (has({"5.7.", "spam", "blocked", "blacklist", "policy"}))
        return false;
    return has({"550", "5.1.1", "5.1.2", "5.1.10", "user unknown", "no such user", "does not exist",
                "recipient address rejected", "mailbox unavailable", "domain not found",
                "host or domain name not found", "unrouteable address", "21211", "invalid 'to' phone",
                "invalid phone"});
}

QList<SignInFinding> SignInCheck::run(const SignInEvidence &evidence)
{
    QList<SignInFinding> out;
    checkState(evidence, &out);
    checkCredentials(evidence, &out);
    checkAddresses(evidence, &out);
    checkMessages(evidence, &out);
    checkSessions(evidence, &out);
    checkSchema(evidence, &out);
    std::stable_sort(out.begin(), out.end(), [](const SignInFinding &a, const SignInFinding &b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
    return out;
}

void SignInCheck::checkState(const SignInEvidence &e, QList<SignInFinding> *out)
{
    if (e.identity.state != Identity::State::Inactive)
        return;
    out->append(finding(QStringLiteral("state.inactive"), Severity::Blocker, tr("Deactivated"),
                        tr("The identity was set to inactive %1. Kratos refuses every sign-in and every recovery "
                           "until it is active again.")
                            .arg(e.identity.stateChangedAt.isValid() ? ago(e.identity.stateChangedAt, e.now)
                                                                     : tr("at an unknown time")),
                        {Fix::Activate}));
}

void SignInCheck::checkCredentials(const SignInEvidence &e, QList<SignInFinding> *out)
{
    const Identity &id = e.identity;
    if (!id.credentialsIncluded) {
        out->append(finding(QStringLiteral("credentials.unknown"), Severity::Info, tr("Credentials not read"),
                            tr("The server's answer did not include the credentials, so sign-in methods are not "
                               "checked.")));
        return;
    }
    const PasswordState password = passwordState(e);
    QStringList first;
    QStringList second;
    QStringList identityProviders;
    for (const IdentityCredential &c : id.credentials) {
        if (c.type == QLatin1String("password") && password != PasswordState::Set)
            continue; // not known to be a way in: reported on its own below
        if (isFirstFactor(c)) {
            first.append(c.type);
            if (c.type == QLatin1String("oidc") || c.type == QLatin1String("saml"))
                identityProviders += providersOf(c);
        } else if (kSecondFactors.contains(c.type)) {
            second.append(c.type);
        }
    }
    QStringList firstNames;
    for (const QString &t : std::as_const(first))
        firstNames.append(t == QLatin1String("oidc") && !identityProviders.isEmpty()
                              ? tr("social sign-in through %1").arg(joined(identityProviders))
                              : methodName(t));

    if (id.credentials.isEmpty()) {
        out->append(finding(QStringLiteral("credentials.none"), Severity::Blocker, tr("Nothing to sign in with"),
                            tr("This identity has no credentials at all: no password, no social sign-in, no passkey. "
                               "A recovery lets the user set a password."),
                            {Fix::SendRecovery}));
    } else if (first.isEmpty() && password == PasswordState::NotSet) {
        out->append(finding(QStringLiteral("credentials.password_not_set"), Severity::Blocker, tr("No password set"),
                            tr("The password credential holds only the identifier %1, no password: Kratos writes it "
                               "for the login trait. A recovery lets the user set a password.")
                                .arg(joined(passwordCredentialOf(id)->identifiers)),
                            {Fix::SendRecovery}));
    } else if (first.isEmpty() && password != PasswordState::Unknown) {
        QStringList names;
        for (const IdentityCredential &c : id.credentials)
            names.append(methodName(c.type));
        out->append(finding(QStringLiteral("credentials.no_first_factor"), Severity::Blocker,
                            tr("Only a second factor"),
                            tr("It has only %1, which Kratos asks for after a first sign-in step the identity does "
                               "not have. A recovery lets the user set a password.")
                                .arg(joined(names)),
                            {Fix::SendRecovery}));
    }

    const bool passwordUnknown = password == PasswordState::Unknown;
    const QString unknownPasswordName = tr("a password credential that may hold no password");
    bool passwordMatters = passwordUnknown; // the server's login offers password sign-in (or we cannot tell)
    bool otherWayIn = !first.isEmpty();     // a method known to work besides the password
    if (!e.login) {
        QStringList names = firstNames;
        if (passwordUnknown)
            names.append(unknownPasswordName);
        out->append(finding(QStringLiteral("credentials.offered_unknown"), Severity::Info,
                            tr("Sign-in methods of the server unknown"),
                            tr("Which methods the server's login offers could not be read (%1). The identity has: %2.")
                                .arg(e.loginProblem.isEmpty() ? tr("no answer") : e.loginProblem,
                                     names.isEmpty() ? tr("nothing") : joined(names))));
    } else if (!first.isEmpty() || passwordUnknown) {
        const QStringList offered = e.login->methodGroups();
        const QStringList offeredProviders = e.login->oidcProviders();
        passwordMatters = passwordUnknown && offered.contains(QLatin1String("password"));
        QStringList usable;
        QStringList goneProviders;
        for (const QString &t : std::as_const(first)) {
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
                                    : methodName(t));
        if (usable.isEmpty() && !passwordMatters) {
            QStringList names = firstNames;
            if (passwordUnknown)
                names.append(unknownPasswordName);
            out->append(finding(QStringLiteral("credentials.not_offered"), Severity::Blocker,
                                tr("No sign-in method the server offers"),
                                tr("The identity has %1; this server's login offers %2. A recovery lets the user set "
                                   "a password.")
                                    .arg(joined(names), offeredNames.isEmpty() ? tr("nothing") : joined(offeredNames)),
                                {Fix::SendRecovery}));
        } else if (!usable.isEmpty()) {
            QStringList usableNames;
            for (const QString &t : std::as_const(usable))
                usableNames.append(firstNames.at(first.indexOf(t)));
            out->append(finding(QStringLiteral("credentials.methods"), Severity::Info,
                                tr("Signs in with %1").arg(joined(usableNames)),
                                tr("This server's login offers %1.").arg(joined(offeredNames))));
            if (offered.contains(QLatin1String("password")) &&
                (password == PasswordState::None || password == PasswordState::NotSet))
                out->append(finding(QStringLiteral("credentials.no_password"), Severity::Info, tr("No password"),
                                    tr("The user signs in with %1 only; \"Forgot password\" (a recovery) lets them "
                                       "set one.")
                                        .arg(joined(usableNames))));
        }
        if (!goneProviders.isEmpty())
            out->append(finding(
                QStringLiteral("credentials.provider_gone"), Severity::Warning,
                tr("Social sign-in provider no longer offered"),
                tr("The identity is linked to %1, which this server's login no longer offers (it "
                   "offers %2).")
                    .arg(joined(goneProviders), offeredProviders.isEmpty() ? tr("none") : joined(offeredProviders))));
    }
    if (passwordMatters) {
        const IdentityCredential *c = passwordCredentialOf(id);
        SignInFinding f = finding(
            QStringLiteral("credentials.password_unknown"), otherWayIn ? Severity::Info : Severity::Warning,
            tr("Password: present, cannot tell whether one is set"),
            tr("The identity has a password credential for %1, but Kratos writes one for the login trait even when "
               "no password was ever set, and this console does not read password hashes. No session shows a "
               "sign-in with a password.")
                    .arg(c && !c->identifiers.isEmpty() ? joined(c->identifiers) : tr("no identifier")) +
                (otherWayIn ? QString()
                            : QLatin1Char(' ') + tr("If the user says they have no password, a recovery lets them "
                                                    "set one.")));
        if (!otherWayIn)
            f.fixes.append(Fix::SendRecovery);
        out->append(f);
    }

    if (!second.isEmpty()) {
        QStringList asked;
        for (const QString &t : std::as_const(second)) {
            if (t == QLatin1String("totp"))
                asked.append(tr("a code from their authenticator app"));
            else if (t == QLatin1String("lookup_secret"))
                asked.append(tr("one of their backup codes"));
            else
                asked.append(tr("their security key"));
        }
        out->append(
            finding(QStringLiteral("credentials.second_factor"), Severity::Info, tr("Second factor in place"),
                    tr("After the first step they may be asked for %1. A lost device is removed under "
                       "Credentials.")
                        .arg(asked.size() == 1
                                 ? asked.first()
                                 : tr("%1 or %2")
                                       .arg(asked.mid(0, asked.size() - 1).join(QStringLiteral(", ")), asked.last()))));
    }
}

QStringList SignInCheck::loginIdentifiers(const SignInEvidence &e)
{
    QStringList out;
    for (const IdentityCredential &c : e.identity.credentials) {
        if (c.type == QLatin1String("oidc") || c.type == QLatin1String("saml"))
            continue;
        for (const QString &identifier : c.identifiers)
            out.append(normalised(identifier));
    }
    for (const QString &path : e.identifierPaths) {
        const QJsonValue v = SchemaCatalog::valueAt(e.identity.traits, path);
        if (v.isString())
            out.append(normalised(v.toString()));
    }
    return out;
}

void SignInCheck::checkAddresses(const SignInEvidence &e, QList<SignInFinding> *out)
{
    const QStringList identifiers = loginIdentifiers(e);
    for (const VerifiableAddress &a : e.identity.verifiableAddresses) {
        if (a.verified)
            continue;
        const bool login = identifiers.contains(a.value.trimmed().toLower());
        QString state;
        if (a.status == QLatin1String("sent"))
            state = tr("A verification message was sent %1 and not used.").arg(ago(a.updatedAt, e.now));
        else if (a.status == QLatin1String("pending"))
            state = tr("No verification message was sent since it was added %1.").arg(ago(a.createdAt, e.now));
        else
            state = tr("Its status is \"%1\", but it is not verified.").arg(a.status);
        const QString why = login ? tr(" It is a login identifier: where the server requires a verified address "
                                       "to sign in, the user is refused.")
                                  : QString();
        SignInFinding f = finding(QStringLiteral("address.unverified"), login ? Severity::Warning : Severity::Info,
                                  tr("%1 is not verified").arg(a.value), state + why);
        // Kratos 26.2's public verification flow reaches e-mail addresses only.
        if (a.via == QLatin1String("email"))
            f.fixes.append(Fix::SendVerification);
        f.fixes.append(Fix::MarkVerified);
        f.address = a.value;
        f.addressId = a.id;
        out->append(f);
    }
}

void SignInCheck::checkMessages(const SignInEvidence &e, QList<SignInFinding> *out)
{
    if (!e.messages) {
        out->append(
            finding(QStringLiteral("messages.unknown"), Severity::Info, tr("Courier messages not read"),
                    e.messagesProblem.isEmpty() ? tr("The identity has no address to look for.") : e.messagesProblem));
        return;
    }
    // Addresses the user needs: to sign in with, or to get a recovery message at.
    const QStringList signIn = loginIdentifiers(e);
    QStringList recover;
    for (const RecoveryAddress &a : e.identity.recoveryAddresses)
        recover.append(normalised(a.value));
    QSet<QString> reported; // one finding per recipient and template: the newest message
    QSet<QString> bouncing; // one finding per recipient that bounces
    bool lastSentShown = false;
    for (const CourierMessage &m : *e.messages) {
        if (m.createdAt.isValid() && m.createdAt.secsTo(e.now) > kRecentMessageSecs)
            continue;
        const QString kind = CourierMessageModel::templateName(m.templateType);
        const QString recipient = normalised(m.recipient);
        const QString slot = recipient + QLatin1Char('|') + m.templateType;
        const bool verification = m.templateType.startsWith(QLatin1String("verification"));
        const bool recovery = m.templateType.startsWith(QLatin1String("recovery"));
        const CourierDispatch *failure = lastFailure(m);
        const bool failed =
            m.status == QLatin1String("abandoned") ||
            ((m.status == QLatin1String("queued") || m.status == QLatin1String("processing")) && failure);
        const bool needed = signIn.contains(recipient) || recover.contains(recipient);
        if (failed && failure && needed && isHardBounce(failure->errorText())) {
            if (bouncing.contains(recipient))
                continue;
            bouncing.insert(recipient);
            const bool forSignIn = signIn.contains(recipient);
            const bool forRecovery = recover.contains(recipient);
            const QString need = forSignIn && forRecovery ? tr("signs in with it and gets recovery messages at it")
                                 : forSignIn              ? tr("signs in with it")
                                                          : tr("gets recovery messages at it");
            SignInFinding f = finding(
                QStringLiteral("address.bounces"), Severity::Blocker, tr("%1 does not receive mail").arg(m.recipient),
                tr("%1 to it failed %2: %3. The user %4, so nothing Kratos sends there arrives, including codes and "
                   "links. Correct the address (Edit identity), then send again.")
                    .arg(kind, ago(failure->createdAt, e.now), dispatchErrorInWords(failure->errorText()), need),
                {Fix::EditIdentity, Fix::OpenMessage});
            f.messageId = m.id;
            f.address = m.recipient;
            f.reason = dispatchErrorInWords(failure->errorText());
            out->append(f);
            continue;
        }
        SignInFinding f;
        if (m.status == QLatin1String("abandoned")) {
            f = finding(
                QStringLiteral("message.abandoned"), Severity::Warning,
                tr("%1 to %2 was abandoned").arg(kind, m.recipient),
                tr("The courier gave up %1 after %Ln attempt(s): %2.", nullptr, m.sendCount)
                    .arg(ago(m.updatedAt, e.now), dispatchErrorInWords(failure ? failure->errorText() : QString())));
        } else if ((m.status == QLatin1String("queued") || m.status == QLatin1String("processing")) && failure) {
            f = finding(QStringLiteral("message.failing"), Severity::Warning,
                        tr("%1 to %2 is failing").arg(kind, m.recipient),
                        tr("%Ln attempt(s) so far, the last %1: %2. The courier tries again.", nullptr, m.sendCount)
                            .arg(ago(failure->createdAt, e.now), dispatchErrorInWords(failure->errorText())));
        } else if (m.status == QLatin1String("queued") && m.createdAt.isValid() &&
                   m.createdAt.secsTo(e.now) > kStaleQueueSecs) {
            f = finding(QStringLiteral("message.stale_queue"), Severity::Warning,
                        tr("%1 to %2 is still queued").arg(kind, m.recipient),
                        tr("It was queued %1 and not sent yet: the courier may not be running (kratos courier "
                           "watch, or serve --watch-courier).")
                            .arg(ago(m.createdAt, e.now)));
        } else if (m.status == QLatin1String("sent") && !lastSentShown) {
            lastSentShown = true;
            f = finding(QStringLiteral("message.last_sent"), Severity::Info,
                        tr("Last delivered: %1 to %2").arg(kind, m.recipient),
                        tr("Handed to the mail server or SMS gateway %1. If it did not arrive, ask the user to look "
                           "in their spam folder.")
                            .arg(ago(m.updatedAt, e.now)));
        } else {
            continue;
        }
        if (reported.contains(slot + f.key))
            continue;
        reported.insert(slot + f.key);
        f.messageId = m.id;
        f.address = m.recipient;
        f.fixes.append(Fix::OpenMessage);
        if (f.severity == Severity::Warning && verification)
            f.fixes.append(Fix::SendVerification);
        else if (f.severity == Severity::Warning && recovery)
            f.fixes.append(Fix::SendRecovery);
        out->append(f);
    }
}

void SignInCheck::checkSessions(const SignInEvidence &e, QList<SignInFinding> *out)
{
    if (!e.sessions) {
        out->append(
            finding(QStringLiteral("sessions.unknown"), Severity::Info, tr("Sessions not read"), e.sessionsProblem));
        return;
    }
    int active = 0;
    const Session *latest = nullptr;
    for (const Session &s : *e.sessions) {
        if (s.active && (!s.expiresAt.isValid() || s.expiresAt > e.now))
            ++active;
        if (!latest || s.authenticatedAt > latest->authenticatedAt)
            latest = &s;
    }
    if (active >= kManySessions) {
        out->append(finding(QStringLiteral("sessions.many"), Severity::Warning,
                            tr("%Ln active session(s)", nullptr, active),
                            tr("That many sessions at once can mean a shared or a stolen account. Revoking them "
                               "signs the user out everywhere."),
                            {Fix::RevokeSessions}));
    } else if (active == 0) {
        out->append(finding(QStringLiteral("sessions.none"), Severity::Info, tr("No active session"),
                            latest ? tr("They are signed out everywhere; the last sign-in was %1.")
                                         .arg(ago(latest->authenticatedAt, e.now))
                                   : tr("They have never signed in, or every session was deleted.")));
    }
    if (latest) {
        QStringList methods;
        for (const AuthenticationMethod &m : latest->authenticationMethods)
            methods.append(m.provider.isEmpty() ? methodName(m.method)
                                                : QStringLiteral("%1 (%2)").arg(methodName(m.method), m.provider));
        out->append(finding(
            QStringLiteral("sessions.latest"), Severity::Info,
            tr("Last sign-in %1 at %2")
                .arg(ago(latest->authenticatedAt, e.now), latest->aal.isEmpty() ? tr("an unknown level") : latest->aal),
            methods.isEmpty() ? tr("The session names no authentication method.")
                              : tr("With %1.").arg(joined(methods))));
    }
}

void SignInCheck::checkSchema(const SignInEvidence &e, QList<SignInFinding> *out)
{
    if (!e.schemaKnown) {
        out->append(finding(QStringLiteral("schema.unknown"), Severity::Info, tr("Schema not checked"),
                            e.schemaProblem.isEmpty() ? tr("The identity's schema is not loaded.") : e.schemaProblem));
        return;
    }
    if (!e.traitProblems.isEmpty()) {
        QStringList lines;
        for (const SchemaValidator::Problem &p : e.traitProblems.mid(0, 5))
            lines.append(p.text());
        out->append(finding(QStringLiteral("schema.invalid_traits"), Severity::Warning,
                            tr("Traits no longer match the schema \"%1\"").arg(e.identity.schemaId),
                            tr("Stale data after a schema change: %1. Settings and any change to the identity fail "
                               "until the traits are fixed.")
                                .arg(lines.join(QStringLiteral("; "))),
                            {Fix::EditIdentity}));
    }
    QStringList marked;
    for (const QString &path : e.identifierPaths) {
        const QJsonValue v = SchemaCatalog::valueAt(e.identity.traits, path);
        if (v.isString())
            marked.append(v.toString().trimmed().toLower());
    }
    for (const IdentityCredential &c : e.identity.credentials) {
        if (c.type != QLatin1String("password") && c.type != QLatin1String("code"))
            continue;
        for (const QString &identifier : c.identifiers) {
            if (marked.contains(identifier.trimmed().toLower()))
                continue;
            out->append(finding(QStringLiteral("schema.identifier_unmarked"), Severity::Warning,
                                tr("%1 is no longer a login identifier").arg(identifier),
                                tr("The %1 credential still signs in with %2, but no trait the schema \"%3\" marks "
                                   "as identifier holds it. The next change to the identity drops it.")
                                    .arg(methodName(c.type), identifier, e.identity.schemaId),
                                {Fix::EditIdentity}));
        }
    }
}
