// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "AllSessionsModel.h"
#include "AppIcons.h"
#include "AppSettings.h"
#include "AuditLog.h"
#include "AuditLogDialog.h"
#include "ConnectionController.h"
#include "CourierPage.h"
#include "ElidedLabel.h"
#include "IdentitiesPage.h"
#include "IdentityDetailPane.h"
#include "InvitationsDialog.h"
#include "KratosClient.h"
#include "LastSignIns.h"
#include "LinkOpener.h"
#include "MessageDetailPane.h"
#include "OverviewLoader.h"
#include "OverviewPage.h"
#include "PlainText.h"
#include "ProfileStore.h"
#include "ProfilesDialog.h"
#include "Prompt.h"
#include "ReasonField.h"
#include "SchemaListModel.h"
#include "SchemasPage.h"
#include "ScreenFit.h"
#include "SessionDetailPane.h"
#include "SessionsPage.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"
#include "ViewState.h"
#include "WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

MainWindow::MainWindow(const AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_central(new QWidget(this))
    , m_switcher(new QComboBox(this))
    , m_band(new QFrame(m_central))
    , m_readOnlyBadge(new QLabel(tr("READ-ONLY"), this))
    , m_pageList(new QListWidget(m_central))
    , m_pages(new QStackedWidget(m_central))
    , m_schemaList(new SchemaListModel(context.client, this))
    , m_overview(new OverviewPage(context.client, m_pages))
    , m_identities(new IdentitiesPage(context.client, context.audit, m_schemaList, m_pages))
    , m_sessions(new SessionsPage(context.client, context.audit, m_schemaList, m_pages))
    , m_courier(new CourierPage(context.client, context.audit, m_pages))
    , m_schemas(new SchemasPage(context.client, m_schemaList, m_pages))
    , m_serverLabel(new ElidedLabel(this))
    , m_versionLabel(new ElidedLabel(this))
    , m_trailBanner(new QLabel(m_central))
    , m_damageBanner(new QLabel(m_central))
    , m_forwarding(new QLabel(this))
    , m_links(new LinkOpener(this, context))
{
    nameWidgets();
    buildToolbar();
    buildMenus();
    buildCentralArea();
    buildStatusBar();
    connectPages();
    connectProfiles();
    reloadSwitcher();
    onClosed();
    applySettings();
    if (m_context.preferences)
        connect(m_context.preferences, &AppSettings::changed, this, &MainWindow::applySettings);
    // A first start fits the screen (at any scale); later starts come back as the user left them.
    ScreenFit::resize(this, QSize(1180, 720));
    ViewState::restore(this, m_context.preferences);
}

void MainWindow::nameWidgets()
{
    m_serverLabel->setTextFormat(Qt::PlainText); // server and file text is never markup
    m_versionLabel->setTextFormat(Qt::PlainText);
    setWindowTitle(tr("Kratos Desk"));
    setObjectName(QStringLiteral("mainWindow"));
    m_switcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_switcher->setMinimumContentsLength(18);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_switcher->setToolTip(tr("Connection profile"));
    m_switcher->setAccessibleName(tr("Connection profile"));
    m_band->setObjectName(QStringLiteral("environmentBand"));
    m_band->setFixedHeight(5);
    m_readOnlyBadge->setObjectName(QStringLiteral("readOnlyBadge"));
    m_readOnlyBadge->setProperty("tone", QStringLiteral("badge")); // coloured by Theme
    m_readOnlyBadge->hide();
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Pages"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
}

void MainWindow::buildToolbar()
{
    auto *toolbar = addToolBar(tr("Connection"));
    toolbar->setObjectName(QStringLiteral("connectionToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *profileLabel = new QLabel(tr(" &Profile: "), this);
    profileLabel->setBuddy(m_switcher);
    toolbar->addWidget(profileLabel);
    toolbar->addWidget(m_switcher);
    m_profilesAction = toolbar->addAction(AppIcons::icon(AppIcons::Name::Profiles), tr("Profi&les…"));
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_profilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_auditAction = toolbar->addAction(AppIcons::icon(AppIcons::Name::Audit), tr("&Audit log…"));
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_settingsAction = toolbar->addAction(AppIcons::icon(AppIcons::Name::Settings), tr("&Settings…"));
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfilesDialog);
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::showAuditLog);
    toolbar->addSeparator();
    toolbar->addWidget(m_readOnlyBadge);
}

void MainWindow::buildMenus()
{
    new QListWidgetItem(AppIcons::icon(AppIcons::Name::Overview), tr("Overview"), m_pageList);
    new QListWidgetItem(AppIcons::icon(AppIcons::Name::Identities), tr("Identities"), m_pageList);
    new QListWidgetItem(AppIcons::icon(AppIcons::Name::Sessions), tr("Sessions"), m_pageList);
    new QListWidgetItem(AppIcons::icon(AppIcons::Name::Courier), tr("Courier"), m_pageList);
    new QListWidgetItem(AppIcons::icon(AppIcons::Name::Schemas), tr("Schemas"), m_pageList);
    m_pageList->setFixedWidth(150);
    // Ctrl+1…n go to the pages in the list's order, whatever pages there are.
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_profilesAction);
    fileMenu->addAction(m_auditAction);
    m_invitationsAction = fileMenu->addAction(tr("I&nvitations…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this,
                                              &MainWindow::showInvitations);
    m_invitationsAction->setObjectName(QStringLiteral("invitationsAction"));
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    auto *goMenu = menuBar()->addMenu(tr("&Go"));
    for (int row = 0; row < m_pageList->count(); ++row) {
        QListWidgetItem *item = m_pageList->item(row);
        const QKeySequence keys(QKeyCombination(Qt::CTRL, Qt::Key(Qt::Key_1 + row)));
        QAction *go = goMenu->addAction(QStringLiteral("&%1 %2").arg(row + 1).arg(item->text()));
        go->setObjectName(QStringLiteral("goToPage%1").arg(row + 1));
        go->setShortcut(keys);
        go->setShortcutContext(Qt::WindowShortcut);
        item->setToolTip(tr("%1 (%2)").arg(item->text(), keys.toString(QKeySequence::NativeText)));
        connect(go, &QAction::triggered, this, [this, row]() {
            if (m_pageList->isEnabled())
                m_pageList->setCurrentRow(row);
        });
        m_pageActions.append(go);
    }
    goMenu->addSeparator();
    QAction *signIn = goMenu->addAction(tr("Sign-in &check of the selected identity"));
    signIn->setObjectName(QStringLiteral("signInCheckAction"));
    signIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    signIn->setShortcutContext(Qt::WindowShortcut);
    connect(signIn, &QAction::triggered, this, [this]() {
        if (!m_pageList->isEnabled() || !m_identities->detail()->identity())
            return;
        m_pageList->setCurrentRow(IdentitiesArea);
        m_identities->detail()->showSignInCheck();
    });
    QAction *openLink = goMenu->addAction(tr("&Open from clipboard"));
    openLink->setObjectName(QStringLiteral("openFromClipboardAction"));
    openLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openLink->setShortcutContext(Qt::WindowShortcut);
    openLink->setToolTip(tr("Open the kratos-desk:// link, identity ID or login identifier on the clipboard"));
    connect(openLink, &QAction::triggered, this, [this]() { m_links->openText(QApplication::clipboard()->text()); });
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *keys = helpMenu->addAction(tr("&Keyboard shortcuts…"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this,
                                        &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    QAction *guide =
        helpMenu->addAction(tr("&User guide"), QKeySequence::HelpContents, this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About Kratos Desk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    m_pageList->setIconSize(QSize(20, 20));
    m_pageList->setSpacing(2);
}

void MainWindow::buildCentralArea()
{
    auto *welcome = new WelcomePage(m_pages);
    m_pages->addWidget(m_overview);
    m_pages->addWidget(m_identities);
    m_pages->addWidget(m_sessions);
    m_pages->addWidget(m_courier);
    m_pages->addWidget(m_schemas);
    m_pages->addWidget(welcome);

    auto *outer = new QVBoxLayout(m_central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_band);
    // While the audit trail cannot be written every change is refused; the window says why.
    m_trailBanner->setObjectName(QStringLiteral("auditTrailBanner"));
    m_trailBanner->setTextFormat(Qt::PlainText);
    m_trailBanner->setWordWrap(true);
    m_trailBanner->setProperty("tone", QStringLiteral("alert"));
    m_trailBanner->hide();
    outer->addWidget(m_trailBanner);
    if (m_context.audit)
        connect(m_context.audit, &AuditLog::writableChanged, this, [this](bool writable, const QString &problem) {
            m_trailBanner->setText(
                tr("The audit trail cannot be written (%1). Every change is refused until it can; reading still "
                   "works. Free disk space or fix the folder's permissions, then try the action again.")
                    .arg(problem));
            m_trailBanner->setVisible(!writable);
        });
    // A trail found damaged was sealed and started again: the window says so for the rest of the session.
    m_damageBanner->setObjectName(QStringLiteral("auditDamageBanner"));
    m_damageBanner->setTextFormat(Qt::PlainText);
    m_damageBanner->setWordWrap(true);
    m_damageBanner->setProperty("tone", QStringLiteral("alert"));
    m_damageBanner->hide();
    outer->addWidget(m_damageBanner);
    if (m_context.audit)
        connect(m_context.audit, &AuditLog::trailRestarted, this, [this](const QString &reason, const QString &sealed) {
            m_damageBanner->setText(
                sealed.isEmpty()
                    ? tr("The audit trail was found damaged (%1) and a new one was started. Its first record says what "
                         "was found. Tell your security officer.")
                          .arg(reason)
                    : tr("The audit trail was found damaged (%1) and a new one was started. The damaged trail was "
                         "kept as %2; the new trail's first record says what was found. Tell your security officer.")
                          .arg(reason, QFileInfo(sealed).fileName()));
            m_damageBanner->setToolTip(sealed);
            m_damageBanner->show();
        });
    auto *row = new QHBoxLayout;
    row->setContentsMargins(6, 6, 6, 0);
    row->addWidget(m_pageList);
    row->addWidget(m_pages, 1);
    outer->addLayout(row, 1);
    setCentralWidget(m_central);

    connect(welcome, &WelcomePage::tryDemo, this, &MainWindow::openDemo);
    connect(welcome, &WelcomePage::connectToKratos, this, &MainWindow::showProfilesDialog);
}

void MainWindow::buildStatusBar()
{
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_forwarding);
    statusBar()->addPermanentWidget(m_versionLabel);
    m_forwarding->setObjectName(QStringLiteral("forwardingLabel"));
    m_forwarding->setTextFormat(Qt::PlainText);
    m_forwarding->hide();
    if (m_context.audit)
        connect(m_context.audit, &AuditLog::forwardingChanged, this, [this](int pending, const QString &state) {
            // Off: nothing to say. Otherwise how many records the collector still has to take.
            m_forwarding->setVisible(state != QLatin1String("off"));
            m_forwarding->setText(pending == 0 ? tr("Audit → syslog: up to date")
                                               : tr("Audit → syslog: %Ln pending", nullptr, pending));
            m_forwarding->setToolTip(state);
        });
}

void MainWindow::connectPages()
{
    connect(m_context.client, &KratosClient::serverUnreachable, this, &MainWindow::showUnreachable);
    connect(m_context.client, &KratosClient::serverAnswered, this, &MainWindow::showAnswered);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_identities->detail(), &IdentityDetailPane::openMessageRequested, this,
            [this](const QString &recipient, const QString &messageId) {
                showPage(CourierArea);
                m_courier->showMessagesTo(recipient, messageId);
            });
    connect(m_identities->detail(), &IdentityDetailPane::openSchemaRequested, this, [this](const QString &schemaId) {
        showPage(SchemasArea);
        m_schemas->showSchema(schemaId);
    });
    m_overview->setSharedIdentities(m_identities->model());
    m_overview->watchChanges(m_context.audit);
    connect(m_overview, &OverviewPage::openCourierRequested, this,
            [this](const QString &status, const QString &recipient, const QString &messageId) {
                showPage(CourierArea);
                if (messageId.isEmpty())
                    m_courier->showStatus(status);
                else
                    m_courier->showMessagesTo(recipient, messageId);
            });
    connect(m_overview, &OverviewPage::openSessionsRequested, this,
            [this](std::optional<bool> active, const QString &filter) {
                showPage(SessionsArea);
                m_sessions->drillDown(active, filter);
            });
    connect(m_overview, &OverviewPage::openIdentitiesRequested, this, [this](Identity::State state) {
        showPage(IdentitiesArea);
        m_identities->showAllInState(state);
    });
    connect(m_sessions->model(), &AllSessionsModel::loadingChanged, this, &MainWindow::followSessionList);
    connect(m_sessions, &SessionsPage::openIdentityRequested, this, [this](const QString &identityId) {
        showPage(IdentitiesArea);
        m_identities->showIdentityById(identityId);
    });
    connect(m_courier, &CourierPage::openIdentityRequested, this, [this](const QString &recipient) {
        showPage(IdentitiesArea);
        m_identities->findByIdentifier(recipient);
    });
}

void MainWindow::connectProfiles()
{
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        const QString id = m_switcher->itemData(index).toString();
        if (!id.isEmpty() && (!m_context.connection->current() || m_context.connection->current()->id != id))
            openProfile(id);
    });
    connect(m_context.profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadSwitcher);
    connect(m_context.connection, &ConnectionController::opened, this, &MainWindow::onOpened);
    connect(m_context.connection, &ConnectionController::closed, this, &MainWindow::onClosed);
    connect(m_context.connection, &ConnectionController::openFailed, this,
            [this](const ConnectionProfile &profile, const QString &message) {
                onClosed();
                Prompt::warning(this, tr("Cannot open %1").arg(profile.name), message);
            });
    connect(m_context.connection, &ConnectionController::tokenUnavailable, this,
            [this](const ConnectionProfile &, const QString &message) { statusBar()->showMessage(message, 15000); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ViewState::save(this, m_context.preferences);
    QMainWindow::closeEvent(event);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showUserGuide()
{
    // One guide window, kept open beside the main window while the user works.
    if (!m_guide) {
        m_guide = new UserGuideDialog(this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::showAbout()
{
    const QString server =
        m_pageList->isEnabled() ? tr("%1 — %2").arg(m_serverLabel->text(), m_versionLabel->text()) : QString();
    auto *dialog = new AboutDialog(server, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::reloadSwitcher()
{
    const QSignalBlocker block(m_switcher);
    const QString current = m_context.connection->current() ? m_context.connection->current()->id : QString();
    m_switcher->clear();
    for (const ConnectionProfile &p : m_context.profiles->profiles()) {
        m_switcher->addItem(p.name, p.id);
        m_switcher->setItemData(m_switcher->count() - 1, p.color(), Qt::DecorationRole);
    }
    m_switcher->setCurrentIndex(m_switcher->findData(current));
}

void MainWindow::showPage(Page page)
{
    if (page == WelcomeArea)
        m_pages->setCurrentIndex(WelcomeArea);
    else
        m_pageList->setCurrentRow(page);
}

void MainWindow::openProfile(const QString &profileId)
{
    m_serverLabel->setText(tr("Connecting…"));
    m_context.connection->open(profileId);
}

void MainWindow::openDemo()
{
    for (const ConnectionProfile &p : m_context.profiles->profiles()) {
        if (p.demo) {
            openProfile(p.id);
            return;
        }
    }
    ConnectionProfile demo = ConnectionProfile::create(tr("Demo (built-in simulator)"));
    demo.demo = true;
    demo.environment = ConnectionProfile::Environment::Development;
    m_context.profiles->save(demo);
    openProfile(demo.id);
}

void MainWindow::onOpened(const ConnectionProfile &profile)
{
    reloadSwitcher();
    m_pageList->setEnabled(true);
    m_band->setStyleSheet(QStringLiteral("QFrame#environmentBand { background: %1; }").arg(profile.color().name()));
    m_band->setToolTip(tr("Environment: %1").arg(ConnectionProfile::environmentName(profile.environment)));
    m_readOnlyBadge->setVisible(profile.readOnly);
    ReasonField::setProfileRequires(profile.requireReason); // what confirmations ask of each change
    m_identities->setProductionMode(profile.isProduction());
    m_courier->setProductionMode(profile.isProduction());
    m_sessions->setProductionMode(profile.isProduction());
    m_overview->setProfile(profile);
    if (m_context.audit)
        m_overview->loader()->setInvitationTrails(m_context.audit->directory(), m_context.audit->scope().authority);
    const QString where = profile.demo ? tr("simulator at %1").arg(m_context.client->connection().adminUrl.authority())
                                       : profile.adminUrl.authority();
    connectToServer(tr("%1 — %2").arg(profile.name, where));
    if (profile.exposesTokenInTransit() && !m_context.client->connection().token.isEmpty())
        statusBar()->showMessage(
            tr("Warning: the admin token travels unencrypted over http:// to %1.").arg(profile.adminUrl.host()), 30000);
}

void MainWindow::onClosed()
{
    m_identities->forgetSelection();
    m_courier->forgetSelection();
    m_sessions->forgetSelection();
    m_overview->clear();
    m_schemas->clear();
    m_band->setStyleSheet(QString());
    m_readOnlyBadge->hide();
    m_pageList->setEnabled(false);
    m_pages->setCurrentIndex(WelcomeArea);
    m_serverLabel->setText(tr("Not connected"));
    m_versionLabel->clear();
    setWindowTitle(tr("Kratos Desk"));
}

void MainWindow::followSessionList(bool loading)
{
    const AllSessionsModel *sessions = m_sessions->model();
    if (loading && sessions->rowCount() == 0) {
        // A new list (another server, or read again): what it said is not known any more.
        ++m_sessionListGeneration;
        m_identities->setLastSignIns(nullptr);
        m_overview->loader()->setLastSignIns(nullptr);
        return;
    }
    // Every session, whatever its state: then each identity's newest sign-in is known. Hundreds of
    // thousands of rows are gathered on a worker; a list started meanwhile makes the result stale.
    if (!loading && sessions->isComplete() && !sessions->activeFilter().has_value()) {
        const quint64 generation = ++m_sessionListGeneration;
        auto *watcher = new QFutureWatcher<std::shared_ptr<const LastSignIns>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
            watcher->deleteLater();
            if (generation != m_sessionListGeneration)
                return;
            const auto signIns = watcher->result();
            m_identities->setLastSignIns(signIns);
            m_overview->loader()->setLastSignIns(signIns);
        });
        watcher->setFuture(QtConcurrent::run(&LastSignIns::fromRows, sessions->rows(), sessions->readAt()));
    }
}

void MainWindow::connectToServer(const QString &description)
{
    m_pageList->setEnabled(true);
    m_serverLabel->setText(description);
    setWindowTitle(tr("%1 — Kratos Desk").arg(description));
    if (m_pages->currentIndex() == WelcomeArea || m_pageList->currentRow() < 0)
        m_pageList->setCurrentRow(OverviewArea);
    m_pages->setCurrentIndex(m_pageList->currentRow());
    refreshServerInfo();
    m_overview->refresh();
    // Nothing of the previous server stays in a pane (a revealed body included).
    m_identities->forgetSelection();
    m_sessions->forgetSelection();
    m_courier->forgetSelection();
    m_identities->reload();
    m_sessions->reload();
    m_courier->reload();
    m_schemas->clear();
    m_schemas->reload(); // loads the schema list the Identities page and its dialogs share
}

void MainWindow::showProfilesDialog()
{
    // Window-modal and asynchronous (open(), not exec()): no nested event loop runs under the
    // window's own state while a dialog is up.
    auto *dialog = new ProfilesDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_context.connection->current())
        dialog->selectProfile(m_context.connection->current()->id);
    connect(dialog, &ProfilesDialog::connectRequested, this, &MainWindow::openProfile);
    dialog->open();
}

void MainWindow::showSettings()
{
    if (!m_context.preferences)
        return;
    auto *dialog = new SettingsDialog(m_context.preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applySettings()
{
    if (!m_context.preferences)
        return;
    m_courier->setAutoRefreshInterval(m_context.preferences->courierRefreshSeconds() * 1000);
    m_overview->setRefreshInterval(m_context.preferences->overviewRefreshSeconds());
    m_courier->detail()->setWipeTimeout(m_context.preferences->bodyWipeSeconds() * 1000);
}

void MainWindow::showAuditLog()
{
    const auto current = m_context.connection->current();
    if (!current) {
        Prompt::warning(this, tr("Audit log"), tr("Open a profile first: each profile has its own audit log."));
        return;
    }
    auto *dialog = new AuditLogDialog(m_context.audit, current->id, current->name, this, current->ticketUrl);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showInvitations()
{
    const auto current = m_context.connection->current();
    if (!current) {
        Prompt::warning(this, tr("Invitations"), tr("Open a profile first: invitations belong to its server."));
        return;
    }
    auto *dialog = new InvitationsDialog(m_context.client, m_context.audit, m_schemaList, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProductionMode(current->isProduction());
    connect(dialog, &InvitationsDialog::identitiesChanged, m_identities, &IdentitiesPage::reload);
    connect(dialog, &InvitationsDialog::openIdentityRequested, this, [this](const QString &id) {
        showPage(IdentitiesArea);
        m_identities->showIdentityById(id);
    });
    dialog->open();
}

void MainWindow::showUnreachable(const ApiError &error)
{
    if (!m_pageList->isEnabled())
        return; // not connected
    if (!m_unreachableSince.isValid())
        m_unreachableSince = QDateTime::currentDateTime();
    m_versionLabel->setText(
        tr("Kratos unreachable since %1: %2")
            .arg(QLocale().toString(m_unreachableSince.time(), QLocale::ShortFormat), error.title()));
    m_versionLabel->setToolTip(PlainText::toolTip(error.userMessage()));
}

void MainWindow::showAnswered()
{
    // Back after a failure: read the version and readiness again instead of keeping the old words.
    if (m_unreachableSince.isValid())
        refreshServerInfo();
}

void MainWindow::refreshServerInfo()
{
    m_unreachableSince = {};
    m_versionLabel->setText(tr("Kratos: checking…"));
    m_context.client->getVersion(this, [this](const ApiResult<ServerVersion> &result) {
        if (!result.ok()) {
            m_versionLabel->setText(tr("Kratos version unknown"));
            m_versionLabel->setToolTip(PlainText::toolTip(result.error().userMessage()));
            return;
        }
        const QString version = result.value().version;
        m_context.client->checkReady(this, [this, version](const ApiResult<HealthStatus> &ready) {
            const QString state = !ready.ok()        ? tr("readiness unknown")
                                  : ready.value().ok ? tr("ready")
                                                     : tr("not ready: %1").arg(ready.value().detail);
            m_versionLabel->setText(tr("Kratos %1 · %2").arg(version, state));
            m_versionLabel->setToolTip(ready.ok() ? QString() : PlainText::toolTip(ready.error().userMessage()));
        });
    });
}
