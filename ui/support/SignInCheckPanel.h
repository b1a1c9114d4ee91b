// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"
#include "PublicFlowClient.h"
#include "SignInFinding.h"

#include <QWidget>

#include <functional>

class ApiError;
class AuditLog;
class ErrorBanner;
class KratosClient;
class QLabel;
class QPushButton;
class QVBoxLayout;
class SignInEvidenceLoader;
class SupportActions;
struct CourierMessage;
struct SignInEvidence;

// The identity page's "Sign-in check": why this person may not get in, most severe first, each
// finding with its fix as a button. Sending a verification or recovery message and marking an
// address verified happen here (SupportActions); the fixes the identity page already has
// (activate, revoke sessions, admin recovery, edit, open a message) are asked of it by signal.
// On a read-only profile the check runs and every fix that would change something is disabled.
class SignInCheckPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInCheckPanel)

public:
    SignInCheckPanel(KratosClient *client, AuditLog *audit, QWidget *parent = nullptr);

    // The identity as the page shows it (with its credentials); checked now if the panel is visible.
    void setIdentity(const Identity &identity, const QString &label);
    void clear();
    void check();
    QList<SignInFinding> findings() const { return m_findings; }
    bool isChecking() const;

Q_SIGNALS:
    void activateRequested();
    void revokeSessionsRequested();
    void adminRecoveryRequested();
    void editRequested();
    void openMessageRequested(const QString &recipient, const QString &messageId);
    // An action here changed the identity (an address's status): the page shows it.
    void identityChanged(const Identity &identity);
    // A message was queued: the page reloads what shows it (identity, messages).
    void refreshRequested();
    void checked();
    // What the check looked at, for the pane's other views (the History tab).
    void evidenceLoaded(const SignInEvidence &evidence);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void present(const SignInEvidence &evidence);
    void render();
    QWidget *row(const SignInFinding &finding);
    QPushButton *fixButton(const SignInFinding &finding, SignInFinding::Fix fix, QWidget *parent);
    void sendVerification(const QString &address);
    void sendRecovery();
    // After the confirmation, with the reason given there (a retry sends the same).
    void send(PublicFlowClient::Flow flow, const QString &id, const QString &label, const QString &address,
              const QString &reason);
    void sendVerified(const QString &id, const QString &label, const QString &addressId, bool verified,
                      const QString &reason);
    void setVerified(const QString &addressId, const QString &address, bool verified);
    void reportSent(const QString &address, const std::optional<CourierMessage> &message);
    bool readOnly() const;
    // Shows a failed action; the banner's Retry (or the countdown after a 429) runs `retry`.
    void fail(const ApiError &error, std::function<void()> retry);

    KratosClient *m_client;
    SignInEvidenceLoader *m_loader;
    SupportActions *m_support;
    std::optional<Identity> m_identity;
    QString m_label;
    bool m_stale = false;
    bool m_renderPending = false;
    QList<SignInFinding> m_findings;
    std::function<void()> m_retry; // the failed action shown in m_error; none: Retry checks again
    QLabel *m_summary;
    QPushButton *m_recheck;
    ErrorBanner *m_error;
    QLabel *m_result;
    QPushButton *m_openSent;
    QWidget *m_list;
    QVBoxLayout *m_rows;
};
