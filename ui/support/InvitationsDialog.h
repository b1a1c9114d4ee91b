// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Invitation.h"
#include "InvitationChecker.h"
#include "InvitationLedger.h"

#include <QDialog>
#include <QHash>
#include <QList>

class AuditLog;
class IdentityActions;
class SupportActions;
class KratosClient;
class QLabel;
class QPushButton;
class QTableWidget;
class SchemaListModel;

// Who was invited on this server, newest first (InvitationLedger: this machine's audit trails and
// imported ones), with what the server says now (InvitationChecker): how the message fared,
// whether they have signed in, whether the account is active. From here: invite more people
// (InviteDialog), send the invitation again the way it went last (a recovery mail, or a new link or
// code to hand over), revoke one (deactivate, confirmed and audited) and open the identity. The
// list is read again after every change.
class InvitationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationsDialog)

public:
    // How long a link or code made by Send again… is valid (a Go duration); the confirmation says it.
    static inline const QString ResendValidity = QStringLiteral("24h");

    InvitationsDialog(KratosClient *client, AuditLog *audit, SchemaListModel *schemas, QWidget *parent = nullptr);
    ~InvitationsDialog() override;

    void setProductionMode(bool production) { m_production = production; }
    void refresh();
    void openInviteDialog();
    void resendSelected();
    void revokeSelected();
    const QList<Invitation> &invitations() const { return m_invitations; }

Q_SIGNALS:
    void openIdentityRequested(const QString &identityId);
    // Identities were created or deactivated here: lists showing them are out of date.
    void identitiesChanged();

protected:
    void done(int result) override;

private:
    void showLedger(const InvitationLedger::Read &read);
    void showFacts(const QString &identityId, const InvitationFacts &facts);
    void fillRow(int row);
    void updateButtons();
    const Invitation *selected() const;
    void showSecret(const QString &text);

    KratosClient *m_client;
    AuditLog *m_audit;
    SchemaListModel *m_schemas;
    InvitationChecker *m_checker;
    IdentityActions *m_identities;
    SupportActions *m_support;
    bool m_production = false;
    quint64 m_readRun = 0;
    QList<Invitation> m_invitations;
    QList<AuditRecord> m_recorded; // outcomes recorded while the dialog is open: the trail may not have them yet
    QHash<QString, InvitationFacts> m_facts;
    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_invite;
    QPushButton *m_resend;
    QPushButton *m_revoke;
    QPushButton *m_open;
    QPushButton *m_refresh;
    QLabel *m_secret;
    QPushButton *m_copySecret;
    QString m_secretText;
};
