// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Identity.h"
#include "IdentitySearch.h"

#include <QWidget>

#include <functional>
#include <memory>

class ErrorBanner;
class FilterChips;
class IdentityDetailPane;
class IdentityFilterProxy;
class IdentityListModel;
class IdentityListActions;
class IdentityListStatus;
class IdentityWindow;
class IdentityWindows;
class UnreadableIdentitiesNote;
class AuditLog;
class KratosClient;
class LastSignIns;
class PinnedSelection;
class SchemaListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The Identities page: a server search (one Kratos filter at a time), a quick filter over the
// rows already loaded, the table (loaded page by page as the user scrolls) and the detail pane
// of the selected identity.
class IdentitiesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitiesPage)

public:
    using SearchMode = IdentitySearch::Mode;
    // `schemas` is the connection's schema list (loaded once per connection by its owner): it
    // says which trait is the login identifier and how traits are titled.
    IdentitiesPage(KratosClient *client, AuditLog *audit, SchemaListModel *schemas, QWidget *parent = nullptr);
    ~IdentitiesPage() override;

    IdentityListModel *model() const { return m_model; }
    IdentityDetailPane *detail() const { return m_detail; }
    // The id the detail pane is bound to (only the user's selection changes it).
    QString pinnedId() const;
    // Unbinds the detail pane and empties it (a new connection: nothing of the old server stays).
    void forgetSelection();
    void reload();
    // The Last sign-in column's source (null: unknown), kept across reloads of the list.
    void setLastSignIns(const std::shared_ptr<const LastSignIns> &signIns);
    void setProductionMode(bool production);
    // Runs the server search now (the search box does it after a short pause in typing).
    void search();
    // Enter in the search box: opens the selected or single result of the search shown, or
    // searches now and opens the result when there is exactly one.
    void searchOrOpen();
    // Searches Kratos for the identity that signs in with `identifier` (courier "Open identity").
    void findByIdentifier(const QString &identifier);
    // Lists the identity with this id and opens it.
    void showIdentityById(const QString &id);
    // Every identity (the search cleared), the loaded rows filtered to this state.
    void showAllInState(Identity::State state);
    QStringList selectedIds() const;
    // Confirms, then runs `action` on the selected identities in a BulkDialog.
    void runBulk(int action);
    void copySelectedIds();
    // The selection (two or more rows) or every loaded identity, to CSV or Kratos import JSON.
    void exportIdentities();
    // The search and filters in force, in words, for the audit trail.
    QString filterWords() const;
    // Removes every restriction of the list: the server search (back to the user's own search
    // mode), the state filter and the quick filter.
    void clearAllFilters();
    void importIdentities();
    void createIdentity();
    // The identity shown, in a window of its own bound to it (Ctrl+Shift+N); null when none is shown.
    IdentityWindow *openInWindow();
    IdentityWindows *windows() const { return m_windows; }

Q_SIGNALS:
    // An export finished writing `path`.
    void exported(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The constructor's parts, in order.
    void setUpSearchControls();
    void setUpTable();
    void buildLayout();
    QWidget *buildTableSide(); // the list with its notes, status line and Load all
    void connectSignals();
    void addShortcuts();
    void updateChips();
    void removeRestriction(const QString &key);
    // Navigation set the search mode (Open identity): the user's own mode comes back.
    void restoreUserMode();
    void findAndOpen(SearchMode mode, const QString &text);
    void schemasLoaded();
    void updateStatus();
    // The user chose `id` (empty: nothing): the detail pane shows it.
    void showPinned(const QString &id);
    // Says in the pane why its identity is not in the list, when it is not.
    void updateListNote();
    // Clears what keeps the pane's identity out of the list.
    void showPinnedInList();
    void openRow(int row);
    // Runs `then` once the quick filter's rows have caught up (at once when they have).
    void whenRowsShown(const std::function<void()> &then);

    KratosClient *m_client;
    AuditLog *m_audit;
    SchemaListModel *m_schemas;
    IdentityListModel *m_model;
    IdentityFilterProxy *m_proxy;
    QComboBox *m_mode;
    QLineEdit *m_search;
    QLineEdit *m_quickFilter;
    QComboBox *m_state;
    QTimer *m_debounce;
    QTableView *m_table;
    PinnedSelection *m_pin;
    IdentityListActions *m_actions;
    IdentityDetailPane *m_detail;
    UnreadableIdentitiesNote *m_unreadableNote;
    IdentityListStatus *m_listStatus;
    IdentityWindows *m_windows = nullptr;
    QLabel *m_hint;
    FilterChips *m_chips;
    int m_userMode = 0;              // the search mode the user chose last
    bool m_modeByNavigation = false; // the mode shown was set by Open identity, not by the user
    ErrorBanner *m_error;
    bool m_production = false;
    QString m_searched;           // the text of the search the table shows
    bool m_openSingleHit = false; // Enter started the search: open its only result
};
