// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"

#include <QObject>

#include <functional>

class AuditLog;
class KratosClient;
class SignInEvidenceLoader;
struct SignInEvidence;

// "Copy for the ticket", shared by the window and `identities summary ID`: loads what the
// sign-in check looks at, runs the check, words the summary (IdentitySummary) and records the read
// (identity.summary.copy) before the text is handed out. When the trail cannot be written, no text
// is handed out and the problem says why.
class IdentitySummaryAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitySummaryAction)

public:
    using Done = std::function<void(const QString &text, const QString &problem)>;

    IdentitySummaryAction(KratosClient *client, AuditLog *audit, QObject *parent = nullptr);

    // `identity` with its credential types (as the detail pane and `identities get` read it). A
    // new call drops the previous one, whose `done` is never called.
    void summarise(const Identity &identity, Done done);
    bool isBusy() const { return bool(m_done); }

private:
    void evidenceLoaded(const SignInEvidence &evidence);

    KratosClient *m_client;
    AuditLog *m_audit;
    SignInEvidenceLoader *m_loader;
    Done m_done;
    quint64 m_generation = 0;
};
