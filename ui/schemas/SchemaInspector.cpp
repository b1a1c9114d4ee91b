// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaInspector.h"

#include "PlainText.h"
#include "SchemaNode.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton *copyButton(const QString &name, QLineEdit *source, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(name);
    b->setText(QObject::tr("Copy"));
    b->setToolTip(QObject::tr("Copy to the clipboard"));
    QObject::connect(b, &QToolButton::clicked, source,
                     [source]() { QApplication::clipboard()->setText(source->text()); });
    return b;
}

QString valueText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return SchemaNode::compactJson(v);
}

} // namespace

SchemaInspector::SchemaInspector(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_pointer(new QLineEdit(this))
    , m_dataPath(new QLineEdit(this))
    , m_copyPointer(copyButton(QStringLiteral("copyPointerButton"), m_pointer, this))
    , m_copyDataPath(copyButton(QStringLiteral("copyDataPathButton"), m_dataPath, this))
    , m_kratos(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_keywords(new QTableWidget(0, 2, this))
{
    m_heading->setTextFormat(Qt::PlainText); // server and file text is never markup
    m_kratos->setTextFormat(Qt::PlainText);
    m_problem->setTextFormat(Qt::PlainText);
    m_heading->setObjectName(QStringLiteral("inspectorHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true); // a long trait name or a German sentence never widens the pane
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLineEdit *e : {m_pointer, m_dataPath}) {
        e->setReadOnly(true);
        e->setFont(fixed);
    }
    m_pointer->setObjectName(QStringLiteral("pointerEdit"));
    m_pointer->setAccessibleName(tr("JSON Pointer"));
    m_dataPath->setObjectName(QStringLiteral("dataPathEdit"));
    m_dataPath->setAccessibleName(tr("Path in the traits"));
    m_kratos->setObjectName(QStringLiteral("inspectorKratos"));
    m_kratos->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("inspectorProblem"));
    m_problem->setWordWrap(true);
    m_problem->setProperty("tone", QStringLiteral("error"));
    m_keywords->setObjectName(QStringLiteral("keywordTable"));
    m_keywords->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside
    m_keywords->setAccessibleName(tr("Schema keywords"));
    m_keywords->setHorizontalHeaderLabels({tr("Keyword"), tr("Value")});
    m_keywords->horizontalHeader()->setStretchLastSection(true);
    m_keywords->verticalHeader()->hide();
    m_keywords->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_keywords->setWordWrap(true);
    m_keywords->setFont(fixed);

    auto *pointerRow = new QHBoxLayout;
    pointerRow->addWidget(m_pointer, 1);
    pointerRow->addWidget(m_copyPointer);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_dataPath, 1);
    pathRow->addWidget(m_copyDataPath);
    auto *form = new QFormLayout;
    // A narrow inspector puts the field under its label rather than cutting the label (German
    // "Wert in der Identität" with a wide font).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("JSON Pointer"), pointerRow);
    form->addRow(tr("Value in identity"), pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_kratos);
    layout->addWidget(m_keywords, 1);
    clear();
}

QString SchemaInspector::pointer() const
{
    return m_pointer->text();
}

void SchemaInspector::clear()
{
    m_heading->setText(tr("Select a node of the schema."));
    m_pointer->clear();
    m_dataPath->clear();
    m_copyPointer->setEnabled(false);
    m_copyDataPath->setEnabled(false);
    m_kratos->clear();
    m_kratos->hide();
    m_problem->clear();
    m_problem->hide();
    m_keywords->setRowCount(0);
}

void SchemaInspector::showNode(const SchemaNode *node)
{
    clear();
    if (!node)
        return;
    QString heading = node->name.isEmpty() ? tr("(schema)") : node->name;
    if (!node->typeText().isEmpty())
        heading += QStringLiteral(" — ") + node->typeText();
    m_heading->setText(heading);
    m_pointer->setText(QStringLiteral("#") + node->pointer);
    m_pointer->setCursorPosition(0);
    m_dataPath->setText(node->dataPath);
    m_copyPointer->setEnabled(true);
    m_copyDataPath->setEnabled(!node->dataPath.isEmpty());
    if (!node->problem.isEmpty()) {
        m_problem->setText(node->problem);
        m_problem->show();
    }
    if (node->extension.present) {
        m_kratos->setText(tr("Kratos: %1").arg(node->extension.inWords()));
        m_kratos->show();
    }

    auto addRow = [this](const QString &keyword, const QString &value) {
        const int row = m_keywords->rowCount();
        m_keywords->insertRow(row);
        m_keywords->setItem(row, 0, new QTableWidgetItem(keyword));
        auto *item = new QTableWidgetItem(value);
        item->setToolTip(PlainText::toolTip(value));
        m_keywords->setItem(row, 1, item);
    };
    const QJsonObject written = node->raw.toObject();
    for (auto it = written.begin(); it != written.end(); ++it)
        addRow(it.key(), valueText(it.value()));
    if (node->raw.isBool())
        addRow(tr("(boolean schema)"), valueText(node->raw));
    if (!node->refTarget.isEmpty()) {
        for (auto it = node->effective.begin(); it != node->effective.end(); ++it)
            if (!written.contains(it.key()))
                addRow(tr("%1 (from %2)").arg(it.key(), node->ref), valueText(it.value()));
    }
    const QStringList unknown = node->unknownKeywords();
    for (int r = 0; r < m_keywords->rowCount(); ++r)
        if (unknown.contains(m_keywords->item(r, 0)->text()))
            m_keywords->item(r, 0)->setToolTip(tr("Not a JSON Schema keyword: validators and Kratos ignore it."));
    m_keywords->resizeColumnToContents(0);
}
