// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentitiesPage.h"

#include "ColumnMenu.h"
#include "ContextMenuKeys.h"
#include "ErrorBanner.h"
#include "FilterChips.h"
#include "IdentityDetailPane.h"
#include "IdentityFilterProxy.h"
#include "IdentityListActions.h"
#include "IdentityListModel.h"
#include "IdentityListStatus.h"
#include "IdentityWindows.h"
#include "KratosClient.h"
#include "PinnedListNote.h"
#include "PinnedSelection.h"
#include "PlainTextDelegate.h"
#include "SchemaListModel.h"
#include "UnreadableIdentitiesNote.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

IdentitiesPage::IdentitiesPage(KratosClient *client, AuditLog *audit, SchemaListModel *schemas, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_audit(audit)
    , m_schemas(schemas)
    , m_model(new IdentityListModel(client, this))
    , m_proxy(new IdentityFilterProxy(this))
    , m_mode(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_quickFilter(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_debounce(new QTimer(this))
    , m_table(new QTableView(this))
    , m_pin(nullptr)
    , m_actions(nullptr)
    , m_detail(new IdentityDetailPane(client, audit, this))
    , m_unreadableNote(new UnreadableIdentitiesNote(this))
    , m_listStatus(new IdentityListStatus(m_model, m_proxy, this))
    , m_hint(new QLabel(this))
    , m_chips(new FilterChips(this))
    , m_error(new ErrorBanner(this))
{
    setUpSearchControls();
    setUpTable();
    buildLayout();
    connectSignals();
    addShortcuts();
}

void IdentitiesPage::setProductionMode(bool production)
{
    m_production = production;
    m_detail->setProductionMode(production);
    m_actions->setProductionMode(production);
}

QStringList IdentitiesPage::selectedIds() const
{
    return m_actions->selectedIds();
}

void IdentitiesPage::copySelectedIds()
{
    m_actions->copySelectedIds();
}

void IdentitiesPage::runBulk(int action)
{
    m_actions->runBulk(action);
}

void IdentitiesPage::exportIdentities()
{
    m_actions->exportRows(m_proxy, filterWords());
}

QString IdentitiesPage::filterWords() const
{
    QStringList words;
    if (!m_search->text().trimmed().isEmpty())
        words.append(QStringLiteral("search %1 \"%2\"").arg(m_mode->currentText(), m_search->text().trimmed()));
    if (!m_quickFilter->text().trimmed().isEmpty())
        words.append(QStringLiteral("filter \"%1\"").arg(m_quickFilter->text().trimmed()));
    if (m_state->currentIndex() > 0)
        words.append(QStringLiteral("state %1").arg(m_state->currentText()));
    return words.join(QStringLiteral("; "));
}

void IdentitiesPage::createIdentity()
{
    m_actions->createIdentity(m_schemas);
}

void IdentitiesPage::importIdentities()
{
    m_actions->importFile();
}

void IdentitiesPage::setLastSignIns(const std::shared_ptr<const LastSignIns> &signIns)
{
    m_model->setLastSignIns(signIns);
    m_proxy->setLastSignIns(signIns);
}

void IdentitiesPage::reload()
{
    m_model->reload();
    updateStatus();
}

void IdentitiesPage::schemasLoaded()
{
    // Until they arrive (or when they cannot be read) the list shows the usual email/username/phone traits.
    SchemaCatalog catalog;
    catalog.setSchemas(m_schemas->schemas());
    m_model->setSchemas(catalog);
    m_detail->setSchemas(catalog);
    m_windows->setSchemas(catalog);
}

void IdentitiesPage::search()
{
    m_debounce->stop();
    m_openSingleHit = false;
    const QString text = m_search->text().trimmed();
    m_searched = text;
    const SearchMode mode = SearchMode(m_mode->currentData().toInt());
    if (mode == SearchMode::ExternalId && !text.isEmpty()) {
        // Kratos looks external ids up one at a time; show the match as a one-row list.
        m_client->getIdentityByExternalId(text, this, [this, text](const ApiResult<Identity> &r) {
            if (m_search->text().trimmed() != text)
                return;
            IdentityListQuery byId;
            byId.ids = {r.ok() ? r.value().id : QStringLiteral("00000000-0000-0000-0000-000000000000")};
            m_model->setQuery(byId);
            if (!r.ok() && r.error().httpStatus() != 404)
                m_error->showError(r.error());
        });
        return;
    }
    const IdentityListQuery query = IdentitySearch::query(mode, text);
    m_model->setQuery(query);
    updateStatus();
}

void IdentitiesPage::searchOrOpen()
{
    // Enter on a search already shown opens its selected or single result; otherwise it searches
    // now and opens the result if there is exactly one.
    const bool shown = !m_debounce->isActive() && !m_model->isLoading() && m_proxy->isSettled() &&
                       m_search->text().trimmed() == m_searched;
    if (shown && m_table->currentIndex().isValid()) {
        openRow(m_table->currentIndex().row());
        return;
    }
    if (shown && m_proxy->rowCount() == 1) {
        openRow(0);
        return;
    }
    search();
    m_openSingleHit = true;
}

void IdentitiesPage::openRow(int row)
{
    m_pin->pin(m_proxy->index(row, 0).data(IdentityListModel::IdentityIdRole).toString());
    m_detail->focusDetails();
}

void IdentitiesPage::findByIdentifier(const QString &identifier)
{
    findAndOpen(SearchMode::Identifier, identifier);
}

void IdentitiesPage::showIdentityById(const QString &id)
{
    findAndOpen(SearchMode::Ids, id);
}

void IdentitiesPage::showAllInState(Identity::State state)
{
    if (!m_search->text().trimmed().isEmpty() || m_model->query().filterCount() > 0) {
        const QSignalBlocker blockSearch(m_search);
        m_search->clear();
        search();
    }
    m_state->setCurrentIndex(m_state->findData(int(state)));
}

void IdentitiesPage::findAndOpen(SearchMode mode, const QString &text)
{
    if (!m_modeByNavigation)
        m_userMode = m_mode->currentIndex();
    m_modeByNavigation = true;
    {
        const QSignalBlocker blockMode(m_mode);
        const QSignalBlocker blockSearch(m_search);
        m_mode->setCurrentIndex(m_mode->findData(int(mode)));
        m_search->setText(text);
    }
    search();
    // Open it as soon as it is there.
    auto select = std::make_shared<QMetaObject::Connection>();
    *select = connect(m_model, &IdentityListModel::pageLoaded, this, [this, select]() {
        disconnect(*select);
        whenRowsShown([this]() {
            if (m_proxy->rowCount() > 0)
                m_pin->pin(m_proxy->index(0, 0).data(IdentityListModel::IdentityIdRole).toString());
        });
    });
}

void IdentitiesPage::whenRowsShown(const std::function<void()> &then)
{
    if (m_proxy->isSettled()) {
        then();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_proxy, &IdentityFilterProxy::settled, this, [once, then]() {
        disconnect(*once);
        then();
    });
}

void IdentitiesPage::setUpSearchControls()
{
    m_hint->setTextFormat(Qt::PlainText);
    m_mode->setObjectName(QStringLiteral("searchMode"));
    m_mode->addItem(tr("Login identifier is"), int(SearchMode::Identifier));
    m_mode->addItem(tr("Login identifier starts with"), int(SearchMode::IdentifierPrefix));
    m_mode->addItem(tr("Identity IDs"), int(SearchMode::Ids));
    m_mode->addItem(tr("External ID"), int(SearchMode::ExternalId));
    m_mode->addItem(tr("Organisation ID"), int(SearchMode::Organisation));
    m_mode->setAccessibleName(tr("Search by"));
    // Combo boxes elide their longest entry instead of widening the window (scale 2, long words).
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mode->setMinimumContentsLength(12);
    m_search->setObjectName(QStringLiteral("serverSearch"));
    m_search->setAccessibleName(tr("Search Kratos"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search Kratos: email, username, phone… (Ctrl+F)"));
    m_quickFilter->setObjectName(QStringLiteral("quickFilter"));
    m_quickFilter->setAccessibleName(tr("Filter loaded identities"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setPlaceholderText(tr("Filter loaded rows: any trait text"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("State filter"));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state->setMinimumContentsLength(8);
    m_state->addItem(tr("Any state"), -1);
    m_state->addItem(tr("Active"), int(Identity::State::Active));
    m_state->addItem(tr("Inactive"), int(Identity::State::Inactive));
    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("Kratos searches by one filter at a time: pick what the text is. Exact identifiers match "
                       "emails, usernames and phone numbers used to sign in."));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
}

void IdentitiesPage::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("identityTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside
    m_table->setAccessibleName(tr("Identities"));
    // The pane stays on the identity the user chose, whatever the list does meanwhile.
    m_pin = new PinnedSelection(m_table, m_proxy, IdentityListModel::IdentityIdRole, this);
    // (The model goes before the page's other children: by then it answers nothing.)
    m_pin->setRowLookup([this, model = QPointer<IdentityListModel>(m_model)](const QString &id) {
        const int source = model ? model->rowOf(id) : -1;
        return source < 0 ? -1 : m_proxy->mapFromSource(m_model->index(source, 0)).row();
    });
    m_actions = new IdentityListActions(m_client, m_audit, m_model, m_table, m_detail, this);
    m_windows = new IdentityWindows(m_client, m_audit, m_model, m_detail, this);
    connect(m_actions, &IdentityListActions::openInWindowRequested, this, &IdentitiesPage::openInWindow);
    connect(m_actions, &IdentityListActions::statusChanged, m_listStatus, &IdentityListStatus::showMessage);
    connect(m_actions, &IdentityListActions::exported, this, &IdentitiesPage::exported);
    // Show a new identity on its own, open, ready to be checked.
    connect(m_actions, &IdentityListActions::created, this, &IdentitiesPage::showIdentityById);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // server order (by id) until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Each quick-filter keystroke repaints every visible cell: laid out once, not on every paint.
    m_table->setItemDelegate(new PlainTextDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::IdentifierColumn, 260);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::NameColumn, 160);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::StateColumn, 70);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::VerifiedColumn, 85);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::SchemaColumn, 100);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::CreatedColumn, 150);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::UpdatedColumn, 150);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::ExternalIdColumn, 120);
    m_table->horizontalHeader()->resizeSection(IdentityListModel::OrganisationColumn, 120);
    ColumnMenu::install(m_table->horizontalHeader());
    ContextMenuKeys::install(m_table);
    m_error->setObjectName(QStringLiteral("identityErrorBanner"));
}

void IdentitiesPage::buildLayout()
{
    // Two rows: the server search with the actions, then the filters over the loaded rows. In one
    // row the search box shrank to a few letters at scale 2.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_mode);
    searchRow->addWidget(m_search, 1);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_quickFilter, 1);
    filterRow->addWidget(m_state);
    // The count and what restricts the list, beside the filters: the page grows no taller for them.
    filterRow->addWidget(m_chips, 1);
    m_quickFilter->setMinimumWidth(m_quickFilter->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto *createButton = new QPushButton(tr("&New…"), this);
    createButton->setObjectName(QStringLiteral("createIdentityButton"));
    connect(createButton, &QPushButton::clicked, this, &IdentitiesPage::createIdentity);
    connect(m_schemas, &SchemaListModel::loaded, this, &IdentitiesPage::schemasLoaded);
    searchRow->addWidget(createButton);
    searchRow->addWidget(exportButton);
    searchRow->addWidget(importButton);
    connect(exportButton, &QPushButton::clicked, this, &IdentitiesPage::exportIdentities);
    connect(importButton, &QPushButton::clicked, this, &IdentitiesPage::importIdentities);
    // Tab goes through the page in reading order: both rows above the list left to right, then the list.
    QWidget::setTabOrder(m_mode, m_search);
    QWidget::setTabOrder(m_search, createButton);
    QWidget::setTabOrder(createButton, exportButton);
    QWidget::setTabOrder(exportButton, importButton);
    QWidget::setTabOrder(importButton, m_quickFilter);
    QWidget::setTabOrder(m_quickFilter, m_state);
    QWidget::setTabOrder(m_state, m_table);
    m_chips->setTabNeighbours(m_state, m_table);
    connect(m_chips, &FilterChips::removeRequested, this, &IdentitiesPage::removeRestriction);
    connect(m_chips, &FilterChips::clearAllRequested, this, &IdentitiesPage::clearAllFilters);
    // Esc in the empty search box clears every restriction.
    m_search->installEventFilter(this);
    QWidget *tableSide = buildTableSide();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("identitiesSplitter"));
    splitter->addWidget(tableSide);
    splitter->addWidget(m_detail);
    splitter->setChildrenCollapsible(false);
    tableSide->setMinimumWidth(240);
    m_detail->setMinimumWidth(300);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the list gets the larger share until the user moves it
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
}

QWidget *IdentitiesPage::buildTableSide()
{
    auto *tableSide = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    // Identities the server listed that could not be read: named above the list, never dropped
    // unseen (issue #32 §3).
    tableLayout->addWidget(m_unreadableNote);
    connect(m_model, &IdentityListModel::unreadableChanged, this,
            [this]() { m_unreadableNote->setItems(m_model->unreadable()); });
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_listStatus);
    connect(m_listStatus, &IdentityListStatus::loadAllToggled, this, &IdentitiesPage::updateStatus);
    return tableSide;
}

void IdentitiesPage::connectSignals()
{
    connect(m_model, &IdentityListModel::loadingChanged, this, &IdentitiesPage::updateStatus);
    connect(m_model, &IdentityListModel::pageLoaded, this, &IdentitiesPage::updateStatus);
    connect(m_model, &IdentityListModel::pageLoaded, this, [this]() {
        if (std::exchange(m_openSingleHit, false))
            whenRowsShown([this]() {
                if (m_proxy->rowCount() == 1)
                    openRow(0);
            });
    });
    connect(m_model, &IdentityListModel::loadFailed, this, &IdentitiesPage::updateStatus);
    connect(m_error, &ErrorBanner::retryRequested, this, [this]() {
        m_model->retry(); // a failed page is asked for again; the rows loaded so far stay
        updateStatus();
    });
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &IdentitiesPage::searchOrOpen);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &IdentitiesPage::search);
    connect(m_mode, &QComboBox::activated, this, [this](int index) {
        m_userMode = index; // only the user's own choice
        m_modeByNavigation = false;
    });
    // Typing a new search after Open identity searches in the user's own mode again.
    connect(m_search, &QLineEdit::textEdited, this, &IdentitiesPage::restoreUserMode);
    connect(m_debounce, &QTimer::timeout, this, &IdentitiesPage::search);
    connect(m_quickFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_listStatus->setSortAsked(false);
        m_proxy->setQuery(text);
        updateStatus();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_listStatus,
            [this]() { m_listStatus->setSortAsked(true); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this]() {
        m_listStatus->setSortAsked(false);
        const int state = m_state->currentData().toInt();
        m_proxy->setStateFilter(state < 0 ? std::nullopt : std::optional<Identity::State>(Identity::State(state)));
        updateStatus();
    });
    connect(m_proxy, &IdentityFilterProxy::settled, this, &IdentitiesPage::updateStatus);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &IdentitiesPage::updateStatus);
    connect(m_pin, &PinnedSelection::pinned, this, &IdentitiesPage::showPinned);
    connect(m_pin, &PinnedSelection::shownChanged, this, &IdentitiesPage::updateListNote);
    connect(m_model, &IdentityListModel::loadingChanged, this, &IdentitiesPage::updateListNote);
    connect(m_model, &IdentityListModel::pageLoaded, this, &IdentitiesPage::updateListNote);
    connect(m_proxy, &IdentityFilterProxy::settled, this, &IdentitiesPage::updateListNote);
    connect(m_detail, &IdentityDetailPane::showInListRequested, this, &IdentitiesPage::showPinnedInList);
    // What the pane changes reaches the list and the identity's own windows (IdentityWindows).
    connect(m_detail, &IdentityDetailPane::identityDeleted, m_model, &IdentityListModel::removeIdentity);
    connect(m_table, &QTableView::activated, this, [this]() { m_detail->focusDetails(); });
    connect(m_table, &QWidget::customContextMenuRequested, m_actions, &IdentityListActions::showContextMenu);
}

void IdentitiesPage::addShortcuts()
{
    auto *copy = new QShortcut(QKeySequence::Copy, m_table);
    copy->setWhatsThis(tr("Identities: copy the selected identities' IDs"));
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &IdentitiesPage::copySelectedIds);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setWhatsThis(tr("Identities: go to the search box"));
    connect(find, &QShortcut::activated, this, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setWhatsThis(tr("Identities: load the list again"));
    connect(refresh, &QShortcut::activated, this, &IdentitiesPage::reload);
    auto *summary = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    summary->setWhatsThis(tr("Identities: copy a summary of the identity shown for a support ticket"));
    connect(summary, &QShortcut::activated, m_detail, &IdentityDetailPane::copySummary);
    auto *detach = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    detach->setWhatsThis(tr("Identities: open the identity shown in a window of its own"));
    connect(detach, &QShortcut::activated, this, &IdentitiesPage::openInWindow);
    auto *remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setWhatsThis(tr("Identities: delete the selected identity (asks first)"));
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, m_detail, &IdentityDetailPane::deleteIdentity);
}

IdentitiesPage::~IdentitiesPage()
{
    // Children go in the order they were made, the model first: nothing may look at the rows
    // while they go.
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_proxy, nullptr, this, nullptr);
    delete m_pin;
}

QString IdentitiesPage::pinnedId() const
{
    return m_pin->id();
}

IdentityWindow *IdentitiesPage::openInWindow()
{
    const std::optional<Identity> shown = m_detail->identity();
    return shown ? m_windows->open(*shown, m_detail->label()) : nullptr;
}

void IdentitiesPage::forgetSelection()
{
    m_windows->closeAll();
    m_pin->clear();
}

void IdentitiesPage::showPinned(const QString &id)
{
    const std::optional<Identity> identity = id.isEmpty() ? std::nullopt : m_model->identityAt(m_model->rowOf(id));
    if (identity)
        m_detail->showIdentity(*identity);
    else
        m_detail->clear();
    updateListNote();
}

void IdentitiesPage::updateListNote()
{
    const QString id = m_pin->id();
    if (id.isEmpty() || m_pin->isShown() || m_detail->isDeleted()) {
        m_detail->setListNote(QString(), false);
        return;
    }
    PinnedListNote::Facts facts;
    facts.loaded = m_model->rowOf(id) >= 0;
    facts.settled = m_proxy->isSettled();
    facts.stateFilter = m_state->currentIndex() > 0 ? m_state->currentText() : QString();
    facts.quickFilter = m_quickFilter->text().trimmed();
    facts.loading = m_model->isLoading();
    facts.loadFailed = !m_model->lastError().isNull();
    facts.searching = !m_searched.isEmpty() || m_model->query().filterCount() > 0;
    facts.searched = m_searched;
    facts.complete = m_model->isComplete();
    facts.loadedCount = m_model->rowCount();
    const PinnedListNote note = PinnedListNote::explain(facts);
    m_detail->setListNote(note.text, note.problem);
    if (note.askServer)
        m_detail->refresh(); // the pane says "deleted" when it is gone
}

void IdentitiesPage::showPinnedInList()
{
    const QString id = m_pin->id();
    if (id.isEmpty())
        return;
    if (m_model->rowOf(id) >= 0) {
        // Only the filters over the loaded rows hide it: clear them.
        m_quickFilter->clear();
        m_state->setCurrentIndex(0);
        whenRowsShown([this]() { m_pin->reconcile(); });
        return;
    }
    showIdentityById(id); // a search for its id lists it
}

void IdentitiesPage::restoreUserMode()
{
    if (!std::exchange(m_modeByNavigation, false))
        return;
    const QSignalBlocker block(m_mode);
    m_mode->setCurrentIndex(m_userMode);
}

void IdentitiesPage::removeRestriction(const QString &key)
{
    if (key == QLatin1String("search")) {
        restoreUserMode();
        {
            const QSignalBlocker block(m_search);
            m_search->clear();
        }
        search();
    } else if (key == QLatin1String("state")) {
        m_state->setCurrentIndex(0);
    } else if (key == QLatin1String("quick")) {
        m_quickFilter->clear();
    }
}

void IdentitiesPage::clearAllFilters()
{
    m_quickFilter->clear();
    m_state->setCurrentIndex(0);
    const bool searched = !m_search->text().trimmed().isEmpty() || m_model->query().filterCount() > 0;
    restoreUserMode();
    if (searched)
        removeRestriction(QStringLiteral("search"));
    updateStatus();
}

bool IdentitiesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && m_search->text().isEmpty()) {
        clearAllFilters();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void IdentitiesPage::updateChips()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool filtered = m_state->currentIndex() > 0 || !m_quickFilter->text().trimmed().isEmpty();
    QString count;
    if (filtered)
        count = tr("%Ln shown of %1 loaded (%2 hidden by filters)", nullptr, shown)
                    .arg(locale.toString(loaded), locale.toString(loaded - shown));
    else if (m_model->isComplete())
        count = tr("%Ln shown, all loaded", nullptr, shown);
    else
        count = tr("%Ln shown, more on the server", nullptr, shown);
    if (m_table->horizontalHeader()->sortIndicatorSection() >= 0 && !m_model->isComplete())
        count += tr(" · sorted among the loaded rows only");
    QList<FilterChips::Chip> chips;
    if (!m_searched.isEmpty() && m_model->query().filterCount() > 0)
        chips.append({QStringLiteral("search"), tr("Search: %1 “%2”").arg(m_mode->currentText(), m_searched)});
    if (m_state->currentIndex() > 0)
        chips.append({QStringLiteral("state"), tr("State: %1").arg(m_state->currentText())});
    if (!m_quickFilter->text().trimmed().isEmpty())
        chips.append({QStringLiteral("quick"), tr("Filter: “%1”").arg(m_quickFilter->text().trimmed())});
    m_chips->setState(count, chips);
}

void IdentitiesPage::updateStatus()
{
    updateChips();
    const ApiError error = m_model->lastError();
    if (error.isNull())
        m_error->clear();
    else
        m_error->showError(error);
    m_listStatus->refresh();
}
