// SPDX-License-Identifier: GPL-3.0-or-later
#include "Await.h"
#include "CoreDumpGuard.h"
#include "KratosClient.h"
#include "KratosSimulator.h"
#include "SimStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSet>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace TestSupport;

// KratosClient against the simulator: every endpoint's happy path and its paging.
class tst_KratosClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KratosSimulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<KratosClient> m_client;

    ConnectionSettings settings() const
    {
        ConnectionSettings s;
        s.adminUrl = m_sim->adminUrl();
        s.timeoutMs = 5000;
        return s;
    }
    QString emailOf(const SimIdentity &identity) const
    {
        return identity.json().value(QStringLiteral("traits")).toObject().value(QStringLiteral("email")).toString();
    }
    QString firstWithEmail() const
    {
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            if (!emailOf(it.value()).isEmpty())
                return it.key();
        }
        return {};
    }
    QList<KratosSimulator::RecordedRequest> requestsTo(const QString &path) const
    {
        QList<KratosSimulator::RecordedRequest> out;
        for (const auto &r : m_sim->requests()) {
            if (r.path == path)
                out.append(r);
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        SimOptions options;
        options.identities = 120;
        options.messages = 60;
        options.seed = 7;
        m_sim = startSimulator(options);
        m_client = std::make_unique<KratosClient>(&m_nam);
        m_client->setConnection(settings());
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void versionAndHealth()
    {
        Await<ServerVersion> version;
        m_client->getVersion(this, version.callback());
        QVERIFY(version.wait());
        QVERIFY(version.result().ok());
        QCOMPARE(version.value().version, QStringLiteral("v26.2.0"));

        Await<HealthStatus> alive;
        m_client->checkAlive(this, alive.callback());
        QVERIFY(alive.wait());
        QVERIFY(alive.value().ok);

        Await<HealthStatus> ready;
        m_client->checkReady(this, ready.callback());
        QVERIFY(ready.wait());
        QVERIFY(ready.value().ok);

        m_sim->store().ready = false;
        Await<HealthStatus> notReady;
        m_client->checkReady(this, notReady.callback());
        QVERIFY(notReady.wait());
        QVERIFY(notReady.result().ok());
        QVERIFY(!notReady.value().ok);
        QCOMPARE(notReady.value().httpStatus, 503);
        QVERIFY(notReady.value().detail.contains(QStringLiteral("database")));
    }

    void identitiesKeysetPaging()
    {
        QStringList seen;
        IdentityListQuery query;
        query.pageSize = 25;
        int pages = 0;
        do {
            Await<Page<Identity>> page;
            m_client->listIdentities(query, this, page.callback());
            QVERIFY(page.wait());
            QVERIFY2(page.result().ok(), qPrintable(page.error().userMessage()));
            QVERIFY(page.value().items.size() <= 25);
            for (const Identity &i : page.value().items) {
                QVERIFY(!i.credentialsIncluded); // lists leave credentials out
                seen.append(i.id);
            }
            query.pageToken = page.value().nextPageToken;
            ++pages;
        } while (!query.pageToken.isEmpty() && pages < 50);
        QCOMPARE(pages, 5);
        QCOMPARE(seen.size(), 120);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 120);
        QStringList sorted = seen;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(seen, sorted);
        const auto sent = requestsTo(QStringLiteral("/admin/identities"));
        QCOMPARE(sent.size(), 5);
        QVERIFY(sent.first().query.contains("page_size=25"));
        QVERIFY(!sent.first().query.contains("page_token"));
        QVERIFY(sent.last().query.contains("page_token="));
    }

    void identitiesPageSizeIsClamped()
    {
        IdentityListQuery query;
        query.pageSize = 5000;
        Await<Page<Identity>> page;
        m_client->listIdentities(query, this, page.callback());
        QVERIFY(page.wait());
        QCOMPARE(page.value().items.size(), 120);
        QVERIFY(requestsTo(QStringLiteral("/admin/identities")).last().query.contains("page_size=500"));
    }

    void identitiesLegacyPaging()
    {
        IdentityListQuery query;
        query.pageSize = 50;
        query.legacyPage = 0;
        int total = 0;
        int pages = 0;
        while (pages < 10) {
            Await<Page<Identity>> page;
            m_client->listIdentities(query, this, page.callback());
            QVERIFY(page.wait());
            QVERIFY(page.result().ok());
            QCOMPARE(page.value().totalCount.value_or(-1), 120);
            total += int(page.value().items.size());
            ++pages;
            if (!page.value().hasMore())
                break;
            query.legacyPage = page.value().nextPageToken.toInt();
        }
        QCOMPARE(pages, 3);
        QCOMPARE(total, 120);
        QVERIFY(requestsTo(QStringLiteral("/admin/identities")).last().query.contains("page=2"));
    }

    void identitiesByIdentifier()
    {
        const QString id = firstWithEmail();
        const QString email = emailOf(*m_sim->store().identity(id));
        IdentityListQuery query;
        query.credentialsIdentifier = QStringLiteral("  ") + email.toUpper() + QStringLiteral(" ");
        Await<Page<Identity>> page;
        m_client->listIdentities(query, this, page.callback());
        QVERIFY(page.wait());
        QCOMPARE(page.value().items.size(), 1);
        QCOMPARE(page.value().items.first().id, id);
        QVERIFY(page.value().items.first().credentialsIncluded);
        QVERIFY(requestsTo(QStringLiteral("/admin/identities")).last().query.contains("credentials_identifier="));

        IdentityListQuery prefix;
        prefix.identifierPrefix = email.left(3);
        Await<Page<Identity>> similar;
        m_client->listIdentities(prefix, this, similar.callback());
        QVERIFY(similar.wait());
        QVERIFY(!similar.value().items.isEmpty());
        bool found = false;
        for (const Identity &i : similar.value().items)
            found = found || i.id == id;
        QVERIFY(found);
    }

    void identifierWithPlusIsEncoded()
    {
        Await<Identity> created;
        m_client->createIdentity(
            QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                        {QStringLiteral("traits"),
                         QJsonObject{{QStringLiteral("email"), QStringLiteral("ann+tag@example.com")}}}},
            this, created.callback());
        QVERIFY(created.wait());
        QVERIFY2(created.result().ok(), qPrintable(created.error().technicalDetails()));
        IdentityListQuery query;
        query.credentialsIdentifier = QStringLiteral("ann+tag@example.com");
        Await<Page<Identity>> page;
        m_client->listIdentities(query, this, page.callback());
        QVERIFY(page.wait());
        QCOMPARE(page.value().items.size(), 1);
        QCOMPARE(page.value().items.first().id, created.value().id);
    }

    void identitiesByIdsAndOrganisation()
    {
        const QStringList all = m_sim->store().identities().keys();
        IdentityListQuery byIds;
        byIds.ids = {all.at(3), all.at(10), all.at(42)};
        Await<Page<Identity>> page;
        m_client->listIdentities(byIds, this, page.callback());
        QVERIFY(page.wait());
        QCOMPARE(page.value().items.size(), 3);
        QCOMPARE(requestsTo(QStringLiteral("/admin/identities")).last().query.count("ids="), 3);

        IdentityListQuery byOrg;
        byOrg.organizationId = QStringLiteral("5b0f1c43-7d0e-4a6e-9c55-0c2a8f0e1a01");
        Await<Page<Identity>> orgPage;
        m_client->listIdentities(byOrg, this, orgPage.callback());
        QVERIFY(orgPage.wait());
        QVERIFY(!orgPage.value().items.isEmpty());
        for (const Identity &i : orgPage.value().items)
            QCOMPARE(i.organizationId, byOrg.organizationId);
    }

    void twoFiltersAreRefusedBeforeSending()
    {
        IdentityListQuery query;
        query.credentialsIdentifier = QStringLiteral("a@b.c");
        query.organizationId = QStringLiteral("5b0f1c43-7d0e-4a6e-9c55-0c2a8f0e1a01");
        m_sim->clearRequests();
        Await<Page<Identity>> page;
        m_client->listIdentities(query, this, page.callback());
        QVERIFY(page.wait());
        QVERIFY(!page.result().ok());
        QCOMPARE(page.error().kind(), ApiError::Kind::Configuration);
        QVERIFY(page.error().userMessage().contains(QStringLiteral("one filter at a time")));
        QVERIFY(m_sim->requests().isEmpty());
    }

    void getIdentityWithCredentials()
    {
        QString withTotp;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            if (it.value().credentials().contains(QStringLiteral("totp")))
                withTotp = it.key();
        }
        QVERIFY(!withTotp.isEmpty());
        Await<Identity> plain;
        m_client->getIdentity(withTotp, {}, this, plain.callback());
        QVERIFY(plain.wait());
        QVERIFY(plain.value().credentialsIncluded);
        QVERIFY(plain.value().credentials.contains(QStringLiteral("totp")));
        QVERIFY(!plain.value().credentials.value(QStringLiteral("totp")).hasConfig);

        Await<Identity> withConfig;
        m_client->getIdentity(withTotp, {QStringLiteral("totp")}, this, withConfig.callback());
        QVERIFY(withConfig.wait());
        QVERIFY(withConfig.value().credentials.value(QStringLiteral("totp")).hasConfig);
        QVERIFY(requestsTo(QStringLiteral("/admin/identities/") + withTotp)
                    .last()
                    .query.contains("include_credential=totp"));

        Await<Identity> missing;
        m_client->getIdentity(QStringLiteral("7c7e3a3e-0000-4000-8000-000000000000"), {}, this, missing.callback());
        QVERIFY(missing.wait());
        QCOMPARE(missing.error().httpStatus(), 404);
        QCOMPARE(missing.error().message(), QStringLiteral("Unable to locate the resource"));
    }

    void getIdentityByExternalId()
    {
        QString externalId;
        QString id;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            externalId = it.value().json().value(QStringLiteral("external_id")).toString();
            id = it.key();
            if (!externalId.isEmpty())
                break;
        }
        QVERIFY(!externalId.isEmpty());
        Await<Identity> found;
        m_client->getIdentityByExternalId(externalId, this, found.callback());
        QVERIFY(found.wait());
        QCOMPARE(found.value().id, id);
        QCOMPARE(found.value().externalId, externalId);
    }

    void createIdentity()
    {
        const QJsonObject body{
            {QStringLiteral("schema_id"), QStringLiteral("default")},
            {QStringLiteral("traits"),
             QJsonObject{{QStringLiteral("email"), QStringLiteral("New.Person@Example.com")},
                         {QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), QStringLiteral("New")}}}}},
            {QStringLiteral("metadata_admin"), QJsonObject{{QStringLiteral("ticket"), QStringLiteral("T-1")}}}};
        Await<Identity> created;
        m_client->createIdentity(body, this, created.callback());
        QVERIFY(created.wait());
        QVERIFY2(created.result().ok(), qPrintable(created.error().technicalDetails()));
        const Identity &i = created.value();
        QCOMPARE(i.state, Identity::State::Active);
        QCOMPARE(i.verifiableAddresses.size(), 1);
        QCOMPARE(i.verifiableAddresses.first().value, QStringLiteral("new.person@example.com"));
        QCOMPARE(i.verifiableAddresses.first().status, QStringLiteral("pending"));
        QCOMPARE(i.recoveryAddresses.size(), 1);
        QCOMPARE(i.metadataAdmin.toObject().value(QStringLiteral("ticket")).toString(), QStringLiteral("T-1"));
        QVERIFY(m_sim->store().identity(i.id));

        Await<Identity> duplicate;
        m_client->createIdentity(body, this, duplicate.callback());
        QVERIFY(duplicate.wait());
        QCOMPARE(duplicate.error().httpStatus(), 409);
        QCOMPARE(duplicate.error().title(), QStringLiteral("Conflict"));

        QJsonObject invalid = body;
        invalid.insert(QStringLiteral("traits"),
                       QJsonObject{{QStringLiteral("email"), QStringLiteral("not-an-email")}});
        Await<Identity> rejected;
        m_client->createIdentity(invalid, this, rejected.callback());
        QVERIFY(rejected.wait());
        QCOMPARE(rejected.error().httpStatus(), 400);
        QVERIFY2(rejected.error().reason().contains(QStringLiteral("#/traits/email")),
                 qPrintable(rejected.error().reason()));
    }

    void updateKeepsMetadata()
    {
        QString id;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            if (it.value().json().contains(QStringLiteral("metadata_admin")) && !emailOf(it.value()).isEmpty())
                id = it.key();
        }
        QVERIFY(!id.isEmpty());
        Await<Identity> current;
        m_client->getIdentity(id, {}, this, current.callback());
        QVERIFY(current.wait());
        IdentityUpdate update = IdentityUpdate::fromIdentity(current.value());
        QJsonObject name = update.traits.value(QStringLiteral("name")).toObject();
        name.insert(QStringLiteral("first"), QStringLiteral("Renamed"));
        update.traits.insert(QStringLiteral("name"), name);
        Await<Identity> updated;
        m_client->updateIdentity(id, update, this, updated.callback());
        QVERIFY(updated.wait());
        QVERIFY2(updated.result().ok(), qPrintable(updated.error().technicalDetails()));
        QCOMPARE(
            updated.value().traits.value(QStringLiteral("name")).toObject().value(QStringLiteral("first")).toString(),
            QStringLiteral("Renamed"));
        QCOMPARE(updated.value().metadataAdmin, current.value().metadataAdmin);
        QCOMPARE(updated.value().metadataPublic, current.value().metadataPublic);
        QCOMPARE(updated.value().externalId, current.value().externalId);
    }

    void patchState()
    {
        const QString id = firstWithEmail();
        JsonPatch patch;
        patch.replace(QStringLiteral("/state"), QStringLiteral("inactive"));
        Await<Identity> patched;
        m_client->patchIdentity(id, patch, this, patched.callback());
        QVERIFY(patched.wait());
        QVERIFY(patched.result().ok());
        QCOMPARE(patched.value().state, Identity::State::Inactive);
        QCOMPARE(m_sim->store().identity(id)->json().value(QStringLiteral("state")).toString(),
                 QStringLiteral("inactive"));

        JsonPatch denied;
        denied.replace(QStringLiteral("/credentials"), QJsonObject());
        Await<Identity> rejected;
        m_client->patchIdentity(id, denied, this, rejected.callback());
        QVERIFY(rejected.wait());
        QCOMPARE(rejected.error().httpStatus(), 400);
        QCOMPARE(rejected.error().message(), QStringLiteral("patch includes denied path: /credentials"));
    }

    void deleteIdentityAndCredential()
    {
        QString withTotp;
        for (auto it = m_sim->store().identities().cbegin(); it != m_sim->store().identities().cend(); ++it) {
            if (it.value().credentials().contains(QStringLiteral("totp")))
                withTotp = it.key();
        }
        Await<NoContent> removedTotp;
        m_client->deleteIdentityCredential(withTotp, QStringLiteral("totp"), QString(), this, removedTotp.callback());
        QVERIFY(removedTotp.wait());
        QVERIFY2(removedTotp.result().ok(), qPrintable(removedTotp.error().technicalDetails()));
        QVERIFY(!m_sim->store().identity(withTotp)->credentials().contains(QStringLiteral("totp")));

        Await<NoContent> again;
        m_client->deleteIdentityCredential(withTotp, QStringLiteral("totp"), QString(), this, again.callback());
        QVERIFY(again.wait());
        QCOMPARE(again.error().httpStatus(), 404);

        Await<NoContent> deleted;
        m_client->deleteIdentity(withTotp, this, deleted.callback());
        QVERIFY(deleted.wait());
        QVERIFY(deleted.result().ok());
        QVERIFY(!m_sim->store().identity(withTotp));
    }

    void batchImport()
    {
        QJsonArray bodies;
        bodies.append(QJsonObject{
            {QStringLiteral("schema_id"), QStringLiteral("default")},
            {QStringLiteral("traits"), QJsonObject{{QStringLiteral("email"), QStringLiteral("b1@example.com")}}}});
        bodies.append(
            QJsonObject{{QStringLiteral("schema_id"), QStringLiteral("default")},
                        {QStringLiteral("traits"), QJsonObject{{QStringLiteral("email"), QStringLiteral("nope")}}}});
        bodies.append(QJsonObject{
            {QStringLiteral("schema_id"), QStringLiteral("phone")},
            {QStringLiteral("traits"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("+4915199999999")}}}});
        Await<QList<IdentityBatchResult>> results;
        m_client->batchCreateIdentities(bodies, this, results.callback());
        QVERIFY(results.wait());
        QVERIFY2(results.result().ok(), qPrintable(results.error().technicalDetails()));
        QCOMPARE(results.value().size(), 3);
        QVERIFY(results.value().at(0).created);
        QVERIFY(!results.value().at(1).created);
        QCOMPARE(results.value().at(1).error.httpStatus(), 400);
        QVERIFY(results.value().at(2).created);
        QVERIFY(m_sim->store().identity(results.value().at(2).identityId));
    }

    void identitySessionsOffsetPaging()
    {
        QHash<QString, int> counts;
        for (const SimSession &s : m_sim->store().sessions())
            ++counts[s.identityId];
        QString id;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() >= 2)
                id = it.key();
        }
        QVERIFY(!id.isEmpty());
        SessionListQuery query;
        query.pageSize = 1;
        int seen = 0;
        for (int guard = 0; guard < 10; ++guard) {
            Await<Page<Session>> page;
            m_client->listIdentitySessions(id, query, this, page.callback());
            QVERIFY(page.wait());
            QVERIFY(page.result().ok());
            QCOMPARE(page.value().totalCount.value_or(-1), counts.value(id));
            for (const Session &s : page.value().items) {
                QVERIFY(s.identity); // identity sessions come expanded
                QCOMPARE(s.identity->id, id);
                QVERIFY(s.devicesIncluded);
            }
            seen += int(page.value().items.size());
            if (!page.value().hasMore())
                break;
            query.pageToken = page.value().nextPageToken;
        }
        QCOMPARE(seen, counts.value(id));

        Await<NoContent> revoked;
        m_client->deleteIdentitySessions(id, this, revoked.callback());
        QVERIFY(revoked.wait());
        QVERIFY(revoked.result().ok());
        // Kratos answers 404 when there is nothing left: still a success for the caller.
        Await<NoContent> nothingLeft;
        m_client->deleteIdentitySessions(id, this, nothingLeft.callback());
        QVERIFY(nothingLeft.wait());
        QVERIFY(nothingLeft.result().ok());
    }

    void sessionsKeysetPaging()
    {
        SessionListQuery query;
        query.pageSize = 7;
        query.expandIdentity = true;
        QSet<QString> seen;
        for (int guard = 0; guard < 100; ++guard) {
            Await<Page<Session>> page;
            m_client->listSessions(query, this, page.callback());
            QVERIFY(page.wait());
            QVERIFY2(page.result().ok(), qPrintable(page.error().technicalDetails()));
            for (const Session &s : page.value().items) {
                QVERIFY(s.identity);
                QVERIFY(!s.devicesIncluded);
                seen.insert(s.id);
            }
            if (!page.value().hasMore())
                break;
            query.pageToken = page.value().nextPageToken;
        }
        QCOMPARE(seen.size(), qsizetype(m_sim->store().sessions().size()));

        SessionListQuery activeOnly;
        activeOnly.active = true;
        activeOnly.pageSize = 1000;
        Await<Page<Session>> active;
        m_client->listSessions(activeOnly, this, active.callback());
        QVERIFY(active.wait());
        for (const Session &s : active.value().items)
            QVERIFY(s.active);
    }

    void sessionGetExtendRevoke()
    {
        QString id;
        for (const SimSession &s : m_sim->store().sessions()) {
            if (m_sim->store().isActive(s))
                id = s.id;
        }
        QVERIFY(!id.isEmpty());
        Await<Session> got;
        m_client->getSession(id, true, true, this, got.callback());
        QVERIFY(got.wait());
        QCOMPARE(got.value().id, id);
        QVERIFY(got.value().identity);

        Await<std::optional<Session>> extended;
        m_client->extendSession(id, this, extended.callback());
        QVERIFY(extended.wait());
        QVERIFY(extended.result().ok());
        QVERIFY(extended.value().has_value()); // self-hosted default: 200 with the session
        QVERIFY(extended.value()->expiresAt > QDateTime::currentDateTimeUtc().addSecs(23 * 3600));

        m_sim->options().fasterSessionExtend = true;
        Await<std::optional<Session>> fast;
        m_client->extendSession(id, this, fast.callback());
        QVERIFY(fast.wait());
        QVERIFY(fast.result().ok());
        QVERIFY(!fast.value().has_value()); // 204

        Await<NoContent> revoked;
        m_client->revokeSession(id, this, revoked.callback());
        QVERIFY(revoked.wait());
        QVERIFY(revoked.result().ok());
        Await<Session> after;
        m_client->getSession(id, false, false, this, after.callback());
        QVERIFY(after.wait());
        QVERIFY(!after.value().active);
    }

    void courierPagingNeverKeepsBodies()
    {
        m_sim->options().devMode = true; // the server sends real bodies in lists
        CourierMessageQuery query;
        query.pageSize = 7;
        QStringList seen;
        QDateTime previous;
        for (int guard = 0; guard < 50; ++guard) {
            Await<Page<CourierMessage>> page;
            m_client->listCourierMessages(query, this, page.callback());
            QVERIFY(page.wait());
            QVERIFY2(page.result().ok(), qPrintable(page.error().technicalDetails()));
            for (const CourierMessage &m : page.value().items) {
                QVERIFY(!m.bodyIncluded);
                QVERIFY(m.body.isEmpty());
                if (previous.isValid())
                    QVERIFY(m.createdAt <= previous); // newest first
                previous = m.createdAt;
                seen.append(m.id);
            }
            if (!page.value().hasMore())
                break;
            query.pageToken = page.value().nextPageToken;
        }
        QCOMPARE(seen.size(), 60);

        Await<CourierMessage> listedOnly;
        m_client->getCourierMessage(seen.first(), false, this, listedOnly.callback());
        QVERIFY(listedOnly.wait());
        QVERIFY(!listedOnly.value().bodyIncluded);
        Await<CourierMessage> revealed;
        m_client->getCourierMessage(seen.first(), true, this, revealed.callback());
        QVERIFY(revealed.wait());
        QVERIFY(revealed.value().bodyIncluded);
        QCOMPARE(revealed.value().body,
                 m_sim->store().message(seen.first())->json.value(QStringLiteral("body")).toString());
    }

    void courierFiltersAndDispatches()
    {
        CourierMessageQuery query;
        query.status = QStringLiteral("abandoned");
        query.pageSize = 500;
        Await<Page<CourierMessage>> page;
        m_client->listCourierMessages(query, this, page.callback());
        QVERIFY(page.wait());
        QVERIFY(!page.value().items.isEmpty());
        for (const CourierMessage &m : page.value().items) {
            QCOMPARE(m.status, QStringLiteral("abandoned"));
            QVERIFY(m.subjectRedacted());
        }
        const auto sent = requestsTo(QStringLiteral("/admin/courier/messages")).last().query;
        QVERIFY(sent.contains("status=abandoned"));
        QVERIFY(sent.contains("page_size=500"));

        Await<CourierMessage> detail;
        m_client->getCourierMessage(page.value().items.first().id, false, this, detail.callback());
        QVERIFY(detail.wait());
        QVERIFY(!detail.value().dispatches.isEmpty());
        QCOMPARE(detail.value().dispatches.first().status, QStringLiteral("failed"));
        QVERIFY(!detail.value().dispatches.first().errorText().isEmpty());

        CourierMessageQuery byRecipient;
        byRecipient.recipient = page.value().items.first().recipient;
        Await<Page<CourierMessage>> mine;
        m_client->listCourierMessages(byRecipient, this, mine.callback());
        QVERIFY(mine.wait());
        QVERIFY(!mine.value().items.isEmpty());
        for (const CourierMessage &m : mine.value().items)
            QCOMPARE(m.recipient, byRecipient.recipient);
    }

    void courierExpiredToken()
    {
        CourierMessageQuery query;
        query.pageSize = 5;
        Await<Page<CourierMessage>> first;
        m_client->listCourierMessages(query, this, first.callback());
        QVERIFY(first.wait());
        QVERIFY(first.value().hasMore());
        m_sim->store().advanceClock(3601);
        query.pageToken = first.value().nextPageToken;
        Await<Page<CourierMessage>> stale;
        m_client->listCourierMessages(query, this, stale.callback());
        QVERIFY(stale.wait());
        QCOMPARE(stale.error().httpStatus(), 400);
        QCOMPARE(stale.error().message(), QStringLiteral("page token expired, do not persist page tokens"));
    }

    void schemasThroughAdminRedirect()
    {
        Await<Page<IdentitySchema>> page;
        m_client->listIdentitySchemas(250, QString(), this, page.callback());
        QVERIFY(page.wait());
        QVERIFY2(page.result().ok(), qPrintable(page.error().technicalDetails()));
        QCOMPARE(page.value().items.size(), 3);
        QCOMPARE(page.value().totalCount.value_or(-1), 3);
        QVERIFY(!page.value().hasMore());
        QCOMPARE(page.value().items.first().id, QStringLiteral("default"));
        QCOMPARE(page.value().items.at(1).keyOrder.value(QStringLiteral("/properties/traits/properties")),
                 (QStringList{QStringLiteral("phone"), QStringLiteral("username"), QStringLiteral("display_name")}));
        bool publicHit = false;
        for (const auto &r : m_sim->requests())
            publicHit = publicHit || (r.publicListener && r.path == QLatin1String("/schemas"));
        QVERIFY(publicHit);

        Await<IdentitySchema> schema;
        m_client->getIdentitySchema(QStringLiteral("organisation"), this, schema.callback());
        QVERIFY(schema.wait());
        QVERIFY(schema.result().ok());
        QCOMPARE(schema.value().id, QStringLiteral("organisation"));
        QVERIFY(
            schema.value().schema.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("traits")));
        // The order the server writes the traits in survives, for the form and the tree.
        QCOMPARE(schema.value().keyOrder.value(QStringLiteral("/properties/traits/properties/profile/properties")),
                 (QStringList{QStringLiteral("department"), QStringLiteral("roles"), QStringLiteral("employee_number"),
                              QStringLiteral("start_date"), QStringLiteral("phones")}));

        Await<IdentitySchema> missing;
        m_client->getIdentitySchema(QStringLiteral("nope"), this, missing.callback());
        QVERIFY(missing.wait());
        QCOMPARE(missing.error().httpStatus(), 404);
        QVERIFY(missing.error().reason().contains(QStringLiteral("could not be found")));
    }

    void schemasFromPublicUrl()
    {
        ConnectionSettings s = settings();
        s.publicUrl = m_sim->publicUrl();
        m_client->setConnection(s);
        m_sim->clearRequests();
        Await<Page<IdentitySchema>> page;
        m_client->listIdentitySchemas(1, QString(), this, page.callback());
        QVERIFY(page.wait());
        QCOMPARE(page.value().items.size(), 1);
        QVERIFY(page.value().hasMore());
        int fetched = 1;
        QString token = page.value().nextPageToken;
        while (!token.isEmpty() && fetched < 10) {
            Await<Page<IdentitySchema>> next;
            m_client->listIdentitySchemas(1, token, this, next.callback());
            QVERIFY(next.wait());
            fetched += int(next.value().items.size());
            token = next.value().nextPageToken;
        }
        QCOMPARE(fetched, 3);
        for (const auto &r : m_sim->requests())
            QVERIFY(r.publicListener); // straight to the public URL, no admin round trip
    }

    // Requests the v26.2.0 API document rejects, pinned without the document: GET /schemas and
    // the identity's sessions ask for at most 500, PUT always carries `state`, `expires_in` has
    // one unit.
    void exactRequests()
    {
        const QString id = firstWithEmail();
        m_sim->clearRequests();
        Await<Page<IdentitySchema>> schemas;
        m_client->listIdentitySchemas(1000, QString(), this, schemas.callback());
        QVERIFY(schemas.wait());
        Await<Page<Session>> sessions;
        SessionListQuery many;
        many.pageSize = 1000;
        m_client->listIdentitySessions(id, many, this, sessions.callback());
        QVERIFY(sessions.wait());
        int schemaRequests = 0;
        for (const auto &r : m_sim->requests()) {
            if (r.path.endsWith(QLatin1String("/schemas"))) {
                ++schemaRequests;
                QVERIFY2(r.query.contains("page_size=500"), r.query.constData());
            }
        }
        QVERIFY(schemaRequests > 0);
        const auto sessionRequests =
            requestsTo(QStringLiteral("/admin/identities/") + id + QStringLiteral("/sessions"));
        QCOMPARE(sessionRequests.size(), 1);
        QVERIFY2(sessionRequests.first().query.contains("page_size=500"), sessionRequests.first().query.constData());

        Await<Identity> current;
        m_client->getIdentity(id, {}, this, current.callback());
        QVERIFY(current.wait());
        IdentityUpdate update = IdentityUpdate::fromIdentity(current.value());
        update.state.clear();
        m_sim->clearRequests();
        Await<Identity> updated;
        m_client->updateIdentity(id, update, this, updated.callback());
        QVERIFY(updated.wait());
        const auto puts = requestsTo(QStringLiteral("/admin/identities/") + id);
        QCOMPARE(puts.size(), 1);
        QCOMPARE(puts.first().method, QStringLiteral("PUT"));
        QVERIFY(QJsonDocument::fromJson(puts.first().body).object().value(QStringLiteral("state")).isString());
    }

    // Once a token is loaded no core file may be written (Linux: not dumpable, core limit 0).
    void tokenMakesTheProcessNonDumpable()
    {
#ifdef Q_OS_LINUX
        // No other test of this executable loads a token: the process starts dumpable.
        QVERIFY(CoreDumpGuard::dumpable());
        m_client->setConnection(settings()); // a connection without a token changes nothing
        QVERIFY(CoreDumpGuard::dumpable());
        ConnectionSettings s = settings();
        s.token = QStringLiteral("ory_pat_marker_dump");
        m_client->setConnection(s);
        QVERIFY(!CoreDumpGuard::dumpable());
        rlimit core{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
#else
        QSKIP("core dump protection is Linux-only");
#endif
    }

    void recoveryDurationInOneUnit_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::newRow("hours and minutes") << QStringLiteral("1h30m") << QStringLiteral("90m");
        QTest::newRow("whole hours") << QStringLiteral("2h") << QStringLiteral("2h");
        QTest::newRow("minutes that make hours") << QStringLiteral("120m") << QStringLiteral("2h");
        QTest::newRow("minutes and seconds") << QStringLiteral("1m30s") << QStringLiteral("90s");
        QTest::newRow("zero minutes") << QStringLiteral("1h0m") << QStringLiteral("1h");
        QTest::newRow("milliseconds") << QStringLiteral("1s500ms") << QStringLiteral("1500ms");
        QTest::newRow("not a duration, for the server to refuse") << QStringLiteral("soon") << QStringLiteral("soon");
    }

    void recoveryDurationInOneUnit()
    {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        m_sim->clearRequests();
        Await<RecoveryLink> link;
        m_client->createRecoveryLink(firstWithEmail(), typed, QString(), this, link.callback());
        QVERIFY(link.wait());
        const auto posts = requestsTo(QStringLiteral("/admin/recovery/link"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(posts.first().body).object().value(QStringLiteral("expires_in")).toString(),
                 sent);
    }

    // Kratos answers one result per patch; a short or reordered answer keeps what matches.
    void batchAnswerMatching_data()
    {
        QTest::addColumn<QByteArray>("answer");  // the `identities` array; P0..P2 stand for the patch ids
        QTest::addColumn<QList<int>>("created"); // per identity sent: 1 created, 0 error, -1 no result
        QTest::newRow("in order") << QByteArray(R"([{"action":"create","identity":"a","patch_id":"P0"},
            {"action":"error","error":{"code":409},"patch_id":"P1"},{"action":"create","identity":"c","patch_id":"P2"}])")
                                  << QList<int>{1, 0, 1};
        QTest::newRow("reordered") << QByteArray(R"([{"action":"create","identity":"c","patch_id":"P2"},
            {"action":"create","identity":"a","patch_id":"P0"},{"action":"error","error":{"code":400},"patch_id":"P1"}])")
                                   << QList<int>{1, 0, 1};
        QTest::newRow("one missing") << QByteArray(R"([{"action":"create","identity":"a","patch_id":"P0"},
            {"action":"create","identity":"c","patch_id":"P2"}])")
                                     << QList<int>{1, -1, 1};
        QTest::newRow("no patch ids, same count") << QByteArray(R"([{"action":"create","identity":"a"},
            {"action":"error","error":{"code":409}},{"action":"create","identity":"c"}])")
                                                  << QList<int>{1, 0, 1};
        QTest::newRow("no patch ids, short")
            << QByteArray(R"([{"action":"create","identity":"a"}])") << QList<int>{-1, -1, -1};
        QTest::newRow("too many") << QByteArray(R"([{"action":"create","identity":"a","patch_id":"P0"},
            {"action":"create","identity":"x","patch_id":"other"},{"action":"create","identity":"b","patch_id":"P1"},
            {"action":"create","identity":"c","patch_id":"P2"}])")
                                  << QList<int>{1, 1, 1};
    }

    void batchAnswerMatching()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QList<int>, created);
        const QStringList ids{QStringLiteral("4d7c5d36-0000-4000-8000-000000000000"),
                              QStringLiteral("4d7c5d36-0000-4000-8000-000000000001"),
                              QStringLiteral("4d7c5d36-0000-4000-8000-000000000002")};
        answer.replace("P0", ids.at(0).toLatin1())
            .replace("P1", ids.at(1).toLatin1())
            .replace("P2", ids.at(2).toLatin1());
        const QList<IdentityBatchResult> results =
            IdentityBatchResult::matchAnswer(ids, QJsonDocument::fromJson(answer).array());
        QCOMPARE(results.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QCOMPARE(results.at(i).created, created.at(i) == 1);
            if (created.at(i) == -1)
                QVERIFY2(results.at(i).error.technicalDetails().contains(QStringLiteral("no result")),
                         qPrintable(results.at(i).error.technicalDetails()));
            if (created.at(i) == 0)
                QVERIFY(results.at(i).error.httpStatus() >= 400);
        }
        if (created == QList<int>{1, 0, 1})
            QCOMPARE(results.at(2).identityId, QStringLiteral("c"));
    }

    void recovery()
    {
        const QString id = firstWithEmail();
        Await<RecoveryLink> link;
        m_client->createRecoveryLink(id, QStringLiteral("1h30m"), QString(), this, link.callback());
        QVERIFY(link.wait());
        QVERIFY2(link.result().ok(), qPrintable(link.error().technicalDetails()));
        QVERIFY(link.value().link.contains(QStringLiteral("/self-service/recovery")));
        QVERIFY(link.value().expiresAt > QDateTime::currentDateTimeUtc().addSecs(85 * 60));

        Await<RecoveryCode> code;
        m_client->createRecoveryCode(id, QStringLiteral("15m"), QStringLiteral("api"), this, code.callback());
        QVERIFY(code.wait());
        QVERIFY(code.result().ok());
        QCOMPARE(code.value().code.size(), 6);

        const QString unknown = QStringLiteral("7c7e3a3e-0000-4000-8000-000000000000");
        Await<RecoveryLink> badLink;
        m_client->createRecoveryLink(unknown, QString(), QString(), this, badLink.callback());
        QVERIFY(badLink.wait());
        QCOMPARE(badLink.error().httpStatus(), 400); // Kratos: 400 for links...
        Await<RecoveryCode> badCode;
        m_client->createRecoveryCode(unknown, QString(), QString(), this, badCode.callback());
        QVERIFY(badCode.wait());
        QCOMPARE(badCode.error().httpStatus(), 404); // ...and 404 for codes
        Await<RecoveryLink> badDuration;
        m_client->createRecoveryLink(id, QStringLiteral("soon"), QString(), this, badDuration.callback());
        QVERIFY(badDuration.wait());
        QCOMPARE(badDuration.error().httpStatus(), 400);
    }
};

QTEST_GUILESS_MAIN(tst_KratosClient)
#include "tst_kratosclient.moc"
