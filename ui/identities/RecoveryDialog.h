// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class ApiError;
class ErrorBanner;
class AuditLog;
class IdentityActions;
class KratosClient;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class ReasonField;

// Creates a recovery link or a recovery code for one identity. The result is a secret: shown
// here once, copyable, never logged or audited (the audit line names only the identity), and the
// clipboard is cleared after 30 seconds if it still holds it.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    RecoveryDialog(KratosClient *client, AuditLog *audit, const QString &identityId, const QString &label,
                   QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    void create();
    // An inactive identity: Kratos refuses the recovery until it is activated. The dialog says
    // so above the choices and offers Activate… (activateRequested); the pane answers with
    // setInactive(false) once the identity is active.
    void setInactive(bool inactive);

Q_SIGNALS:
    void activateRequested();

private:
    void failed(const ApiError &error);
    void showSecret(const QString &text, const QDateTime &expiresAt);

    IdentityActions *m_actions;
    QString m_identityId;
    QString m_label;
    QRadioButton *m_link;
    QRadioButton *m_code;
    QLineEdit *m_expires;
    ReasonField *m_reason;
    QPushButton *m_create;
    QLineEdit *m_result;
    QPushButton *m_copy;
    QLabel *m_status;
    ErrorBanner *m_error;
    QWidget *m_inactive;
};
