// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourierMessageModel.h"

#include "DisplayTime.h"
#include "StatusColors.h"

#include "KratosClient.h"

#include <QColor>
#include <QLocale>

CourierMessageModel::CourierMessageModel(KratosClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    m_query.pageSize = 100;
}

int CourierMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CourierMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CourierMessageModel::templateName(const QString &t)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("recovery_valid"), tr("Recovery link (valid)")},
        {QStringLiteral("recovery_invalid"), tr("Recovery attempt (unknown address)")},
        {QStringLiteral("recovery_code_valid"), tr("Recovery code (valid)")},
        {QStringLiteral("recovery_code_invalid"), tr("Recovery code (unknown address)")},
        {QStringLiteral("verification_valid"), tr("Verification link (valid)")},
        {QStringLiteral("verification_invalid"), tr("Verification attempt (unknown address)")},
        {QStringLiteral("verification_code_valid"), tr("Verification code (valid)")},
        {QStringLiteral("verification_code_invalid"), tr("Verification code (unknown address)")},
        {QStringLiteral("login_code_valid"), tr("Login code")},
        {QStringLiteral("registration_code_valid"), tr("Registration code")},
        {QStringLiteral("verifiable_address_changed"), tr("Address changed notice")},
        {QStringLiteral("authenticator_key_added"), tr("Authenticator added notice")},
        {QStringLiteral("stub"), tr("Test message")}};
    return names.value(t, t);
}

QVariant CourierMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CourierMessage &m = m_rows.at(index.row());
    switch (role) {
    case MessageIdRole:
        return m.id;
    case StatusRole:
        return m.status;
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return m.createdAt;
        case UpdatedColumn:
            return m.updatedAt;
        case SendCountColumn:
            return m.sendCount;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            if (m.status == QLatin1String("abandoned"))
                return StatusColors::text(StatusColors::Tone::Error);
            if (m.status == QLatin1String("sent"))
                return StatusColors::text(StatusColors::Tone::Success);
            if (m.status == QLatin1String("queued") || m.status == QLatin1String("processing"))
                return StatusColors::text(StatusColors::Tone::Pending);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedColumn:
            return DisplayTime::cell(m.createdAt);
        case StatusColumn:
            return statusText(m.status);
        case ChannelColumn:
            return m.channel == CourierMessage::Channel::Email ? tr("email")
                   : m.channel == CourierMessage::Channel::Sms ? tr("SMS")
                                                               : m.typeText;
        case TemplateColumn:
            return templateName(m.templateType);
        case RecipientColumn:
            return m.recipient;
        case SubjectColumn:
            return m.subjectRedacted() ? tr("(redacted by Kratos)") : m.subject;
        case SendCountColumn:
            return m.sendCount;
        case UpdatedColumn:
            return DisplayTime::cell(m.updatedAt);
        default:
            return {};
        }
    default:
        return {};
    }
}

QString CourierMessageModel::statusText(const QString &status)
{
    if (status == QLatin1String("queued"))
        return tr("queued");
    if (status == QLatin1String("processing"))
        return tr("processing");
    if (status == QLatin1String("sent"))
        return tr("sent");
    if (status == QLatin1String("abandoned"))
        return tr("abandoned");
    if (status == QLatin1String("success"))
        return tr("success");
    if (status == QLatin1String("failed"))
        return tr("failed");
    return status;
}

QVariant CourierMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case StatusColumn:
        return tr("Status");
    case ChannelColumn:
        return tr("Channel");
    case TemplateColumn:
        return tr("Template");
    case RecipientColumn:
        return tr("Recipient");
    case SubjectColumn:
        return tr("Subject");
    case SendCountColumn:
        return tr("Sends");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

bool CourierMessageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_loading && m_lastError.isNull();
}

void CourierMessageModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    CourierMessageQuery query = m_query;
    query.pageToken = m_nextToken;
    const quint64 generation = m_generation;
    m_loading = true;
    m_client->listCourierMessages(
        query, this, [this, generation, token = query.pageToken](const ApiResult<Page<CourierMessage>> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.ok()) {
                // An hour-old page token: start again from the newest messages.
                if (result.error().httpStatus() == 400 &&
                    result.error().message().contains(QLatin1String("page token expired"))) {
                    reload();
                    Q_EMIT restarted(
                        tr("The courier list was more than an hour old; Kratos no longer pages through it, so "
                           "it was reloaded from the newest message."));
                    return;
                }
                m_loadAll = false;
                m_lastError = result.error();
                Q_EMIT loadFailed(m_lastError);
                return;
            }
            const Page<CourierMessage> &page = result.value();
            const ApiError loop = m_trail.follow(token, page.nextPageToken, page.items.size());
            m_nextToken = page.nextPageToken;
            m_complete = !page.hasMore();
            if (!m_readAt.isValid())
                m_readAt = QDateTime::currentDateTime();
            if (!page.items.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.items.size()) - 1);
                m_rows.append(page.items);
                endInsertRows();
            }
            if (m_complete)
                m_loadAll = false;
            Q_EMIT pageLoaded(int(page.items.size()));
            if (!loop.isNull()) {
                // This page is shown; the one it links to was read before (Retry reloads).
                m_loadAll = false;
                m_lastError = loop;
                m_lastError.setContext(tr("List courier messages"), "GET", QStringLiteral("/admin/courier/messages"),
                                       m_client->connection().adminUrl.host());
                Q_EMIT loadFailed(m_lastError);
                return;
            }
            if (m_loadAll)
                fetchMore({});
        });
}

void CourierMessageModel::loadAll()
{
    if (m_complete)
        return;
    m_loadAll = true;
    m_query.pageSize = MaxPageSize;
    fetchMore({});
}

void CourierMessageModel::setFilter(const QString &status, const QString &recipient)
{
    m_query.status = status;
    m_query.recipient = recipient;
    reload();
}

void CourierMessageModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_readAt = {};
    m_nextToken.clear();
    m_trail.reset();
    m_complete = false;
    m_loading = false;
    m_loadAll = false;
    m_lastError = ApiError();
    endResetModel();
    fetchMore({});
}

const CourierMessage *CourierMessageModel::messageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QMap<QString, int> CourierMessageModel::statusCounts() const
{
    QMap<QString, int> counts;
    for (const CourierMessage &m : m_rows)
        ++counts[m.status];
    return counts;
}
