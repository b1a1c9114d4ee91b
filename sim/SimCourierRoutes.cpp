// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimCourierRoutes.h"

#include "SimHttp.h"
#include "SimOptions.h"
#include "SimPageToken.h"
#include "SimStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace SimHttp;

SimCourierRoutes::SimCourierRoutes(SimStore &store, const SimOptions &options, const QByteArray &courierSecret)
    : m_store(store)
    , m_options(options)
    , m_courierSecret(courierSecret)
{}

QJsonObject SimCourierRoutes::redactedMessage(const QJsonObject &message) const
{
    if (m_options.devMode)
        return message;
    QJsonObject out = message;
    out.insert(s("body"), s("<redacted-unless-dev-mode>"));
    out.insert(s("subject"), s("<redacted-unless-dev-mode>"));
    return out;
}

SimResponse SimCourierRoutes::listMessages(const SimRequest &r)
{
    int size = 0;
    if (!pageSize(r, s("page_size"), 10, 500, &size))
        return SimResponse::error(400, kMalformed, s("could not parse parameter page_size"));
    const QString status = r.param(s("status"));
    static const QStringList statuses{s("queued"), s("sent"), s("processing"), s("abandoned")};
    if (r.has(s("status")) && !statuses.contains(status))
        return SimResponse::error(400, kMalformed, s("Message status is not valid"));
    const QString recipient = r.param(s("recipient"));
    const qint64 nowMs = m_store.now().toMSecsSinceEpoch();

    SimPageToken::CourierPosition pos{std::numeric_limits<qint64>::max(), QString(), nowMs};
    if (r.has(s("page_token"))) {
        switch (SimPageToken::decodeCourier(r.param(s("page_token")), m_courierSecret, nowMs, &pos)) {
        case SimPageToken::CourierCheck::Invalid:
            return SimResponse::error(400, s("invalid pagination token"));
        case SimPageToken::CourierCheck::Expired:
            return SimResponse::error(400, s("page token expired, do not persist page tokens"));
        case SimPageToken::CourierCheck::Ok:
            break;
        }
    }
    const auto &all = m_store.messages();
    auto start = std::partition_point(all.cbegin(), all.cend(), [&pos](const SimMessage &m) {
        return m.createdMs > pos.createdAtMs || (m.createdMs == pos.createdAtMs && m.id >= pos.id);
    });
    QJsonArray items;
    const SimMessage *last = nullptr;
    bool more = false;
    for (auto it = start; it != all.cend(); ++it) {
        if (!status.isEmpty() && it->json.value(s("status")).toString() != status)
            continue;
        if (!recipient.isEmpty() && it->json.value(s("recipient")).toString() != recipient)
            continue;
        if (items.size() == size) {
            more = true;
            break;
        }
        items.append(redactedMessage(it->json));
        last = &*it;
    }
    const QString first =
        SimPageToken::encodeCourier({std::numeric_limits<qint64>::max(), QString(), nowMs}, m_courierSecret);
    const QString next =
        more ? SimPageToken::encodeCourier({last->createdMs, last->id, nowMs}, m_courierSecret) : QString();
    SimResponse out = SimResponse::json(200, items);
    out.setHeader("Link", keysetLink(r, size, first, next));
    return out;
}

SimResponse SimCourierRoutes::messageById(const QString &id)
{
    if (!isUuid(id))
        return SimResponse::error(400, kMalformed, s("Invalid UUID value for parameter `id`."));
    const SimMessage *message = m_store.message(id.toLower());
    if (!message)
        return SimResponse::error(404, kNotFound);
    QJsonObject body = redactedMessage(message->json);
    body.insert(s("dispatches"), message->dispatches);
    return SimResponse::json(200, body);
}
