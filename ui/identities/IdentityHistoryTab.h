// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditTrailSearch.h"
#include "SignInEvidence.h"

#include <QWidget>

#include <optional>

class AuditLog;
class KratosClient;
class SignInEvidenceLoader;
struct AuditRecord;
class QLabel;
class QTreeWidget;

// The identity pane's History tab: one timeline, newest first (IdentityHistory), of operator
// actions from this machine's audit trails, sign-ins, courier messages and the identity's own
// times, with what it cannot know said under it. It shows one identity, set by the pane. Its
// sessions and messages are read when the tab is shown (or come with the sign-in check's), the
// trails on a worker; an action on this identity recorded meanwhile is added as it happens.
class IdentityHistoryTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityHistoryTab)

public:
    IdentityHistoryTab(KratosClient *client, AuditLog *audit, QWidget *parent = nullptr);

    void clear();
    // Another person clears what was shown; the same one keeps it until fresher data arrives.
    // Either way it is read again when the tab is (or next becomes) visible.
    void setIdentity(const Identity &identity);
    void setEvidence(const SignInEvidence &evidence);
    QTreeWidget *list() const { return m_list; }
    bool isLoading() const { return !m_evidence || !m_found; }
    // Whether this machine's trails were read for the person (only once the tab is looked at).
    bool hasReadTrails() const { return m_found.has_value(); }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadEvidence();
    void readTrails();
    void onRecorded(const AuditRecord &record);
    void render();

    AuditLog *m_audit;
    SignInEvidenceLoader *m_loader;
    std::optional<Identity> m_identity;
    bool m_stale = false; // the evidence is to be read when shown
    bool m_readingTrails = false;
    QString m_id;
    quint64 m_generation = 0;
    std::optional<SignInEvidence> m_evidence;
    std::optional<AuditTrailSearch::Found> m_found;
    QLabel *m_status;
    QTreeWidget *m_list;
    QLabel *m_limits;
};
