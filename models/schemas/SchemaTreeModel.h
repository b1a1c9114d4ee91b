// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SchemaTree.h"

#include <QAbstractItemModel>

#include <memory>

// A SchemaTree as a Qt tree model: one row per node, with its type, whether it is required, what
// Kratos's extension makes of it, its constraints and its title. The Schemas page, the Markdown
// export and `kratos-desk schema-doc` all read the same tree.
class SchemaTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaTreeModel)

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        RequiredColumn,
        KratosColumn,
        ConstraintsColumn,
        TitleColumn,
        ColumnCount
    };
    enum Role
    {
        PointerRole = Qt::UserRole + 1, // where the node is written, as a JSON Pointer
        DataPathRole,                   // where its value sits in an identity
        SearchTextRole,                 // everything the search box matches
        ProblemRole,
        BadgesRole // QStringList of the Kratos extension's badges
    };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    void setDocument(const QJsonObject &document, const JsonKeyOrder::Map &keyOrder = {});
    void clear();
    const SchemaTree *tree() const { return m_tree.get(); }
    const SchemaNode *node(const QModelIndex &index) const;
    QModelIndex indexOf(const SchemaNode *node, int column = 0) const;
    QModelIndex indexOfPointer(const QString &pointer) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const SchemaNode *nodeOrRoot(const QModelIndex &index) const;

    std::unique_ptr<SchemaTree> m_tree;
};
