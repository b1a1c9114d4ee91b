// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaTreeModel.h"

#include "StatusColors.h"

#include "PlainText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

SchemaTreeModel::~SchemaTreeModel() = default;

void SchemaTreeModel::setDocument(const QJsonObject &document, const JsonKeyOrder::Map &keyOrder)
{
    beginResetModel();
    m_tree = SchemaTree::build(document, keyOrder);
    endResetModel();
}

void SchemaTreeModel::clear()
{
    beginResetModel();
    m_tree.reset();
    endResetModel();
}

const SchemaNode *SchemaTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<const SchemaNode *>(index.internalPointer());
}

const SchemaNode *SchemaTreeModel::nodeOrRoot(const QModelIndex &index) const
{
    if (!m_tree)
        return nullptr;
    return index.isValid() ? node(index) : m_tree->root();
}

QModelIndex SchemaTreeModel::indexOf(const SchemaNode *n, int column) const
{
    if (!n || !m_tree || n == m_tree->root())
        return {};
    return createIndex(n->row, column, const_cast<SchemaNode *>(n));
}

QModelIndex SchemaTreeModel::indexOfPointer(const QString &pointer) const
{
    return m_tree ? indexOf(m_tree->findByPointer(pointer)) : QModelIndex();
}

QModelIndex SchemaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const SchemaNode *p = nodeOrRoot(parent);
    if (!p || row < 0 || column < 0 || column >= ColumnCount || row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex SchemaTreeModel::parent(const QModelIndex &child) const
{
    const SchemaNode *n = node(child);
    if (!n || !n->parent)
        return {};
    return indexOf(n->parent);
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const SchemaNode *p = nodeOrRoot(parent);
    return p ? int(p->children.size()) : 0;
}

int SchemaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    const SchemaNode *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return n->name;
        case TypeColumn:
            return n->typeText();
        case RequiredColumn:
            return n->required ? tr("required") : QString();
        case KratosColumn:
            return n->extension.badges().join(QStringLiteral(" · "));
        case ConstraintsColumn:
            return n->constraints().join(QStringLiteral("; "));
        case TitleColumn:
            return n->title();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!n->problem.isEmpty())
            lines.append(n->problem);
        if (!n->description().isEmpty())
            lines.append(n->description());
        if (index.column() == KratosColumn && n->extension.present)
            lines.append(n->extension.inWords());
        return lines.isEmpty() ? QVariant() : QVariant(PlainText::toolTip(lines.join(QLatin1Char('\n'))));
    }
    case Qt::ForegroundRole:
        if (!n->problem.isEmpty() && index.column() == NameColumn)
            return QBrush(StatusColors::text(StatusColors::Tone::Error));
        if (n->kind == SchemaNode::Kind::Definitions || n->kind == SchemaNode::Kind::Branch)
            return QBrush(StatusColors::text(StatusColors::Tone::Muted));
        return {};
    case Qt::FontRole:
        if (index.column() == NameColumn && n->extension.isLoginIdentifier()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (n->kind == SchemaNode::Kind::Branch || n->kind == SchemaNode::Kind::Definitions) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case PointerRole:
        return n->pointer;
    case DataPathRole:
        return n->dataPath;
    case SearchTextRole:
        return QStringList{n->name,
                           n->dataPath,
                           n->title(),
                           n->description(),
                           n->typeText(),
                           n->extension.badges().join(QLatin1Char(' ')),
                           n->constraints().join(QLatin1Char(' '))}
            .join(QLatin1Char('\n'));
    case ProblemRole:
        return n->problem;
    case BadgesRole:
        return n->extension.badges();
    default:
        return {};
    }
}

QVariant SchemaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case RequiredColumn:
        return tr("Required");
    case KratosColumn:
        return tr("Kratos");
    case ConstraintsColumn:
        return tr("Constraints");
    case TitleColumn:
        return tr("Title");
    default:
        return {};
    }
}
