// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class AllSessionsModel;
class AuditLog;
struct AuditRecord;
class ErrorBanner;
class FilterChips;
class KratosClient;
class PinnedSelection;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class SchemaListModel;
class SessionActions;
class SessionDetailPane;

// Every session on the server: Kratos's active filter, a filter and sort over the loaded rows,
// "Load all", the selected session's detail, revoke one or the selected (bulk, with progress and
// retry) and open the identity a session belongs to.
class SessionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsPage)

public:
    SessionsPage(KratosClient *client, AuditLog *audit, SchemaListModel *schemas, QWidget *parent = nullptr);
    ~SessionsPage() override;

    AllSessionsModel *model() const { return m_model; }
    SessionDetailPane *detail() const { return m_detail; }
    void reload();
    void setProductionMode(bool production) { m_production = production; }
    // Lists only active (true), inactive (false) or all sessions.
    void showActive(std::optional<bool> active);
    // From a chart: the active filter and the loaded-rows filter set (both shown as chips); with a
    // filter, every session is loaded so the filter covers them all, not only the first page.
    void drillDown(std::optional<bool> active, const QString &filter);
    QStringList selectedSessionIds() const;
    // Removes every restriction of the list: the active filter and the loaded-rows filter.
    void clearAllFilters();
    // Binds the detail pane to this session, as if the user had chosen it (a link): shown even
    // when the list does not hold it, the pane saying why.
    void showSessionById(const QString &sessionId);
    // The session the detail pane is bound to (only the user's selection changes it).
    QString pinnedId() const;
    // Unbinds the detail pane and empties it (a new connection: nothing of the old server stays).
    void forgetSelection();

Q_SIGNALS:
    void openIdentityRequested(const QString &identityId);

private:
    // The constructor's parts, in order.
    void setUpFilters();
    void setUpTable();
    void buildLayout();
    void connectSignals();
    void addShortcuts();
    // A change recorded anywhere in the app (AuditLog::actionRecorded): the pane re-reads its
    // session when it was about it, and the list says it changed after it was read.
    void actionRecorded(const AuditRecord &record);
    void updateSummary();
    void showPinned(const QString &sessionId);
    void updateListNote();
    void showPinnedInList();
    void revokeCurrent();
    void sendRevoke(const QString &sessionId, const QString &identityId, const QString &label);
    void revokeSelected();
    void showContextMenu(const QPoint &pos);

    KratosClient *m_client;
    AuditLog *m_audit;
    SchemaListModel *m_schemas;
    AllSessionsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    SessionActions *m_actions;
    QComboBox *m_active;
    QLineEdit *m_filter;
    QPushButton *m_loadAll;
    QPushButton *m_revokeSelected;
    QLabel *m_summary;
    FilterChips *m_chips;
    ErrorBanner *m_error;
    QTableView *m_table;
    PinnedSelection *m_pin = nullptr;
    QDateTime m_changedAt; // the last change to sessions recorded in this app
    SessionDetailPane *m_detail;
    QPushButton *m_refresh;
    bool m_production = false;
};
