// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemasPage.h"

#include "FlowLayout.h"

#include "BadgeDelegate.h"
#include "ErrorBanner.h"
#include "JsonHighlighter.h"
#include "Prompt.h"
#include "SchemaInspector.h"
#include "SchemaListModel.h"
#include "SchemaMarkdown.h"
#include "SchemaTreeModel.h"

#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

SchemasPage::SchemasPage(KratosClient *client, SchemaListModel *list, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_list(list)
    , m_tree(new SchemaTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_error(new ErrorBanner(this))
    , m_listView(new QListView(this))
    , m_search(new QLineEdit(this))
    , m_expandAll(new QPushButton(tr("Expand all"), this))
    , m_collapseAll(new QPushButton(tr("Collapse all"), this))
    , m_export(new QPushButton(tr("Export as Markdown…"), this))
    , m_title(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_treeView(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_inspector(new SchemaInspector(this))
    , m_raw(new QPlainTextEdit(this))
{
    nameWidgets();
    setUpTree();
    buildLayout();
    connectSignals();
}

void SchemasPage::nameWidgets()
{
    m_problems->setTextFormat(Qt::PlainText); // server and file text is never markup
    m_title->setTextFormat(Qt::RichText);     // built from escaped parts only
    m_error->setObjectName(QStringLiteral("schemaErrorBanner"));
    m_listView->setObjectName(QStringLiteral("schemaList"));
    m_listView->setAccessibleName(tr("Identity schemas"));
    m_listView->setModel(m_list);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_search->setObjectName(QStringLiteral("schemaSearch"));
    m_search->setAccessibleName(tr("Search the schema"));
    m_search->setPlaceholderText(tr("Search traits, titles, formats, Kratos roles…"));
    m_search->setClearButtonEnabled(true);
    m_expandAll->setObjectName(QStringLiteral("expandAllButton"));
    m_collapseAll->setObjectName(QStringLiteral("collapseAllButton"));
    m_export->setObjectName(QStringLiteral("exportMarkdownButton"));
    m_export->setEnabled(false);
    m_title->setObjectName(QStringLiteral("schemaTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("schemaProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setProperty("tone", QStringLiteral("problem")); // a banner, coloured by Theme
    m_problems->hide();
}

void SchemasPage::setUpTree()
{
    m_proxy->setSourceModel(m_tree);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterRole(SchemaTreeModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(SchemaTreeModel::NameColumn);
    m_treeView->setObjectName(QStringLiteral("schemaTree"));
    m_treeView->setAccessibleName(tr("Schema tree"));
    m_treeView->setModel(m_proxy);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_treeView->header()->setStretchLastSection(true);
    m_treeView->setItemDelegateForColumn(SchemaTreeModel::KratosColumn,
                                         new BadgeDelegate(SchemaTreeModel::BadgesRole, m_treeView));
}

void SchemasPage::buildLayout()
{
    m_raw->setObjectName(QStringLiteral("rawJson"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    new JsonHighlighter(m_raw->document());
    m_inspector->setObjectName(QStringLiteral("schemaInspector"));
    m_tabs->setObjectName(QStringLiteral("schemaTabs"));
    m_tabs->addTab(m_inspector, tr("Inspector"));
    m_tabs->addTab(m_raw, tr("Raw JSON"));

    // The buttons wrap below the search box when the page is narrow.
    auto *tools = new FlowLayout;
    tools->addWidget(m_expandAll);
    tools->addWidget(m_collapseAll);
    tools->addWidget(m_export);
    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->addWidget(m_title);
    centerLayout->addWidget(m_problems);
    centerLayout->addWidget(m_search);
    centerLayout->addLayout(tools);
    centerLayout->addWidget(m_treeView, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("schemasSplitter"));
    splitter->addWidget(m_listView);
    splitter->addWidget(center);
    splitter->addWidget(m_tabs);
    splitter->setChildrenCollapsible(false);
    m_listView->setMinimumWidth(100);
    center->setMinimumWidth(220);
    m_tabs->setMinimumWidth(200);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({180, 640, 380});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
}

void SchemasPage::connectSignals()
{
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this, &SchemasPage::schemaSelected);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &SchemasPage::nodeSelected);
    connect(m_search, &QLineEdit::textChanged, this, &SchemasPage::applySearch);
    connect(m_expandAll, &QPushButton::clicked, this, [this]() {
        m_treeView->expandAll();
        fitColumns();
    });
    connect(m_collapseAll, &QPushButton::clicked, m_treeView, &QTreeView::collapseAll);
    // Deeper rows need a wider name column: fit the columns whenever rows appear.
    connect(m_treeView, &QTreeView::expanded, this, &SchemasPage::fitColumns);
    connect(m_treeView, &QTreeView::collapsed, this, &SchemasPage::fitColumns);
    connect(m_export, &QPushButton::clicked, this, &SchemasPage::exportClicked);
    connect(m_list, &SchemaListModel::loaded, this, &SchemasPage::listLoaded);
    connect(m_list, &SchemaListModel::failed, m_error, &ErrorBanner::showError);
    connect(m_error, &ErrorBanner::retryRequested, this, &SchemasPage::reload);
}

void SchemasPage::reload()
{
    m_error->clear();
    if (m_pendingId.isEmpty())
        m_pendingId = m_currentId;
    m_list->reload();
}

void SchemasPage::clear()
{
    m_list->clear();
    m_tree->clear();
    m_currentId.clear();
    m_pendingId.clear();
    m_inspector->clear();
    m_raw->clear();
    m_title->clear();
    m_problems->hide();
    m_error->clear();
    m_export->setEnabled(false);
}

void SchemasPage::showSchema(const QString &id)
{
    const int row = m_list->rowOf(id);
    if (row < 0 || m_list->isLoading()) {
        m_pendingId = id;
        if (!m_list->isLoading())
            reload();
        return;
    }
    m_listView->setCurrentIndex(m_list->index(row));
}

void SchemasPage::listLoaded()
{
    const QString wanted = std::exchange(m_pendingId, {});
    const int row = m_list->rowOf(wanted);
    if (row >= 0 || m_list->rowCount() > 0)
        m_listView->setCurrentIndex(m_list->index(qMax(row, 0)));
    if (m_list->rowCount() == 0)
        m_title->setText(tr("This server has no identity schemas."));
    else if (row < 0 && !wanted.isEmpty())
        m_title->setText(tr("There is no identity schema \"%1\" on this server; showing \"%2\".")
                             .arg(wanted.toHtmlEscaped(), m_currentId.toHtmlEscaped()));
}

void SchemasPage::schemaSelected()
{
    const IdentitySchema *schema = m_list->schema(m_listView->currentIndex().row());
    m_inspector->clear();
    if (!schema) {
        m_tree->clear();
        m_raw->clear();
        m_export->setEnabled(false);
        return;
    }
    m_currentId = schema->id;
    m_tree->setDocument(schema->schema, schema->keyOrder);
    m_raw->setPlainText(QString::fromUtf8(JsonKeyOrder::toJson(schema->schema, schema->keyOrder)));
    const QString title = schema->schema.value(QLatin1String("title")).toString();
    m_title->setText(title.isEmpty() ? tr("<b>%1</b>").arg(schema->id.toHtmlEscaped())
                                     : tr("<b>%1</b> — %2").arg(schema->id.toHtmlEscaped(), title.toHtmlEscaped()));
    const SchemaTree *tree = m_tree->tree();
    QStringList lines;
    if (!tree->errors().isEmpty())
        lines.append(tr("Kratos cannot use this schema as it is:"));
    lines.append(tree->errors());
    lines.append(tree->notes());
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    m_export->setEnabled(true);
    applySearch(m_search->text());
    // Show the traits: the part of a schema support staff read.
    const QModelIndex traits = m_tree->indexOfPointer(QStringLiteral("/properties/traits"));
    m_treeView->expandToDepth(0);
    if (traits.isValid())
        m_treeView->expand(m_proxy->mapFromSource(traits));
    fitColumns();
}

void SchemasPage::fitColumns()
{
    // expandAll() emits no expanded(): its callers fit the columns themselves.
    for (int c = 0; c < SchemaTreeModel::TitleColumn; ++c)
        m_treeView->resizeColumnToContents(c);
}

void SchemasPage::nodeSelected()
{
    m_inspector->showNode(m_tree->node(m_proxy->mapToSource(m_treeView->currentIndex())));
}

void SchemasPage::applySearch(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty()) {
        m_treeView->expandAll();
        fitColumns();
    }
}

bool SchemasPage::exportMarkdown(const QString &path, QString *error) const
{
    if (!m_tree->tree()) {
        *error = tr("No schema is selected.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(SchemaMarkdown::document(*m_tree->tree(), m_currentId).toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void SchemasPage::exportClicked()
{
    const QString path = Prompt::saveFile(this, tr("Export schema \"%1\" as Markdown").arg(m_currentId),
                                          m_currentId + QStringLiteral(".md"), tr("Markdown (*.md);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportMarkdown(path, &error))
        Prompt::warning(this, tr("Export as Markdown"), error);
}
