#include "AuditLogDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

AuditLogDialog::AuditLogDialog(AuditLog *log, const QString &profileId, const QString &profileName, QWidget *parent)
    : QDialog(parent)
    , m_log(log)
    , m_profileId(profileId)
    , m_action(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_table(new QTableWidget(this))
    , m_verifyResult(new QLabel(this))
{
    m_verifyResult->setTextFormat(Qt::PlainText); // server and file text is never markup
    setWindowTitle(tr("Audit log — %1").arg(profileName));
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_target->setObjectName(QStringLiteral("targetFilter"));
    m_target->setPlaceholderText(tr("target id contains…"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);

    QString error;
    m_entries = log->entries(profileId, &error);
    QSet<QString> actions;
    QDateTime first = QDateTime::currentDateTimeUtc();
    for (const AuditLog::Entry &e : std::as_const(m_entries)) {
        actions.insert(e.action);
        first = std::min(first, e.time);
    }
    QStringList sorted(actions.cbegin(), actions.cend());
    sorted.sort();
    m_action->addItem(tr("All actions"), QString());
    for (const QString &a : std::as_const(sorted))
        m_action->addItem(a, a);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_from->setDateTime(first.toLocalTime().addSecs(-60));
    m_to->setDateTime(QDateTime::currentDateTime().addDays(1));

    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Action"), tr("Targets"), tr("Outcome"), tr("Status")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *verify = new QPushButton(tr("Verify chain"), this);
    verify->setObjectName(QStringLiteral("verifyButton"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_action);
    filters->addWidget(m_target, 1);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(verify);
    bottom->addWidget(m_verifyResult, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(buttons);
    if (!error.isEmpty())
        m_verifyResult->setText(error);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(verify, &QPushButton::clicked, this, &AuditLogDialog::verifyChain);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    connect(m_target, &QLineEdit::textChanged, this, &AuditLogDialog::applyFilter);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditLogDialog::applyFilter);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditLogDialog::applyFilter);
    applyFilter();
    resize(900, 500);
}

void AuditLogDialog::applyFilter()
{
    const QString action = m_action->currentData().toString();
    const QString target = m_target->text().trimmed();
    const QDateTime from = m_from->dateTime().toUTC();
    const QDateTime to = m_to->dateTime().toUTC();
    m_table->setRowCount(0);
    for (const AuditLog::Entry &e : std::as_const(m_entries)) {
        if (!action.isEmpty() && e.action != action)
            continue;
        if (!target.isEmpty() && !e.targets.join(QLatin1Char(' ')).contains(target, Qt::CaseInsensitive))
            continue;
        if (e.time < from || e.time > to)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                e.user,
                                e.action,
                                e.targets.join(QStringLiteral(", ")),
                                e.outcome,
                                e.httpStatus ? QString::number(e.httpStatus) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

void AuditLogDialog::verifyChain()
{
    const AuditLog::Verification v = m_log->verify(m_profileId);
    m_verifyResult->setText(v.ok ? tr("✔ The chain is intact: %n line(s), none changed or removed.", nullptr, v.lines)
                                 : tr("✘ Broken at line %1: %2").arg(v.firstBrokenLine).arg(v.reason));
}
