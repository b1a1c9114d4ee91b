// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimRecoveryRoutes.h"

#include "SimHttp.h"
#include "SimOptions.h"
#include "SimPageToken.h"
#include "SimStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace SimHttp;

SimRecoveryRoutes::SimRecoveryRoutes(SimStore &store, const QUrl &publicBase)
    : m_store(store)
    , m_publicBase(publicBase)
{}

SimResponse SimRecoveryRoutes::recoveryLink(const SimRequest &r)
{
    QJsonDocument doc;
    SimResponse error;
    if (!parseBody(r, &doc, &error))
        return error;
    const QJsonObject body = doc.object();
    const QString identityId = body.value(s("identity_id")).toString();
    if (!isUuid(identityId) || !m_store.identity(identityId.toLower()))
        return SimResponse::error(400, kMalformed, s("The requested identity id does not exist."));
    qint64 lifespanMs = 3600 * 1000;
    if (body.contains(s("expires_in")) && !parseDuration(body.value(s("expires_in")).toString(), &lifespanMs))
        return SimResponse::error(400, kMalformed,
                                  QStringLiteral("Unable to parse \"expires_in\": time: invalid duration \"%1\"")
                                      .arg(body.value(s("expires_in")).toString()));
    QUrl link = m_publicBase;
    link.setPath(s("/self-service/recovery"));
    QUrlQuery q;
    q.addQueryItem(s("flow"), SimStore::newUuid());
    q.addQueryItem(
        s("token"),
        QString::fromLatin1(
            QCryptographicHash::hash(SimStore::newUuid().toLatin1(), QCryptographicHash::Sha256).toHex().left(32)));
    link.setQuery(q);
    return SimResponse::json(200,
                             QJsonObject{{s("recovery_link"), link.toString()},
                                         {s("expires_at"), SimStore::formatTime(m_store.now().addMSecs(lifespanMs))}});
}

SimResponse SimRecoveryRoutes::recoveryCode(const SimRequest &r)
{
    QJsonDocument doc;
    SimResponse error;
    if (!parseBody(r, &doc, &error))
        return error;
    const QJsonObject body = doc.object();
    const QString identityId = body.value(s("identity_id")).toString();
    const QString flowType = body.value(s("flow_type")).toString(s("browser"));
    if (flowType != QLatin1String("browser") && flowType != QLatin1String("api"))
        return SimResponse::error(400, kMalformed,
                                  QStringLiteral("flow_type must be \"browser\" or \"api\", got \"%1\"").arg(flowType));
    qint64 lifespanMs = 3600 * 1000;
    if (body.contains(s("expires_in")) && !parseDuration(body.value(s("expires_in")).toString(), &lifespanMs))
        return SimResponse::error(400, kMalformed,
                                  QStringLiteral("Unable to parse \"expires_in\": time: invalid duration \"%1\"")
                                      .arg(body.value(s("expires_in")).toString()));
    if (!isUuid(identityId) || !m_store.identity(identityId.toLower()))
        return SimResponse::error(404, kNotFound, s("could not find identity"));
    QUrl link = m_publicBase;
    link.setPath(s("/self-service/recovery"));
    link.setQuery(QStringLiteral("flow=") + SimStore::newUuid());
    const QString code =
        QStringLiteral("%1").arg(QCryptographicHash::hash(SimStore::newUuid().toLatin1(), QCryptographicHash::Sha256)
                                         .toHex()
                                         .left(5)
                                         .toUInt(nullptr, 16) %
                                     1000000,
                                 6, 10, QLatin1Char('0'));
    return SimResponse::json(201,
                             QJsonObject{{s("recovery_link"), link.toString()},
                                         {s("recovery_code"), code},
                                         {s("expires_at"), SimStore::formatTime(m_store.now().addMSecs(lifespanMs))}});
}
