// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"

#include <QPushButton>

class ApiError;
class AuditLog;
class IdentitySummaryAction;
class KratosClient;

// "Copy for ticket": puts the summary of an identity on the clipboard (IdentitySummaryAction
// records the read first) and says so on the button for a moment. Busy while it works; a trail
// that cannot be written copies nothing and is reported through failed().
class CopySummaryButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopySummaryButton)

public:
    static constexpr int kCopiedMs = 3000; // how long the button says "Copied"

    CopySummaryButton(KratosClient *client, AuditLog *audit, QWidget *parent = nullptr);

    void copy(const Identity &identity);
    bool isBusy() const;

Q_SIGNALS:
    // Nothing was copied, for this reason (the audit trail), about the identity with this id.
    void failed(const QString &identityId, const ApiError &error);

private:
    IdentitySummaryAction *m_action;
};
