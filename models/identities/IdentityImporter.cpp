// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityImporter.h"

#include "AuditChange.h"
#include "AuditLog.h"
#include "AuditedCall.h"
#include "IdentityExporter.h"
#include "KratosClient.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

IdentityImporter::IdentityImporter(KratosClient *client, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_audit(audit)
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

ActionText IdentityImporter::describe(int count, const QString &file)
{
    return {
        tr("Import identities"),
        tr("%Ln identities from %1 will be created, at most %2 a request. Each gets an audit record.", nullptr, count)
            .arg(file)
            .arg(batchSize),
        tr("Import"), false};
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
        finish();
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
    send(batch, sent, done);
}

void IdentityImporter::send(const QJsonArray &batch, const QList<int> &sent, int done)
{
    AuditRecord intent;
    intent.actionId = AuditRecord::newActionId();
    if (m_runActionId.isEmpty())
        m_runActionId = intent.actionId;
    intent.action = QStringLiteral("identity.import");
    intent.summary = QStringLiteral("Import %1 identities").arg(sent.size());
    for (int i : sent)
        intent.targets.append({QStringLiteral("identity"), QString(), m_results.at(i).label});
    intent.change = {{QStringLiteral("entries"), int(sent.size())}};
    intent.reason = m_reason;
    const auto failAll = [this, sent, done](const ApiError &error) {
        for (int i : sent) {
            m_results[i].message = error.userMessage();
            m_results[i].retryable = true;
        }
        Q_EMIT requestFailed(error);
        Q_EMIT progress(done, m_total);
        sendNext();
    };
    if (!m_audit) {
        QTimer::singleShot(
            0, this, [failAll]() { failAll(AuditedCall::trailError(QStringLiteral("no audit trail is configured"))); });
        return;
    }
    // Nothing is sent until the batch's intent is on disk.
    m_audit->write(intent, this,
                   [this, batch, sent, done, failAll, actionId = intent.actionId](const QString &problem) {
                       if (!problem.isEmpty()) {
                           failAll(AuditedCall::trailError(problem));
                           return;
                       }
                       m_client->batchCreateIdentities(
                           batch, this, [this, sent, done, actionId](const ApiResult<QList<IdentityBatchResult>> &r) {
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
                               recordEntries(actionId, sent, r.ok() ? ApiError() : r.error());
                               if (!r.ok())
                                   Q_EMIT requestFailed(r.error());
                               Q_EMIT progress(done, m_total);
                               sendNext();
                           });
                   });
}

void IdentityImporter::recordEntries(const QString &actionId, const QList<int> &sent, const ApiError &error)
{
    for (int i : sent) {
        const Result &result = m_results.at(i);
        // An entry Kratos rejected within a batch that went through failed on its own.
        const AuditRecord::Outcome outcome = result.created   ? AuditRecord::Outcome::Succeeded
                                             : error.isNull() ? AuditRecord::Outcome::Failed
                                                              : AuditRecord::outcomeFor(error);
        result.created ? ++m_runCreated : ++m_runFailed;
        AuditRecord record;
        record.actionId = actionId;
        record.action = QStringLiteral("identity.create");
        record.targets = {{QStringLiteral("identity"), result.identityId, result.label}};
        record.change = AuditChange::fields(m_bodies.at(i).toObject());
        record.reason = m_reason;
        const QString words =
            result.created ? QStringLiteral("Created identity %1 (import entry %2)").arg(result.label).arg(result.index)
                           : QStringLiteral("Create identity %1 (import entry %2): %3")
                                 .arg(result.label)
                                 .arg(result.index)
                                 .arg(AuditRecord::outcomeName(outcome));
        record = record.outcomeOf(outcome, words, error);
        m_audit->write(record);
    }
}

void IdentityImporter::finish()
{
    m_running = false;
    if (m_audit && !m_runActionId.isEmpty()) {
        AuditRecord summary;
        summary.actionId = m_runActionId;
        summary.action = QStringLiteral("identity.import");
        summary.reason = m_reason;
        summary = summary.outcomeOf(
            m_runFailed == 0    ? AuditRecord::Outcome::Succeeded
            : m_runCreated == 0 ? AuditRecord::Outcome::Failed
                                : AuditRecord::Outcome::Partial,
            QStringLiteral("Imported identities: %1 created, %2 failed").arg(m_runCreated).arg(m_runFailed),
            ApiError());
        summary.change = {{QStringLiteral("created"), m_runCreated}, {QStringLiteral("failed"), m_runFailed}};
        m_audit->write(summary);
    }
    m_runActionId.clear();
    m_runCreated = 0;
    m_runFailed = 0;
    Q_EMIT finished();
}
