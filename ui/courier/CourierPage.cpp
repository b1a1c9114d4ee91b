// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourierPage.h"

#include "AuditLog.h"
#include "ColumnMenu.h"
#include "ElidedLabel.h"

#include "CourierMessageModel.h"
#include "ErrorBanner.h"
#include "FilterChips.h"
#include "MessageDetailPane.h"
#include "PinnedSelection.h"
#include "ReadStamp.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

CourierPage::CourierPage(KratosClient *client, AuditLog *audit, QWidget *parent)
    : QWidget(parent)
    , m_model(new CourierMessageModel(client, this))
    , m_status(new QComboBox(this))
    , m_recipient(new QLineEdit(this))
    , m_autoRefresh(new QCheckBox(tr("Auto-refresh"), this))
    , m_refreshTimer(new QTimer(this))
    , m_summary(new ElidedLabel(this))
    , m_chips(new FilterChips(this))
    , m_info(new QLabel(this))
    , m_error(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_detail(new MessageDetailPane(client, audit, this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    m_summary->setTextFormat(Qt::PlainText); // server and file text is never markup
    m_info->setTextFormat(Qt::PlainText);
    if (audit)
        connect(audit, &AuditLog::actionRecorded, this, &CourierPage::actionRecorded);
    setUpFilters();
    setUpTable();
    buildLayout();
    connectSignals();
    addShortcuts();
}

void CourierPage::setUpFilters()
{
    m_status->setObjectName(QStringLiteral("courierStatus"));
    m_status->addItem(tr("All statuses"), QString());
    for (const char *s : {"queued", "processing", "sent", "abandoned"})
        m_status->addItem(CourierMessageModel::statusText(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_recipient->setObjectName(QStringLiteral("courierRecipient"));
    m_recipient->setPlaceholderText(tr("Recipient (exact e-mail address or phone number)"));
    m_recipient->setClearButtonEnabled(true);
    m_status->setAccessibleName(tr("Message status"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(10);
    m_recipient->setAccessibleName(tr("Recipient"));
    m_autoRefresh->setObjectName(QStringLiteral("autoRefresh"));
    m_refreshTimer->setInterval(30000);
    m_summary->setObjectName(QStringLiteral("courierSummary"));
    m_info->setObjectName(QStringLiteral("courierInfo"));
    m_error->setObjectName(QStringLiteral("courierErrorBanner"));
    m_info->setWordWrap(true);
}

void CourierPage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("courierTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside
    // The pane stays on the message the user chose, whatever the list does meanwhile.
    m_pin = new PinnedSelection(m_table, m_model, CourierMessageModel::MessageIdRole, this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false); // one line a message; a long template name is elided
    m_table->setColumnWidth(CourierMessageModel::CreatedColumn, 150);
    m_table->setColumnWidth(CourierMessageModel::ChannelColumn, 80);
    m_table->setColumnWidth(CourierMessageModel::TemplateColumn, 200);
    m_table->setColumnWidth(CourierMessageModel::RecipientColumn, 220);
    // The recipient is what support looks for: shown after the status, inside a 1024 px window.
    m_table->horizontalHeader()->moveSection(CourierMessageModel::RecipientColumn,
                                             CourierMessageModel::StatusColumn + 1);
    m_table->setAccessibleName(tr("Courier messages"));
    ColumnMenu::install(m_table->horizontalHeader());
}

void CourierPage::buildLayout()
{
    m_refresh->setObjectName(QStringLiteral("courierRefresh"));
    // Tab goes through the filters in reading order, then the list.
    QWidget::setTabOrder(m_status, m_recipient);
    QWidget::setTabOrder(m_recipient, m_refresh);
    QWidget::setTabOrder(m_refresh, m_autoRefresh);
    QWidget::setTabOrder(m_autoRefresh, m_table);
    m_chips->setTabNeighbours(m_autoRefresh, m_table);
    connect(m_chips, &FilterChips::clearAllRequested, this, &CourierPage::clearAllFilters);
    connect(m_chips, &FilterChips::removeRequested, this, [this](const QString &key) {
        if (key == QLatin1String("status")) {
            m_status->setCurrentIndex(0); // applies the filter
        } else {
            m_recipient->clear();
            applyFilter();
        }
    });
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_recipient, 1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_autoRefresh);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("courierSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setChildrenCollapsible(false);
    m_table->setMinimumWidth(240);
    m_detail->setMinimumWidth(280);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the list gets the larger share until the user moves it
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    // The restrictions beside the count, on one line: the page grows no taller for them.
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_chips);
    layout->addLayout(summaryRow);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
}

void CourierPage::connectSignals()
{
    connect(m_status, &QComboBox::currentIndexChanged, this, &CourierPage::applyFilter);
    connect(m_recipient, &QLineEdit::returnPressed, this, &CourierPage::applyFilter);
    connect(m_refresh, &QPushButton::clicked, this, &CourierPage::refresh);
    connect(m_autoRefresh, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_refreshTimer->start();
        else
            m_refreshTimer->stop();
    });
    connect(m_refreshTimer, &QTimer::timeout, this, &CourierPage::refresh);
    connect(m_model, &CourierMessageModel::pageLoaded, this, &CourierPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CourierPage::updateSummary);
    connect(m_model, &CourierMessageModel::loadFailed, m_error, &ErrorBanner::showError);
    connect(m_model, &CourierMessageModel::pageLoaded, m_error, &ErrorBanner::clear);
    connect(m_error, &ErrorBanner::retryRequested, this, &CourierPage::reload);
    connect(m_model, &CourierMessageModel::restarted, m_info, &QLabel::setText);
    connect(m_pin, &PinnedSelection::pinned, this, &CourierPage::showPinned);
    connect(m_pin, &PinnedSelection::shownChanged, this, &CourierPage::pinnedShownChanged);
    connect(m_model, &CourierMessageModel::pageLoaded, this, &CourierPage::updateListNote);
    connect(m_model, &CourierMessageModel::loadFailed, this, &CourierPage::updateListNote);
    connect(m_detail, &MessageDetailPane::showInListRequested, this, &CourierPage::showPinnedInList);
    connect(m_detail, &MessageDetailPane::openIdentityRequested, this, &CourierPage::openIdentityRequested);
}

void CourierPage::addShortcuts()
{
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Courier: go to the recipient filter"));
    connect(find, &QShortcut::activated, this, [this]() {
        m_recipient->setFocus();
        m_recipient->selectAll();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setWhatsThis(tr("Courier: load the messages again"));
    connect(refresh, &QShortcut::activated, this, &CourierPage::refresh);
}

void CourierPage::setProductionMode(bool production)
{
    m_detail->setProductionMode(production);
}

void CourierPage::setAutoRefreshInterval(int ms)
{
    m_refreshTimer->setInterval(ms);
}

void CourierPage::showMessagesTo(const QString &recipient, const QString &messageId)
{
    {
        const QSignalBlocker blockStatus(m_status);
        m_status->setCurrentIndex(0);
    }
    m_recipient->setText(recipient);
    auto select = std::make_shared<QMetaObject::Connection>();
    *select = connect(m_model, &CourierMessageModel::pageLoaded, this, [this, select, messageId]() {
        disconnect(*select);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->messageAt(row)->id == messageId) {
                m_pin->pin(messageId);
                break;
            }
        }
    });
    applyFilter();
}

void CourierPage::showStatus(const QString &status)
{
    {
        const QSignalBlocker blockStatus(m_status);
        m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    }
    m_recipient->clear();
    applyFilter();
}

int CourierPage::autoRefreshInterval() const
{
    return m_refreshTimer->interval();
}

CourierPage::~CourierPage()
{
    // Children go in the order they were made, the model first: nothing may look at the rows
    // while they go.
    disconnect(m_model, nullptr, this, nullptr);
    delete m_pin;
}

QString CourierPage::pinnedId() const
{
    return m_pin->id();
}

void CourierPage::forgetSelection()
{
    m_pin->clear();
}

void CourierPage::reload()
{
    m_info->clear();
    m_model->reload(); // the pane stays on its message
}

void CourierPage::applyFilter()
{
    m_info->clear();
    m_model->setFilter(m_status->currentData().toString(), m_recipient->text().trimmed());
}

void CourierPage::refresh()
{
    // Keep the scroll position across the reload (the pinned message is selected again by
    // itself), and read the shown message again: its status and attempts may have moved on.
    const int scroll = m_table->verticalScrollBar()->value();
    const bool revealed = m_detail->isBodyRevealed();
    auto restore = std::make_shared<QMetaObject::Connection>();
    *restore = connect(m_model, &CourierMessageModel::pageLoaded, this, [this, restore, scroll]() {
        disconnect(*restore);
        m_table->verticalScrollBar()->setValue(scroll);
        if (m_pin->isShown())
            m_detail->refresh();
    });
    if (!revealed)
        m_info->clear();
    m_model->reload();
}

void CourierPage::actionRecorded(const AuditRecord &record)
{
    if (record.action != QLatin1String("identity.verification.send") &&
        record.action != QLatin1String("identity.recovery.send"))
        return;
    m_changedAt = record.time.isValid() ? record.time : QDateTime::currentDateTimeUtc();
    updateSummary();
}

void CourierPage::updateSummary()
{
    const QMap<QString, int> counts = m_model->statusCounts();
    QStringList parts;
    for (const char *s : {"queued", "processing", "sent", "abandoned"})
        parts.append(QStringLiteral("%1 %2").arg(QLocale().toString(counts.value(QString::fromLatin1(s))),
                                                 CourierMessageModel::statusText(QString::fromLatin1(s))));
    if (const QString stamp = ReadStamp::text(m_model->readAt()); !stamp.isEmpty())
        parts.append(stamp);
    if (m_changedAt.isValid() && m_model->readAt().isValid() && m_changedAt > m_model->readAt())
        parts.append(tr("a message was queued at %1, after it was read: Refresh to see it")
                         .arg(m_changedAt.toLocalTime().toString(QStringLiteral("HH:mm"))));
    m_summary->setText(tr("%Ln message(s) loaded: ", nullptr, m_model->rowCount()) + parts.join(QStringLiteral(" · ")));
    // What the list was asked for (the recipient as applied, not as being typed).
    QList<FilterChips::Chip> chips;
    const CourierMessageQuery &query = m_model->query();
    if (!query.status.isEmpty())
        chips.append({QStringLiteral("status"), tr("Status: %1").arg(CourierMessageModel::statusText(query.status))});
    if (!query.recipient.isEmpty())
        chips.append({QStringLiteral("recipient"), tr("Recipient: %1").arg(query.recipient)});
    m_chips->setState(QString(), chips);
}

void CourierPage::showPinned(const QString &messageId)
{
    const CourierMessage *message = nullptr;
    for (int row = 0; row < m_model->rowCount() && !messageId.isEmpty(); ++row) {
        if (m_model->messageAt(row)->id == messageId) {
            message = m_model->messageAt(row);
            break;
        }
    }
    if (message)
        m_detail->showMessage(*message);
    else
        m_detail->clear();
    updateListNote();
}

void CourierPage::pinnedShownChanged(bool shown)
{
    // A body stays on screen only beside its row: a message that left the list is kept, its
    // body is not.
    if (!shown)
        m_detail->wipeBody();
    updateListNote();
}

void CourierPage::updateListNote()
{
    if (m_pin->id().isEmpty() || m_pin->isShown()) {
        m_detail->setListNote(QString(), false);
        return;
    }
    if (m_model->isLoading()) {
        m_detail->setListNote(tr("Not in the list yet: the list is loading…"), false);
        return;
    }
    const std::optional<CourierMessage> message = m_detail->message();
    QStringList what;
    const QString status = m_status->currentData().toString();
    if (message && !status.isEmpty() && message->status != status)
        what.append(tr("the status filter “%1”").arg(m_status->currentText()));
    const QString recipient = m_recipient->text().trimmed();
    if (message && !recipient.isEmpty() && message->recipient != recipient)
        what.append(tr("the recipient filter “%1”").arg(recipient));
    if (!what.isEmpty()) {
        m_detail->setListNote(tr("Not in the list: hidden by %1.").arg(what.join(tr(" and "))), true);
        return;
    }
    if (!m_model->isComplete()) {
        m_detail->setListNote(
            tr("Not in the list: not among the %Ln messages loaded so far.", nullptr, m_model->rowCount()), false);
        return;
    }
    m_detail->setListNote(tr("Not in the list any more."), false);
}

void CourierPage::showPinnedInList()
{
    clearAllFilters(); // the pinned message is selected again when its page arrives
}

void CourierPage::clearAllFilters()
{
    {
        const QSignalBlocker blockStatus(m_status);
        m_status->setCurrentIndex(0);
    }
    m_recipient->clear();
    applyFilter();
}

void CourierPage::hideEvent(QHideEvent *event)
{
    m_detail->wipeBody(); // leaving the page hides the body
    QWidget::hideEvent(event);
}
