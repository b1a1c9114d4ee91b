// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SimRequest.h"
#include "SimResponse.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

class QJsonObject;
class SimStore;
struct SimOptions;

// The admin API's /courier/messages routes: the queue with Kratos's signed, expiring page tokens,
// and one message with its dispatches; bodies and subjects redacted unless in dev mode.
class SimCourierRoutes
{
public:
    SimCourierRoutes(SimStore &store, const SimOptions &options, const QByteArray &courierSecret);

    SimResponse listMessages(const SimRequest &r);
    SimResponse messageById(const QString &id);

private:
    QJsonObject redactedMessage(const QJsonObject &message) const;
    SimStore &m_store;
    const SimOptions &m_options;
    const QByteArray m_courierSecret;
};
