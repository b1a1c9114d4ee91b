#include "IdentityImporter.h"

#include "IdentityExporter.h"
#include "KratosClient.h"

#include <QJsonDocument>

#include <algorithm>

IdentityImporter::IdentityImporter(KratosClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

IdentityImporter::Parsed IdentityImporter::parse(const QByteArray &json)
{
    Parsed out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        out.error = tr("The file is not valid JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset);
        return out;
    }
    if (doc.isArray()) {
        out.bodies = doc.array();
    } else if (doc.object().value(QLatin1String("identities")).isArray()) {
        for (const QJsonValue &entry : doc.object().value(QLatin1String("identities")).toArray())
            out.bodies.append(entry.toObject().value(QLatin1String("create")));
    } else {
        out.error = tr("The file holds neither a list of identities nor {\"identities\": [...]}.");
        return out;
    }
    if (out.bodies.isEmpty()) {
        out.error = tr("The file holds no identities.");
        return out;
    }
    out.labels.reserve(out.bodies.size());
    for (const QJsonValue &body : std::as_const(out.bodies)) {
        const QJsonObject traits = body.toObject().value(QLatin1String("traits")).toObject();
        QString label;
        for (const char *key : {"email", "username", "phone"}) {
            if (label.isEmpty())
                label = traits.value(QLatin1String(key)).toString();
        }
        out.labels.append(label);
    }
    return out;
}

bool IdentityImporter::load(const QByteArray &json, QString *error)
{
    return use(parse(json), error);
}

bool IdentityImporter::use(const Parsed &parsed, QString *error)
{
    if (!parsed.error.isEmpty()) {
        *error = parsed.error;
        return false;
    }
    m_bodies = parsed.bodies;
    m_results.clear();
    m_results.reserve(m_bodies.size());
    for (int i = 0; i < m_bodies.size(); ++i)
        m_results.append({i + 1, parsed.labels.value(i), false, QString(), QString()});
    return true;
}

void IdentityImporter::start()
{
    m_pending.clear();
    for (int i = 0; i < m_bodies.size(); ++i)
        m_pending.append(i);
    m_total = int(m_pending.size());
    m_running = true;
    sendNext();
}

int IdentityImporter::retryableCount() const
{
    return int(
        std::count_if(m_results.cbegin(), m_results.cend(), [](const Result &r) { return r.retryable && !r.created; }));
}

bool IdentityImporter::retryFailed()
{
    if (m_running)
        return false;
    m_pending.clear();
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results.at(i).retryable && !m_results.at(i).created)
            m_pending.append(i);
    }
    if (m_pending.isEmpty())
        return false;
    m_total = int(m_pending.size());
    m_running = true;
    sendNext();
    return true;
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

void IdentityImporter::sendNext()
{
    if (m_pending.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    QJsonArray batch;
    QList<int> sent; // file positions of the batch's entries
    while (!m_pending.isEmpty() && batch.size() < batchSize) {
        const int i = m_pending.takeFirst();
        Result &result = m_results[i];
        result.retryable = false;
        result.message = localProblem(m_bodies.at(i));
        if (!result.message.isEmpty())
            continue;
        batch.append(m_bodies.at(i));
        sent.append(i);
    }
    const int done = m_total - int(m_pending.size());
    if (batch.isEmpty()) {
        Q_EMIT progress(done, m_total);
        sendNext();
        return;
    }
    m_client->batchCreateIdentities(batch, this, [this, sent, done](const ApiResult<QList<IdentityBatchResult>> &r) {
        for (int k = 0; k < sent.size(); ++k) {
            Result &result = m_results[sent.at(k)];
            if (!r.ok()) {
                result.message = r.error().userMessage();
                result.retryable = true;
                continue;
            }
            const IdentityBatchResult &item = r.value().at(k);
            result.created = item.created;
            result.identityId = item.identityId;
            result.message = item.created ? QString() : item.error.userMessage();
        }
        if (!r.ok())
            Q_EMIT requestFailed(r.error());
        Q_EMIT progress(done, m_total);
        sendNext();
    });
}
