// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogDialog.h"

#include "ScreenFit.h"

#include "AuditSyslogImport.h"
#include "AuditTrailImport.h"
#include "AuditTrailSearch.h"
#include "BackgroundFile.h"
#include "ChangeReason.h"
#include "DisplayTime.h"
#include "PlainText.h"
#include "Prompt.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

void fillCombo(QComboBox *combo, const QString &all, QStringList values)
{
    values.removeDuplicates();
    values.sort();
    combo->addItem(all, QString());
    for (const QString &v : std::as_const(values))
        combo->addItem(v, v);
}

} // namespace

AuditLogDialog::AuditLogDialog(AuditLog *log, const QString &profileId, const QString &profileName, QWidget *parent,
                               const QString &ticketUrl)
    : QDialog(parent)
    , m_log(log)
    , m_profileId(profileId)
    , m_source(new QComboBox(this))
    , m_operator(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_table(new QTableWidget(this))
    , m_reason(new QLabel(this))
    , m_record(new QPlainTextEdit(this))
    , m_ticketUrl(ticketUrl)
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Audit trail — %1").arg(profileName));
    nameWidgets();
    loadRecords();
    setUpTable();
    buildLayout();
    connect(m_source, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_operator, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_target, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilter);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditLogDialog::applyFilter);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditLogDialog::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditLogDialog::showRecord);
    applyFilter();
    ScreenFit::resize(this, QSize(960, 560));
}

QString AuditLogDialog::zoneName()
{
    return QTimeZone::systemTimeZone().abbreviation(QDateTime::currentDateTime());
}

void AuditLogDialog::nameWidgets()
{
    m_status->setTextFormat(Qt::PlainText); // file text is never markup
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setAccessibleName(tr("Source filter"));
    m_source->addItem(tr("Every trail"), int(AuditTrailFilter::Source::Any));
    m_source->addItem(tr("This computer's"), int(AuditTrailFilter::Source::ThisComputer));
    m_source->addItem(tr("Imported"), int(AuditTrailFilter::Source::Imported));
    m_source->setToolTip(tr("Imported trails come from other desks (Import trail…) or from the syslog collector"));
    m_operator->setObjectName(QStringLiteral("operatorFilter"));
    m_operator->setAccessibleName(tr("Operator filter"));
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setAccessibleName(tr("Action filter"));
    m_target->setObjectName(QStringLiteral("targetFilter"));
    m_target->setAccessibleName(tr("Target filter"));
    m_target->setPlaceholderText(tr("Target, words or reason contain…"));
    m_target->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside
    m_table->setAccessibleName(tr("Audit records"));
    m_reason->setObjectName(QStringLiteral("auditReason"));
    m_reason->setTextFormat(Qt::RichText); // made by ChangeReason::toHtml: escaped, links only
    m_reason->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_reason->setOpenExternalLinks(true);
    m_reason->setWordWrap(true);
    m_reason->hide();
    m_record->setObjectName(QStringLiteral("auditRecord"));
    m_record->setAccessibleName(tr("Selected record"));
    m_record->setReadOnly(true);
    m_status->setObjectName(QStringLiteral("verifyResult"));
    m_status->setWordWrap(true);
}

void AuditLogDialog::loadRecords()
{
    QString error;
    const QList<AuditRecord> own = m_log->records(m_profileId, &error);
    m_rows = AuditTrailFilter::actions(own);
    // Other desks' records of the same server, imported here, merged by time and marked.
    const QString authority = m_log->scope().profileId == m_profileId ? m_log->scope().authority
                              : own.isEmpty()                         ? QString()
                                                                      : own.first().authority;
    if (!authority.isEmpty()) {
        const AuditTrailSearch::Found imported = AuditTrailSearch::imported(m_log->directory(), authority);
        m_rows += AuditTrailFilter::actions(imported.records);
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const AuditRecord &a, const AuditRecord &b) { return a.time < b.time; });
        if (!imported.problem.isEmpty())
            error = error.isEmpty() ? imported.problem : error + QLatin1Char(' ') + imported.problem;
    }
    QStringList operators;
    QStringList actions;
    QDateTime first = QDateTime::currentDateTimeUtc();
    for (const AuditRecord &r : std::as_const(m_rows)) {
        operators.append(r.operatorName);
        actions.append(r.action);
        if (r.time.isValid())
            first = std::min(first, r.time);
    }
    const QString keepOperator = m_operator->currentData().toString();
    const QString keepAction = m_action->currentData().toString();
    m_operator->clear();
    m_action->clear();
    fillCombo(m_operator, tr("Every operator"), operators);
    fillCombo(m_action, tr("Every action"), actions);
    m_operator->setCurrentIndex(std::max(0, m_operator->findData(keepOperator)));
    m_action->setCurrentIndex(std::max(0, m_action->findData(keepAction)));
    const QString zone = zoneName();
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm '%1'").arg(zone));
    }
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_from->setAccessibleName(tr("From"));
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_to->setAccessibleName(tr("To"));
    // Read again after an import: the range the operator chose stays, widened to older records.
    const QDateTime from = first.toLocalTime().addSecs(-60);
    if (!m_rangeSet || from < m_from->dateTime())
        m_from->setDateTime(from);
    if (!m_rangeSet)
        m_to->setDateTime(QDateTime::currentDateTime().addDays(1));
    m_rangeSet = true;
    if (!error.isEmpty())
        m_status->setText(error);
}

void AuditLogDialog::setUpTable()
{
    const QString zone = zoneName();
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels({tr("Time (%1)").arg(zone), tr("Operator"), tr("Action"), tr("What"),
                                        tr("Reason"), tr("Outcome"), tr("Status"), tr("Trail")});
    // The words take the room; the short columns fit their contents.
    m_table->horizontalHeader()->setStretchLastSection(false);
    for (int column : {0, 1, 2, 5, 6, 7})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Interactive);
    m_table->setColumnWidth(4, 160);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
}

void AuditLogDialog::buildLayout()
{
    auto *verify = new QPushButton(tr("Verify chain"), this);
    verify->setObjectName(QStringLiteral("verifyButton"));
    auto *exportButton = new QPushButton(tr("Export shown…"), this);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    auto *importButton = new QPushButton(tr("Import trail…"), this);
    importButton->setObjectName(QStringLiteral("importTrailButton"));
    importButton->setToolTip(tr("Another operator's trail file, or the syslog collector's file: verified, then "
                                "kept here, so that this list and identities' History show their actions"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_operator);
    filters->addWidget(m_action);
    filters->addWidget(m_target, 1);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_reason);
    detailLayout->addWidget(m_record, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(verify);
    bottom->addWidget(exportButton);
    bottom->addWidget(importButton);
    bottom->addWidget(m_source);
    setTabOrder(importButton, m_source); // Tab reaches it where it is shown, after Import trail…
    bottom->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(verify, &QPushButton::clicked, this, &AuditLogDialog::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogDialog::chooseExport);
    connect(importButton, &QPushButton::clicked, this, [this]() {
        const QString path =
            Prompt::openFile(this, tr("Import another operator's trail"),
                             tr("Audit trails (*.jsonl);;Syslog collector files (*.log);;All files (*)"));
        if (!path.isEmpty())
            importTrail(path);
    });
}

AuditTrailFilter AuditLogDialog::filter() const
{
    AuditTrailFilter f;
    f.source = AuditTrailFilter::Source(m_source->currentData().toInt());
    f.operatorName = m_operator->currentData().toString();
    f.action = m_action->currentData().toString();
    f.text = m_target->text().trimmed();
    f.from = m_from->dateTime().toUTC();
    f.to = m_to->dateTime().toUTC();
    return f;
}

void AuditLogDialog::applyFilter()
{
    m_shown = filter().apply(m_rows);
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row) {
        const AuditRecord &r = m_shown.at(row);
        const QString outcome =
            r.phase == AuditRecord::Phase::Intent ? tr("no outcome recorded") : AuditRecord::outcomeName(r.outcome);
        const QStringList cells{r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                r.operatorName + QLatin1Char('@') + r.host,
                                r.action,
                                r.summary,
                                r.reason,
                                outcome,
                                r.httpStatus ? QString::number(r.httpStatus) : QString(),
                                r.origin.isEmpty() ? tr("this computer") : tr("imported")};
        for (int c = 0; c < cells.size(); ++c) {
            // Record text may come from the server or another desk: one line a cell, controls shown escaped.
            auto *item = new QTableWidgetItem(PlainText::forTerminal(cells.at(c), PlainText::LineBreaks::Escape));
            item->setToolTip(
                PlainText::toolTip(c == 7 && !r.origin.isEmpty() ? tr("Imported: %1").arg(r.origin) : cells.at(c)));
            m_table->setItem(row, c, item);
        }
    }
    m_record->clear();
    m_reason->hide();
    m_status->setText(tr("%Ln action(s) shown", nullptr, int(m_shown.size())));
}

void AuditLogDialog::showRecord()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    if (row < 0 || row >= m_shown.size()) {
        m_record->clear();
        m_reason->hide();
        return;
    }
    const AuditRecord &record = m_shown.at(row);
    m_record->setPlainText(QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented)));
    m_reason->setText(tr("Reason: %1").arg(ChangeReason::toHtml(record.reason, m_ticketUrl)));
    m_reason->setVisible(!record.reason.isEmpty());
}

void AuditLogDialog::chooseExport()
{
    const QString path = Prompt::saveFile(this, tr("Export %Ln audit record(s)", nullptr, int(m_shown.size())),
                                          QStringLiteral("audit.csv"), tr("CSV (*.csv);;JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditLogDialog::exportTo(const QString &path)
{
    const bool jsonLines = path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive);
    const QByteArray bytes = jsonLines ? AuditTrailFilter::toJsonLines(m_shown) : AuditTrailFilter::toCsv(m_shown);
    const int count = int(m_shown.size());
    BackgroundFile::write(path, bytes, this, [this, path, count](const QString &error) {
        m_status->setText(error.isEmpty() ? tr("Exported %Ln record(s) to %1", nullptr, count).arg(path)
                                          : tr("Nothing was exported: cannot write %1: %2").arg(path, error));
        Q_EMIT exported(path, error);
    });
}

QString AuditLogDialog::importWords(const AuditTrailImport::Result &r)
{
    if (!r.problem.isEmpty())
        return r.origin.isEmpty() ? r.problem : QStringLiteral("%1: %2").arg(r.origin, r.problem);
    if (r.already)
        return tr("This trail (%Ln record(s) by %1) was imported before.", nullptr, int(r.records)).arg(r.origin);
    return tr("Imported %Ln record(s) by %1: this list and identities' History show them, marked as imported.", nullptr,
              int(r.records))
               .arg(r.origin) +
           (r.note.isEmpty() ? QString() : QLatin1Char(' ') + r.note);
}

void AuditLogDialog::importTrail(const QString &path)
{
    QStringList words;
    if (AuditSyslogImport::isCollectorFile(path)) {
        const AuditSyslogImport::Result collected = AuditSyslogImport::importFiles({path}, m_log->directory());
        words.append(tr("The collector's file holds %Ln record(s) of this app.", nullptr, int(collected.records)));
        for (const AuditTrailImport::Result &r : collected.trails)
            words.append(importWords(r));
        words += collected.notes;
    } else {
        const AuditTrailImport::Result r = AuditTrailImport::importFile(path, m_log->directory());
        words.append(importWords(r));
    }
    loadRecords();
    applyFilter();
    m_status->setText(words.join(QLatin1Char(' ')));
}

void AuditLogDialog::verifyChain()
{
    const AuditLog::Verification v = m_log->verify(m_profileId);
    QString text = v.ok ? tr("✔ The chain is intact: %Ln line(s), none changed or removed.", nullptr, v.lines)
                   : v.firstBrokenLine > 0 ? tr("✘ Broken at line %1: %2").arg(v.firstBrokenLine).arg(v.reason)
                                           : tr("✘ Broken: %1").arg(v.reason);
    if (!v.restartReason.isEmpty())
        text += QLatin1Char(' ') + tr("It was started again on %1 after damage was found (%2); the damaged trail "
                                      "was kept under another name.")
                                       .arg(DisplayTime::cell(v.restartedAt), v.restartReason);
    m_status->setText(text);
}
