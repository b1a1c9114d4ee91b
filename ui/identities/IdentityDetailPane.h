// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"
#include "SchemaCatalog.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <optional>

class ApiError;
class AuditLog;
class IdentityActions;
class CopySummaryButton;
class ErrorBanner;
class KratosClient;
class ListNote;
class QLabel;
class StateBadge;
class IdentityHistoryTab;
class IdentityMessagesTab;
class IdentityMetadataTab;
class IdentitySessionChanges;
class IdentitySessionsTab;
class IdentityTree;
class QPushButton;
class QTabWidget;
class SignInCheckPanel;

// Everything about one identity: overview, traits, addresses, credentials, metadata, and its
// sessions; plus the actions on it (activate/deactivate, recovery, delete, session revoke and
// extend), each behind a confirmation that says what will happen.
class IdentityDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityDetailPane)

public:
    IdentityDetailPane(KratosClient *client, AuditLog *audit, QWidget *parent = nullptr);

    // Shows what the list knows at once, then the full identity from the server.
    void showIdentity(const Identity &identity);
    void clear();
    std::optional<Identity> identity() const { return m_identity; }
    // The identity as the pane names it (its login identifier, else its id).
    QString label() const;
    // Why the identity is not in the list beside the pane (empty: it is); see ListNote.
    void setListNote(const QString &text, bool offerShowInList);
    // The identity is gone from the server: the pane keeps it, says so, and offers no action.
    bool isDeleted() const { return m_deletedAt.isValid(); }
    QDateTime deletedAt() const { return m_deletedAt; }
    // Reads the identity, its sessions and its messages again.
    void refresh();
    void setProductionMode(bool production) { m_production = production; }
    void setSchemas(const SchemaCatalog &catalog) { m_catalog = catalog; }
    const SchemaCatalog &schemas() const { return m_catalog; }

    // "Opens" the identity for the keyboard: focus on its details (after Enter in the list).
    void focusDetails();
    void toggleState();
    // When the identity shown was last read from the server (its answer to a read or a change).
    QDateTime readAt() const { return m_readAt; }
    void editIdentity();
    // Removes one credential (for OIDC/SAML: one provider link, named by `identifier`).
    void deleteCredential(const QString &type, const QString &identifier);
    void deleteIdentity();
    void createRecovery();
    void revokeSelectedSession();
    void extendSelectedSession();
    void revokeAllSessions();
    // Brings the Sign-in check tab forward (it checks when shown) and gives it the keyboard.
    void showSignInCheck();
    // Copy for the ticket: a summary of the identity on the clipboard, recorded in the audit trail.
    void copySummary();

Q_SIGNALS:
    void identityChanged(const Identity &identity);
    void identityDeleted(const QString &id);
    // A message of the Messages tab was opened: show it in the Courier page.
    void openMessageRequested(const QString &recipient, const QString &messageId);
    void openSchemaRequested(const QString &schemaId);
    // "Show in list" in the note: clear what keeps the identity out of the list.
    void showInListRequested();

private:
    // The constructor's parts, in order.
    void nameWidgets();
    void buildLayout();
    void connectSignals();
    void setReadAt(const QDateTime &at);
    void render();
    // Shows a failed call; the banner's Retry (or the countdown after a 429) runs `retry`.
    void fail(const ApiError &error, std::function<void()> retry);
    void loadIdentity(const QString &id);
    void markDeleted(const QString &words);
    // The server answered a change with `changed`: every view of it follows (see the .cpp).
    void applyChanged(const Identity &changed);
    // Sessions of `id` changed (revoked, extended): the tab and the sign-in check read them again.
    void sessionsChanged(const QString &id);
    void showNote();
    void updateSessionButtons();
    // Each send* takes ids and the label, never the shown identity: it may be gone by the answer.
    // Each sends a confirmed change with the reason given for it; a retry sends it again with the same.
    void sendState(const QString &id, const QString &name, bool activate, const QString &reason);
    void sendDeactivateAndRevoke(const QString &id, const QString &name, const QString &reason);
    void sendDeleteCredential(const QString &id, const QString &name, const QString &type, const QString &identifier,
                              const QString &reason);
    void sendDelete(const QString &id, const QString &name, const QString &reason);
    void sendRevokeAll(const QString &id, const QString &name, const QString &reason);

    KratosClient *m_client;
    AuditLog *m_audit;
    IdentityActions *m_identityActions;
    IdentitySessionChanges *m_sessionChanges = nullptr; // made once the Sessions tab is
    std::optional<Identity> m_identity;
    bool m_production = false;
    SchemaCatalog m_catalog;
    QDateTime m_deletedAt;
    QString m_deletedWords;
    QString m_listNote;
    bool m_listNoteOffersShow = false;
    ListNote *m_note;
    QLabel *m_title;
    StateBadge *m_stateBadge;
    QLabel *m_readStamp;  // when the identity shown was read from the server
    QLabel *m_externalId; // shown when the identity has one
    QDateTime m_readAt;
    QPushButton *m_stateButton;
    QPushButton *m_recoveryButton;
    QPushButton *m_editButton;
    QPushButton *m_credentialButton;
    QPushButton *m_deleteButton;
    QPushButton *m_schemaButton;
    CopySummaryButton *m_copyButton;
    ErrorBanner *m_error;
    std::function<void()> m_retry; // the failed call shown in m_error
    QTabWidget *m_tabs;
    IdentityTree *m_overview;
    SignInCheckPanel *m_signIn;
    IdentityMetadataTab *m_metadata;
    IdentitySessionsTab *m_sessions;
    IdentityMessagesTab *m_messages;
    IdentityHistoryTab *m_history;
};
