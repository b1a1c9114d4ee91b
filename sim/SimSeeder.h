// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimStore.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

class SimJsonWriter;

// Fills a SimStore with deterministic demo data: the same seed gives the same identities,
// sessions and courier messages (ids, traits, states), only timestamps follow the clock.
class SimSeeder
{
public:
    SimSeeder(SimStore &store, quint32 seed);

    // Loads the built-in schemas, or every *.schema.json of `dir` when it is not empty.
    bool loadSchemas(const QString &dir, QString *error);
    void seedIdentities(int count);
    // `stuckCourier`: queued messages waited for up to 30 days; otherwise for under 90 seconds.
    void seedMessages(int count, bool stuckCourier = false);

    static const QStringList &organisationIds();

private:
    QString uuid();
    int pick(int bound) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(bound))); }
    bool chance(int percent) { return pick(100) < percent; }
    void seedSessions(const QString &identityId, bool hasTotp, int organisation);
    QJsonObject traitsFor(const QString &schemaId, int index, QString *first, QString *last);
    // The parts of one seeded identity, drawing from the generator in a fixed order (the same seed
    // gives the same data).
    QJsonValue randomMetadataPublic();
    QJsonObject randomMetadataAdmin(int index);
    void writeAddresses(SimJsonWriter &json, const SimSchema &schema, const QJsonObject &traits,
                        const QString &createdText, const QString &updatedText);
    // Credentials of several types; password and code identifiers follow the traits and go into `keys`.
    QByteArray credentialsFor(const SimSchema &schema, const QJsonObject &traits, int index, int organisation,
                              const QString &createdText, SimStore::Keys *keys, bool *totp);

    SimStore &m_store;
    QRandomGenerator m_rng;
    QString m_now; // when the seeding ran: the code credentials' creation time
};
