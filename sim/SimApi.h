// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimFlows.h"
#include "SimOptions.h"
#include "SimResponse.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

class SimStore;

// One request as SimApi sees it: the query is decoded as Go decodes it ("+" is a space).
struct SimRequest
{
    QString method;
    QString path;
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool publicListener = false;

    QString param(const QString &key) const;
    QStringList params(const QString &key) const;
    bool has(const QString &key) const;
    QByteArray header(const QByteArray &name) const;
    static QList<QPair<QString, QString>> parseQuery(const QByteArray &encoded);
};

// Kratos's admin (and public schema) routes with Kratos's behaviour, over a SimStore.
class SimApi
{
public:
    SimApi(SimStore &store, const SimOptions &options);

    void setBaseUrls(const QUrl &admin, const QUrl &publicUrl);
    SimResponse handle(const SimRequest &request);
    QByteArray courierSecret() const { return m_courierSecret; }
    SimFlows &flows() { return m_flows; }

private:
    SimResponse routeAdmin(const SimRequest &r, const QStringList &parts);
    SimResponse routePublic(const SimRequest &r, const QStringList &parts);
    SimResponse listIdentities(const SimRequest &r);
    SimResponse identityById(const SimRequest &r, const QString &id);
    SimResponse createIdentity(const SimRequest &r);
    SimResponse batchIdentities(const SimRequest &r);
    SimResponse identitySessions(const SimRequest &r, const QString &id);
    SimResponse deleteIdentitySessions(const QString &id);
    SimResponse deleteCredential(const SimRequest &r, const QString &id, const QString &type);
    SimResponse listSessions(const SimRequest &r);
    SimResponse sessionById(const SimRequest &r, const QString &id);
    SimResponse extendSession(const QString &id);
    SimResponse listMessages(const SimRequest &r);
    SimResponse messageById(const QString &id);
    SimResponse listSchemas(const SimRequest &r);
    SimResponse schemaById(const QString &id);
    SimResponse recoveryLink(const SimRequest &r);
    SimResponse recoveryCode(const SimRequest &r);
    SimResponse ready();
    SimResponse redirectToPublic(const SimRequest &r);

    QByteArray keysetLink(const SimRequest &r, int pageSize, const QString &firstToken, const QString &nextToken) const;
    QByteArray offsetLink(const SimRequest &r, qint64 total, qint64 offset, int size, bool legacyOnly) const;
    QJsonObject redactedMessage(const QJsonObject &message) const;

    SimStore &m_store;
    const SimOptions &m_options;
    QUrl m_adminBase;
    QUrl m_publicBase;
    QByteArray m_courierSecret;
    SimFlows m_flows;
};
