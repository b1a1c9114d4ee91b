// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimSchemaRoutes.h"

#include "SimHttp.h"
#include "SimOptions.h"
#include "SimPageToken.h"
#include "SimStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace SimHttp;

SimSchemaRoutes::SimSchemaRoutes(SimStore &store)
    : m_store(store)
{}

SimResponse SimSchemaRoutes::listSchemas(const SimRequest &r)
{
    const auto &schemas = m_store.schemas();
    const int size = r.has(s("page_token")) || r.has(s("page_size")) ? lenientSize(r, s("page_size"), 250, 1000)
                                                                     : lenientSize(r, s("per_page"), 250, 1000);
    const qint64 offset = r.has(s("page_token")) ? SimPageToken::decodeOffset(r.param(s("page_token")))
                                                 : qint64(std::max(0, r.param(s("page")).toInt())) * size;
    // Written by hand so that each schema keeps the order of its keys, as Kratos's does.
    QList<QByteArray> items;
    for (qint64 i = offset; i < schemas.size() && items.size() < size; ++i) {
        const QByteArray id = QJsonDocument(QJsonArray{schemas.at(i).id}).toJson(QJsonDocument::Compact);
        items.append("{\"id\":" + id.mid(1, id.size() - 2) + ",\"schema\":" + schemas.at(i).source + '}');
    }
    SimResponse out = SimResponse::rawJson(200, '[' + items.join(',') + ']');
    out.setHeader("X-Total-Count", QByteArray::number(schemas.size()));
    out.setHeader("Link", offsetLink(r, schemas.size(), offset, size, false));
    return out;
}

SimResponse SimSchemaRoutes::schemaById(const QString &rawId)
{
    const QString id = QUrl::fromPercentEncoding(rawId.toUtf8());
    const SimSchema *schema = m_store.schema(id);
    if (!schema) {
        const auto decoded = QByteArray::fromBase64Encoding(id.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                               QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            schema = m_store.schema(QString::fromUtf8(decoded.decoded));
    }
    if (!schema)
        return SimResponse::error(404, kNotFound, QStringLiteral("Identity schema `%1` could not be found.").arg(id));
    return SimResponse::rawJson(200, schema->source);
}
