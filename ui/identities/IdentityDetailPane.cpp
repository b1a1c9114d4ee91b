// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityDetailPane.h"

#include "IdentityActions.h"

#include "ConfirmDialog.h"
#include "CopySummaryButton.h"
#include "ElidedLabel.h"
#include "ErrorBanner.h"
#include "FlowLayout.h"
#include "IdentityEditDialog.h"
#include "IdentityHistoryTab.h"
#include "IdentityListModel.h"
#include "IdentityMessagesTab.h"
#include "IdentityMetadataTab.h"
#include "IdentitySessionChanges.h"
#include "IdentitySessionsTab.h"
#include "IdentityTree.h"
#include "KratosClient.h"
#include "ListNote.h"
#include "RecoveryDialog.h"
#include "SignInCheckPanel.h"
#include "StateBadge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

IdentityDetailPane::IdentityDetailPane(KratosClient *client, AuditLog *audit, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_audit(audit)
    , m_identityActions(new IdentityActions(client, audit, this))
    , m_note(new ListNote(this))
    , m_title(new ElidedLabel(this))
    , m_stateBadge(new StateBadge(this))
    , m_readStamp(new QLabel(this))
    , m_externalId(new QLabel(this))
    , m_stateButton(new QPushButton(this))
    , m_recoveryButton(new QPushButton(tr("Recovery…"), this))
    , m_editButton(new QPushButton(tr("Edit…"), this))
    , m_credentialButton(new QPushButton(tr("Credentials"), this))
    , m_deleteButton(new QPushButton(tr("Delete…"), this))
    , m_schemaButton(new QPushButton(tr("Open schema"), this))
    , m_copyButton(new CopySummaryButton(client, audit, this))
    , m_error(new ErrorBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new IdentityTree(this))
    , m_signIn(new SignInCheckPanel(client, audit, this))
    , m_metadata(new IdentityMetadataTab(this))
    , m_sessions(new IdentitySessionsTab(client, this))
    , m_messages(new IdentityMessagesTab(client, this))
    , m_history(new IdentityHistoryTab(client, audit, this))
{
    nameWidgets();
    buildLayout();
    connectSignals();
    clear();
}

void IdentityDetailPane::nameWidgets()
{
    m_title->setTextFormat(Qt::PlainText); // server and file text is never markup
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_title->setAccessibleName(tr("Selected identity"));
    m_stateBadge->setObjectName(QStringLiteral("stateBadge"));
    m_stateButton->setObjectName(QStringLiteral("toggleStateButton"));
    m_recoveryButton->setObjectName(QStringLiteral("recoveryButton"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_schemaButton->setObjectName(QStringLiteral("openSchemaButton"));
    m_schemaButton->setToolTip(tr("Show this identity's schema on the Schemas page"));
    m_credentialButton->setObjectName(QStringLiteral("credentialButton"));
    m_credentialButton->setToolTip(tr("Remove a credential, e.g. a lost TOTP device or an old social sign-in link"));
    m_credentialButton->setMenu(new QMenu(m_credentialButton));
    m_deleteButton->setObjectName(QStringLiteral("deleteIdentityButton"));
    m_error->setObjectName(QStringLiteral("detailError"));
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_overview, tr("Overview"));
    m_signIn->setObjectName(QStringLiteral("signInCheck"));
    m_tabs->addTab(m_signIn, tr("Sign-in check"));
    m_tabs->setTabToolTip(m_tabs->count() - 1, tr("Why this person may not get in, and the fixes"));
    m_tabs->addTab(m_metadata, tr("Metadata"));
    m_tabs->addTab(m_sessions, tr("Sessions"));
    m_tabs->addTab(m_messages, tr("Messages"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setTabToolTip(m_tabs->count() - 1, tr("What was done to this person and when, newest first"));
    connect(m_signIn, &SignInCheckPanel::evidenceLoaded, m_history, &IdentityHistoryTab::setEvidence);
    connect(m_messages, &IdentityMessagesTab::openMessageRequested, this, &IdentityDetailPane::openMessageRequested);
}

void IdentityDetailPane::buildLayout()
{
    m_externalId->setObjectName(QStringLiteral("detailExternalId"));
    m_externalId->setTextFormat(Qt::PlainText); // server text
    m_externalId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_externalId->hide();
    m_readStamp->setObjectName(QStringLiteral("readStamp"));
    m_readStamp->setTextFormat(Qt::PlainText);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_readStamp);
    heading->addWidget(m_stateBadge);
    // The buttons wrap onto a second row when the pane is narrow: the pane never widens the window.
    auto *actions = new FlowLayout;
    QWidget *previous = nullptr;
    for (QPushButton *button :
         std::initializer_list<QPushButton *>{m_stateButton, m_editButton, m_recoveryButton, m_credentialButton,
                                              m_schemaButton, m_copyButton, m_deleteButton}) {
        actions->addWidget(button);
        if (previous) // Tab goes through the buttons as they read, left to right
            QWidget::setTabOrder(previous, button);
        previous = button;
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addLayout(heading);
    layout->addWidget(m_externalId);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
}

void IdentityDetailPane::connectSignals()
{
    connect(m_stateButton, &QPushButton::clicked, this, &IdentityDetailPane::toggleState);
    connect(m_deleteButton, &QPushButton::clicked, this, &IdentityDetailPane::deleteIdentity);
    connect(m_editButton, &QPushButton::clicked, this, &IdentityDetailPane::editIdentity);
    connect(m_schemaButton, &QPushButton::clicked, this, [this]() {
        if (m_identity)
            Q_EMIT openSchemaRequested(m_identity->schemaId);
    });
    connect(m_recoveryButton, &QPushButton::clicked, this, &IdentityDetailPane::createRecovery);
    connect(m_copyButton, &QPushButton::clicked, this, &IdentityDetailPane::copySummary);
    connect(m_copyButton, &CopySummaryButton::failed, this, [this](const QString &id, const ApiError &error) {
        if (m_identity && m_identity->id == id)
            fail(error, [this]() { copySummary(); });
    });
    connect(m_signIn, &SignInCheckPanel::activateRequested, this, [this]() {
        if (m_identity && m_identity->state != Identity::State::Active)
            toggleState();
    });
    connect(m_signIn, &SignInCheckPanel::revokeSessionsRequested, this, &IdentityDetailPane::revokeAllSessions);
    connect(m_signIn, &SignInCheckPanel::adminRecoveryRequested, this, &IdentityDetailPane::createRecovery);
    connect(m_signIn, &SignInCheckPanel::editRequested, this, &IdentityDetailPane::editIdentity);
    connect(m_signIn, &SignInCheckPanel::openMessageRequested, this, &IdentityDetailPane::openMessageRequested);
    connect(m_signIn, &SignInCheckPanel::refreshRequested, this, &IdentityDetailPane::refresh);
    connect(m_signIn, &SignInCheckPanel::identityChanged, this,
            [this](const Identity &changed) { applyChanged(changed); });
    connect(m_note, &ListNote::showInListRequested, this, &IdentityDetailPane::showInListRequested);
    m_sessionChanges = new IdentitySessionChanges(m_client, m_audit, m_sessions, this);
    connect(m_sessionChanges, &IdentitySessionChanges::failed, this,
            [this](const ApiError &error, const IdentitySessionChanges::Retry &retry) {
                fail(error, [this, retry]() {
                    m_error->clear(); // each try starts without the last one's error
                    retry();
                });
            });
    connect(m_sessionChanges, &IdentitySessionChanges::sessionsChanged, this, [this](const QString &id) {
        if (m_identity && m_identity->id == id)
            sessionsChanged(id);
    });
    connect(m_sessionChanges, &IdentitySessionChanges::sessionUpdated, this,
            [this](const QString &id, const Session &session) {
                if (m_identity && m_identity->id == id) // else another identity is shown now
                    m_sessions->updateSession(session);
            });
    connect(m_sessions, &IdentitySessionsTab::revokeRequested, this, &IdentityDetailPane::revokeSelectedSession);
    connect(m_sessions, &IdentitySessionsTab::extendRequested, this, &IdentityDetailPane::extendSelectedSession);
    connect(m_sessions, &IdentitySessionsTab::revokeAllRequested, this, &IdentityDetailPane::revokeAllSessions);
    // A tab that could not load: Retry reads the identity, its sessions and its messages again.
    connect(m_sessions, &IdentitySessionsTab::loadFailed, this,
            [this](const ApiError &error) { fail(error, [this]() { refresh(); }); });
    connect(m_messages, &IdentityMessagesTab::loadFailed, this,
            [this](const ApiError &error) { fail(error, [this]() { refresh(); }); });
    connect(m_error, &ErrorBanner::retryRequested, this, [this]() {
        if (const std::function<void()> retry = std::exchange(m_retry, {}))
            retry();
    });
}

QString IdentityDetailPane::label() const
{
    if (!m_identity)
        return QString();
    const QString identifier = IdentityListModel::primaryIdentifier(*m_identity, &m_catalog);
    return identifier.isEmpty() ? m_identity->id : identifier;
}

void IdentityDetailPane::setListNote(const QString &text, bool offerShowInList)
{
    m_listNote = text;
    m_listNoteOffersShow = offerShowInList;
    showNote();
}

void IdentityDetailPane::showNote()
{
    // That the identity is gone says more than why the list does not show it.
    if (isDeleted())
        m_note->setNote(m_deletedWords, false);
    else
        m_note->setNote(m_listNote, m_listNoteOffersShow);
}

void IdentityDetailPane::markDeleted(const QString &words)
{
    m_deletedAt = QDateTime::currentDateTime();
    m_deletedWords = words.arg(QLocale().toString(m_deletedAt.time(), QLocale::ShortFormat));
    m_error->clear();
    m_retry = {};
    render();
    showNote();
}

void IdentityDetailPane::updateSessionButtons()
{
    m_sessions->setLive(m_identity && !isDeleted());
}

void IdentityDetailPane::clear()
{
    m_identity.reset();
    m_deletedAt = {};
    m_deletedWords.clear();
    m_listNote.clear();
    showNote();
    m_overview->clear();
    m_metadata->clear();
    m_sessions->clear();
    m_signIn->clear();
    m_error->clear();
    m_retry = {};
    m_title->setText(tr("Select an identity"));
    m_externalId->clear();
    m_externalId->hide();
    m_stateBadge->clear();
    setReadAt({});
    m_messages->clear();
    m_history->clear();
    for (QPushButton *b :
         std::initializer_list<QPushButton *>{m_stateButton, m_recoveryButton, m_deleteButton, m_editButton,
                                              m_credentialButton, m_schemaButton, m_copyButton})
        b->setEnabled(false);
    m_stateButton->setText(tr("Deactivate…"));
    updateSessionButtons();
}

void IdentityDetailPane::showIdentity(const Identity &identity)
{
    const bool same = m_identity && m_identity->id == identity.id;
    if (!same) {
        m_deletedAt = {};
        m_deletedWords.clear();
        m_listNote.clear();
        showNote();
        setReadAt({}); // the list's copy until the server's answer arrives
    }
    m_identity = identity;
    m_error->clear();
    m_retry = {};
    render();
    if (!same) {
        m_sessions->load(identity.id);
        m_messages->showAddresses(identity);
        m_history->setIdentity(identity);
    }
    loadIdentity(identity.id);
}

void IdentityDetailPane::fail(const ApiError &error, std::function<void()> retry)
{
    m_retry = std::move(retry);
    m_error->showError(error);
}

void IdentityDetailPane::refresh()
{
    if (!m_identity)
        return;
    m_error->clear();
    const QString id = m_identity->id;
    loadIdentity(id);
    m_sessions->load(id);
    m_messages->reload();
}

void IdentityDetailPane::loadIdentity(const QString &id)
{
    m_client->getIdentity(id, {}, this, [this, id](const ApiResult<Identity> &result) {
        if (!m_identity || m_identity->id != id)
            return; // the user moved on
        if (!result.ok() && result.error().httpStatus() == 404 && result.error().isKratosError()) {
            // Gone from the server: the pane stays on it and says so; the list lets it go.
            markDeleted(tr("Deleted on the server: found missing at %1. Nothing can be done to it any more."));
            Q_EMIT identityDeleted(id);
            return;
        }
        if (!result.ok()) {
            fail(result.error(), [this]() { refresh(); });
            return;
        }
        m_deletedAt = {};
        showNote();
        m_identity = result.value();
        setReadAt(QDateTime::currentDateTime());
        render();
        m_signIn->setIdentity(*m_identity, label()); // the full identity, with its credentials
        m_history->setIdentity(*m_identity);
    });
}

void IdentityDetailPane::render()
{
    m_overview->clear();
    if (!m_identity)
        return;
    const Identity &i = *m_identity;
    m_title->setText(label());
    m_externalId->setText(tr("External ID: %1").arg(i.externalId));
    m_externalId->setVisible(!i.externalId.isEmpty());
    const bool active = i.state == Identity::State::Active;
    m_stateBadge->setState(i.state, i.stateText);
    m_stateButton->setText(active ? tr("Deactivate…") : tr("Activate…"));
    // A deleted identity is shown as it was, with nothing to act on.
    const bool live = !isDeleted();
    for (QPushButton *b : {m_stateButton, m_recoveryButton, m_deleteButton, m_editButton, m_credentialButton})
        b->setEnabled(live);
    m_schemaButton->setEnabled(true);
    m_copyButton->setEnabled(!m_copyButton->isBusy());
    updateSessionButtons();

    m_overview->showIdentity(i, m_catalog, isDeleted());
    m_metadata->setIdentity(i);
    QMenu *menu = m_credentialButton->menu();
    menu->clear();
    for (const IdentityCredential &c : i.credentials) {
        const bool linked = c.type == QLatin1String("oidc") || c.type == QLatin1String("saml");
        const QStringList identifiers = linked ? c.identifiers : QStringList{QString()};
        for (const QString &identifier : identifiers) {
            const QString text =
                identifier.isEmpty() ? tr("Delete %1…").arg(c.type) : tr("Delete %1 link %2…").arg(c.type, identifier);
            QAction *action = menu->addAction(
                text, this, [this, type = c.type, identifier]() { deleteCredential(type, identifier); });
            action->setObjectName(QStringLiteral("deleteCredential:") + c.type +
                                  (identifier.isEmpty() ? QString() : QLatin1Char(':') + identifier));
        }
    }
    m_credentialButton->setEnabled(live && !menu->isEmpty());
}

void IdentityDetailPane::showSignInCheck()
{
    m_tabs->setCurrentWidget(m_signIn);
    m_signIn->setFocus(Qt::ShortcutFocusReason);
}

void IdentityDetailPane::setReadAt(const QDateTime &at)
{
    m_readAt = at;
    m_readStamp->setText(at.isValid() ? tr("Read at %1").arg(at.toString(QStringLiteral("HH:mm:ss"))) : QString());
    m_readStamp->setToolTip(at.isValid() ? tr("Read from the server at %1; the pane shows this state.")
                                               .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                         : QString());
}

void IdentityDetailPane::focusDetails()
{
    // Not a focus proxy: Tab would then jump from the list straight to the tree, past the
    // pane's buttons and tabs.
    m_overview->setFocus(Qt::OtherFocusReason);
}

void IdentityDetailPane::toggleState()
{
    if (!m_identity || isDeleted())
        return;
    // Only the id and label cross the confirmation's event loop: the pane may be cleared meanwhile.
    const QString id = m_identity->id;
    const QString name = label();
    const bool activate = m_identity->state != Identity::State::Active;
    ConfirmDialog::Request request =
        ConfirmDialog::request(IdentityActions::describeSetState(id, name, activate), m_production ? name : QString());
    QString reason;
    if (activate) {
        if (ConfirmDialog::confirmWithReason(this, request, &reason))
            sendState(id, name, true, reason);
        return;
    }
    request.optionLabel = IdentityActions::revokeSessionsOption();
    bool revoke = false;
    if (!ConfirmDialog::confirm(this, request, &revoke, &reason))
        return;
    if (revoke)
        sendDeactivateAndRevoke(id, name, reason);
    else
        sendState(id, name, false, reason);
}

void IdentityDetailPane::sendDeactivateAndRevoke(const QString &id, const QString &name, const QString &reason)
{
    m_error->clear();
    m_stateButton->setEnabled(false);
    m_identityActions->setReason(reason);
    m_identityActions->deactivateAndRevoke(
        id, name, this,
        [this, id, name, reason](const ApiResult<Identity> &result) {
            m_stateButton->setEnabled(!isDeleted());
            if (!result.ok()) {
                fail(result.error(), [this, id, name, reason]() { sendDeactivateAndRevoke(id, name, reason); });
                return;
            }
            applyChanged(result.value());
        },
        [this, id, name, reason](const ApiResult<NoContent> &result) {
            // Deactivated either way; only the sessions are left to retry.
            if (!result.ok()) {
                fail(result.error(), [this, id, name, reason]() { sendRevokeAll(id, name, reason); });
                return;
            }
            if (m_identity && m_identity->id == id)
                sessionsChanged(id);
        });
}

void IdentityDetailPane::sendState(const QString &id, const QString &name, bool activate, const QString &reason)
{
    m_error->clear();
    m_stateButton->setEnabled(false);
    m_identityActions->setReason(reason);
    m_identityActions->setState(
        id, name, activate, this, [this, id, name, activate, reason](const ApiResult<Identity> &result) {
            m_stateButton->setEnabled(!isDeleted());
            if (!result.ok()) {
                fail(result.error(), [this, id, name, activate, reason]() { sendState(id, name, activate, reason); });
                return;
            }
            applyChanged(result.value());
        });
}

void IdentityDetailPane::applyChanged(const Identity &changed)
{
    // One way for every change: the list hears of it, and the pane and its sign-in check show
    // the identity as the server answered (the check runs again).
    Q_EMIT identityChanged(changed);
    if (!m_identity || m_identity->id != changed.id)
        return;
    m_identity = changed;
    setReadAt(QDateTime::currentDateTime()); // the server's answer to the change
    render();
    m_signIn->setIdentity(changed, label());
    m_history->setIdentity(changed);
}

void IdentityDetailPane::sessionsChanged(const QString &id)
{
    if (!m_identity || m_identity->id != id)
        return;
    m_sessions->load(id);
    m_signIn->setIdentity(*m_identity, label()); // sessions are part of what it checks
    m_history->setIdentity(*m_identity);
}

void IdentityDetailPane::editIdentity()
{
    if (!m_identity || isDeleted())
        return;
    // Not modal: the edit stays open next to the rest of the app until applied or cancelled.
    auto *dialog = new IdentityEditDialog(m_client, m_audit, *m_identity, label(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &IdentityEditDialog::identityChanged, this,
            [this](const Identity &changed) { applyChanged(changed); });
    dialog->show();
}

void IdentityDetailPane::deleteCredential(const QString &type, const QString &identifier)
{
    if (!m_identity || isDeleted())
        return;
    const QString id = m_identity->id;
    const QString name = label();
    QString reason;
    if (!ConfirmDialog::confirmWithReason(
            this,
            ConfirmDialog::request(IdentityActions::describeDeleteCredential(id, name, type, identifier),
                                   m_production ? name : QString()),
            &reason))
        return;
    sendDeleteCredential(id, name, type, identifier, reason);
}

void IdentityDetailPane::sendDeleteCredential(const QString &id, const QString &name, const QString &type,
                                              const QString &identifier, const QString &reason)
{
    m_error->clear();
    m_identityActions->setReason(reason);
    m_identityActions->deleteCredential(
        id, name, type, identifier, this, [=, this](const ApiResult<NoContent> &result) {
            if (!result.ok()) {
                fail(result.error(), [=, this]() { sendDeleteCredential(id, name, type, identifier, reason); });
                return;
            }
            if (m_identity && m_identity->id == id)
                showIdentity(*m_identity); // read the credentials back
        });
}

void IdentityDetailPane::deleteIdentity()
{
    if (!m_identity || isDeleted())
        return;
    const QString id = m_identity->id;
    const QString name = label();
    QString reason;
    if (!ConfirmDialog::confirmWithReason(
            this, ConfirmDialog::request(IdentityActions::describeDelete(id, name), m_production ? name : QString()),
            &reason))
        return;
    sendDelete(id, name, reason);
}

void IdentityDetailPane::sendDelete(const QString &id, const QString &name, const QString &reason)
{
    m_error->clear();
    m_identityActions->setReason(reason);
    m_identityActions->remove(id, name, this, [this, id, name, reason](const ApiResult<NoContent> &result) {
        if (!result.ok()) {
            fail(result.error(), [this, id, name, reason]() { sendDelete(id, name, reason); });
            return;
        }
        if (m_identity && m_identity->id == id)
            markDeleted(tr("Deleted by you at %1."));
        Q_EMIT identityDeleted(id);
    });
}

void IdentityDetailPane::createRecovery()
{
    if (!m_identity || isDeleted())
        return;
    // Window-modal and asynchronous: no nested event loop holds this pane's state.
    const QString id = m_identity->id;
    auto *dialog = new RecoveryDialog(m_client, m_audit, id, label(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInactive(m_identity->state == Identity::State::Inactive);
    // Activate… in the dialog is the pane's own Activate (confirmed and audited); the warning
    // goes when the server answers that the identity is active.
    connect(dialog, &RecoveryDialog::activateRequested, this, [this, id]() {
        if (m_identity && m_identity->id == id && m_identity->state == Identity::State::Inactive)
            toggleState();
    });
    connect(this, &IdentityDetailPane::identityChanged, dialog, [dialog, id](const Identity &changed) {
        if (changed.id == id)
            dialog->setInactive(changed.state == Identity::State::Inactive);
    });
    dialog->open();
}

void IdentityDetailPane::revokeSelectedSession()
{
    if (!m_identity || isDeleted())
        return;
    m_error->clear();
    m_sessionChanges->revokeSelected(m_identity->id, label());
}

void IdentityDetailPane::extendSelectedSession()
{
    if (!m_identity || isDeleted())
        return;
    m_error->clear();
    m_sessionChanges->extendSelected(m_identity->id, label());
}

void IdentityDetailPane::revokeAllSessions()
{
    if (!m_identity || isDeleted())
        return;
    const QString id = m_identity->id;
    const QString name = label();
    QString reason;
    if (!ConfirmDialog::confirmWithReason(this,
                                          ConfirmDialog::request(IdentityActions::describeRevokeAllSessions(id, name),
                                                                 m_production ? name : QString()),
                                          &reason))
        return;
    sendRevokeAll(id, name, reason);
}

void IdentityDetailPane::sendRevokeAll(const QString &id, const QString &name, const QString &reason)
{
    m_error->clear();
    m_identityActions->setReason(reason);
    m_identityActions->revokeAllSessions(id, name, this, [this, id, name, reason](const ApiResult<NoContent> &result) {
        if (!result.ok()) {
            fail(result.error(), [this, id, name, reason]() { sendRevokeAll(id, name, reason); });
            return;
        }
        if (m_identity && m_identity->id == id)
            sessionsChanged(id);
    });
}

void IdentityDetailPane::copySummary()
{
    if (m_identity)
        m_copyButton->copy(*m_identity);
}
