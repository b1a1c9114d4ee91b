// SPDX-License-Identifier: GPL-3.0-or-later
#include "KratosSimulator.h"
#include "RawHttp.h"
#include "SimPageToken.h"
#include "SimSessionJson.h"
#include "SimStore.h"
#include "SimThread.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace TestSupport;

namespace {

QString nextToken(const QByteArray &link)
{
    static const QRegularExpression re(QStringLiteral("<[^>]*[?&]page_token=([^&>]*)[^>]*>; rel=\"next\""));
    const auto m = re.match(QString::fromLatin1(link));
    return m.hasMatch() ? m.captured(1) : QString();
}

QStringList rels(const QByteArray &link)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("rel=\"([a-z]+)\""));
    auto it = re.globalMatch(QString::fromLatin1(link));
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

const QByteArray kPatchJson = "application/json";

} // namespace

// The simulator behaves as ADMIN-API.md says Kratos does: each behaviour asserted on the wire.
class tst_KratosSimulator : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    std::unique_ptr<RawHttp> m_http;

    QString identityWith(const QString &key) const
    {
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            if (it.value().json().contains(key))
                return it.key();
        }
        return {};
    }
    QString emailIdentity() const
    {
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            if (it.value().json().value(QStringLiteral("schema_id")).toString() == QLatin1String("default"))
                return it.key();
        }
        return {};
    }

private Q_SLOTS:
    // The demo's simulator on its own thread: a blocking exchange from this thread is answered,
    // which could not happen if it shared this thread's event loop.
    void runsOnItsOwnThread()
    {
        SimOptions options;
        options.identities = 5;
        options.messages = 0;
        SimThread thread(options);
        QString error;
        const QUrl url = thread.startAndWait(&error);
        QVERIFY2(url.isValid() && !url.isEmpty(), qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(url.host(), quint16(url.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /admin/identities?page_size=1 HTTP/1.1\r\nHost: sim\r\nConnection: close\r\n\r\n");
        QVERIFY(socket.waitForBytesWritten(5000));
        QByteArray reply;
        while (!reply.contains("\r\n\r\n[") && socket.waitForReadyRead(5000))
            reply += socket.readAll();
        QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.left(200).constData());
    }

    // `kratos-desk --demo` starts the thread before the window exists and waits only when the
    // demo profile opens: the wait returns the same URLs, however late it comes.
    void threadStartedEarlierIsWaitedFor()
    {
        SimOptions options;
        options.identities = 50;
        options.messages = 0;
        SimThread thread(options);
        thread.start();
        QString error;
        const QUrl url = thread.waitUntilListening(&error);
        QVERIFY2(url.isValid() && !url.isEmpty(), qPrintable(error));
        QVERIFY(thread.publicUrl().isValid());
        QCOMPARE(thread.waitUntilListening(&error), url);
        RawHttp http(url);
        const RawHttp::Reply page = http.get(QStringLiteral("/admin/identities?page_size=500"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().array().size(), 50); // answered once seeded, though it said so before
    }

    // The listeners are up before the data is made, so that `--demo` need not wait for the seeding
    // to paint its window: at that moment the URLs are known and the store is still empty.
    void listensBeforeItSeeds()
    {
        SimOptions options;
        options.identities = 40;
        options.messages = 10;
        KratosSimulator sim(options);
        int calls = 0;
        qsizetype identitiesThen = -1;
        qsizetype messagesThen = -1;
        QUrl urlThen;
        QString error;
        QVERIFY2(sim.start(&error,
                           [&] {
                               ++calls;
                               identitiesThen = sim.store().identities().size();
                               messagesThen = sim.store().messages().size();
                               urlThen = sim.adminUrl();
                           }),
                 qPrintable(error));
        QCOMPARE(calls, 1);
        QCOMPARE(identitiesThen, 0);
        QCOMPARE(messagesThen, 0);
        QVERIFY(urlThen.isValid() && urlThen.port() > 0);
        QCOMPARE(urlThen, sim.adminUrl());
        QCOMPARE(sim.store().identities().size(), 40);
        QCOMPARE(sim.store().messages().size(), 10);
    }

    void threadReportsAPortInUse()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        SimOptions options;
        options.identities = 1;
        options.adminPort = taken.serverPort();
        SimThread thread(options);
        QString error;
        QVERIFY(thread.startAndWait(&error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(thread.publicUrl().isEmpty());
    }

    void init()
    {
        SimOptions options;
        options.identities = 600;
        options.messages = 60;
        options.seed = 3;
        m_sim = startSimulator(options);
        m_http = std::make_unique<RawHttp>(m_sim->adminUrl());
    }
    void cleanup()
    {
        m_http.reset();
        m_sim.reset();
    }

    void deterministicSeed()
    {
        SimOptions options;
        options.identities = 50;
        options.messages = 20;
        options.seed = 11;
        auto a = startSimulator(options);
        auto b = startSimulator(options);
        QCOMPARE(a->store().identities().keys(), b->store().identities().keys());
        const QString first = a->store().identities().firstKey();
        QCOMPARE(a->store().identity(first)->json().value(QStringLiteral("traits")),
                 b->store().identity(first)->json().value(QStringLiteral("traits")));
        QCOMPARE(a->store().messages().front().id, b->store().messages().front().id);
        options.seed = 12;
        auto c = startSimulator(options);
        QVERIFY(a->store().identities().keys() != c->store().identities().keys());
    }

    // The demo is a fair first impression: sign-ups up to today, a courier that keeps up (unless
    // the stuck-courier scenario asks otherwise), subjects without one-time codes.
    void seededDatesAreRecent()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int lastMonth = 0;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            const QDateTime created = QDateTime::fromString(
                it.value().json().value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
            const QDateTime updated = QDateTime::fromString(
                it.value().json().value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
            QVERIFY(created.isValid() && updated.isValid());
            QVERIFY(created <= now.addSecs(5) && updated <= now.addSecs(5));
            QVERIFY(created >= now.addDays(-601));
            lastMonth += created >= now.addDays(-30) ? 1 : 0;
        }
        QVERIFY2(lastMonth >= 10, qPrintable(QString::number(lastMonth))); // 600 over 600 days: about 30
        const QRegularExpression code(QStringLiteral("\\d{6}"));
        int queued = 0;
        for (const SimMessage &m : m_sim->store().messages()) {
            QVERIFY2(!code.match(m.json.value(QStringLiteral("subject")).toString()).hasMatch(),
                     qPrintable(m.json.value(QStringLiteral("subject")).toString()));
            if (m.json.value(QStringLiteral("status")).toString() != QLatin1String("queued"))
                continue;
            ++queued;
            QVERIFY(m.createdMs >= now.addSecs(-120).toMSecsSinceEpoch());
        }
        QVERIFY(queued > 0);

        SimOptions stuck;
        stuck.identities = 50;
        stuck.messages = 60;
        stuck.seed = 3;
        stuck.stuckCourier = true;
        const auto old = startSimulator(stuck);
        QVERIFY(std::any_of(old->store().messages().cbegin(), old->store().messages().cend(), [&](const SimMessage &m) {
            return m.json.value(QStringLiteral("status")).toString() == QLatin1String("queued") &&
                   m.createdMs < now.addSecs(-3600).toMSecsSinceEpoch();
        }));

        // With a courier worker the seeded queued messages go out.
        SimOptions running = stuck;
        running.stuckCourier = false;
        running.courierIntervalMs = 20;
        const auto worker = startSimulator(running);
        QTRY_VERIFY_WITH_TIMEOUT(std::none_of(worker->store().messages().cbegin(), worker->store().messages().cend(),
                                              [](const SimMessage &m) {
                                                  return m.json.value(QStringLiteral("status")).toString() ==
                                                         QLatin1String("queued");
                                              }),
                                 5000);
    }

    void seedCoversEveryKind()
    {
        QSet<QString> schemas, states, statuses, credentialTypes, templates, messageStatuses, types;
        int withMetadataAdmin = 0;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            schemas.insert(it.value().json().value(QStringLiteral("schema_id")).toString());
            states.insert(it.value().json().value(QStringLiteral("state")).toString());
            for (const QJsonValue &a : it.value().json().value(QStringLiteral("verifiable_addresses")).toArray())
                statuses.insert(a.toObject().value(QStringLiteral("status")).toString());
            for (const QString &t : it.value().credentials().keys())
                credentialTypes.insert(t);
            withMetadataAdmin += it.value().json().contains(QStringLiteral("metadata_admin"));
        }
        QCOMPARE(schemas,
                 (QSet<QString>{QStringLiteral("default"), QStringLiteral("phone"), QStringLiteral("organisation")}));
        QCOMPARE(states, (QSet<QString>{QStringLiteral("active"), QStringLiteral("inactive")}));
        QCOMPARE(statuses,
                 (QSet<QString>{QStringLiteral("pending"), QStringLiteral("sent"), QStringLiteral("completed")}));
        for (const char *t : {"password", "totp", "webauthn", "lookup_secret", "oidc", "code"})
            QVERIFY2(credentialTypes.contains(QString::fromLatin1(t)), t);
        QVERIFY(withMetadataAdmin > 0);
        bool failedWithError = false;
        for (const SimMessage &m : m_sim->store().messages()) {
            templates.insert(m.json.value(QStringLiteral("template_type")).toString());
            messageStatuses.insert(m.json.value(QStringLiteral("status")).toString());
            types.insert(m.json.value(QStringLiteral("type")).toString());
            for (const QJsonValue &d : m.dispatches)
                failedWithError =
                    failedWithError ||
                    d.toObject().value(QStringLiteral("error")).toObject().contains(QStringLiteral("message"));
        }
        QCOMPARE(messageStatuses.size(), 4);
        QCOMPARE(types, (QSet<QString>{QStringLiteral("email"), QStringLiteral("sms")}));
        QVERIFY(templates.size() >= 6);
        QVERIFY(failedWithError);
        bool active = false, expired = false, revoked = false;
        for (const SimSession &s : m_sim->store().sessions()) {
            active = active || m_sim->store().isActive(s);
            revoked = revoked || s.revoked;
            expired = expired || (!s.revoked && !m_sim->store().isActive(s));
        }
        QVERIFY(active && expired && revoked);
    }

    // The demo's names are real UTF-8 (accents, CJK, right-to-left scripts), never mojibake, and
    // the addresses made from them are plain ASCII that reads like the name.
    // The seeder writes the stored form itself; Kratos's rules (a PUT of the same document)
    // must make exactly the same addresses and identifiers of it, for every built-in schema.
    void seededIdentitiesFollowTheRules_data()
    {
        QTest::addColumn<QString>("schemaId");
        QTest::newRow("default") << QStringLiteral("default");
        QTest::newRow("phone") << QStringLiteral("phone");
        QTest::newRow("organisation") << QStringLiteral("organisation");
    }
    void seededIdentitiesFollowTheRules()
    {
        QFETCH(QString, schemaId);
        SimStore &store = m_sim->store();
        int checked = 0;
        for (const QString &id : store.identities().keys()) {
            const QJsonObject before = store.identity(id)->json();
            if (before.value(QStringLiteral("schema_id")).toString() != schemaId || checked == 20)
                continue;
            ++checked;
            const QJsonObject credentialsBefore = store.identity(id)->credentials();
            QJsonObject body;
            for (const char *key : {"schema_id", "traits", "state", "metadata_public", "metadata_admin", "external_id",
                                    "verifiable_addresses", "recovery_addresses", "organization_id"})
                body.insert(QLatin1String(key), before.value(QLatin1String(key)));
            QVERIFY(store.updateIdentity(id, body).ok());
            const QJsonObject after = store.identity(id)->json();
            for (const char *key :
                 {"id", "schema_url", "traits", "verifiable_addresses", "recovery_addresses", "metadata_public",
                  "metadata_admin", "organization_id", "external_id", "created_at", "state_changed_at"})
                QCOMPARE(after.value(QLatin1String(key)), before.value(QLatin1String(key)));
            // (A PUT adds a password credential where the schema has password identifiers.)
            const QJsonObject credentialsAfter = store.identity(id)->credentials();
            for (const QString &type : credentialsBefore.keys())
                QCOMPARE(credentialsAfter.value(type).toObject().value(QStringLiteral("identifiers")),
                         credentialsBefore.value(type).toObject().value(QStringLiteral("identifiers")));
        }
        QCOMPARE(checked, 20);
    }

    // Every identifier and external id of a seeded identity finds it, and only it.
    void seededIdentitiesAreIndexed()
    {
        const SimStore &store = m_sim->store();
        int identifiers = 0;
        for (auto it = store.identities().cbegin(); it != store.identities().cend(); ++it) {
            const QJsonObject credentials = it->credentials();
            for (const QString &type : credentials.keys()) {
                for (const QJsonValue &v :
                     credentials.value(type).toObject().value(QStringLiteral("identifiers")).toArray()) {
                    QCOMPARE(store.identityByIdentifier(v.toString()), it.key());
                    ++identifiers;
                }
            }
            const QString external = it->json().value(QStringLiteral("external_id")).toString();
            if (!external.isEmpty())
                QCOMPARE(store.identityByExternalId(external), it.key());
        }
        QVERIFY(identifiers > store.identities().size());
    }

    // What the seeder hands over is checked like a create: a repeated id, identifier or
    // external id leaves that identity out, with its sessions.
    void insertSeededLeavesOutRepeats()
    {
        SimStore store;
        auto seeded = [](const QString &id, const QString &email, const QString &external) {
            const QJsonObject json{{QStringLiteral("id"), id}, {QStringLiteral("external_id"), external}};
            return SimStore::Seeded{id, SimIdentity(json, {}), {{email}, external}};
        };
        const QString a = QStringLiteral("00000000-0000-4000-8000-00000000000a");
        const QString b = QStringLiteral("00000000-0000-4000-8000-00000000000b");
        const QString c = QStringLiteral("00000000-0000-4000-8000-00000000000c");
        const QString d = QStringLiteral("00000000-0000-4000-8000-00000000000d");
        SimSession session;
        session.id = QStringLiteral("s-of-c");
        session.identityId = c;
        store.appendSession(session);
        std::vector<SimStore::Seeded> batch{seeded(b, QStringLiteral("b@example.com"), QStringLiteral("crm-b")),
                                            seeded(a, QStringLiteral("a@example.com"), QString()),
                                            seeded(c, QStringLiteral("a@example.com"), QString()),
                                            seeded(d, QStringLiteral("d@example.com"), QStringLiteral("crm-b")),
                                            seeded(a, QStringLiteral("a2@example.com"), QString())};
        QCOMPARE(store.insertSeeded(std::move(batch)), 3);
        QCOMPARE(store.identities().keys(), (QStringList{a, b}));
        QCOMPARE(store.identityByIdentifier(QStringLiteral("A@example.com")), a);
        QCOMPARE(store.identityByIdentifier(QStringLiteral("b@example.com")), b);
        QVERIFY(store.identityByIdentifier(QStringLiteral("d@example.com")).isEmpty());
        QVERIFY(store.identityByIdentifier(QStringLiteral("a2@example.com")).isEmpty());
        QCOMPARE(store.identityByExternalId(QStringLiteral("crm-b")), b);
        QVERIFY(store.sessions().empty());
    }

    // A list page without credentials is the stored texts joined, and reads as rendering each
    // identity would.
    void listPageIsTheStoredText()
    {
        const RawHttp::Reply page = m_http->get(QStringLiteral("/admin/identities?page_size=50"));
        QCOMPARE(page.status, 200);
        const QJsonArray items = QJsonDocument::fromJson(page.body).array();
        QCOMPARE(items.size(), 50);
        QJsonArray rendered;
        QByteArrayList texts;
        auto it = m_sim->store().identities().cbegin();
        for (int i = 0; i < 50; ++i, ++it) {
            rendered.append(m_sim->store().renderIdentity(it.value(), false, {}));
            texts.append(it->jsonText());
        }
        QCOMPARE(items, rendered);
        QCOMPARE(page.body, '[' + texts.join(',') + ']');
    }

    void seededNamesAreUtf8()
    {
        bool accented = false, cjk = false, rtl = false;
        const QRegularExpression asciiEmail(QStringLiteral("^[a-z0-9._-]+@[a-z0-9.-]+$"));
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            const QJsonObject traits = it.value().json().value(QStringLiteral("traits")).toObject();
            const QJsonObject name = traits.value(QStringLiteral("name")).toObject();
            const QString written = name.value(QStringLiteral("first")).toString() + QLatin1Char(' ') +
                                    name.value(QStringLiteral("last")).toString() +
                                    traits.value(QStringLiteral("display_name")).toString();
            // "Ã" followed by another Latin-1 letter is UTF-8 read as Latin-1.
            QVERIFY2(!written.contains(QChar(0x00C3)) && !written.contains(QChar(0x00C2)), qPrintable(written));
            for (const QChar c : written) {
                accented = accented || (c.unicode() >= 0x00C0 && c.unicode() < 0x0250);
                cjk = cjk || (c.unicode() >= 0x4E00 && c.unicode() < 0xA000);
                rtl = rtl || c.direction() == QChar::DirAL || c.direction() == QChar::DirR;
            }
            const QString email = traits.value(QStringLiteral("email")).toString();
            if (!email.isEmpty())
                QVERIFY2(asciiEmail.match(email).hasMatch() && !email.startsWith(QLatin1Char('.')), qPrintable(email));
        }
        QVERIFY(accented);
        QVERIFY(cjk);
        QVERIFY(rtl);
        // A dispatch error's words match the error: a timeout is not "refused".
        for (const SimMessage &m : m_sim->store().messages()) {
            for (const QJsonValue &d : m.dispatches) {
                const QJsonObject error = d.toObject().value(QStringLiteral("error")).toObject();
                if (error.value(QStringLiteral("message")).toString().contains(QLatin1String("timeout")))
                    QVERIFY(!error.value(QStringLiteral("reason")).toString().contains(QLatin1String("refused")));
            }
        }
    }

    void identitiesKeysetLinks()
    {
        const RawHttp::Reply first = m_http->get(QStringLiteral("/admin/identities"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json().array().size(), 250); // default page size
        QCOMPARE(rels(first.header("Link")), (QStringList{QStringLiteral("first"), QStringLiteral("next")}));
        QVERIFY(first.header("X-Total-Count").isEmpty());
        QVERIFY(first.header("Cache-Control").contains("no-store"));
        const QString lastId = first.json().array().last().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(nextToken(first.header("Link")), lastId); // identities: the plain UUID of the last item
        QVERIFY(!first.json().array().first().toObject().contains(QStringLiteral("credentials")));

        const RawHttp::Reply clamped = m_http->get(QStringLiteral("/admin/identities?page_size=1000"));
        QCOMPARE(clamped.json().array().size(), 500);
        QVERIFY(clamped.header("Link").contains("page_size=500"));

        const RawHttp::Reply last = m_http->get(QStringLiteral("/admin/identities?page_size=500&page_token=") +
                                                nextToken(clamped.header("Link")));
        QCOMPARE(last.json().array().size(), 100);
        QCOMPARE(rels(last.header("Link")), QStringList{QStringLiteral("first")}); // no next on the last page

        QCOMPARE(m_http->get(QStringLiteral("/admin/identities?page_size=abc")).status, 400);
        const RawHttp::Reply crafted = m_http->get(QStringLiteral("/admin/identities?page_token=not-a-token"));
        QCOMPARE(crafted.status, 400);
        QCOMPARE(crafted.errorText("reason"),
                 QStringLiteral("The page token is invalid, do not craft your own page tokens"));
        // per_page alone is read as page_size (keyset).
        const RawHttp::Reply perPage = m_http->get(QStringLiteral("/admin/identities?per_page=3"));
        QCOMPARE(perPage.json().array().size(), 3);
        QVERIFY(perPage.header("X-Total-Count").isEmpty());
    }

    void identitiesLegacyPaging()
    {
        const RawHttp::Reply page = m_http->get(QStringLiteral("/admin/identities?page=1&per_page=100"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json().array().size(), 100);
        QCOMPARE(page.header("X-Total-Count"), QByteArray("600"));
        QCOMPARE(rels(page.header("Link")), (QStringList{QStringLiteral("first"), QStringLiteral("next"),
                                                         QStringLiteral("prev"), QStringLiteral("last")}));
        QVERIFY(!page.header("Link").contains("page_token")); // legacy links: per_page and page only
        QCOMPARE(m_http->get(QStringLiteral("/admin/identities?page=11&per_page=100")).status, 400); // deeper than 1000
    }

    void oneFilterAtATime()
    {
        const RawHttp::Reply both = m_http->get(QStringLiteral(
            "/admin/identities?credentials_identifier=a@b.c&organization_id=5b0f1c43-7d0e-4a6e-9c55-0c2a8f0e1a01"));
        QCOMPARE(both.status, 400);
        QCOMPARE(both.errorText("reason"), QStringLiteral("You cannot combine multiple filters in this API"));
        QString many;
        for (int i = 0; i < 501; ++i)
            many += QStringLiteral("&ids=00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        QCOMPARE(m_http->get(QStringLiteral("/admin/identities?") + many.mid(1)).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/admin/identities?ids=nope")).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/admin/identities?include_credential=nope")).status, 400);
    }

    void identifierSearchAndCredentials()
    {
        const QString id = emailIdentity();
        const QString email = m_sim->store()
                                  .identity(id)
                                  ->json()
                                  .value(QStringLiteral("traits"))
                                  .toObject()
                                  .value(QStringLiteral("email"))
                                  .toString();
        const RawHttp::Reply exact = m_http->get(QStringLiteral("/admin/identities?credentials_identifier=") +
                                                 QString::fromLatin1(QUrl::toPercentEncoding(email.toUpper())));
        QCOMPARE(exact.json().array().size(), 1);
        const QJsonObject found = exact.json().array().first().toObject();
        QCOMPARE(found.value(QStringLiteral("id")).toString(), id);
        // Identifier filters bring credentials, without config.
        const QJsonObject creds = found.value(QStringLiteral("credentials")).toObject();
        QVERIFY(!creds.isEmpty());
        for (const QJsonValue &c : creds)
            QVERIFY(!c.toObject().contains(QStringLiteral("config")));
        const RawHttp::Reply withConfig =
            m_http->get(QStringLiteral("/admin/identities/") + id + QStringLiteral("?include_credential=password"));
        QVERIFY(withConfig.json()
                    .object()
                    .value(QStringLiteral("credentials"))
                    .toObject()
                    .value(QStringLiteral("password"))
                    .toObject()
                    .contains(QStringLiteral("config")));
        const RawHttp::Reply similar =
            m_http->get(QStringLiteral("/admin/identities?preview_credentials_identifier_similar=") + email.left(4));
        QVERIFY(!similar.json().array().isEmpty());
    }

    void identityIdsAndPrefix()
    {
        QCOMPARE(m_http->get(QStringLiteral("/admin/identities/not-a-uuid")).status, 404); // nil UUID -> 404
        const QString id = m_sim->store().identities().firstKey();
        QCOMPARE(m_http->get(QStringLiteral("/identities/") + id).status, 200); // /admin is added when missing
        QCOMPARE(m_http->get(QStringLiteral("/admin/sessions/not-a-uuid")).status, 400);
        QCOMPARE(m_http->get(QStringLiteral("/admin/courier/messages/not-a-uuid")).status, 400);
    }

    void plainTextErrors()
    {
        const RawHttp::Reply notFound = m_http->get(QStringLiteral("/admin/nothing/here"));
        QCOMPARE(notFound.status, 404);
        QCOMPARE(notFound.body, QByteArray("404 page not found\n"));
        QVERIFY(notFound.header("Content-Type").startsWith("text/plain"));
        const RawHttp::Reply wrongMethod = m_http->send("PUT", QStringLiteral("/admin/sessions"));
        QCOMPARE(wrongMethod.status, 405);
        QVERIFY(wrongMethod.header("Content-Type").startsWith("text/plain"));
        QVERIFY(!wrongMethod.json().isObject());
    }

    void genericErrorShape()
    {
        const RawHttp::Reply missing =
            m_http->get(QStringLiteral("/admin/identities/7c7e3a3e-0000-4000-8000-000000000000"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.error().value(QStringLiteral("code")).toInt(), 404);
        QCOMPARE(missing.errorText("status"), QStringLiteral("Not Found"));
        QCOMPARE(missing.errorText("message"), QStringLiteral("Unable to locate the resource"));
        QVERIFY(missing.header("Content-Type").startsWith("application/json"));
    }

    void createIsStrictAndValidated()
    {
        const QByteArray good = R"({"schema_id":"phone","traits":{"phone":"+4915100000001","username":"new_user"}})";
        const RawHttp::Reply created = m_http->send("POST", QStringLiteral("/admin/identities"), good);
        QCOMPARE(created.status, 201);
        const QString id = created.json().object().value(QStringLiteral("id")).toString();
        QCOMPARE(created.header("Location"),
                 (m_sim->adminUrl().toString() + QStringLiteral("/identities/") + id).toUtf8());
        const QJsonArray addresses = created.json().object().value(QStringLiteral("verifiable_addresses")).toArray();
        QCOMPARE(addresses.size(), 1);
        QCOMPARE(addresses.first().toObject().value(QStringLiteral("via")).toString(), QStringLiteral("sms"));
        QCOMPARE(m_http->send("POST", QStringLiteral("/admin/identities"), good).status, 409);

        const RawHttp::Reply unknown =
            m_http->send("POST", QStringLiteral("/admin/identities"),
                         R"({"schema_id":"phone","traits":{"phone":"+4915100000002"},"id":"x"})");
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.errorText("reason"), QStringLiteral("json: unknown field \"id\""));
        const RawHttp::Reply pattern = m_http->send("POST", QStringLiteral("/admin/identities"),
                                                    R"({"schema_id":"phone","traits":{"phone":"0800 call me"}})");
        QCOMPARE(pattern.status, 400);
        QVERIFY(pattern.errorText("reason").contains(QStringLiteral("#/traits/phone")));
        const RawHttp::Reply enumValue = m_http->send(
            "POST", QStringLiteral("/admin/identities"),
            R"({"schema_id":"organisation","traits":{"email":"x@acme.example","name":{"first":"a","last":"b"},"profile":{"department":"marketing"}}})");
        QCOMPARE(enumValue.status, 400);
        QVERIFY(enumValue.errorText("reason").contains(QStringLiteral("department")));
        const RawHttp::Reply badState =
            m_http->send("POST", QStringLiteral("/admin/identities"),
                         R"({"schema_id":"phone","traits":{"phone":"+4915100000003"},"state":"frozen"})");
        QCOMPARE(badState.status, 400);
        QVERIFY(badState.errorText("reason").contains(QStringLiteral("('active', 'inactive')")));
        QCOMPARE(
            m_http->send("POST", QStringLiteral("/admin/identities"), R"({"schema_id":"nope","traits":{}})").status,
            400);
    }

    void putClearsOmittedMetadata()
    {
        const QString id = identityWith(QStringLiteral("metadata_admin"));
        const QJsonObject before = m_http->get(QStringLiteral("/admin/identities/") + id).json().object();
        QJsonObject body{{QStringLiteral("schema_id"), before.value(QStringLiteral("schema_id"))},
                         {QStringLiteral("traits"), before.value(QStringLiteral("traits"))}};
        const RawHttp::Reply put =
            m_http->send("PUT", QStringLiteral("/admin/identities/") + id, QJsonDocument(body).toJson());
        QCOMPARE(put.status, 200);
        QVERIFY(!put.json().object().contains(QStringLiteral("metadata_admin")));
        QVERIFY(put.json().object().value(QStringLiteral("metadata_public")).isNull());
        QVERIFY(!put.json().object().contains(QStringLiteral("external_id")));
        // Without a JSON content type PUT is refused.
        QCOMPARE(m_http
                     ->send("PUT", QStringLiteral("/admin/identities/") + id, QJsonDocument(body).toJson(),
                            {{"Content-Type", "text/plain"}})
                     .status,
                 400);
    }

    void patchRules()
    {
        const QString id = emailIdentity();
        const QString path = QStringLiteral("/admin/identities/") + id;
        const RawHttp::Reply move =
            m_http->send("PATCH", path, R"([{"op":"move","from":"/traits/email","path":"/traits/x"}])");
        QCOMPARE(move.status, 400);
        QCOMPARE(move.errorText("message"), QStringLiteral("unsupported operation: move"));
        for (const char *denied : {"/id", "/ID", "/stateChangedAt", "/credentials", "/credentials/oidc",
                                   "/credentials/oidc/config/providers"}) {
            const RawHttp::Reply r = m_http->send(
                "PATCH", path, QByteArray("[{\"op\":\"replace\",\"path\":\"") + denied + "\",\"value\":1}]");
            QCOMPARE(r.status, 400);
            QCOMPARE(r.errorText("reason"), QStringLiteral("failed to apply JSON patch"));
            QCOMPARE(r.errorText("message"),
                     QStringLiteral("patch includes denied path: ") + QString::fromLatin1(denied));
        }
        const RawHttp::Reply added =
            m_http->send("PATCH", path, R"([{"op":"add","path":"/metadata_admin/support/ticket","value":"T-9"},
            {"op":"replace","path":"/metadata_public/note","value":"hi"}])");
        QCOMPARE(added.status, 200);
        QCOMPARE(added.json()
                     .object()
                     .value(QStringLiteral("metadata_admin"))
                     .toObject()
                     .value(QStringLiteral("support"))
                     .toObject()
                     .value(QStringLiteral("ticket"))
                     .toString(),
                 QStringLiteral("T-9"));
        QCOMPARE(added.json()
                     .object()
                     .value(QStringLiteral("metadata_public"))
                     .toObject()
                     .value(QStringLiteral("note"))
                     .toString(),
                 QStringLiteral("hi"));
        QCOMPARE(m_http->send("PATCH", path, R"([{"op":"remove","path":"/metadata_admin/absent"}])").status, 400);
        const RawHttp::Reply empty = m_http->send("PATCH", path, QByteArray(" "));
        QCOMPARE(empty.status, 400);
        QCOMPARE(empty.errorText("message"), QStringLiteral("unexpected end of JSON input"));
        const RawHttp::Reply invalidTraits =
            m_http->send("PATCH", path, R"([{"op":"replace","path":"/traits/email","value":"broken"}])");
        QCOMPARE(invalidTraits.status, 400);
        QCOMPARE(m_sim->store()
                     .identity(id)
                     ->json()
                     .value(QStringLiteral("metadata_public"))
                     .toObject()
                     .value(QStringLiteral("note"))
                     .toString(),
                 QStringLiteral("hi"));

        const RawHttp::Reply verified =
            m_http->send("PATCH", path, R"([{"op":"replace","path":"/verifiable_addresses/0/verified","value":true}])");
        QCOMPARE(verified.status, 200);
        const QJsonObject address =
            verified.json().object().value(QStringLiteral("verifiable_addresses")).toArray().first().toObject();
        QVERIFY(address.value(QStringLiteral("verified")).toBool());
        QVERIFY(address.value(QStringLiteral("verified_at")).isString());
        QCOMPARE(address.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));

        const RawHttp::Reply state =
            m_http->send("PATCH", path, R"([{"op":"replace","path":"/state","value":"inactive"}])");
        QCOMPARE(state.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("inactive"));
        QVERIFY(QDateTime::fromString(state.json().object().value(QStringLiteral("state_changed_at")).toString(),
                                      Qt::ISODateWithMs)
                    .secsTo(QDateTime::currentDateTimeUtc()) < 60);
    }

    void deleteCredentialRules()
    {
        QString passwordOnly;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            const QStringList types = it.value().credentials().keys();
            if (types.contains(QStringLiteral("password")) && !types.contains(QStringLiteral("oidc")) &&
                !types.contains(QStringLiteral("webauthn")))
                passwordOnly = it.key();
        }
        QVERIFY(!passwordOnly.isEmpty());
        const RawHttp::Reply last = m_http->send("DELETE", QStringLiteral("/admin/identities/") + passwordOnly +
                                                               QStringLiteral("/credentials/password"));
        QCOMPARE(last.status, 400);
        QCOMPARE(last.errorText("reason"), QStringLiteral("You cannot remove the last first factor credential."));
        QCOMPARE(m_http
                     ->send("DELETE",
                            QStringLiteral("/admin/identities/") + passwordOnly + QStringLiteral("/credentials/code"))
                     .errorText("reason"),
                 QStringLiteral("Credentials type code cannot be deleted."));
    }

    void sessionsBehaviour()
    {
        QString active;
        for (const SimSession &s : m_sim->store().sessions()) {
            if (m_sim->store().isActive(s))
                active = s.id;
        }
        const RawHttp::Reply list = m_http->get(QStringLiteral("/admin/sessions?page_size=3"));
        QCOMPARE(list.json().array().size(), 3);
        QVERIFY(list.json().array().first().toObject().value(QStringLiteral("identity")).isNull());
        QVERIFY(list.json().array().first().toObject().value(QStringLiteral("devices")).isNull());
        const QString token = nextToken(list.header("Link"));
        QVERIFY(
            QByteArray::fromBase64(QUrl::fromPercentEncoding(token.toLatin1()).toLatin1()).startsWith("created_at="));
        const RawHttp::Reply expanded =
            m_http->get(QStringLiteral("/admin/sessions?page_size=3&expand=Identity&expand=devices"));
        QVERIFY(expanded.json().array().first().toObject().value(QStringLiteral("identity")).isObject());
        QCOMPARE(m_http->get(QStringLiteral("/admin/sessions?expand=x")).errorText("reason"),
                 QStringLiteral("Could not parse expand option: x"));
        QCOMPARE(m_http->get(QStringLiteral("/admin/sessions?active=maybe")).errorText("message"),
                 QStringLiteral("could not parse parameter active"));
        QCOMPARE(m_http->get(QStringLiteral("/admin/sessions?page_token=bm9wZQ")).errorText("message"),
                 QStringLiteral("could not parse parameter page_size"));

        const RawHttp::Reply extended =
            m_http->send("PATCH", QStringLiteral("/admin/sessions/") + active + QStringLiteral("/extend"));
        QCOMPARE(extended.status, 200);
        QVERIFY(!extended.json()
                     .object()
                     .value(QStringLiteral("identity"))
                     .toObject()
                     .contains(QStringLiteral("metadata_admin")));
        m_sim->options().fasterSessionExtend = true;
        const RawHttp::Reply fast =
            m_http->send("PATCH", QStringLiteral("/admin/sessions/") + active + QStringLiteral("/extend"));
        QCOMPARE(fast.status, 204);
        QVERIFY(fast.body.isEmpty());

        QCOMPARE(m_http->send("DELETE", QStringLiteral("/admin/sessions/") + active).status, 204);
        const RawHttp::Reply after = m_http->get(QStringLiteral("/admin/sessions/") + active);
        QCOMPARE(after.status, 200); // revoking deactivates, the data stays
        QCOMPARE(after.json().object().value(QStringLiteral("active")).toBool(true), false);
    }

    // Sessions are derived from a seed, not stored whole: the same session renders the same
    // devices every time, each device with an id of its own, and a keyset walk over the active
    // ones (1000 a page) meets each active session once, newest first.
    void sessionsDerivedAndPagedActive()
    {
        const SimSession &first = m_sim->store().sessions().front();
        const QJsonArray devices = SimSessionJson::devices(first);
        QVERIFY(!devices.isEmpty());
        QCOMPARE(SimSessionJson::devices(first), devices);
        QSet<QString> deviceIds;
        for (const QJsonValue &d : devices) {
            deviceIds.insert(d.toObject().value(QStringLiteral("id")).toString());
            QVERIFY(
                d.toObject().value(QStringLiteral("ip_address")).toString().startsWith(QLatin1String("203.0.113.")));
            QVERIFY(!d.toObject().value(QStringLiteral("user_agent")).toString().isEmpty());
        }
        QCOMPARE(deviceIds.size(), devices.size());
        QSet<QString> locations; // UTF-8 as written, not read as Latin-1
        for (const SimSession &s : m_sim->store().sessions())
            for (const QJsonValue &d : SimSessionJson::devices(s))
                locations.insert(d.toObject().value(QStringLiteral("location")).toString());
        QVERIFY(locations.contains(QStringLiteral("São Paulo, BR")));
        int expected = 0;
        for (const SimSession &s : m_sim->store().sessions())
            expected += m_sim->store().isActive(s) ? 1 : 0;
        QVERIFY(expected > 2);
        QSet<QString> seen;
        QDateTime previous;
        QString path = QStringLiteral("/admin/sessions?page_size=2&active=true&expand=devices");
        for (int guard = 0; guard < 1000 && !path.isEmpty(); ++guard) {
            const RawHttp::Reply page = m_http->get(path);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &v : page.json().array()) {
                const QJsonObject o = v.toObject();
                QVERIFY(o.value(QStringLiteral("active")).toBool());
                QVERIFY(o.value(QStringLiteral("devices")).isArray());
                const QDateTime issued =
                    QDateTime::fromString(o.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs);
                QVERIFY(!previous.isValid() || issued <= previous);
                previous = issued;
                QVERIFY(!seen.contains(o.value(QStringLiteral("id")).toString()));
                seen.insert(o.value(QStringLiteral("id")).toString());
            }
            const QString token = nextToken(page.header("Link"));
            path = token.isEmpty()
                       ? QString()
                       : QStringLiteral("/admin/sessions?page_size=2&active=true&expand=devices&page_token=") + token;
        }
        QCOMPARE(seen.size(), expected);
    }

    void identitySessionsOffset()
    {
        const RawHttp::Reply unknown =
            m_http->get(QStringLiteral("/admin/identities/7c7e3a3e-0000-4000-8000-000000000000/sessions"));
        QCOMPARE(unknown.status, 200); // not 404, as the spec claims
        QCOMPARE(unknown.json().array().size(), 0);
        QCOMPARE(unknown.header("X-Total-Count"), QByteArray("0"));
        QVERIFY(rels(unknown.header("Link")).contains(QStringLiteral("next"))); // quirk: next even when empty
        QCOMPARE(
            m_http->send("DELETE", QStringLiteral("/admin/identities/7c7e3a3e-0000-4000-8000-000000000000/sessions"))
                .status,
            404);
        QCOMPARE(m_http->get(QStringLiteral("/admin/identities/nope/sessions")).status, 400);
    }

    void schemasOffsetAndRedirects()
    {
        const RawHttp::Reply redirect = m_http->get(QStringLiteral("/admin/schemas?page_size=1"));
        QCOMPARE(redirect.status, 307);
        QVERIFY(
            redirect.header("Location").startsWith(QByteArray(m_sim->publicUrl().toString().toUtf8() + "/schemas")));
        QVERIFY(redirect.header("Location").contains("page_size=1"));

        RawHttp pub(m_sim->publicUrl());
        const RawHttp::Reply firstPage = pub.get(QStringLiteral("/schemas?page_size=1"));
        QCOMPARE(firstPage.status, 200);
        QCOMPARE(firstPage.header("X-Total-Count"), QByteArray("3"));
        QCOMPARE(rels(firstPage.header("Link")),
                 (QStringList{QStringLiteral("next"), QStringLiteral("last")})); // no first on page 1
        const RawHttp::Reply all = pub.get(QStringLiteral("/schemas"));
        QCOMPARE(all.json().array().size(), 3);
        QCOMPARE(rels(all.header("Link")), QStringList{QStringLiteral("first")}); // everything fits
        QVERIFY(all.header("Link").contains("per_page=3"));
        const RawHttp::Reply garbage = pub.get(QStringLiteral("/schemas?page_size=2&page_token=garbage"));
        QCOMPARE(garbage.json().array().first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("default")); // restarts at 0
        const RawHttp::Reply second =
            pub.get(QStringLiteral("/schemas?page_size=2&page_token=") + SimPageToken::encodeOffset(2));
        QCOMPARE(second.json().array().size(), 1);

        QCOMPARE(pub.get(QStringLiteral("/schemas/phone")).status, 200);
        QCOMPARE(pub.get(QStringLiteral("/schemas/cGhvbmU")).status, 200); // base64url of "phone"
        const RawHttp::Reply missing = pub.get(QStringLiteral("/schemas/nope"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorText("reason"), QStringLiteral("Identity schema `nope` could not be found."));
        // The public port sends admin paths back to the admin port.
        const RawHttp::Reply back = pub.get(QStringLiteral("/admin/identities"));
        QCOMPARE(back.status, 307);
        QVERIFY(back.header("Location").startsWith(m_sim->adminUrl().toString().toUtf8()));
    }

    void courierBehaviour()
    {
        const RawHttp::Reply def = m_http->get(QStringLiteral("/admin/courier/messages"));
        QCOMPARE(def.json().array().size(), 10); // default page size 10
        const QJsonObject first = def.json().array().first().toObject();
        QCOMPARE(first.value(QStringLiteral("body")).toString(), QStringLiteral("<redacted-unless-dev-mode>"));
        QCOMPARE(first.value(QStringLiteral("subject")).toString(), QStringLiteral("<redacted-unless-dev-mode>"));
        QVERIFY(!first.contains(QStringLiteral("dispatches")));
        QDateTime previous;
        for (const QJsonValue &v : def.json().array()) {
            const QDateTime t =
                QDateTime::fromString(v.toObject().value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
            if (previous.isValid())
                QVERIFY(t <= previous);
            previous = t;
        }
        QCOMPARE(m_http->get(QStringLiteral("/admin/courier/messages?page_size=900")).json().array().size(), 60);
        QCOMPARE(m_http->get(QStringLiteral("/admin/courier/messages?status=Sent")).errorText("reason"),
                 QStringLiteral("Message status is not valid"));

        const QString token = QUrl::fromPercentEncoding(nextToken(def.header("Link")).toLatin1());
        QCOMPARE(m_http
                     ->get(QStringLiteral("/admin/courier/messages?page_token=") +
                           QString::fromLatin1(QUrl::toPercentEncoding(token)))
                     .status,
                 200);
        QString tampered = token;
        tampered[5] = tampered[5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(m_http->get(QStringLiteral("/admin/courier/messages?page_token=") + tampered).errorText("message"),
                 QStringLiteral("invalid pagination token"));
        m_sim->store().advanceClock(3601);
        QCOMPARE(m_http
                     ->get(QStringLiteral("/admin/courier/messages?page_token=") +
                           QString::fromLatin1(QUrl::toPercentEncoding(token)))
                     .errorText("message"),
                 QStringLiteral("page token expired, do not persist page tokens"));

        const QString id = first.value(QStringLiteral("id")).toString();
        const RawHttp::Reply detail = m_http->get(QStringLiteral("/admin/courier/messages/") + id);
        QVERIFY(detail.json().object().contains(QStringLiteral("dispatches")));
        QCOMPARE(detail.json().object().value(QStringLiteral("body")).toString(),
                 QStringLiteral("<redacted-unless-dev-mode>"));
        m_sim->options().devMode = true;
        QCOMPARE(m_http->get(QStringLiteral("/admin/courier/messages/") + id)
                     .json()
                     .object()
                     .value(QStringLiteral("body"))
                     .toString(),
                 m_sim->store().message(id)->json.value(QStringLiteral("body")).toString());
    }

    void recoveryErrors()
    {
        QCOMPARE(m_http
                     ->send("POST", QStringLiteral("/admin/recovery/link"),
                            R"({"identity_id":"7c7e3a3e-0000-4000-8000-000000000000"})")
                     .errorText("reason"),
                 QStringLiteral("The requested identity id does not exist."));
        QCOMPARE(m_http
                     ->send("POST", QStringLiteral("/admin/recovery/code"),
                            R"({"identity_id":"7c7e3a3e-0000-4000-8000-000000000000"})")
                     .status,
                 404);
        const QString id = m_sim->store().identities().firstKey();
        const RawHttp::Reply code = m_http->send("POST", QStringLiteral("/admin/recovery/code"),
                                                 QByteArray("{\"identity_id\":\"") + id.toLatin1() + "\"}");
        QCOMPARE(code.status, 201);
        QVERIFY(code.json().object().contains(QStringLiteral("recovery_code")));
        QCOMPARE(m_http
                     ->send("POST", QStringLiteral("/admin/recovery/code"),
                            QByteArray("{\"identity_id\":\"") + id.toLatin1() + "\",\"flow_type\":\"native\"}")
                     .status,
                 400);
    }

    void batchImport()
    {
        const RawHttp::Reply r = m_http->send("PATCH", QStringLiteral("/admin/identities"), R"({"identities":[
            {"patch_id":"p1","create":{"schema_id":"default","traits":{"email":"batch1@example.com"}}},
            {"patch_id":"p2","create":{"schema_id":"default","traits":{"email":"batch1@example.com"}}},
            {"patch_id":"p3","create":{"schema_id":"default","traits":{}}}]})");
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().object().value(QStringLiteral("identities")).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
                 409);
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(),
                 400);
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("patch_id")).toString(), QStringLiteral("p3"));
        QJsonArray tooMany;
        for (int i = 0; i < 1001; ++i)
            tooMany.append(QJsonObject{{QStringLiteral("create"), QJsonObject()}});
        QCOMPARE(m_http
                     ->send("PATCH", QStringLiteral("/admin/identities"),
                            QJsonDocument(QJsonObject{{QStringLiteral("identities"), tooMany}}).toJson())
                     .status,
                 400);
        QCOMPARE(m_http
                     ->send("PATCH", QStringLiteral("/admin/identities"),
                            R"({"identities":[{"create":{"schema_id":"default","traits":{},"state":"x"}}]})")
                     .status,
                 400);
    }

    void bearerToken()
    {
        SimOptions options;
        options.identities = 3;
        options.token = QStringLiteral("secret-token");
        auto guarded = startSimulator(options);
        RawHttp http(guarded->adminUrl());
        const RawHttp::Reply anonymous = http.get(QStringLiteral("/admin/identities"));
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.error().value(QStringLiteral("code")).toInt(), 401);
        QCOMPARE(http.send("GET", QStringLiteral("/admin/identities"), {}, {{"Authorization", "Bearer wrong"}}).status,
                 401);
        QCOMPARE(http.send("GET", QStringLiteral("/admin/identities"), {}, {{"Authorization", "Bearer secret-token"}})
                     .status,
                 200);
        QCOMPARE(http.get(QStringLiteral("/health/alive")).status, 200);
    }

    void health()
    {
        QCOMPARE(m_http->get(QStringLiteral("/health/ready")).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/admin/health/alive")).status, 200);
        QCOMPARE(m_http->get(QStringLiteral("/version")).json().object().value(QStringLiteral("version")).toString(),
                 QStringLiteral("v26.2.0"));
        m_sim->store().ready = false;
        const RawHttp::Reply notReady = m_http->get(QStringLiteral("/health/ready"));
        QCOMPARE(notReady.status, 503);
        QCOMPARE(notReady.error().value(QStringLiteral("code")).toInt(), 500); // Kratos's generic writer says 500
    }

    void faults()
    {
        m_sim->faults().rateLimitRate = 1.0;
        const RawHttp::Reply limited = m_http->get(QStringLiteral("/version"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("2"));
        m_sim->faults() = SimFaults();
        m_sim->faults().match = QStringLiteral("PATCH /admin/identities/");
        m_sim->faults().errorRate = 1.0;
        QCOMPARE(m_http->get(QStringLiteral("/version")).status, 200); // not matched
        QCOMPARE(
            m_http->send("PATCH", QStringLiteral("/admin/identities/") + m_sim->store().identities().firstKey(), "[]")
                .status,
            500);
        m_sim->faults() = SimFaults();
        m_sim->faults().errorRate = 0.5;
        int failed = 0;
        for (int i = 0; i < 100; ++i)
            failed += m_http->get(QStringLiteral("/version")).status == 500;
        QVERIFY2(failed > 25 && failed < 75, qPrintable(QString::number(failed)));
    }

    // Schemas valijson would recurse on without end: refused at start with the file's name.
    void cyclicSchemasFolderIsRefused_data()
    {
        QTest::addColumn<QByteArray>("schema");
        QTest::newRow("a -> b -> a") << QByteArray(
            "{\"properties\":{\"traits\":{\"$ref\":\"#/definitions/a\"}},\"definitions\":{\"a\":{\"$ref\":\"#/"
            "definitions/b\"},\"b\":{\"$ref\":\"#/definitions/a\"}}}");
        QTest::newRow("own target") << QByteArray(
            "{\"$ref\":\"#/definitions/a\",\"definitions\":{\"a\":{\"$ref\":\"#/definitions/a\"}}}");
        QTest::newRow("relative") << QByteArray("{\"$ref\":\"object\"}");
        QTest::newRow("through allOf") << QByteArray("{\"allOf\":[{\"$ref\":\"#\"}]}");
    }

    void cyclicSchemasFolderIsRefused()
    {
        QFETCH(QByteArray, schema);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("loop.schema.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(schema);
        file.close();
        SimOptions options;
        options.schemasDir = dir.path();
        KratosSimulator sim(options);
        QString error;
        QVERIFY(!sim.start(&error));
        QVERIFY2(error.contains(QStringLiteral("loop.schema.json")), qPrintable(error));
    }

    // Requests that aborted or overflowed the simulator: each now gets a clear answer.
    void hostileRequests()
    {
        const RawHttp::Reply arrayEmail = m_http->send("POST", QStringLiteral("/admin/identities"),
                                                       R"({"schema_id":"default","traits":{"email":["a@b.co"]}})");
        QCOMPARE(arrayEmail.status, 400);
        const RawHttp::Reply batch =
            m_http->send("PATCH", QStringLiteral("/admin/identities"),
                         R"({"identities":[{"create":{"schema_id":"default","traits":{"email":["a@b.co"]}}}]})");
        QCOMPARE(batch.status, 200);
        QCOMPARE(batch.json()
                     .object()
                     .value(QStringLiteral("identities"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("action")),
                 QJsonValue(QStringLiteral("error")));
        const QString id = m_sim->store().identities().firstKey();
        const RawHttp::Reply longDuration = m_http->send("POST", QStringLiteral("/admin/recovery/link"),
                                                         QByteArray("{\"identity_id\":\"") + id.toLatin1() +
                                                             "\",\"expires_in\":\"99999999999999999999h\"}");
        QCOMPARE(longDuration.status, 400);
        const QString maxOffset =
            QString::fromLatin1(QByteArray(R"({"offset":"9223372036854775807","v":2})")
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const RawHttp::Reply farPage = m_http->get(QStringLiteral("/admin/identities/") + id +
                                                   QStringLiteral("/sessions?page_size=1&page_token=") + maxOffset);
        QCOMPARE(farPage.status, 200);
        QCOMPARE(farPage.json().array().size(), 0);
        QVERIFY(m_http->get(QStringLiteral("/admin/health/alive")).status == 200); // still serving
    }

    void brokenSchemasFolderIsRefused()
    {
        QTemporaryDir dir;
        QFile broken(dir.filePath(QStringLiteral("broken.schema.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"properties\":{\"traits\":{\"$ref\":\"#/definitions/missing\"}}}");
        broken.close();
        SimOptions options;
        options.schemasDir = dir.path();
        KratosSimulator sim(options);
        QString error;
        QVERIFY(!sim.start(&error));
        QVERIFY2(error.contains(QStringLiteral("broken.schema.json")), qPrintable(error));
        QTemporaryDir empty;
        options.schemasDir = empty.path();
        KratosSimulator none(options);
        QVERIFY(!none.start(&error));
        QVERIFY(error.contains(QStringLiteral("no *.schema.json")));
    }

    void customSchemasFolder()
    {
        const QString dir = sharedDir();
        if (dir.isEmpty())
            QSKIP("../shared/kratos/schemas is not here; the real Kratos schemas are extra test data");
        SimOptions options;
        options.identities = 0;
        options.schemasDir = dir + QStringLiteral("/kratos/schemas");
        auto sim = startSimulator(options);
        QCOMPARE(sim->store().schemas().size(), 8);
        RawHttp http(sim->adminUrl());
        const RawHttp::Reply created = http.send(
            "POST", QStringLiteral("/admin/identities"),
            R"({"schema_id":"quickstart-all-strategies_identity","traits":{"email":"x@example.com","name":{"first":"A","last":"B"}}})");
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().object().value(QStringLiteral("recovery_addresses")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_KratosSimulator)
#include "tst_kratossimulator.moc"
