// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraitsForm.h"

#include "PlainText.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

QStringList keysOf(const QString &pointer)
{
    QStringList keys = pointer.mid(1).split(QLatin1Char('/'));
    for (QString &k : keys) {
        k.replace(QStringLiteral("~1"), QStringLiteral("/"));
        k.replace(QStringLiteral("~0"), QStringLiteral("~"));
    }
    return keys;
}

QJsonValue valueAt(const QJsonObject &root, const QString &pointer)
{
    QJsonValue current = root;
    for (const QString &key : keysOf(pointer))
        current = current.toObject().value(key);
    return current;
}

// Sets (or, for an undefined value, removes) the value at `keys`, creating objects on the way.
void setAt(QJsonObject &object, const QStringList &keys, const QJsonValue &value)
{
    if (keys.size() == 1) {
        if (value.isUndefined())
            object.remove(keys.first());
        else
            object.insert(keys.first(), value);
        return;
    }
    QJsonObject child = object.value(keys.first()).toObject();
    setAt(child, keys.mid(1), value);
    if (child.isEmpty() && value.isUndefined() && !object.contains(keys.first()))
        return;
    object.insert(keys.first(), child);
}

QString pretty(const QJsonValue &value)
{
    if (value.isUndefined())
        return QString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    return SchemaNode::compactJson(value);
}

QJsonArray choicesOf(const SchemaNode *node)
{
    if (node->effective.contains(QLatin1String("enum")))
        return node->effective.value(QLatin1String("enum")).toArray();
    return QJsonArray{node->effective.value(QLatin1String("const"))};
}

QString placeholderFor(const SchemaNode *node)
{
    const QString format = node->effective.value(QLatin1String("format")).toString();
    if (format == QLatin1String("email"))
        return QObject::tr("name@example.com");
    if (format == QLatin1String("tel"))
        return QObject::tr("+4915112345678");
    if (format == QLatin1String("uri"))
        return QObject::tr("https://example.com/");
    if (format == QLatin1String("date"))
        return QObject::tr("YYYY-MM-DD");
    if (format == QLatin1String("date-time"))
        return QObject::tr("2026-01-31T12:00:00Z");
    return node->constraints().join(QStringLiteral("; "));
}

} // namespace

TraitsForm::TraitsForm(QWidget *parent)
    : QWidget(parent)
    , m_general(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    m_general->setTextFormat(Qt::PlainText); // server and file text is never markup
    m_general->setObjectName(QStringLiteral("formProblems"));
    m_general->setWordWrap(true);
    m_general->setProperty("tone", QStringLiteral("error"));
    m_general->hide();
    m_layout->addWidget(m_general);
    m_layout->addStretch(1);
}

TraitsForm::~TraitsForm() = default;

bool TraitsForm::setSchema(const QJsonObject &schema, const JsonKeyOrder::Map &keyOrder)
{
    m_fields.clear();
    delete m_body;
    m_body = nullptr;
    m_tree = SchemaTree::build(schema, keyOrder);
    const SchemaNode *traits = m_tree->findByPointer(QStringLiteral("/properties/traits"));
    if (!traits)
        return false;
    m_body = new QWidget(this);
    auto *form = new QFormLayout(m_body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addFields(traits, QString(), form);
    m_layout->insertWidget(1, m_body);
    if (m_fields.empty()) {
        delete m_body;
        m_body = nullptr;
        return false;
    }
    return true;
}

TraitsForm::Editor TraitsForm::editorFor(const SchemaNode *node)
{
    const QStringList types = node->types();
    const QJsonObject &s = node->effective;
    for (const auto &child : node->children)
        if (child->kind == SchemaNode::Kind::Branch || child->kind == SchemaNode::Kind::PatternProperty ||
            child->kind == SchemaNode::Kind::AdditionalProperties)
            return Editor::Json;
    if (!node->problem.isEmpty() || node->raw.isBool())
        return Editor::Json;
    if (s.contains(QLatin1String("enum")) || s.contains(QLatin1String("const")))
        return Editor::Choice;
    if (types.size() != 1)
        return Editor::Json;
    const QString type = types.first();
    if (type == QLatin1String("string"))
        return s.value(QLatin1String("format")).toString() == QLatin1String("date") ? Editor::Date : Editor::Text;
    if (type == QLatin1String("integer"))
        return Editor::Integer;
    if (type == QLatin1String("number"))
        return Editor::Number;
    if (type == QLatin1String("boolean"))
        return Editor::Boolean;
    if (type == QLatin1String("array")) {
        for (const auto &child : node->children) {
            if (child->kind != SchemaNode::Kind::Items)
                return Editor::Json; // tuples, contains
            const Editor item = editorFor(child.get());
            if (item == Editor::Json || item == Editor::List || child->types() == QStringList{QStringLiteral("object")})
                return Editor::Json;
        }
        return node->children.empty() ? Editor::Json : Editor::List;
    }
    return Editor::Json; // objects come here only when they cannot be a group
}

void TraitsForm::addFields(const SchemaNode *object, const QString &path, QFormLayout *form)
{
    for (const auto &child : object->children) {
        if (child->kind != SchemaNode::Kind::Property)
            continue;
        const SchemaNode *node = child.get();
        const QString fieldPath = path + QLatin1Char('/') + SchemaNode::escapePointerToken(node->name);
        QString label = node->title().isEmpty() ? node->name : node->title();
        if (node->required)
            label += QStringLiteral(" *");

        const bool isGroup = node->types() == QStringList{QStringLiteral("object")} &&
                             editorFor(node) == Editor::Json && node->problem.isEmpty() &&
                             std::all_of(node->children.begin(), node->children.end(),
                                         [](const auto &c) { return c->kind == SchemaNode::Kind::Property; }) &&
                             !node->children.empty();
        if (isGroup) {
            auto *group = new QGroupBox(label, m_body);
            group->setObjectName(QStringLiteral("group:") + fieldPath);
            group->setToolTip(PlainText::toolTip(node->description()));
            auto *inner = new QFormLayout(group);
            inner->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            addFields(node, fieldPath, inner);
            form->addRow(group);
            continue;
        }

        auto field = std::make_unique<Field>();
        field->path = fieldPath;
        field->node = node;
        field->editor = editorFor(node);
        auto *cell = new QWidget(m_body);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        if (field->editor == Editor::List) {
            field->widget = createList(field.get(), cell);
        } else if (field->editor == Editor::Json) {
            field->widget = createJson(field.get(), cell);
        } else {
            field->widget = createScalar(field->editor, node, field.get(), cell);
            field->widget->setObjectName(QStringLiteral("field:") + fieldPath);
        }
        field->widget->setToolTip(PlainText::toolTip(node->description()));
        cellLayout->addWidget(field->widget);
        if (!node->description().isEmpty()) {
            auto *hint = new QLabel(node->description(), cell);
            hint->setTextFormat(Qt::PlainText); // the schema's words, never markup
            hint->setWordWrap(true);
            hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
            cellLayout->addWidget(hint);
        }
        field->error = new QLabel(cell);
        field->error->setTextFormat(Qt::PlainText); // messages quote the typed value
        field->error->setObjectName(QStringLiteral("error:") + fieldPath);
        field->error->setWordWrap(true);
        field->error->setProperty("tone", QStringLiteral("error"));
        field->error->hide();
        cellLayout->addWidget(field->error);
        auto *labelWidget = new QLabel(label, m_body);
        labelWidget->setTextFormat(Qt::PlainText);
        labelWidget->setBuddy(field->widget);
        labelWidget->setToolTip(PlainText::toolTip(node->extension.inWords()));
        form->addRow(labelWidget, cell);
        m_fields.push_back(std::move(field));
    }
}

QWidget *TraitsForm::createList(Field *field, QWidget *cell)
{
    field->itemNode = field->node->children.front().get();
    field->itemEditor = editorFor(field->itemNode);
    auto *list = new QWidget(cell);
    list->setObjectName(QStringLiteral("field:") + field->path);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    field->rows = new QVBoxLayout;
    listLayout->addLayout(field->rows);
    auto *add = new QPushButton(tr("Add"), list);
    add->setObjectName(QStringLiteral("add:") + field->path);
    listLayout->addWidget(add, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this, [this, field]() {
        QWidget *row = addListRow(field, QJsonValue());
        touch(field);
        row->setFocus();
    });
    return list;
}

QWidget *TraitsForm::createJson(Field *field, QWidget *cell)
{
    auto *json = new QPlainTextEdit(cell);
    json->setObjectName(QStringLiteral("field:") + field->path);
    json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    json->setTabChangesFocus(true);
    json->setPlaceholderText(tr("JSON (this part of the schema has no form)"));
    json->setFixedHeight(json->fontMetrics().lineSpacing() * 5 + 12);
    connect(json, &QPlainTextEdit::textChanged, this, [this, field]() {
        if (!m_filling)
            touch(field);
    });
    return json;
}

QWidget *TraitsForm::createScalar(Editor editor, const SchemaNode *node, Field *field, QWidget *parent)
{
    switch (editor) {
    case Editor::Boolean: {
        auto *box = new QCheckBox(parent);
        connect(box, &QCheckBox::clicked, this, [this, field]() { touch(field); });
        return box;
    }
    case Editor::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(not set)"));
        for (const QJsonValue &v : choicesOf(node))
            combo->addItem(v.isString() ? v.toString() : SchemaNode::compactJson(v));
        connect(combo, &QComboBox::activated, this, [this, field]() { touch(field); });
        return combo;
    }
    case Editor::Text:
    case Editor::Date:
    case Editor::Number:
    case Editor::Integer: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(placeholderFor(node));
        // Limits are not enforced while typing (a longer stored value must not be cut); the
        // placeholder shows them and validation says what is wrong.
        if (editor == Editor::Integer) {
            edit->setValidator(new QIntValidator(edit));
        } else if (editor == Editor::Number) {
            auto *v = new QDoubleValidator(edit);
            v->setLocale(QLocale::c());
            v->setNotation(QDoubleValidator::StandardNotation);
            edit->setValidator(v);
        } else if (editor == Editor::Date) {
            QAction *pick =
                edit->addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QLineEdit::TrailingPosition);
            pick->setToolTip(tr("Pick a date"));
            connect(pick, &QAction::triggered, edit, [this, edit, field]() {
                QMenu menu(edit);
                auto *calendar = new QCalendarWidget(&menu);
                const QDate current = QDate::fromString(edit->text(), Qt::ISODate);
                if (current.isValid())
                    calendar->setSelectedDate(current);
                auto *action = new QWidgetAction(&menu);
                action->setDefaultWidget(calendar);
                menu.addAction(action);
                connect(calendar, &QCalendarWidget::activated, &menu, [&menu, edit, this, field](QDate date) {
                    edit->setText(date.toString(Qt::ISODate));
                    touch(field);
                    menu.close();
                });
                menu.exec(edit->mapToGlobal(QPoint(0, edit->height())));
            });
        }
        connect(edit, &QLineEdit::textEdited, this, [this, field]() { touch(field); });
        return edit;
    }
    case Editor::List:
    case Editor::Json:
        break;
    }
    return new QWidget(parent);
}

QWidget *TraitsForm::addListRow(Field *field, const QJsonValue &value)
{
    auto *row = new QWidget(field->widget);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    QWidget *editor = createScalar(field->itemEditor, field->itemNode, field, row);
    editor->setObjectName(QStringLiteral("item:%1/%2").arg(field->path).arg(field->rows->count()));
    writeScalar(editor, field->itemEditor, field->itemNode, value);
    auto *remove = new QToolButton(row);
    remove->setText(tr("Remove"));
    remove->setObjectName(QStringLiteral("remove:%1/%2").arg(field->path).arg(field->rows->count()));
    layout->addWidget(editor, 1);
    layout->addWidget(remove);
    field->rows->addWidget(row);
    connect(remove, &QToolButton::clicked, this, [this, field, row]() {
        field->rows->removeWidget(row);
        row->hide();
        row->deleteLater();
        touch(field);
    });
    return editor;
}

void TraitsForm::writeScalar(QWidget *widget, Editor editor, const SchemaNode *node, const QJsonValue &value) const
{
    switch (editor) {
    case Editor::Boolean:
        static_cast<QCheckBox *>(widget)->setChecked(value.toBool());
        break;
    case Editor::Choice: {
        auto *combo = static_cast<QComboBox *>(widget);
        const QJsonArray choices = choicesOf(node);
        int index = 0;
        for (int i = 0; i < choices.size(); ++i)
            if (choices.at(i) == value)
                index = i + 1;
        if (index == 0 && !value.isUndefined() && !value.isNull()) {
            // A value the schema does not allow (any more): keep it visible and selectable.
            combo->addItem(tr("%1 (not in the schema)").arg(SchemaNode::compactJson(value)));
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        break;
    }
    case Editor::Text:
    case Editor::Date:
    case Editor::Number:
    case Editor::Integer: {
        auto *edit = static_cast<QLineEdit *>(widget);
        if (value.isString())
            edit->setText(value.toString());
        else if (value.isDouble())
            edit->setText(QString::number(value.toDouble(), 'g', 17));
        else if (value.isUndefined() || value.isNull())
            edit->clear();
        else
            edit->setText(SchemaNode::compactJson(value));
        break;
    }
    case Editor::List:
    case Editor::Json:
        break;
    }
}

QJsonValue TraitsForm::readScalar(QWidget *widget, Editor editor, const SchemaNode *node) const
{
    switch (editor) {
    case Editor::Boolean:
        return static_cast<QCheckBox *>(widget)->isChecked();
    case Editor::Choice: {
        const int index = static_cast<QComboBox *>(widget)->currentIndex();
        const QJsonArray choices = choicesOf(node);
        if (index <= 0 || index > choices.size())
            return QJsonValue(QJsonValue::Undefined);
        return choices.at(index - 1);
    }
    case Editor::Text:
    case Editor::Date: {
        const QString text = static_cast<QLineEdit *>(widget)->text();
        return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
    }
    case Editor::Number:
    case Editor::Integer: {
        const QString text = static_cast<QLineEdit *>(widget)->text().trimmed();
        if (text.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        bool ok = false;
        const double number = QLocale::c().toDouble(text, &ok);
        // Not a number: hand the text on, so that validation says what is wrong with it.
        return ok && std::isfinite(number) ? QJsonValue(number) : QJsonValue(text);
    }
    case Editor::List:
    case Editor::Json:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

void TraitsForm::setTraits(const QJsonObject &traits)
{
    m_traits = traits;
    m_filling = true;
    for (const auto &field : m_fields) {
        field->touched = false;
        const QJsonValue value = valueAt(traits, field->path);
        if (field->editor == Editor::List) {
            while (QLayoutItem *item = field->rows->takeAt(0)) {
                delete item->widget();
                delete item;
            }
            for (const QJsonValue &v : value.toArray())
                addListRow(field.get(), v);
        } else if (field->editor == Editor::Json) {
            static_cast<QPlainTextEdit *>(field->widget)->setPlainText(pretty(value));
        } else {
            writeScalar(field->widget, field->editor, field->node, value);
        }
    }
    m_filling = false;
    showProblems({});
}

QJsonObject TraitsForm::traits(QString *error) const
{
    QJsonObject out = m_traits;
    for (const auto &field : m_fields) {
        if (!field->touched)
            continue;
        QJsonValue value;
        if (field->editor == Editor::List) {
            QJsonArray items;
            for (int i = 0; i < field->rows->count(); ++i) {
                QWidget *row = field->rows->itemAt(i)->widget();
                auto *editor = row ? row->findChild<QWidget *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
                // The first child of a row is its editor; the second its Remove button.
                if (editor) {
                    const QJsonValue v = readScalar(editor, field->itemEditor, field->itemNode);
                    items.append(v.isUndefined() ? QJsonValue(QJsonValue::Null) : v);
                }
            }
            value = items;
        } else if (field->editor == Editor::Json) {
            const QString text = static_cast<QPlainTextEdit *>(field->widget)->toPlainText().trimmed();
            if (text.isEmpty()) {
                value = QJsonValue(QJsonValue::Undefined);
            } else {
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &pe);
                if (pe.error != QJsonParseError::NoError || doc.array().size() != 1) {
                    if (error && error->isEmpty())
                        *error = tr("%1: not valid JSON (%2)")
                                     .arg(field->node->title().isEmpty() ? field->node->name : field->node->title(),
                                          pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                               : tr("more than one value"));
                    continue;
                }
                value = doc.array().first();
            }
        } else {
            value = readScalar(field->widget, field->editor, field->node);
        }
        setAt(out, keysOf(field->path), value);
    }
    return out;
}

void TraitsForm::touch(Field *field)
{
    if (m_filling)
        return;
    field->touched = true;
    Q_EMIT edited();
}

void TraitsForm::showProblems(const QList<SchemaValidator::Problem> &problems)
{
    for (const auto &field : m_fields) {
        field->error->clear();
        field->error->hide();
    }
    QStringList general;
    for (const SchemaValidator::Problem &problem : problems) {
        Field *best = fieldFor(problem.path);
        if (!best) {
            general.append(problem.text());
            continue;
        }
        // Beside its own field the message says what is wrong; beside a parent it names the field.
        QString text = problem.message;
        if (QLatin1String("#/traits") + best->path == problem.path && !text.isEmpty())
            text[0] = text.at(0).toUpper();
        else
            text = problem.text();
        const QString previous = best->error->text();
        if (!previous.split(QLatin1Char('\n')).contains(text))
            best->error->setText(previous.isEmpty() ? text : previous + QLatin1Char('\n') + text);
        best->error->show();
    }
    m_general->setText(general.join(QLatin1Char('\n')));
    m_general->setVisible(!general.isEmpty());
}

TraitsForm::Field *TraitsForm::fieldFor(const QString &problemPath) const
{
    QString path = problemPath;
    if (path == QLatin1String("#/traits"))
        path.clear();
    else if (path.startsWith(QLatin1String("#/traits/")))
        path = path.mid(int(qstrlen("#/traits")));
    else
        return nullptr;
    Field *best = nullptr;
    for (const auto &field : m_fields)
        if ((path == field->path || path.startsWith(field->path + QLatin1Char('/'))) &&
            (!best || field->path.size() > best->path.size()))
            best = field.get();
    return best;
}

QList<SchemaValidator::Problem> TraitsForm::inFieldOrder(QList<SchemaValidator::Problem> problems) const
{
    const auto rank = [this](const SchemaValidator::Problem &p) {
        const Field *field = fieldFor(p.path);
        for (size_t i = 0; field && i < m_fields.size(); ++i)
            if (m_fields[i].get() == field)
                return qsizetype(i);
        return qsizetype(m_fields.size());
    };
    std::stable_sort(problems.begin(), problems.end(),
                     [&rank](const auto &a, const auto &b) { return rank(a) < rank(b); });
    return problems;
}

QString TraitsForm::problemAt(const QString &path) const
{
    for (const auto &field : m_fields)
        if (field->path == path)
            return field->error->text();
    return QString();
}

QString TraitsForm::generalProblems() const
{
    return m_general->text();
}
