// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionsPage.h"

#include "AuditLog.h"
#include "BulkDialog.h"
#include "ColumnMenu.h"
#include "ConfirmDialog.h"
#include "ElidedLabel.h"
#include "ErrorBanner.h"
#include "FilterChips.h"
#include "PinnedSelection.h"
#include "ReadStamp.h"
#include "SessionDetailPane.h"

#include "AllSessionsModel.h"
#include "SchemaCatalog.h"
#include "SchemaListModel.h"
#include "SessionActions.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

SessionsPage::SessionsPage(KratosClient *client, AuditLog *audit, SchemaListModel *schemas, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_audit(audit)
    , m_schemas(schemas)
    , m_model(new AllSessionsModel(client, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_actions(new SessionActions(client, audit, this))
    , m_active(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_loadAll(new QPushButton(tr("Load &all"), this))
    , m_revokeSelected(new QPushButton(tr("Re&voke selected…"), this))
    , m_summary(new ElidedLabel(this))
    , m_chips(new FilterChips(this))
    , m_error(new ErrorBanner(this))
    , m_table(new QTableView(this))
    , m_detail(new SessionDetailPane(client, this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
{
    if (audit)
        connect(audit, &AuditLog::actionRecorded, this, &SessionsPage::actionRecorded);
    setUpFilters();
    setUpTable();
    buildLayout();
    connectSignals();
    addShortcuts();
    updateSummary();
}

void SessionsPage::setUpFilters()
{
    m_active->setObjectName(QStringLiteral("sessionsActive"));
    m_active->addItem(tr("All sessions"), QString());
    m_active->addItem(tr("Active only"), QStringLiteral("true"));
    m_active->addItem(tr("Inactive only (revoked or expired)"), QStringLiteral("false"));
    m_active->setAccessibleName(tr("Which sessions"));
    m_active->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_active->setMinimumContentsLength(12);
    m_filter->setObjectName(QStringLiteral("sessionsFilter"));
    m_filter->setPlaceholderText(tr("Filter loaded sessions: identity, IP address, device, method"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter loaded sessions"));
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 16);
    m_loadAll->setObjectName(QStringLiteral("sessionsLoadAll"));
    m_loadAll->setToolTip(tr("Keep loading pages until every session is in the list"));
    m_revokeSelected->setObjectName(QStringLiteral("sessionsRevokeSelected"));
    m_summary->setObjectName(QStringLiteral("sessionsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("sessionsErrorBanner"));
}

void SessionsPage::setUpTable()
{
    m_proxy->setObjectName(QStringLiteral("sessionsProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AllSessionsModel::SortRole);
    m_proxy->setFilterRole(AllSessionsModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside
    // The pane stays on the session the user chose, whatever the list does meanwhile.
    m_pin = new PinnedSelection(m_table, m_proxy, AllSessionsModel::SessionIdRole, this);
    // (The model goes before the page's other children: by then it answers nothing.)
    m_pin->setRowLookup([this, model = QPointer<AllSessionsModel>(m_model)](const QString &id) {
        const int source = model ? model->rowOf(id) : -1;
        return source < 0 ? -1 : m_proxy->mapFromSource(m_model->index(source, 0)).row();
    });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false); // one line a session: long values elide, the tooltip has them whole
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the server's order (newest first) until the user sorts
    m_table->setColumnWidth(AllSessionsModel::IdentityColumn, 220);
    m_table->setColumnWidth(AllSessionsModel::AuthenticatedColumn, 140);
    m_table->setColumnWidth(AllSessionsModel::ExpiresColumn, 140);
    m_table->setColumnWidth(AllSessionsModel::AalColumn, 50);
    m_table->setColumnWidth(AllSessionsModel::DeviceColumn, 260);
    m_table->setColumnHidden(AllSessionsModel::IdColumn, true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Sessions"));
    ColumnMenu::install(m_table->horizontalHeader());
}

void SessionsPage::buildLayout()
{
    m_refresh->setObjectName(QStringLiteral("sessionsRefresh"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_active);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_refresh);
    filters->addWidget(m_loadAll);
    filters->addWidget(m_revokeSelected);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("sessionsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setChildrenCollapsible(false);
    m_table->setMinimumWidth(240);
    m_detail->setMinimumWidth(280);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    // The restrictions beside the count, on one line: the page grows no taller for them.
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_chips);
    layout->addLayout(summaryRow);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    QWidget::setTabOrder(m_active, m_filter);
    QWidget::setTabOrder(m_filter, m_refresh);
    QWidget::setTabOrder(m_refresh, m_loadAll);
    QWidget::setTabOrder(m_loadAll, m_revokeSelected);
    QWidget::setTabOrder(m_revokeSelected, m_table);
    m_chips->setTabNeighbours(m_revokeSelected, m_table);
    connect(m_chips, &FilterChips::clearAllRequested, this, &SessionsPage::clearAllFilters);
    connect(m_chips, &FilterChips::removeRequested, this, [this](const QString &key) {
        if (key == QLatin1String("active"))
            m_active->setCurrentIndex(0);
        else
            m_filter->clear();
    });
}

void SessionsPage::connectSignals()
{
    connect(m_active, &QComboBox::currentIndexChanged, this, [this]() {
        const QString v = m_active->currentData().toString();
        m_model->setActiveFilter(v.isEmpty() ? std::nullopt : std::optional<bool>(v == QLatin1String("true")));
        updateSummary();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateSummary();
    });
    connect(m_refresh, &QPushButton::clicked, this, &SessionsPage::reload);
    connect(m_loadAll, &QPushButton::clicked, this, [this]() {
        if (m_model->isLoadingAll())
            m_model->cancelLoadAll();
        else
            m_model->loadAll();
        updateSummary();
    });
    connect(m_revokeSelected, &QPushButton::clicked, this, &SessionsPage::revokeSelected);
    connect(m_model, &AllSessionsModel::pageLoaded, this, &SessionsPage::updateSummary);
    connect(m_model, &AllSessionsModel::pageLoaded, m_error, &ErrorBanner::clear);
    connect(m_model, &AllSessionsModel::loadingChanged, this, &SessionsPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionsPage::updateSummary);
    connect(m_model, &AllSessionsModel::loadFailed, m_error, &ErrorBanner::showError);
    connect(m_error, &ErrorBanner::retryRequested, m_model, &AllSessionsModel::retry);
    connect(m_pin, &PinnedSelection::pinned, this, &SessionsPage::showPinned);
    connect(m_pin, &PinnedSelection::shownChanged, this, &SessionsPage::updateListNote);
    connect(m_model, &AllSessionsModel::loadingChanged, this, &SessionsPage::updateListNote);
    connect(m_detail, &SessionDetailPane::showInListRequested, this, &SessionsPage::showPinnedInList);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionsPage::updateSummary);
    connect(m_table, &QWidget::customContextMenuRequested, this, &SessionsPage::showContextMenu);
    connect(m_detail, &SessionDetailPane::revokeRequested, this, &SessionsPage::revokeCurrent);
    connect(m_detail, &SessionDetailPane::openIdentityRequested, this, &SessionsPage::openIdentityRequested);
    if (m_schemas)
        connect(m_schemas, &SchemaListModel::loaded, this, [this]() {
            SchemaCatalog catalog;
            catalog.setSchemas(m_schemas->schemas());
            m_model->setSchemas(catalog);
        });
}

void SessionsPage::addShortcuts()
{
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Sessions: go to the loaded-rows filter"));
    connect(find, &QShortcut::activated, this, [this]() {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    auto *reloadKey = new QShortcut(QKeySequence::Refresh, this);
    reloadKey->setWhatsThis(tr("Sessions: load the list again"));
    connect(reloadKey, &QShortcut::activated, this, &SessionsPage::reload);
    auto *revokeKey = new QShortcut(QKeySequence::Delete, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    revokeKey->setWhatsThis(tr("Sessions: revoke the selected sessions"));
    connect(revokeKey, &QShortcut::activated, this, &SessionsPage::revokeSelected);
}

void SessionsPage::reload()
{
    m_model->reload(); // the pane stays on its session
}

SessionsPage::~SessionsPage()
{
    // Children go in the order they were made, the model first: nothing may look at the rows
    // while they go.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_proxy, nullptr, this, nullptr);
    delete m_pin;
}

void SessionsPage::clearAllFilters()
{
    m_filter->clear();
    m_active->setCurrentIndex(0);
    updateSummary();
}

QString SessionsPage::pinnedId() const
{
    return m_pin->id();
}

void SessionsPage::forgetSelection()
{
    m_pin->clear();
}

void SessionsPage::showActive(std::optional<bool> active)
{
    m_active->setCurrentIndex(!active ? 0 : *active ? 1 : 2); // reloads when it changes
    if (m_model->activeFilter() != active)
        m_model->setActiveFilter(active);
}

void SessionsPage::drillDown(std::optional<bool> active, const QString &filter)
{
    showActive(active);
    m_filter->setText(filter);
    if (!filter.isEmpty() && !m_model->isComplete() && !m_model->isLoadingAll())
        m_model->loadAll();
    updateSummary();
}

QStringList SessionsPage::selectedSessionIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(AllSessionsModel::SessionIdRole).toString());
    return ids;
}

void SessionsPage::actionRecorded(const AuditRecord &record)
{
    const bool sessions = record.action.startsWith(QLatin1String("session.")) ||
                          record.action.startsWith(QLatin1String("identity.sessions.revoke")) ||
                          record.action.startsWith(QLatin1String("identity.delete"));
    if (!sessions)
        return;
    m_changedAt = record.time.isValid() ? record.time : QDateTime::currentDateTimeUtc();
    if (const std::optional<Session> &shown = m_detail->session()) {
        const QString owner = shown->identity ? shown->identity->id : QString();
        const bool aboutIt = std::any_of(record.targets.cbegin(), record.targets.cend(), [&](const AuditTarget &t) {
            return t.id == shown->id || (!owner.isEmpty() && t.id == owner);
        });
        if (aboutIt)
            m_detail->refresh();
    }
    updateSummary();
}

void SessionsPage::updateSummary()
{
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text = m_model->isComplete() ? tr("%Ln session(s), all loaded", nullptr, loaded)
                                         : tr("%Ln session(s) loaded, more on the server", nullptr, loaded);
    if (shown != loaded)
        text += tr(" · %Ln match the filter", nullptr, shown);
    const int active = m_model->activeCount();
    text += tr(" · %Ln active", nullptr, active);
    if (m_model->isLoadingAll())
        text += tr(" · loading…");
    if (const QString stamp = ReadStamp::text(m_model->readAt()); !stamp.isEmpty())
        text += QStringLiteral(" · ") + stamp;
    if (m_changedAt.isValid() && m_model->readAt().isValid() && m_changedAt > m_model->readAt())
        text += tr(" · sessions changed at %1, after it was read: Refresh to see it")
                    .arg(m_changedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
    m_summary->setText(text);
    QList<FilterChips::Chip> chips;
    if (m_active->currentIndex() > 0)
        chips.append({QStringLiteral("active"), m_active->currentText()});
    if (!m_filter->text().trimmed().isEmpty())
        chips.append({QStringLiteral("filter"), tr("Filter: “%1”").arg(m_filter->text().trimmed())});
    m_chips->setState(QString(), chips);
    m_loadAll->setText(m_model->isLoadingAll() ? tr("Stop &loading") : tr("Load &all"));
    m_loadAll->setEnabled(!m_model->isComplete());
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_revokeSelected->setEnabled(selected > 0);
    m_revokeSelected->setText(selected > 1 ? tr("Re&voke %Ln selected…", nullptr, selected) : tr("Re&voke selected…"));
}

void SessionsPage::showSessionById(const QString &sessionId)
{
    m_pin->pin(sessionId);
    if (m_model->rowOf(sessionId) < 0) {
        m_detail->showSession(sessionId, QString()); // read by the pane itself
        updateListNote();
    }
}

void SessionsPage::showPinned(const QString &sessionId)
{
    const int source = m_model->rowOf(sessionId);
    if (sessionId.isEmpty() || source < 0) {
        m_detail->clear();
        return;
    }
    m_detail->showSession(sessionId, m_model->index(source, AllSessionsModel::IdentityColumn).data().toString());
    updateListNote();
}

void SessionsPage::updateListNote()
{
    const QString id = m_pin->id();
    if (id.isEmpty() || m_pin->isShown()) {
        m_detail->setListNote(QString(), false);
        return;
    }
    if (m_model->rowOf(id) >= 0) {
        m_detail->setListNote(tr("Not in the list: hidden by the filter “%1”.").arg(m_filter->text().trimmed()), true);
        return;
    }
    if (m_model->isLoading()) {
        m_detail->setListNote(tr("Not in the list yet: the list is loading…"), false);
        return;
    }
    const std::optional<Session> &session = m_detail->session();
    if (m_model->activeFilter() && session && session->active != *m_model->activeFilter()) {
        m_detail->setListNote(tr("Not in the list: hidden by “%1”.").arg(m_active->currentText()), true);
        return;
    }
    if (!m_model->isComplete()) {
        m_detail->setListNote(
            tr("Not in the list: not among the %Ln sessions loaded so far.", nullptr, m_model->rowCount()), true);
        return;
    }
    m_detail->setListNote(tr("Not in the list any more."), false);
    m_detail->refresh(); // the pane says so when the server no longer has it
}

void SessionsPage::showPinnedInList()
{
    const QString id = m_pin->id();
    if (id.isEmpty())
        return;
    if (m_model->rowOf(id) >= 0) {
        m_filter->clear(); // only the filter over the loaded rows hides it
        return;
    }
    const std::optional<Session> &session = m_detail->session();
    if (m_model->activeFilter() && session && session->active != *m_model->activeFilter()) {
        m_active->setCurrentIndex(0); // all sessions: the list loads again, the pane stays
        return;
    }
    m_model->loadAll(); // the pinned row is selected when its page arrives
    updateSummary();
}

void SessionsPage::revokeCurrent()
{
    const auto &session = m_detail->session();
    if (!session)
        return;
    // Only ids and labels cross the confirmation's event loop.
    const QString sessionId = session->id;
    const QString identityId = session->identity ? session->identity->id : QString();
    const QString label = m_detail->identityLabel();
    QString reason;
    if (!ConfirmDialog::confirmWithReason(
            this, ConfirmDialog::request(SessionActions::describeRevoke(sessionId, label)), &reason))
        return;
    m_actions->setReason(reason);
    sendRevoke(sessionId, identityId, label);
}

void SessionsPage::sendRevoke(const QString &sessionId, const QString &identityId, const QString &label)
{
    m_error->clear();
    m_actions->revoke(sessionId, identityId, label, this,
                      [this, sessionId, identityId, label](const ApiResult<NoContent> &result) {
                          if (!result.ok()) {
                              m_error->showError(result.error());
                              return;
                          }
                          m_model->markRevoked({sessionId});
                          if (m_detail->sessionId() == sessionId)
                              m_detail->refresh();
                          updateSummary();
                      });
}

void SessionsPage::revokeSelected()
{
    QStringList ids;
    QHash<QString, QString> labels;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const QString id = index.data(AllSessionsModel::SessionIdRole).toString();
        ids.append(id);
        labels.insert(id, BulkOperation::sessionLabel(
                              id, index.siblingAtColumn(AllSessionsModel::IdentityColumn).data().toString()));
    }
    if (ids.isEmpty())
        return;
    const int count = int(ids.size());
    const ConfirmDialog::Request request =
        ConfirmDialog::request(BulkOperation::describe(BulkOperation::Action::RevokeSession, count),
                               m_production ? QString::number(count) : QString());
    QString reason;
    if (!ConfirmDialog::confirmWithReason(this, request, &reason))
        return;
    // Not modal: the operator can keep reading while it runs.
    auto *dialog = new BulkDialog(m_client, m_audit, BulkOperation::Action::RevokeSession, ids, labels, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    BulkOperation *operation = dialog->operation();
    operation->setReason(reason);
    connect(operation, &BulkOperation::finished, this, [this, operation]() {
        m_model->markRevoked(operation->ids(BulkOperation::Status::Succeeded));
        if (!m_detail->sessionId().isEmpty())
            m_detail->refresh();
        updateSummary();
    });
    dialog->show();
    dialog->start();
}

void SessionsPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int count = int(m_table->selectionModel()->selectedRows().size());
    const QString identityId = index.data(AllSessionsModel::IdentityIdRole).toString();
    QAction *open =
        menu->addAction(tr("Open &identity"), this, [this, identityId]() { Q_EMIT openIdentityRequested(identityId); });
    open->setEnabled(!identityId.isEmpty());
    menu->addAction(tr("&Copy session ID"), this, [index]() {
        QApplication::clipboard()->setText(index.data(AllSessionsModel::SessionIdRole).toString());
    });
    menu->addSeparator();
    menu->addAction(tr("Re&voke %Ln selected…", nullptr, std::max(1, count)), this, &SessionsPage::revokeSelected);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}
