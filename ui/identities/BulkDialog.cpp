// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkDialog.h"

#include "ScreenFit.h"

#include "StatusColors.h"

#include "PlainText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString statusText(BulkOperation::Status status)
{
    switch (status) {
    case BulkOperation::Status::Pending:
        return QObject::tr("waiting");
    case BulkOperation::Status::Running:
        return QObject::tr("running");
    case BulkOperation::Status::Succeeded:
        return QObject::tr("done");
    case BulkOperation::Status::Failed:
        return QObject::tr("failed");
    case BulkOperation::Status::Cancelled:
        return QObject::tr("cancelled");
    }
    return {};
}

} // namespace

BulkDialog::BulkDialog(KratosClient *client, AuditLog *audit, BulkOperation::Action action, const QStringList &ids,
                       const QHash<QString, QString> &labels, QWidget *parent)
    : QDialog(parent)
    , m_operation(new BulkOperation(client, audit, action, ids, 6, this, labels))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_results(new QTableWidget(int(ids.size()), 3, this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_retry(new QPushButton(tr("Retry failed"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    m_summary->setTextFormat(Qt::PlainText); // server and file text is never markup
    const bool sessions = action == BulkOperation::Action::RevokeSession;
    setWindowTitle((sessions ? tr("%1 — %Ln sessions", nullptr, int(ids.size()))
                             : tr("%1 — %Ln identities", nullptr, int(ids.size())))
                       .arg(BulkOperation::actionName(action)));
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setRange(0, int(ids.size()));
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_results->setObjectName(QStringLiteral("bulkResults"));
    m_results->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside
    m_results->setAccessibleName(sessions ? tr("Results per session") : tr("Results per identity"));
    m_results->setHorizontalHeaderLabels({sessions ? tr("Session") : tr("Identity"), tr("Result"), tr("Message")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setColumnWidth(0, 290);
    m_cancel->setObjectName(QStringLiteral("bulkCancel"));
    m_retry->setObjectName(QStringLiteral("bulkRetry"));
    m_close->setObjectName(QStringLiteral("bulkClose"));
    for (int i = 0; i < ids.size(); ++i) {
        m_results->setItem(i, 0, new QTableWidgetItem(ids.at(i)));
        m_results->setItem(i, 1, new QTableWidgetItem(statusText(BulkOperation::Status::Pending)));
        m_results->setItem(i, 2, new QTableWidgetItem);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addLayout(buttons);

    connect(m_operation, &BulkOperation::itemFinished, this, &BulkDialog::updateRow);
    connect(m_operation, &BulkOperation::progress, m_progress, &QProgressBar::setValue);
    connect(m_operation, &BulkOperation::finished, this, &BulkDialog::updateButtons);
    connect(m_operation, &BulkOperation::waiting, this, [this](int seconds) {
        if (seconds > 0)
            m_summary->setText(tr("Kratos is limiting the rate: continuing in %Ln s.", nullptr, seconds));
        else
            updateButtons();
    });
    connect(m_cancel, &QPushButton::clicked, m_operation, &BulkOperation::cancel);
    connect(m_retry, &QPushButton::clicked, this, [this]() {
        const QStringList again =
            m_operation->ids(BulkOperation::Status::Failed) + m_operation->ids(BulkOperation::Status::Cancelled);
        for (int i = 0; i < m_operation->items().size(); ++i) {
            if (again.contains(m_operation->items().at(i).id))
                m_results->item(i, 1)->setText(statusText(BulkOperation::Status::Pending));
        }
        m_progress->setValue(m_operation->count(BulkOperation::Status::Succeeded));
        m_operation->retryFailed();
        updateButtons();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    ScreenFit::resize(this, QSize(760, 480));
}

void BulkDialog::start()
{
    m_operation->start();
    updateButtons();
}

void BulkDialog::updateRow(int index)
{
    const BulkOperation::Item &item = m_operation->items().at(index);
    m_results->item(index, 1)->setText(statusText(item.status));
    m_results->item(index, 2)->setText(item.error.isNull() ? QString() : item.error.userMessage());
    m_results->item(index, 2)->setToolTip(PlainText::toolTip(item.error.technicalDetails()));
    if (item.status == BulkOperation::Status::Failed)
        m_results->item(index, 1)->setForeground(StatusColors::text(StatusColors::Tone::Error));
    else
        m_results->item(index, 1)->setForeground(palette().text());
}

void BulkDialog::updateButtons()
{
    const bool running = m_operation->isRunning();
    const int failed =
        m_operation->count(BulkOperation::Status::Failed) + m_operation->count(BulkOperation::Status::Cancelled);
    m_cancel->setEnabled(running);
    m_retry->setEnabled(!running && failed > 0);
    m_close->setEnabled(!running);
    m_summary->setText(running ? tr("Working…")
                               : tr("%1 done, %2 failed or cancelled")
                                     .arg(m_operation->count(BulkOperation::Status::Succeeded))
                                     .arg(failed));
}
