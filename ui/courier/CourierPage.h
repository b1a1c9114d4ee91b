// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

class CourierMessageModel;
class AuditLog;
struct AuditRecord;
class KratosClient;
class MessageDetailPane;
class PinnedSelection;
class ErrorBanner;
class FilterChips;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// The courier queue: filter by status and recipient, counts by status, auto-refresh, and the
// selected message's detail with its gated body.
class CourierPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourierPage)

public:
    CourierPage(KratosClient *client, AuditLog *audit, QWidget *parent = nullptr);
    ~CourierPage() override;

    CourierMessageModel *model() const { return m_model; }
    MessageDetailPane *detail() const { return m_detail; }
    void reload();
    void setProductionMode(bool production);
    void setAutoRefreshInterval(int ms);
    int autoRefreshInterval() const;
    // Lists the messages to `recipient` and selects `messageId` when it arrives.
    void showMessagesTo(const QString &recipient, const QString &messageId);
    // Lists the messages with this status (empty: all), to any recipient.
    void showStatus(const QString &status);
    // Every status, every recipient.
    void clearAllFilters();
    // The message the detail pane is bound to (only the user's selection changes it).
    QString pinnedId() const;
    // Unbinds the detail pane and empties it (a new connection: nothing of the old server stays).
    void forgetSelection();

Q_SIGNALS:
    void openIdentityRequested(const QString &recipient);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    // The constructor's parts, in order.
    void setUpFilters();
    void setUpTable();
    void buildLayout();
    void connectSignals();
    void addShortcuts();
    // A change recorded anywhere in the app: a message sent through a public flow makes the list
    // say that it changed after it was read.
    void actionRecorded(const AuditRecord &record);
    void applyFilter();
    void refresh();
    void updateSummary();
    void showPinned(const QString &messageId);
    void pinnedShownChanged(bool shown);
    void updateListNote();
    void showPinnedInList();

    CourierMessageModel *m_model;
    QComboBox *m_status;
    QLineEdit *m_recipient;
    QCheckBox *m_autoRefresh;
    QTimer *m_refreshTimer;
    QLabel *m_summary;
    FilterChips *m_chips;
    QLabel *m_info;
    ErrorBanner *m_error;
    QTableView *m_table;
    MessageDetailPane *m_detail;
    QPushButton *m_refresh;
    PinnedSelection *m_pin = nullptr;
    QDateTime m_changedAt; // the last message queued by this app
};
