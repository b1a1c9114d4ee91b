// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"

#include <QDateTime>
#include <QWidget>

#include <optional>

class AuditLog;
struct AuditRecord;
class ChartCard;
struct ConnectionProfile;
class IdentityListModel;
class KratosClient;
class ListNote;
class OverviewLoader;
class QFormLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;

// The page the app opens on: is something wrong right now? The server (URLs, version, alive with
// round-trip time, ready or why not, environment, read-only), the courier (queued, processing and
// abandoned counts, the oldest queued message's age, the latest abandoned with their errors),
// the active sessions, and charts of the identities. Every figure opens the page it counts;
// each part that fails says so in place while the others still show.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(KratosClient *client, QWidget *parent = nullptr);

    OverviewLoader *loader() const { return m_loader; }
    void setProfile(const ConnectionProfile &profile);
    void setSharedIdentities(IdentityListModel *model);
    // Changes recorded in `audit`, from any page, mark the figures read before them as older than
    // the change ("Changed at 14:05, after these figures were read").
    void watchChanges(AuditLog *audit);
    void refresh();
    void clear();
    // 0: only on demand.
    void setRefreshInterval(int seconds);
    int refreshInterval() const;
    QList<ChartCard *> charts() const;

Q_SIGNALS:
    void openCourierRequested(const QString &status, const QString &recipient, const QString &messageId);
    // `filter`: the Sessions page's filter as a bar names it ("AAL2"), empty for none.
    void openSessionsRequested(std::optional<bool> active, const QString &filter = {});
    void openIdentitiesRequested(Identity::State state);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // The constructor's parts, in order.
    void nameWidgets();
    void buildLayout();
    QGroupBox *buildServerBox();
    QGroupBox *buildCourierBox();
    QGroupBox *buildSessionsBox();
    QGroupBox *buildIdentitiesBox();
    void connectSignals();
    void showServer();
    void showCourier();
    void showSessions();
    void showIdentities();
    void showIdentitiesState();
    void actionRecorded(const AuditRecord &record);
    void showChangeNotice();

    KratosClient *m_client;
    OverviewLoader *m_loader;
    QTimer *m_timer;
    bool m_stale = true;   // refresh when shown
    QDateTime m_readAt;    // when refresh() last asked the server
    QDateTime m_changedAt; // the last change recorded in the audit trail
    ListNote *m_changed;
    // Server
    QLabel *m_adminUrl;
    QLabel *m_publicUrl;
    QLabel *m_version;
    QLabel *m_alive;
    QLabel *m_ready;
    QLabel *m_environment;
    QLabel *m_access;
    // Courier
    QList<QPushButton *> m_courierCounts; // queued, processing, abandoned
    QLabel *m_oldestQueued;
    QLabel *m_courierError;
    QVBoxLayout *m_abandonedList;
    QLabel *m_abandonedNone;
    // Sessions
    QPushButton *m_activeSessions;
    QLabel *m_sessionsError;
    ChartCard *m_byAal;
    ChartCard *m_byDay;
    // Identities
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_identitiesState;
    ChartCard *m_signUpsDaily;
    ChartCard *m_signUpsWeekly;
    ChartCard *m_states;
    ChartCard *m_addresses;
    ChartCard *m_schemas;
    QPushButton *m_refresh;
};
