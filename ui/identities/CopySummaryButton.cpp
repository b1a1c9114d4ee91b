// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopySummaryButton.h"

#include "ApiError.h"
#include "IdentitySummaryAction.h"

#include <QApplication>
#include <QClipboard>
#include <QTimer>

CopySummaryButton::CopySummaryButton(KratosClient *client, AuditLog *audit, QWidget *parent)
    : QPushButton(tr("Copy for ticket"), parent)
    , m_action(new IdentitySummaryAction(client, audit, this))
{
    setObjectName(QStringLiteral("copySummaryButton"));
    setToolTip(tr("Put a summary of this identity on the clipboard for a support ticket (Ctrl+Shift+C): "
                  "state, addresses, credentials, last sign-in, last message, the sign-in check. "
                  "Never a secret; the copy is recorded in the audit trail."));
}

bool CopySummaryButton::isBusy() const
{
    return m_action->isBusy();
}

void CopySummaryButton::copy(const Identity &identity)
{
    if (isBusy())
        return;
    setEnabled(false);
    setText(tr("Copying…"));
    const QString id = identity.id;
    m_action->summarise(identity, [this, id](const QString &text, const QString &problem) {
        setEnabled(true);
        if (!problem.isEmpty()) {
            setText(tr("Copy for ticket"));
            Q_EMIT failed(id, ApiError(ApiError::Kind::AuditTrail, problem));
            return;
        }
        // Asked for and recorded: copied even when the pane has moved on since.
        QApplication::clipboard()->setText(text);
        setText(tr("Copied"));
        QTimer::singleShot(kCopiedMs, this, [this]() { setText(tr("Copy for ticket")); });
    });
}
