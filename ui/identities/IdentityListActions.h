// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class AuditLog;
class IdentityDetailPane;
class IdentityFilterProxy;
class IdentityListModel;
class SchemaListModel;
class KratosClient;
class QPoint;
class QTableView;
class QWidget;

// What the Identities page does with its list: for the selected rows, copying their IDs, the
// context menu (the detail pane's actions for one row, bulk actions for several) and a bulk
// action, confirmed in words, with the identities already in the state asked for left out; and
// export, import and create, each in its dialog.
class IdentityListActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityListActions)

public:
    // `page` parents the menu and the dialogs; the list is reloaded after a bulk run.
    IdentityListActions(KratosClient *client, AuditLog *audit, IdentityListModel *model, QTableView *table,
                        IdentityDetailPane *detail, QWidget *page);

    void setProductionMode(bool production) { m_production = production; }
    QStringList selectedIds() const;
    void copySelectedIds();
    void showContextMenu(const QPoint &pos);
    // Confirms, then runs `action` (a BulkOperation::Action) on the selected identities in a BulkDialog.
    void runBulk(int action);
    // The export dialog: the rows `proxy` shows (the default), all loaded, or the selection, to
    // CSV or Kratos import JSON; `filterWords` names the search and filters for the audit trail.
    void exportRows(IdentityFilterProxy *proxy, const QString &filterWords);
    void createIdentity(SchemaListModel *schemas);
    // Asks for a Kratos import file and imports it in an ImportDialog; the list is read again after.
    void importFile();

Q_SIGNALS:
    // "Open in new window" on the identity shown.
    void openInWindowRequested();
    // What an export is doing, for the page's status line.
    void statusChanged(const QString &text);
    void exported(const QString &path);
    void created(const QString &id);

private:
    KratosClient *m_client;
    AuditLog *m_audit;
    IdentityListModel *m_model;
    QTableView *m_table;
    IdentityDetailPane *m_detail;
    QWidget *m_page;
    bool m_production = false;
};
