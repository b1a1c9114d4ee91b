// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ErrorBanner;
class KratosClient;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTreeView;
class SchemaInspector;
class SchemaListModel;
class SchemaTreeModel;

// The identity schemas: the list from GET /schemas and, for the selected one, its tree (traits,
// types, required, constraints and what Kratos's extension makes of each), an inspector for the
// selected node, the raw JSON, a search that filters the tree, and the Markdown export.
class SchemasPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemasPage)

public:
    // `list` is the connection's schema list, shared with the Identities page.
    SchemasPage(KratosClient *client, SchemaListModel *list, QWidget *parent = nullptr);

    SchemaListModel *listModel() const { return m_list; }
    SchemaTreeModel *treeModel() const { return m_tree; }
    QTreeView *treeView() const { return m_treeView; }
    QString currentSchemaId() const { return m_currentId; }

    void reload();
    void clear();
    // Selects schema `id`, now or when the list arrives.
    void showSchema(const QString &id);
    bool exportMarkdown(const QString &path, QString *error) const;

private:
    // The constructor's parts, in order.
    void nameWidgets();
    void setUpTree();
    void buildLayout();
    void connectSignals();
    void schemaSelected();
    void nodeSelected();
    void applySearch(const QString &text);
    void exportClicked();
    void listLoaded();
    void fitColumns();

    KratosClient *m_client;
    SchemaListModel *m_list;
    SchemaTreeModel *m_tree;
    QSortFilterProxyModel *m_proxy;
    ErrorBanner *m_error;
    QListView *m_listView;
    QLineEdit *m_search;
    QPushButton *m_expandAll;
    QPushButton *m_collapseAll;
    QPushButton *m_export;
    QLabel *m_title;
    QLabel *m_problems;
    QTreeView *m_treeView;
    QTabWidget *m_tabs;
    SchemaInspector *m_inspector;
    QPlainTextEdit *m_raw;
    QString m_currentId;
    QString m_pendingId;
};
