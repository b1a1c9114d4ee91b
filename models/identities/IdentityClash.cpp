// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityClash.h"

#include "IdentityListQuery.h"
#include "KratosClient.h"

#include <QJsonArray>

namespace {

constexpr qsizetype kMaxIdentifier = 320; // longer strings are not sign-in identifiers
constexpr int kMaxDepth = 32;

// The strings in `value` by JSON Pointer, iteratively and bounded in depth and count.
QList<std::pair<QString, QString>> stringsOf(const QJsonValue &root)
{
    QList<std::pair<QString, QString>> out;
    struct Item
    {
        QString path;
        QJsonValue value;
        int depth;
    };
    QList<Item> stack{{QString(), root, 0}};
    while (!stack.isEmpty() && out.size() < IdentityClash::kMaxStrings) {
        const Item item = stack.takeLast();
        if (item.value.isString()) {
            out.append({item.path, item.value.toString()});
        } else if (item.depth < kMaxDepth && item.value.isObject()) {
            const QJsonObject o = item.value.toObject();
            for (auto it = o.end(); it != o.begin();) { // reversed onto the stack: read in order
                --it;
                stack.append({item.path + QLatin1Char('/') + it.key(), it.value(), item.depth + 1});
            }
        } else if (item.depth < kMaxDepth && item.value.isArray()) {
            const QJsonArray a = item.value.toArray();
            for (qsizetype i = a.size(); i > 0; --i)
                stack.append({item.path + QLatin1Char('/') + QString::number(i - 1), a.at(i - 1), item.depth + 1});
        }
    }
    return out;
}

} // namespace

QStringList IdentityClash::candidates(const QJsonObject &before, const QJsonObject &after)
{
    QList<std::pair<QString, QString>> old = stringsOf(before);
    QStringList out;
    for (const auto &[path, value] : stringsOf(after)) {
        const QString trimmed = value.trimmed();
        if (trimmed.isEmpty() || trimmed.size() > kMaxIdentifier || out.contains(trimmed) ||
            old.contains(std::pair{path, value}))
            continue;
        out.append(trimmed);
    }
    return out;
}

void IdentityClash::explain(KratosClient *client, const ApiError &error, const QString &ownId,
                            const QStringList &values, QObject *context, std::function<void(ApiError)> done)
{
    if (error.kind() != ApiError::Kind::Http || error.httpStatus() != 409 || values.isEmpty() || !client) {
        done(error);
        return;
    }
    auto *clash = new IdentityClash(client, error, ownId, values.mid(0, kMaxLookups), context, std::move(done));
    clash->next();
}

IdentityClash::IdentityClash(KratosClient *client, ApiError error, QString ownId, QStringList values, QObject *context,
                             std::function<void(ApiError)> done)
    : QObject(context)
    , m_client(client)
    , m_error(std::move(error))
    , m_ownId(std::move(ownId))
    , m_values(std::move(values))
    , m_done(std::move(done))
{}

void IdentityClash::next()
{
    if (m_values.isEmpty()) {
        finish();
        return;
    }
    const QString value = m_values.takeFirst();
    IdentityListQuery query;
    query.credentialsIdentifier = value;
    query.pageSize = 2;
    m_client->listIdentities(query, this, [this, value](const ApiResult<Page<Identity>> &page) {
        if (!page.ok()) { // the lookup is a courtesy: the 409 stands as Kratos said it
            finish();
            return;
        }
        for (const Identity &other : page.value().items) {
            if (other.id != m_ownId) {
                m_error.setExplanation(tr("Another identity (%1) already uses %2.").arg(other.id, value));
                finish();
                return;
            }
        }
        next();
    });
}

void IdentityClash::finish()
{
    m_done(m_error);
    deleteLater();
}
