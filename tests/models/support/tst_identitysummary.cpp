// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitySummary.h"
#include "SignInCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

// The summary for a ticket: what it says of an identity, and what it never says.
class tst_IdentitySummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void says_data();
    void says();
    void neverCarriesASecret();
    void serverTextIsInert_data();
    void serverTextIsInert();

private:
    static SignInEvidence evidence();
};

namespace {

const QString kSecret = QStringLiteral("SECRET-MARKER-7f3a");

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

SignInEvidence tst_IdentitySummary::evidence()
{
    SignInEvidence e;
    e.now = QDateTime(QDate(2026, 12, 7), QTime(15, 0), QTimeZone::utc());
    QJsonObject identity = json(R"({
        "id": "3f1c0000-0000-4000-8000-000000000001", "schema_id": "default", "state": "active",
        "state_changed_at": "2026-11-01T08:00:00Z", "created_at": "2026-01-02T03:04:05Z",
        "traits": {"email": "ada@example.org"},
        "verifiable_addresses": [{"id": "a1", "value": "ada@example.org", "via": "email", "status": "completed",
                                  "verified": true, "verified_at": "2026-01-03T10:00:00Z"}],
        "recovery_addresses": [{"id": "r1", "value": "ada@example.org", "via": "email"}],
        "credentials": {"password": {"type": "password", "identifiers": ["ada@example.org"],
                                     "config": {"hashed_password": "SECRET-MARKER-7f3a"}},
                        "totp": {"type": "totp", "identifiers": [],
                                 "config": {"totp_url": "otpauth://totp/x?secret=SECRET-MARKER-7f3a"}}}
    })");
    e.identity = *Identity::fromJson(identity);
    QList<Session> sessions;
    sessions.append(*Session::fromJson(json(R"({"id": "s1", "active": false, "authenticator_assurance_level": "aal1",
        "authenticated_at": "2026-11-20T09:00:00Z", "expires_at": "2026-11-21T09:00:00Z",
        "authentication_methods": [{"method": "password", "aal": "aal1"}]})")));
    sessions.append(*Session::fromJson(json(R"({"id": "s2", "active": true, "authenticator_assurance_level": "aal2",
        "authenticated_at": "2026-12-06T18:30:00Z", "expires_at": "2026-12-07T18:30:00Z",
        "authentication_methods": [{"method": "password", "aal": "aal1"}, {"method": "totp", "aal": "aal2"}]})")));
    e.sessions = sessions;
    CourierMessage message = *CourierMessage::fromJson(
        json(R"({"id": "m1", "status": "sent", "type": "email", "recipient": "ada@example.org",
                 "template_type": "recovery_code_valid", "subject": "Your code is SECRET-MARKER-7f3a",
                 "body": "Use SECRET-MARKER-7f3a", "send_count": 1,
                 "created_at": "2026-12-07T14:00:00Z", "updated_at": "2026-12-07T14:00:05Z"})"),
        true);
    e.messages = QList<CourierMessage>{message};
    return e;
}

void tst_IdentitySummary::says_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("identifier") << "**ada@example.org**";
    QTest::newRow("id") << "- ID: 3f1c0000-0000-4000-8000-000000000001";
    QTest::newRow("state and since") << "- State: active since 2026-11-01 08:00 UTC";
    QTest::newRow("address") << "  - ada@example.org (email): verified 2026-01-03 10:00 UTC, used for recovery";
    QTest::newRow("credential types") << "- Credentials: password, authenticator app (TOTP)";
    QTest::newRow("last sign-in, newest session")
        << "- Last sign-in: 2026-12-06 18:30 UTC with password, authenticator app (TOTP) (aal2)";
    QTest::newRow("active sessions") << "- Active sessions: 1";
    QTest::newRow("last message by kind")
        << "- Last courier message: Recovery code (valid) to ada@example.org, sent 2026-12-07 14:00 UTC";
    QTest::newRow("findings") << "- Sign-in check:\n  - nothing blocks sign-in";
    QTest::newRow("where it was read") << "Read 2026-12-07 15:00 UTC from kratos.example with Kratos Desk.";
}

void tst_IdentitySummary::says()
{
    QFETCH(QString, line);
    const SignInEvidence e = evidence();
    const QString text = IdentitySummary::text(e, SignInCheck::run(e), QStringLiteral("kratos.example"));
    QVERIFY2(text.contains(line), qPrintable(text));
}

void tst_IdentitySummary::neverCarriesASecret()
{
    const SignInEvidence e = evidence();
    QVERIFY(e.identity.credentials.value(QStringLiteral("password")).hasConfig); // the marker is in the input
    QVERIFY(e.messages->first().body.contains(kSecret));
    const QString text = IdentitySummary::text(e, SignInCheck::run(e), QStringLiteral("kratos.example"));
    QVERIFY2(!text.contains(kSecret), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("otpauth")));
    QVERIFY(!text.contains(QStringLiteral("Your code")));
}

void tst_IdentitySummary::serverTextIsInert_data()
{
    QTest::addColumn<QString>("untrusted");
    QTest::addColumn<QString>("shown");
    QTest::newRow("newline") << "a\nb"
                             << "a b";
    QTest::newRow("markdown link") << "[x](https://evil.example)"
                                   << "\\[x\\](https://evil.example)";
    QTest::newRow("html") << "<img src=x>"
                          << "\\<img src=x\\>";
    QTest::newRow("heading") << "# boss"
                             << "\\# boss";
    QTest::newRow("bidi override") << QStringLiteral("abc\u202Edef") << "abc def";
    QTest::newRow("long") << QString(300, QLatin1Char('a'))
                          << QString(IdentitySummary::kMaxValue, QLatin1Char('a')) + QChar(0x2026);
}

void tst_IdentitySummary::serverTextIsInert()
{
    QFETCH(QString, untrusted);
    QFETCH(QString, shown);
    QCOMPARE(IdentitySummary::inert(untrusted), shown);
}

QTEST_GUILESS_MAIN(tst_IdentitySummary)
#include "tst_identitysummary.moc"
