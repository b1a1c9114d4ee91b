// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"
#include "JsonPatch.h"

#include <QDialog>

class ErrorBanner;
class AuditLog;
class IdentityActions;
class KratosClient;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class ReasonField;
class TraitsEditor;
class ValidationSummary;

// Edits an identity's traits (in a form generated from its schema, or as JSON), metadata_public
// and metadata_admin (as JSON). Traits are validated against the identity's schema as they are
// typed and before anything is sent; "Review changes" lists the minimal
// RFC 6902 operations, and only then can they be applied. A change Kratos rejects keeps the
// dialog and the edits open, with Kratos's reason.
class IdentityEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityEditDialog)

public:
    // `label` names the identity in the audit trail (its primary identifier).
    IdentityEditDialog(KratosClient *client, AuditLog *audit, const Identity &identity, const QString &label = {},
                       QWidget *parent = nullptr);

    // Parses and validates the editors; fills the preview. False when there is nothing to send.
    bool review();
    void apply();
    JsonPatch patch() const { return m_patch; }
    TraitsEditor *traitsEditor() const { return m_traits; }

Q_SIGNALS:
    void identityChanged(const Identity &identity);

private:
    void invalidate();
    // Apply is offered once the changes are reviewed and the reason is what the profile asks.
    void updateApply();
    // "E-mail" for "/traits/email", from the schema's titles.
    QString fieldName(const QString &patchPath) const;

    KratosClient *m_client;
    IdentityActions *m_actions;
    Identity m_identity;
    QString m_label;
    JsonPatch m_patch;
    TraitsEditor *m_traits;
    QPlainTextEdit *m_metadataPublic;
    QPlainTextEdit *m_metadataAdmin;
    QLineEdit *m_externalId;
    QPlainTextEdit *m_preview;
    ValidationSummary *m_problems;
    ErrorBanner *m_error;
    ReasonField *m_reason;
    QPushButton *m_review;
    QPushButton *m_apply;
    bool m_reviewed = false; // the preview shows the changes Apply sends
};
