// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using Severity = SignInFinding::Severity;
using Fix = SignInFinding::Fix;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);

QString at(qint64 secondsAgo)
{
    return kNow.addSecs(-secondsAgo).toString(Qt::ISODateWithMs);
}

QJsonObject parse(const char *json)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(e.errorString()));
    return doc.object();
}

// mary@example.com: active, a password, her address verified, one session, nothing in the courier.
QJsonObject healthyIdentity()
{
    QJsonObject o = parse(R"({
        "id": "7c1b0b43-8f3a-4b61-9d3c-0d6a2a4f1e11", "schema_id": "default", "state": "active",
        "traits": {"email": "mary@example.com", "name": {"first": "Mary"}},
        "verifiable_addresses": [{"id": "a1", "value": "mary@example.com", "via": "email", "verified": true,
                                  "status": "completed"}],
        "recovery_addresses": [{"id": "r1", "value": "mary@example.com", "via": "email"}],
        "credentials": {"password": {"type": "password", "identifiers": ["mary@example.com"], "version": 0}}
    })");
    return o;
}

QJsonObject merged(QJsonObject base, const QJsonObject &overrides)
{
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QJsonObject session(qint64 authenticatedAgo, bool active, qint64 expiresIn, const QString &aal = QStringLiteral("aal1"))
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("s-%1").arg(authenticatedAgo)},
                       {QStringLiteral("active"), active},
                       {QStringLiteral("authenticator_assurance_level"), aal},
                       {QStringLiteral("authenticated_at"), at(authenticatedAgo)},
                       {QStringLiteral("expires_at"), at(-expiresIn)},
                       {QStringLiteral("authentication_methods"),
                        QJsonArray{QJsonObject{{QStringLiteral("method"), QStringLiteral("password")},
                                               {QStringLiteral("aal"), QStringLiteral("aal1")}}}}};
}

QJsonObject message(const QString &status, const QString &templateType, qint64 createdAgo, int sendCount = 0,
                    const QString &error = {})
{
    QJsonArray dispatches;
    if (!error.isEmpty())
        dispatches.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("d1")},
                                      {QStringLiteral("status"), QStringLiteral("failed")},
                                      {QStringLiteral("created_at"), at(createdAgo - 5)},
                                      {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), error}}}});
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("m-%1-%2").arg(status).arg(createdAgo)},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("type"), QStringLiteral("email")},
                       {QStringLiteral("recipient"), QStringLiteral("mary@example.com")},
                       {QStringLiteral("template_type"), templateType},
                       {QStringLiteral("send_count"), sendCount},
                       {QStringLiteral("created_at"), at(createdAgo)},
                       {QStringLiteral("updated_at"), at(createdAgo - 10)},
                       {QStringLiteral("dispatches"), dispatches}};
}

// A login flow that offers these node groups (and these OIDC providers).
SelfServiceFlow loginFlow(const QStringList &groups, const QStringList &providers = {})
{
    QJsonArray nodes{QJsonObject{
        {QStringLiteral("group"), QStringLiteral("default")},
        {QStringLiteral("type"), QStringLiteral("input")},
        {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("name"), QStringLiteral("identifier")}}}}};
    for (const QString &g : groups) {
        if (g == QLatin1String("oidc")) {
            for (const QString &p : providers)
                nodes.append(QJsonObject{
                    {QStringLiteral("group"), g},
                    {QStringLiteral("type"), QStringLiteral("input")},
                    {QStringLiteral("attributes"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("provider")}, {QStringLiteral("value"), p}}}});
        } else {
            nodes.append(QJsonObject{
                {QStringLiteral("group"), g},
                {QStringLiteral("type"), QStringLiteral("input")},
                {QStringLiteral("attributes"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("method")}, {QStringLiteral("value"), g}}}});
        }
    }
    return *SelfServiceFlow::fromJson(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("login-flow")},
                    {QStringLiteral("ui"), QJsonObject{{QStringLiteral("nodes"), nodes}}}});
}

SignInEvidence evidence(const QJsonObject &identity, const QJsonArray &sessions = {}, const QJsonArray &messages = {},
                        const QStringList &login = {QStringLiteral("password"), QStringLiteral("code")})
{
    SignInEvidence e;
    e.identity = *Identity::fromJson(identity);
    e.now = kNow;
    QList<Session> s;
    for (const QJsonValue &v : sessions)
        s.append(*Session::fromJson(v.toObject()));
    e.sessions = s;
    QList<CourierMessage> m;
    for (const QJsonValue &v : messages)
        m.append(*CourierMessage::fromJson(v.toObject(), false));
    e.messages = m;
    if (!login.isEmpty())
        e.login = loginFlow(login, {QStringLiteral("google")});
    e.schemaKnown = true;
    e.identifierPaths = {QStringLiteral("email")};
    return e;
}

const SignInFinding *find(const QList<SignInFinding> &findings, const QString &key)
{
    for (const SignInFinding &f : findings) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QStringList keys(const QList<SignInFinding> &findings)
{
    QStringList out;
    for (const SignInFinding &f : findings)
        out.append(f.key);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(SignInEvidence)
Q_DECLARE_METATYPE(QList<SignInFinding::Fix>)

// Each finding of the sign-in check from a crafted identity, one at a time.
class tst_SignInCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<SignInEvidence>("evidence");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QList<Fix>>("fixes");
        QTest::addColumn<QString>("mentions"); // a word the title or detail must contain

        const QJsonObject healthy = healthyIdentity();
        const QJsonArray oneSession{session(3600, true, 3600)};

        QTest::newRow("inactive") << evidence(merged(healthy, {{QStringLiteral("state"), QStringLiteral("inactive")},
                                                               {QStringLiteral("state_changed_at"), at(3 * 86400)}}),
                                              oneSession)
                                  << "state.inactive" << int(Severity::Blocker) << QList<Fix>{Fix::Activate} << "3 day";
        QTest::newRow("no credentials") << evidence(merged(healthy, {{QStringLiteral("credentials"), QJsonObject{}}}),
                                                    oneSession)
                                        << "credentials.none" << int(Severity::Blocker) << QList<Fix>{Fix::SendRecovery}
                                        << "no credentials";
        QTest::newRow("only a second factor")
            << evidence(merged(healthy, {{QStringLiteral("credentials"),
                                          parse(R"({"totp": {"type": "totp", "identifiers": []}})")}}),
                        oneSession)
            << "credentials.no_first_factor" << int(Severity::Blocker) << QList<Fix>{Fix::SendRecovery}
            << "authenticator app";
        QTest::newRow("only OIDC, server offers only password")
            << evidence(merged(healthy, {{QStringLiteral("credentials"),
                                          parse(R"({"oidc": {"type": "oidc", "identifiers": ["gitlab:4711"]}})")}}),
                        oneSession, {}, {QStringLiteral("password")})
            << "credentials.not_offered" << int(Severity::Blocker) << QList<Fix>{Fix::SendRecovery} << "gitlab";
        QTest::newRow("OIDC provider gone, password still works")
            << evidence(
                   merged(healthy, {{QStringLiteral("credentials"),
                                     parse(R"({"password": {"type": "password", "identifiers": ["mary@example.com"]},
                                                    "oidc": {"type": "oidc", "identifiers": ["gitlab:4711"]}})")}}),
                   oneSession, {}, {QStringLiteral("password"), QStringLiteral("oidc")})
            << "credentials.provider_gone" << int(Severity::Warning) << QList<Fix>{} << "gitlab";
        QTest::newRow("only OIDC through an offered provider: no password")
            << evidence(merged(healthy, {{QStringLiteral("credentials"),
                                          parse(R"({"oidc": {"type": "oidc", "identifiers": ["google:123"]}})")}}),
                        oneSession, {}, {QStringLiteral("password"), QStringLiteral("oidc")})
            << "credentials.no_password" << int(Severity::Info) << QList<Fix>{} << "google";
        QTest::newRow("methods offered unknown")
            << evidence(healthy, oneSession, {}, {}) << "credentials.offered_unknown" << int(Severity::Info)
            << QList<Fix>{} << "password";
        QTest::newRow("2FA in place")
            << evidence(
                   merged(healthy, {{QStringLiteral("credentials"),
                                     parse(R"({"password": {"type": "password", "identifiers": ["mary@example.com"]},
                                                    "totp": {"type": "totp"}, "lookup_secret": {"type": "lookup_secret"}})")}}),
                   oneSession)
            << "credentials.second_factor" << int(Severity::Info) << QList<Fix>{} << "backup codes";
        QTest::newRow("login address unverified, sent")
            << evidence(merged(healthy,
                               {{QStringLiteral("verifiable_addresses"),
                                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a1")},
                                                        {QStringLiteral("value"), QStringLiteral("mary@example.com")},
                                                        {QStringLiteral("via"), QStringLiteral("email")},
                                                        {QStringLiteral("verified"), false},
                                                        {QStringLiteral("status"), QStringLiteral("sent")},
                                                        {QStringLiteral("updated_at"), at(2 * 3600)}}}}}),
                        oneSession)
            << "address.unverified" << int(Severity::Warning) << QList<Fix>{Fix::SendVerification, Fix::MarkVerified}
            << "2 hour";
        QTest::newRow("phone unverified, not a login identifier")
            << evidence(
                   merged(healthy, {{QStringLiteral("verifiable_addresses"),
                                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a2")},
                                                            {QStringLiteral("value"), QStringLiteral("+4915112345678")},
                                                            {QStringLiteral("via"), QStringLiteral("sms")},
                                                            {QStringLiteral("verified"), false},
                                                            {QStringLiteral("status"), QStringLiteral("pending")}}}}}),
                   oneSession)
            << "address.unverified" << int(Severity::Info) << QList<Fix>{Fix::MarkVerified} << "+4915112345678";
        QTest::newRow("abandoned verification, mailbox full")
            << evidence(healthy, oneSession,
                        {message(QStringLiteral("abandoned"), QStringLiteral("verification_code_valid"), 3600, 5,
                                 QStringLiteral("smtp: 452 4.2.2 The email account is over quota"))})
            << "message.abandoned" << int(Severity::Warning) << QList<Fix>{Fix::OpenMessage, Fix::SendVerification}
            << "mailbox is full";
        QTest::newRow("login address bounces: no such mailbox")
            << evidence(healthy, oneSession,
                        {message(QStringLiteral("abandoned"), QStringLiteral("verification_code_valid"), 3600, 5,
                                 QStringLiteral("smtp: 550 5.1.1 Recipient address rejected: User unknown"))})
            << "address.bounces" << int(Severity::Blocker) << QList<Fix>{Fix::EditIdentity, Fix::OpenMessage}
            << "signs in with it and gets recovery messages";
        QTest::newRow("recovery address bounces while retried: no such domain")
            << evidence(merged(healthy,
                               {{QStringLiteral("recovery_addresses"),
                                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("r1")},
                                                        {QStringLiteral("value"), QStringLiteral("Mary@Example.com")},
                                                        {QStringLiteral("via"), QStringLiteral("email")}}}},
                                {QStringLiteral("credentials"),
                                 parse(R"({"oidc": {"type": "oidc", "identifiers": ["google:1"]}})")}}),
                        oneSession,
                        {message(QStringLiteral("processing"), QStringLiteral("recovery_code_valid"), 600, 2,
                                 QStringLiteral("smtp: 550 5.1.2 Host or domain name not found"))},
                        {QStringLiteral("oidc")})
            << "address.bounces" << int(Severity::Blocker) << QList<Fix>{Fix::EditIdentity, Fix::OpenMessage}
            << "domain does not exist";
        QTest::newRow("password: hash read")
            << evidence(
                   merged(healthy, {{QStringLiteral("credentials"),
                                     parse(R"({"password": {"type": "password", "identifiers": ["mary@example.com"],
                                                     "config": {"hashed_password": "$argon2id$x"}}})")}}))
            << "credentials.methods" << int(Severity::Info) << QList<Fix>{} << "password";
        QTest::newRow("password: config read, no hash")
            << evidence(
                   merged(healthy, {{QStringLiteral("credentials"),
                                     parse(R"({"password": {"type": "password", "identifiers": ["mary@example.com"],
                                                     "config": {}}})")}}))
            << "credentials.password_not_set" << int(Severity::Blocker) << QList<Fix>{Fix::SendRecovery}
            << "mary@example.com";
        QTest::newRow("password: not read, never used, nothing else")
            << evidence(healthy) << "credentials.password_unknown" << int(Severity::Warning)
            << QList<Fix>{Fix::SendRecovery} << "cannot tell";
        QTest::newRow("password: not read, a code works too")
            << evidence(
                   merged(healthy, {{QStringLiteral("credentials"),
                                     parse(R"({"password": {"type": "password", "identifiers": ["mary@example.com"]},
                                                    "code": {"type": "code", "identifiers": ["mary@example.com"]}})")}}))
            << "credentials.password_unknown" << int(Severity::Info) << QList<Fix>{} << "cannot tell";
        QTest::newRow("password: not read, a session signed in with it")
            << evidence(healthy, oneSession) << "credentials.methods" << int(Severity::Info) << QList<Fix>{}
            << "password";
        QTest::newRow("recovery failing, courier retries")
            << evidence(healthy, oneSession,
                        {message(QStringLiteral("processing"), QStringLiteral("recovery_code_valid"), 600, 2,
                                 QStringLiteral("dial tcp 10.0.0.1:587: i/o timeout"))})
            << "message.failing" << int(Severity::Warning) << QList<Fix>{Fix::OpenMessage, Fix::SendRecovery}
            << "could not reach";
        QTest::newRow("queued for an hour")
            << evidence(healthy, oneSession,
                        {message(QStringLiteral("queued"), QStringLiteral("verification_code_valid"), 3600)})
            << "message.stale_queue" << int(Severity::Warning) << QList<Fix>{Fix::OpenMessage, Fix::SendVerification}
            << "courier may not be running";
        QTest::newRow("last delivered") << evidence(healthy, oneSession,
                                                    {message(QStringLiteral("sent"),
                                                             QStringLiteral("recovery_code_valid"), 7200, 1)})
                                        << "message.last_sent" << int(Severity::Info) << QList<Fix>{Fix::OpenMessage}
                                        << "spam";
        QTest::newRow("no active session") << evidence(healthy, {session(5 * 86400, false, -86400)}) << "sessions.none"
                                           << int(Severity::Info) << QList<Fix>{} << "5 day";
        QJsonArray many;
        for (int i = 0; i < SignInCheck::kManySessions; ++i)
            many.append(session(60 * (i + 1), true, 3600));
        QTest::newRow("many sessions") << evidence(healthy, many) << "sessions.many" << int(Severity::Warning)
                                       << QList<Fix>{Fix::RevokeSessions} << "shared";
        QTest::newRow("latest session's AAL")
            << evidence(healthy, {session(86400 * 3, true, 3600), session(1800, true, 3600, QStringLiteral("aal2"))})
            << "sessions.latest" << int(Severity::Info) << QList<Fix>{} << "aal2";
        SignInEvidence stale = evidence(healthy, oneSession);
        stale.traitProblems = {{QStringLiteral("#/traits/email"), QStringLiteral("E-mail"),
                                QStringLiteral("must look like an e-mail address"),
                                QStringLiteral("\"x\" does not match format \"email\"")}};
        QTest::newRow("traits no longer valid")
            << stale << "schema.invalid_traits" << int(Severity::Warning) << QList<Fix>{Fix::EditIdentity}
            << "E-mail: must look like an e-mail address";
        QTest::newRow("identifier the schema no longer marks")
            << evidence(
                   merged(healthy, {{QStringLiteral("credentials"),
                                     parse(R"({"password": {"type": "password", "identifiers": ["old-name"]}})")}}),
                   oneSession)
            << "schema.identifier_unmarked" << int(Severity::Warning) << QList<Fix>{Fix::EditIdentity} << "old-name";
        SignInEvidence noSchema = evidence(healthy, oneSession);
        noSchema.schemaKnown = false;
        noSchema.schemaProblem = QStringLiteral("the schema could not be loaded: 404");
        QTest::newRow("schema unknown") << noSchema << "schema.unknown" << int(Severity::Info) << QList<Fix>{} << "404";
        SignInEvidence unread = evidence(healthy);
        unread.sessions.reset();
        unread.sessionsProblem = QStringLiteral("Server not reachable");
        QTest::newRow("sessions not read")
            << unread << "sessions.unknown" << int(Severity::Info) << QList<Fix>{} << "not reachable";
    }
    void findings()
    {
        QFETCH(SignInEvidence, evidence);
        QFETCH(QString, key);
        QFETCH(int, severity);
        QFETCH(QList<Fix>, fixes);
        QFETCH(QString, mentions);
        const QList<SignInFinding> found = SignInCheck::run(evidence);
        const SignInFinding *f = find(found, key);
        QVERIFY2(f, qPrintable(keys(found).join(QLatin1Char(' '))));
        QCOMPARE(int(f->severity), severity);
        QCOMPARE(f->fixes, fixes);
        QVERIFY2(QString(f->title + QLatin1Char(' ') + f->detail).contains(mentions, Qt::CaseInsensitive),
                 qPrintable(f->title + QStringLiteral(" / ") + f->detail));
        if (fixes.contains(Fix::SendVerification) && key.startsWith(QLatin1String("address.")))
            QCOMPARE(f->addressId, QStringLiteral("a1"));
    }

    // A healthy identity raises nothing above Info, and says how the user signs in.
    void healthyIdentityHasNoProblem()
    {
        const QList<SignInFinding> found = SignInCheck::run(evidence(healthyIdentity(), {session(60, true, 3600)}));
        for (const SignInFinding &f : found)
            QVERIFY2(f.severity == Severity::Info, qPrintable(f.key + QStringLiteral(": ") + f.title));
        QVERIFY(find(found, QStringLiteral("credentials.methods")));
        QVERIFY(!find(found, QStringLiteral("address.unverified")));
        QVERIFY(!find(found, QStringLiteral("sessions.none")));
    }

    void mostSevereFirst()
    {
        const QList<SignInFinding> found = SignInCheck::run(
            evidence(merged(healthyIdentity(), {{QStringLiteral("state"), QStringLiteral("inactive")}}), {},
                     {message(QStringLiteral("abandoned"), QStringLiteral("verification_code_valid"), 60, 5,
                              QStringLiteral("smtp: 452 4.2.2 over quota"))}));
        QVERIFY(found.size() >= 3);
        QCOMPARE(found.first().key, QStringLiteral("state.inactive"));
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(int(found.at(i - 1).severity) <= int(found.at(i).severity));
    }

    // Only the newest message of a recipient and template is reported, and old ones not at all.
    void oneFindingPerMessageKind()
    {
        const QList<SignInFinding> found =
            SignInCheck::run(evidence(healthyIdentity(), {session(60, true, 3600)},
                                      {message(QStringLiteral("abandoned"), QStringLiteral("verification_code_valid"),
                                               600, 5, QStringLiteral("550")),
                                       message(QStringLiteral("abandoned"), QStringLiteral("verification_code_valid"),
                                               1200, 5, QStringLiteral("550")),
                                       message(QStringLiteral("abandoned"), QStringLiteral("recovery_code_valid"),
                                               30 * 86400, 5, QStringLiteral("550"))}));
        int bounces = 0;
        for (const SignInFinding &f : found)
            bounces += f.key == QLatin1String("address.bounces") ? 1 : 0;
        QCOMPARE(bounces, 1);
        QCOMPARE(find(found, QStringLiteral("address.bounces"))->messageId, QStringLiteral("m-abandoned-600"));
        QVERIFY(!find(found, QStringLiteral("message.abandoned"))); // the bounce says it, once
    }

    // A password that cannot be seen is never reported as a way in; no "Nothing blocks" without one.
    void unreadPasswordIsNeverAWayIn()
    {
        const QList<SignInFinding> found = SignInCheck::run(evidence(healthyIdentity()));
        QVERIFY(!find(found, QStringLiteral("credentials.methods")));
        QVERIFY(!find(found, QStringLiteral("credentials.not_offered")));
        QCOMPARE(int(found.first().severity), int(Severity::Warning));
    }

    // A bouncing address nobody needs to sign in or recover is a message problem, not a blocker.
    void bounceOnAnUnneededAddressOnlyWarns()
    {
        QJsonObject other = message(QStringLiteral("abandoned"), QStringLiteral("verification_code_valid"), 600, 5,
                                    QStringLiteral("smtp: 550 5.1.1 User unknown"));
        other.insert(QStringLiteral("recipient"), QStringLiteral("old-address@example.com"));
        const QList<SignInFinding> found =
            SignInCheck::run(evidence(healthyIdentity(), {session(60, true, 3600)}, {other}));
        QVERIFY(!find(found, QStringLiteral("address.bounces")));
        QCOMPARE(int(find(found, QStringLiteral("message.abandoned"))->severity), int(Severity::Warning));
    }

    void hardBounces_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("hard");
        QTest::newRow("no mailbox") << "smtp: 550 5.1.1 Recipient address rejected: User unknown" << true;
        QTest::newRow("no domain") << "smtp: 550 5.1.2 Host or domain name not found" << true;
        QTest::newRow("bad phone") << R"({"code":21211,"message":"Invalid 'To' Phone Number"})" << true;
        QTest::newRow("spam") << "smtp: 550 5.7.1 Message rejected as spam" << false;
        QTest::newRow("full") << "smtp: 452 4.2.2 over quota" << false;
        QTest::newRow("courier down") << "dial tcp 10.0.0.1:587: i/o timeout" << false;
        QTest::newRow("empty") << "" << false;
    }
    void hardBounces()
    {
        QFETCH(QString, error);
        QFETCH(bool, hard);
        QCOMPARE(SignInCheck::isHardBounce(error), hard);
    }

    void dispatchErrorsInWords_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("words");
        QTest::newRow("no mailbox") << "smtp: 550 5.1.1 The email account that you tried to reach does not exist"
                                    << "does not exist";
        QTest::newRow("full") << "smtp: 452 4.2.2 The email account that you tried to reach is over quota"
                              << "mailbox is full";
        QTest::newRow("no domain") << "smtp: 550 5.1.2 Host or domain name not found"
                                   << "domain does not exist";
        QTest::newRow("later") << "smtp: 421 4.7.0 Try again later, closing connection"
                               << "try again later";
        QTest::newRow("tls") << "x509: certificate signed by unknown authority"
                             << "certificate";
        QTest::newRow("unreachable") << "dial tcp 10.20.0.14:587: i/o timeout"
                                     << "could not reach";
        QTest::newRow("login") << "smtp: 535 5.7.8 Username and Password not accepted"
                               << "login";
        QTest::newRow("phone")
            << R"(upstream server replied with status code 400: {"code":21211,"message":"Invalid 'To' Phone Number"})"
            << "phone number";
        QTest::newRow("rate") << "upstream server replied with status code 429: Too Many Requests"
                              << "rate";
        QTest::newRow("unknown") << "something odd happened"
                                 << "something odd happened";
        QTest::newRow("empty") << ""
                               << "did not say";
    }
    void dispatchErrorsInWords()
    {
        QFETCH(QString, error);
        QFETCH(QString, words);
        QVERIFY2(SignInCheck::dispatchErrorInWords(error).contains(words, Qt::CaseInsensitive),
                 qPrintable(SignInCheck::dispatchErrorInWords(error)));
    }
};

QTEST_GUILESS_MAIN(tst_SignInCheck)
#include "tst_signincheck.moc"
