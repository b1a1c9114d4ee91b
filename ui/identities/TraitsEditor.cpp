// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraitsEditor.h"

#include "TraitsForm.h"

#include <QFontDatabase>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

bool parseObject(const QString &text, QJsonObject *out, QString *error)
{
    QJsonParseError pe;
    const QByteArray bytes = text.toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QObject::tr("Traits: %1 on line %2").arg(pe.errorString()).arg(bytes.left(pe.offset).count('\n') + 1);
        return false;
    }
    if (!doc.isObject()) {
        *error = QObject::tr("Traits must be a JSON object.");
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace

TraitsEditor::TraitsEditor(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_form(new TraitsForm(this))
    , m_formNote(new QLabel(this))
    , m_json(new QPlainTextEdit(this))
    , m_slowNotice(new QTimer(this))
    , m_validating(new QLabel(tr("Still checking the traits against the schema…"), this))
{
    m_formNote->setTextFormat(Qt::PlainText); // server and file text is never markup
    m_validating->setObjectName(QStringLiteral("traitsValidating"));
    m_validating->setWordWrap(true);
    m_validating->hide();
    m_slowNotice->setSingleShot(true);
    m_slowNotice->setInterval(1000);
    connect(m_slowNotice, &QTimer::timeout, m_validating, &QWidget::show);
    m_tabs->setObjectName(QStringLiteral("traitsTabs"));
    m_form->setObjectName(QStringLiteral("traitsForm"));
    m_formNote->setObjectName(QStringLiteral("traitsFormNote"));
    m_formNote->setWordWrap(true);
    m_formNote->hide();
    m_json->setObjectName(QStringLiteral("traitsEdit"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->addWidget(m_formNote);
    formLayout->addWidget(m_form, 1);
    scroll->setWidget(formPage);
    m_tabs->addTab(scroll, tr("Form"));
    m_tabs->addTab(m_json, tr("JSON"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_validating);

    connect(m_form, &TraitsForm::edited, this, [this]() {
        m_jsonIsSource = false;
        revalidate();
        Q_EMIT changed();
    });
    connect(m_json, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_syncing)
            return;
        m_jsonIsSource = true;
        revalidate();
        Q_EMIT changed();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &TraitsEditor::tabChanged);
}

bool TraitsEditor::formAvailable() const
{
    return m_form->isAvailable();
}

void TraitsEditor::setSchema(const QJsonObject &schema, const QString &note, const JsonKeyOrder::Map &keyOrder)
{
    QString error;
    if (schema.isEmpty() || !m_validator.setSchema(schema, &error))
        m_validator.setSchema(QJsonValue(true), &error);
    const bool available = !schema.isEmpty() && m_form->setSchema(schema, keyOrder);
    QString text = note;
    if (!available && text.isEmpty())
        text = tr("This schema's traits cannot be shown as a form; edit them as JSON.");
    if (!error.isEmpty() && !schema.isEmpty())
        text = error;
    m_formNote->setText(text);
    m_formNote->setVisible(!text.isEmpty());
    m_tabs->setCurrentIndex(available ? 0 : 1);
}

void TraitsEditor::setTraits(const QJsonObject &traits)
{
    m_syncing = true;
    m_form->setTraits(traits);
    m_json->setPlainText(QString::fromUtf8(QJsonDocument(traits).toJson(QJsonDocument::Indented)));
    m_syncing = false;
    m_jsonIsSource = !m_form->isAvailable();
    revalidate();
}

bool TraitsEditor::traits(QJsonObject *out, QString *error) const
{
    if (m_jsonIsSource)
        return parseObject(m_json->toPlainText(), out, error);
    QString formError;
    *out = m_form->traits(&formError);
    if (!formError.isEmpty()) {
        *error = formError;
        return false;
    }
    return true;
}

void TraitsEditor::showForm()
{
    m_tabs->setCurrentIndex(0);
}

void TraitsEditor::showJson()
{
    m_tabs->setCurrentIndex(1);
}

void TraitsEditor::tabChanged(int index)
{
    const int previous = std::exchange(m_currentTab, index);
    if (index == previous)
        return;
    if (index == 1 && !m_jsonIsSource) {
        // Form → JSON: the JSON shows what the form holds now.
        QJsonObject traits;
        QString error;
        if (!this->traits(&traits, &error))
            return; // the note under the field says what does not parse; the JSON keeps its text
        m_syncing = true;
        m_json->setPlainText(QString::fromUtf8(QJsonDocument(traits).toJson(QJsonDocument::Indented)));
        m_syncing = false;
    } else if (index == 0 && m_jsonIsSource && m_form->isAvailable()) {
        // JSON → form: only JSON that parses can be shown; otherwise stay on the JSON.
        QJsonObject traits;
        QString error;
        if (!parseObject(m_json->toPlainText(), &traits, &error)) {
            m_form->showProblems({{QStringLiteral("#/traits"), QString(), error, error}});
            m_tabs->setCurrentIndex(1);
            return;
        }
        m_syncing = true;
        m_form->setTraits(traits);
        m_syncing = false;
        // The form now starts from the JSON's traits; it is the source again once touched, and
        // until then reads back exactly those traits.
        m_jsonIsSource = false;
        revalidate();
    }
}

void TraitsEditor::revalidate()
{
    if (m_running) {
        m_pending = true; // checked when the running validation ends
        return;
    }
    startValidation();
}

void TraitsEditor::startValidation()
{
    m_pending = false;
    QJsonObject traits;
    QString error;
    if (!this->traits(&traits, &error)) {
        m_form->showProblems({{QStringLiteral("#/traits"), QString(), error, error}});
        Q_EMIT validated();
        return;
    }
    if (!m_validator.hasSchema()) {
        m_form->showProblems({});
        Q_EMIT validated();
        return;
    }
    m_running = true;
    m_slowNotice->start();
    // The copy shares the compiled schema, which outlives a later setSchema() for as long as it runs.
    const SchemaValidator validator = m_validator;
    auto *watcher = new QFutureWatcher<QList<SchemaValidator::Problem>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_running = false;
        if (m_pending) {
            startValidation(); // the text changed meanwhile: these problems are already out of date
            return;
        }
        m_slowNotice->stop();
        m_validating->hide();
        m_form->showProblems(watcher->result());
        Q_EMIT validated();
    });
    watcher->setFuture(QtConcurrent::run([validator, traits]() { return validator.validateTraits(traits); }));
}
