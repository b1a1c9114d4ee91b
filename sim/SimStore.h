// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimCourierQueue.h"
#include "SimIdentity.h"
#include "SimIdentityIndex.h"
#include "SimSchemaRules.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

// One session, kept small: its authentication methods and devices are not stored but derived
// from `seed` and the two flags when it is rendered, so half a million sessions fit in a few
// tens of megabytes.
struct SimSession
{
    QString id;
    QString identityId;
    QDateTime createdAt;
    QDateTime authenticatedAt;
    QDateTime expiresAt;
    quint32 seed = 0;          // picks the devices (how many, address, user agent, location)
    bool codeLogin = false;    // the first factor was a one-time code rather than a password
    bool secondFactor = false; // TOTP completed 20 s later: aal2
    bool revoked = false;
    // The organisation whose single sign-on the first factor went through: 1-based into
    // SimSeeder::organisationIds(), 0 for none.
    quint8 organisation = 0;

    QString aal() const { return secondFactor ? QStringLiteral("aal2") : QStringLiteral("aal1"); }
};

struct SimSchema
{
    QString id;
    QJsonObject document;
    QByteArray source; // served as written: Kratos keeps the file's key order
    std::shared_ptr<SimSchemaRules> rules;
};

// The simulator's state and Kratos's rules for changing it. HTTP concerns (parameters, paging,
// status codes of routing) live in SimApi; this class answers with an Outcome.
class SimStore
{
public:
    struct Outcome
    {
        int status = 200;
        QString message;
        QString reason;
        QString errorId;
        QString id; // the identity the call created or changed

        bool ok() const { return status < 400; }
        static Outcome fail(int status, const QString &message, const QString &reason = {});
    };

    SimStore();

    QDateTime now() const;
    void advanceClock(qint64 seconds);
    void setPublicBaseUrl(const QUrl &url) { m_publicBase = url; }
    QUrl publicBaseUrl() const { return m_publicBase; }

    // Schemas, in configuration order.
    // `source` is the schema's text as written; without it, the document is served compacted.
    bool addSchema(const QString &id, const QJsonObject &document, QString *error, const QByteArray &source = {});
    const SimSchema *schema(const QString &id) const;
    const QList<SimSchema> &schemas() const { return m_schemas; }

    // Identities, ordered by id as Kratos's keyset pagination is.
    const QMap<QString, SimIdentity> &identities() const { return m_identities; }
    const SimIdentity *identity(const QString &id) const;
    QString identityByIdentifier(const QString &identifier) const;
    QStringList identitiesWithIdentifierPrefix(const QString &prefix) const;
    QString identityByExternalId(const QString &externalId) const;
    QJsonObject renderIdentity(const SimIdentity &identity, bool withCredentials,
                               const QStringList &includeConfig) const;
    // The same from an identity's parsed JSON and credentials (each stored text parsed once).
    static QJsonObject renderIdentity(QJsonObject json, const QJsonObject &credentials, bool withCredentials,
                                      const QStringList &includeConfig);

    Outcome createIdentity(const QJsonObject &body, const QString &forcedId = {});
    // What makes an identity unique: the lower-cased identifiers of its credentials, its external id.
    using Keys = SimIdentityIndex::Keys;
    struct Seeded
    {
        QString id;
        SimIdentity identity; // in its stored form already
        Keys keys;
    };
    // The seeder's way in: identities into an empty store, sorted once and appended, which takes
    // seconds for a million where one tree insert each takes most of a minute. An identity whose
    // id, identifier or external id repeats an earlier one's is left out. Returns how many were.
    int insertSeeded(std::vector<Seeded> identities);
    // Where the public API serves a schema: what an identity's schema_url says.
    QString schemaUrl(const QString &schemaId) const;
    Outcome updateIdentity(const QString &id, const QJsonObject &body);
    Outcome patchIdentity(const QString &id, const QJsonArray &ops);
    bool deleteIdentity(const QString &id);
    Outcome deleteCredential(const QString &id, const QString &type, const QString &identifier);
    // Tests' hook: replaces what an identity stores without Kratos's rules, re-indexing it.
    void overwriteIdentity(const QString &id, const QJsonObject &json, const QJsonObject &credentials);

    // Sessions, newest first.
    const std::vector<SimSession> &sessions() const { return m_sessions; }
    void addSession(const SimSession &session);
    // Bulk loading: append without keeping the order, then sortSessions() once.
    void appendSession(const SimSession &session) { m_sessions.push_back(session); }
    void sortSessions();
    SimSession *session(const QString &id);
    // The position of the first session after (createdAt, id) in the newest-first order.
    std::size_t sessionsAfter(const QDateTime &createdAt, const QString &id) const;
    int deleteSessionsOf(const QString &identityId);
    bool isActive(const SimSession &s) const;
    QJsonObject renderSession(const SimSession &s, bool expandIdentity, bool expandDevices) const;
    static constexpr qint64 sessionLifespanSecs = 24 * 3600;

    // Courier messages, newest first.
    const std::vector<SimMessage> &messages() const { return m_courier.messages(); }
    void addMessage(const SimMessage &message); // append in newest-first order, or sorts
    void sortMessages();
    const SimMessage *message(const QString &id) const;
    qsizetype messageIndex(const QString &id) const;
    // What a self-service flow's sender queues: a new `queued` message, newest of all.
    QString queueMessage(const QString &recipient, const QString &channel, const QString &templateType,
                         const QString &subject, const QString &body);
    // One pass of the courier worker over the messages queued since start: delivered, or failed
    // (recipients at `bouncingDomain`), abandoned after `retries` failed attempts. Returns how many changed.
    int runCourier(const QString &bouncingDomain, int retries);
    // Hands the seeded `queued` messages to the courier worker, as a running courier would take them.
    void queueSeededForWorker();

    // Public-flow lookups (PUBLIC-FLOWS.md §2, §3): the stored value of the e-mail address that
    // matches `value` exactly or lower-cased, empty when none does. Verification sets its status to `sent`.
    QString markVerificationSent(const QString &value);
    QString recoveryAddressValue(const QString &value) const;

    bool ready = true;

    static QString formatTime(const QDateTime &t);
    static QString newUuid();

private:
    Outcome buildIdentity(const QJsonObject &body, QJsonObject *json, QJsonObject *credentials,
                          const QJsonObject *previous);
    Outcome checkConflicts(const Keys &keys, const QString &selfId) const;
    Outcome replace(QMap<QString, SimIdentity>::iterator it, const QJsonObject &doc, const QJsonObject &previous,
                    const QJsonObject &previousCredentials);

    QList<SimSchema> m_schemas;
    QMap<QString, SimIdentity> m_identities;
    SimIdentityIndex m_index; // keyed with m_identities' own key texts
    std::vector<SimSession> m_sessions;
    SimCourierQueue m_courier;
    qint64 m_clockOffsetSecs = 0;
    QUrl m_publicBase;
};
