#include "IdentityImporter.h"

#include "IdentityExporter.h"
#include "KratosClient.h"

#include <QJsonDocument>

IdentityImporter::IdentityImporter(KratosClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

bool IdentityImporter::load(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("The file is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset);
        return false;
    }
    QJsonArray bodies;
    if (doc.isArray()) {
        bodies = doc.array();
    } else if (doc.object().value(QLatin1String("identities")).isArray()) {
        for (const QJsonValue &entry : doc.object().value(QLatin1String("identities")).toArray())
            bodies.append(entry.toObject().value(QLatin1String("create")));
    } else {
        *error = tr("The file holds neither a list of identities nor {\"identities\": [...]}.");
        return false;
    }
    if (bodies.isEmpty()) {
        *error = tr("The file holds no identities.");
        return false;
    }
    m_bodies = bodies;
    m_results.clear();
    for (int i = 0; i < bodies.size(); ++i) {
        const QJsonObject traits = bodies.at(i).toObject().value(QLatin1String("traits")).toObject();
        QString label;
        for (const char *key : {"email", "username", "phone"}) {
            if (label.isEmpty())
                label = traits.value(QLatin1String(key)).toString();
        }
        m_results.append({i + 1, label, false, QString(), QString()});
    }
    return true;
}

void IdentityImporter::start()
{
    m_running = true;
    sendBatch(0);
}

namespace {

// What Kratos would reject for the whole batch, or cannot be an identity at all, is reported for
// that entry alone and kept out of the request.
QString localProblem(const QJsonValue &body)
{
    if (!body.isObject())
        return QObject::tr("This entry is not a JSON object.");
    const QJsonObject o = body.toObject();
    if (o.value(QLatin1String("schema_id")).toString().isEmpty())
        return QObject::tr("This entry has no \"schema_id\".");
    if (!o.value(QLatin1String("traits")).isObject())
        return QObject::tr("This entry has no \"traits\" object.");
    const QString state = o.value(QLatin1String("state")).toString();
    if (o.contains(QLatin1String("state")) && state != QLatin1String("active") && state != QLatin1String("inactive"))
        return QObject::tr("The state \"%1\" is neither active nor inactive.").arg(state);
    return QString();
}

} // namespace

void IdentityImporter::sendBatch(int first)
{
    if (first >= m_bodies.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const int count = std::min<int>(batchSize, int(m_bodies.size()) - first);
    QJsonArray batch;
    QList<int> sent; // file positions of the batch's entries
    for (int i = first; i < first + count; ++i) {
        const QString problem = localProblem(m_bodies.at(i));
        if (!problem.isEmpty()) {
            m_results[i].message = problem;
            continue;
        }
        batch.append(m_bodies.at(i));
        sent.append(i);
    }
    if (batch.isEmpty()) {
        Q_EMIT progress(first + count, int(m_bodies.size()));
        sendBatch(first + count);
        return;
    }
    m_client->batchCreateIdentities(batch, this,
                                    [this, first, count, sent](const ApiResult<QList<IdentityBatchResult>> &r) {
                                        for (int k = 0; k < sent.size(); ++k) {
                                            Result &result = m_results[sent.at(k)];
                                            if (!r.ok()) {
                                                result.message = r.error().userMessage();
                                                continue;
                                            }
                                            const IdentityBatchResult &item = r.value().at(k);
                                            result.created = item.created;
                                            result.identityId = item.identityId;
                                            result.message = item.created ? QString() : item.error.userMessage();
                                        }
                                        Q_EMIT progress(first + count, int(m_bodies.size()));
                                        sendBatch(first + count);
                                    });
}
