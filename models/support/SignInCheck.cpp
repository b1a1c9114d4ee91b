// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInCheck.h"

#include "CourierMessageModel.h"
#include "DisplayTime.h"
#include "SchemaCatalog.h"
#include "SignInCredentialCheck.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace {

using Severity = SignInFinding::Severity;
using Fix = SignInFinding::Fix;

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
    SignInCredentialCheck::run(evidence, &out);
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
    out->append(
        SignInFinding::make(QStringLiteral("state.inactive"), Severity::Blocker, tr("Deactivated"),
                            tr("The identity was set to inactive %1. Kratos refuses every sign-in and every recovery "
                               "until it is active again.")
                                .arg(e.identity.stateChangedAt.isValid() ? ago(e.identity.stateChangedAt, e.now)
                                                                         : tr("at an unknown time")),
                            {Fix::Activate}));
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
        SignInFinding f =
            SignInFinding::make(QStringLiteral("address.unverified"), login ? Severity::Warning : Severity::Info,
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
        out->append(SignInFinding::make(
            QStringLiteral("messages.unknown"), Severity::Info, tr("Courier messages not read"),
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
            out->append(bounceFinding(m, *failure, signIn.contains(recipient), recover.contains(recipient), e.now));
            continue;
        }
        std::optional<SignInFinding> found = messageFinding(m, failure, e.now, &lastSentShown);
        if (!found)
            continue;
        SignInFinding &f = *found;
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

SignInFinding SignInCheck::bounceFinding(const CourierMessage &m, const CourierDispatch &failure, bool forSignIn,
                                         bool forRecovery, const QDateTime &now)
{
    const QString need = forSignIn && forRecovery ? tr("signs in with it and gets recovery messages at it")
                         : forSignIn              ? tr("signs in with it")
                                                  : tr("gets recovery messages at it");
    SignInFinding f = SignInFinding::make(
        QStringLiteral("address.bounces"), Severity::Blocker, tr("%1 does not receive mail").arg(m.recipient),
        tr("%1 to it failed %2: %3. The user %4, so nothing Kratos sends there arrives, including codes and "
           "links. Correct the address (Edit identity), then send again.")
            .arg(CourierMessageModel::templateName(m.templateType), ago(failure.createdAt, now),
                 dispatchErrorInWords(failure.errorText()), need),
        {Fix::EditIdentity, Fix::OpenMessage});
    f.messageId = m.id;
    f.address = m.recipient;
    f.reason = dispatchErrorInWords(failure.errorText());
    return f;
}

std::optional<SignInFinding> SignInCheck::messageFinding(const CourierMessage &m, const CourierDispatch *failure,
                                                         const QDateTime &now, bool *lastSentShown)
{
    const QString kind = CourierMessageModel::templateName(m.templateType);
    if (m.status == QLatin1String("abandoned")) {
        return SignInFinding::make(
            QStringLiteral("message.abandoned"), Severity::Warning, tr("%1 to %2 was abandoned").arg(kind, m.recipient),
            tr("The courier gave up %1 after %Ln attempt(s): %2.", nullptr, m.sendCount)
                .arg(ago(m.updatedAt, now), dispatchErrorInWords(failure ? failure->errorText() : QString())));
    }
    if ((m.status == QLatin1String("queued") || m.status == QLatin1String("processing")) && failure) {
        return SignInFinding::make(
            QStringLiteral("message.failing"), Severity::Warning, tr("%1 to %2 is failing").arg(kind, m.recipient),
            tr("%Ln attempt(s) so far, the last %1: %2. The courier tries again.", nullptr, m.sendCount)
                .arg(ago(failure->createdAt, now), dispatchErrorInWords(failure->errorText())));
    }
    if (m.status == QLatin1String("queued") && m.createdAt.isValid() && m.createdAt.secsTo(now) > kStaleQueueSecs) {
        return SignInFinding::make(
            QStringLiteral("message.stale_queue"), Severity::Warning,
            tr("%1 to %2 is still queued").arg(kind, m.recipient),
            tr("It was queued %1 and not sent yet: the courier may not be running (kratos courier "
               "watch, or serve --watch-courier).")
                .arg(ago(m.createdAt, now)));
    }
    if (m.status == QLatin1String("sent") && !*lastSentShown) {
        *lastSentShown = true;
        return SignInFinding::make(
            QStringLiteral("message.last_sent"), Severity::Info, tr("Last delivered: %1 to %2").arg(kind, m.recipient),
            tr("Handed to the mail server or SMS gateway %1. If it did not arrive, ask the user to look "
               "in their spam folder.")
                .arg(ago(m.updatedAt, now)));
    }
    return std::nullopt;
}

void SignInCheck::checkSessions(const SignInEvidence &e, QList<SignInFinding> *out)
{
    if (!e.sessions) {
        out->append(SignInFinding::make(QStringLiteral("sessions.unknown"), Severity::Info, tr("Sessions not read"),
                                        e.sessionsProblem));
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
        out->append(SignInFinding::make(
            QStringLiteral("sessions.many"), Severity::Warning, tr("%Ln active session(s)", nullptr, active),
            tr("That many sessions at once can mean a shared or a stolen account. Revoking them "
               "signs the user out everywhere."),
            {Fix::RevokeSessions}));
    } else if (active == 0) {
        out->append(SignInFinding::make(QStringLiteral("sessions.none"), Severity::Info, tr("No active session"),
                                        latest ? tr("They are signed out everywhere; the last sign-in was %1.")
                                                     .arg(ago(latest->authenticatedAt, e.now))
                                               : tr("They have never signed in, or every session was deleted.")));
    }
    if (latest) {
        QStringList methods;
        for (const AuthenticationMethod &m : latest->authenticationMethods)
            methods.append(m.provider.isEmpty() ? methodName(m.method)
                                                : QStringLiteral("%1 (%2)").arg(methodName(m.method), m.provider));
        out->append(SignInFinding::make(
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
        out->append(SignInFinding::make(QStringLiteral("schema.unknown"), Severity::Info, tr("Schema not checked"),
                                        e.schemaProblem.isEmpty() ? tr("The identity's schema is not loaded.")
                                                                  : e.schemaProblem));
        return;
    }
    if (!e.traitProblems.isEmpty()) {
        QStringList lines;
        for (const SchemaValidator::Problem &p : e.traitProblems.mid(0, 5))
            lines.append(p.text());
        out->append(
            SignInFinding::make(QStringLiteral("schema.invalid_traits"), Severity::Warning,
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
            out->append(
                SignInFinding::make(QStringLiteral("schema.identifier_unmarked"), Severity::Warning,
                                    tr("%1 is no longer a login identifier").arg(identifier),
                                    tr("The %1 credential still signs in with %2, but no trait the schema \"%3\" marks "
                                       "as identifier holds it. The next change to the identity drops it.")
                                        .arg(methodName(c.type), identifier, e.identity.schemaId),
                                    {Fix::EditIdentity}));
        }
    }
}
