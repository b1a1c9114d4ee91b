#include "BulkOperation.h"

#include "KratosClient.h"

BulkOperation::BulkOperation(KratosClient *client, Action action, const QStringList &ids, int concurrency,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_action(action)
    , m_concurrency(std::max(1, concurrency))
{
    for (const QString &id : ids)
        m_items.append({id, Status::Pending, ApiError()});
}

QString BulkOperation::actionName(Action action)
{
    switch (action) {
    case Action::Deactivate:
        return tr("Deactivate");
    case Action::Activate:
        return tr("Activate");
    case Action::Delete:
        return tr("Delete");
    case Action::RevokeSessions:
        return tr("Revoke all sessions");
    }
    return {};
}

int BulkOperation::count(Status status) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [status](const Item &i) { return i.status == status; }));
}

QStringList BulkOperation::ids(Status status) const
{
    QStringList out;
    for (const Item &i : m_items) {
        if (i.status == status)
            out.append(i.id);
    }
    return out;
}

void BulkOperation::start()
{
    m_cancelled = false;
    m_queue.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).status == Status::Pending)
            m_queue.append(i);
    }
    launchMore();
    if (!isRunning())
        Q_EMIT finished();
}

void BulkOperation::retryFailed()
{
    for (Item &item : m_items) {
        if (item.status == Status::Failed || item.status == Status::Cancelled) {
            item.status = Status::Pending;
            item.error = ApiError();
        }
    }
    start();
}

void BulkOperation::cancel()
{
    m_cancelled = true;
    for (int index : std::as_const(m_queue))
        m_items[index].status = Status::Cancelled;
    m_queue.clear();
    const auto running = m_inFlight;
    for (auto it = running.cbegin(); it != running.cend(); ++it)
        m_client->cancel(it.value()); // each reports back as cancelled
}

void BulkOperation::launchMore()
{
    while (!m_cancelled && !m_queue.isEmpty() && m_inFlight.size() < m_concurrency)
        launch(m_queue.takeFirst());
}

void BulkOperation::launch(int index)
{
    m_items[index].status = Status::Running;
    const QString id = m_items.at(index).id;
    auto done = [this, index](const auto &result) { complete(index, result.ok() ? ApiError() : result.error()); };
    quint64 request = 0;
    switch (m_action) {
    case Action::Deactivate:
    case Action::Activate:
        request = m_client->patchIdentity(id,
                                          JsonPatch().replace(QStringLiteral("/state"), m_action == Action::Deactivate
                                                                                            ? QStringLiteral("inactive")
                                                                                            : QStringLiteral("active")),
                                          this, done);
        break;
    case Action::Delete:
        request = m_client->deleteIdentity(id, this, done);
        break;
    case Action::RevokeSessions:
        request = m_client->deleteIdentitySessions(id, this, done);
        break;
    }
    m_inFlight.insert(index, request);
}

void BulkOperation::complete(int index, const ApiError &error)
{
    m_inFlight.remove(index);
    Item &item = m_items[index];
    if (error.isNull())
        item.status = Status::Succeeded;
    else
        item.status = error.kind() == ApiError::Kind::Cancelled ? Status::Cancelled : Status::Failed;
    item.error = error;
    Q_EMIT itemFinished(index);
    const int done = int(m_items.size()) - count(Status::Pending) - count(Status::Running);
    Q_EMIT progress(done, int(m_items.size()));
    launchMore();
    if (m_inFlight.isEmpty() && (m_queue.isEmpty() || m_cancelled))
        Q_EMIT finished();
}
