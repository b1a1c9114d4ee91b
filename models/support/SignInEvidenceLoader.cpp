// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignInEvidenceLoader.h"

#include "KratosClient.h"
#include "PublicFlowClient.h"
#include "SchemaCatalog.h"

#include <QTimer>

#include <algorithm>

SignInEvidenceLoader::SignInEvidenceLoader(KratosClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void SignInEvidenceLoader::cancel()
{
    ++m_generation;
    m_pending = 0;
}

void SignInEvidenceLoader::load(const Identity &identity)
{
    const quint64 generation = ++m_generation;
    m_evidence = SignInEvidence();
    m_evidence.identity = identity;
    m_messages.clear();
    m_messageProblems.clear();
    m_pending = 5; // sessions, messages with their dispatches, login flow, schema, and this call
    loadSessions(generation);
    loadMessages(generation);
    loadLogin(generation);
    loadSchema(generation);
    partDone(generation); // the dispatches follow the messages; this counts the load itself
}

void SignInEvidenceLoader::partDone(quint64 generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    m_evidence.now = QDateTime::currentDateTimeUtc();
    Q_EMIT loaded(m_evidence);
}

void SignInEvidenceLoader::loadSessions(quint64 generation)
{
    SessionListQuery query;
    query.pageSize = 500;
    m_client->listIdentitySessions(m_evidence.identity.id, query, this,
                                   [this, generation](const ApiResult<Page<Session>> &result) {
                                       if (generation != m_generation)
                                           return;
                                       if (result.ok())
                                           m_evidence.sessions = result.value().items;
                                       else
                                           m_evidence.sessionsProblem = result.error().userMessage();
                                       partDone(generation);
                                   });
}

void SignInEvidenceLoader::loadMessages(quint64 generation)
{
    QStringList addresses;
    for (const VerifiableAddress &a : m_evidence.identity.verifiableAddresses)
        addresses.append(a.value);
    for (const RecoveryAddress &a : m_evidence.identity.recoveryAddresses) {
        if (!addresses.contains(a.value, Qt::CaseInsensitive))
            addresses.append(a.value);
    }
    m_addressesLeft = int(addresses.size());
    if (addresses.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation]() {
            if (generation == m_generation)
                loadDispatches(generation);
        });
        return;
    }
    for (const QString &address : std::as_const(addresses)) {
        CourierMessageQuery query;
        query.pageSize = kMessagesPerAddress;
        query.recipient = address;
        m_client->listCourierMessages(query, this, [this, generation](const ApiResult<Page<CourierMessage>> &result) {
            if (generation != m_generation)
                return;
            if (result.ok())
                m_messages += result.value().items;
            else
                m_messageProblems.append(result.error().userMessage());
            if (--m_addressesLeft == 0)
                loadDispatches(generation);
        });
    }
}

// The list leaves out the dispatches; the failing messages are read one by one for their errors.
void SignInEvidenceLoader::loadDispatches(quint64 generation)
{
    std::sort(m_messages.begin(), m_messages.end(),
              [](const CourierMessage &a, const CourierMessage &b) { return a.createdAt > b.createdAt; });
    if (!m_messageProblems.isEmpty())
        m_evidence.messagesProblem = m_messageProblems.first();
    else if (!m_evidence.identity.verifiableAddresses.isEmpty() || !m_evidence.identity.recoveryAddresses.isEmpty())
        m_evidence.messages = m_messages;
    QList<int> failing;
    for (int i = 0; i < m_messages.size() && failing.size() < kDispatchLookups; ++i) {
        const CourierMessage &m = m_messages.at(i);
        if (m.status == QLatin1String("abandoned") || (m.status != QLatin1String("sent") && m.sendCount > 0))
            failing.append(i);
    }
    if (failing.isEmpty() || !m_evidence.messages) {
        partDone(generation);
        return;
    }
    auto left = std::make_shared<int>(int(failing.size()));
    for (int index : std::as_const(failing)) {
        const QString id = m_messages.at(index).id;
        m_client->getCourierMessage(id, false, this,
                                    [this, generation, id, left](const ApiResult<CourierMessage> &result) {
                                        if (generation != m_generation)
                                            return;
                                        if (result.ok() && m_evidence.messages) {
                                            for (CourierMessage &m : *m_evidence.messages) {
                                                if (m.id == id)
                                                    m.dispatches = result.value().dispatches;
                                            }
                                        }
                                        if (--*left == 0)
                                            partDone(generation);
                                    });
    }
}

void SignInEvidenceLoader::loadLogin(quint64 generation)
{
    PublicFlowClient *flows = m_client->publicFlows();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_login && m_loginUrl == flows->publicUrl() && m_loginReadAt.secsTo(now) < kLoginFlowCacheSecs) {
        m_evidence.login = m_login;
        QTimer::singleShot(0, this, [this, generation]() { partDone(generation); });
        return;
    }
    const QUrl url = flows->publicUrl();
    flows->initFlow(PublicFlowClient::Flow::Login, this,
                    [this, generation, url](const ApiResult<SelfServiceFlow> &result) {
                        if (generation != m_generation)
                            return;
                        if (result.ok()) {
                            m_login = result.value();
                            m_loginUrl = url;
                            m_loginReadAt = QDateTime::currentDateTimeUtc();
                            m_evidence.login = m_login;
                        } else {
                            m_evidence.loginProblem = result.error().userMessage();
                        }
                        partDone(generation);
                    });
}

void SignInEvidenceLoader::loadSchema(quint64 generation)
{
    const QString schemaId = m_evidence.identity.schemaId;
    if (schemaId.isEmpty()) {
        m_evidence.schemaProblem = tr("The identity names no schema.");
        QTimer::singleShot(0, this, [this, generation]() { partDone(generation); });
        return;
    }
    m_client->getIdentitySchema(schemaId, this, [this, generation](const ApiResult<IdentitySchema> &result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            applySchema(result.value());
        else
            m_evidence.schemaProblem = tr("The schema could not be read: %1").arg(result.error().userMessage());
        partDone(generation);
    });
}

void SignInEvidenceLoader::applySchema(const IdentitySchema &schema)
{
    SchemaValidator validator;
    QString problem;
    if (!validator.setSchema(schema.schema, &problem)) {
        m_evidence.schemaProblem = tr("The schema cannot be checked: %1").arg(problem);
        return;
    }
    SchemaCatalog catalog;
    catalog.setSchemas({schema});
    m_evidence.schemaKnown = true;
    m_evidence.identifierPaths = catalog.identifierPaths(schema.id);
    m_evidence.traitProblems = validator.validateTraits(m_evidence.identity.traits);
}
