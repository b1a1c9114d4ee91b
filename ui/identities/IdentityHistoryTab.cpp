// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdentityHistoryTab.h"

#include "AuditLog.h"
#include "DisplayTime.h"
#include "IdentityHistory.h"
#include "PlainText.h"
#include "SignInEvidenceLoader.h"
#include "StatusColors.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

IdentityHistoryTab::IdentityHistoryTab(KratosClient *client, AuditLog *audit, QWidget *parent)
    : QWidget(parent)
    , m_audit(audit)
    , m_loader(new SignInEvidenceLoader(client, this))
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_limits(new QLabel(this))
{
    setObjectName(QStringLiteral("historyTab"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("History, newest first"));
    // Two columns fit a narrow pane: each event's details, reason and source on a line under it.
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setItemsExpandable(false);
    m_list->setHeaderLabels({tr("Time"), tr("What")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_limits->setObjectName(QStringLiteral("historyLimits"));
    m_limits->setTextFormat(Qt::PlainText);
    m_limits->setWordWrap(true);
    m_limits->setProperty("tone", QStringLiteral("muted"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_limits);
    if (m_audit)
        connect(m_audit, &AuditLog::actionRecorded, this, &IdentityHistoryTab::onRecorded);
    connect(m_loader, &SignInEvidenceLoader::loaded, this, &IdentityHistoryTab::setEvidence);
    clear();
}

void IdentityHistoryTab::clear()
{
    ++m_generation;
    m_readingTrails = false;
    m_loader->cancel();
    m_identity.reset();
    m_stale = false;
    m_id.clear();
    m_evidence.reset();
    m_found.reset();
    m_list->clear();
    m_limits->clear();
    m_status->setText(tr("Select an identity to see its history."));
}

void IdentityHistoryTab::setIdentity(const Identity &identity)
{
    if (identity.id != m_id) {
        clear();
        m_id = identity.id;
        m_status->setText(tr("Reading the history…"));
    }
    m_identity = identity;
    m_stale = true;
    if (isVisible()) {
        loadEvidence();
        if (!m_found && !m_readingTrails)
            readTrails();
    }
}

void IdentityHistoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        loadEvidence();
    // The trails are read once a person's history is looked at, not for every person selected.
    if (!m_found && !m_readingTrails && !m_id.isEmpty())
        readTrails();
}

void IdentityHistoryTab::loadEvidence()
{
    if (!m_identity)
        return;
    m_stale = false;
    m_loader->load(*m_identity);
}

void IdentityHistoryTab::setEvidence(const SignInEvidence &evidence)
{
    if (evidence.identity.id != m_id)
        return;      // another person's: never shown here
    m_stale = false; // as fresh as a read of our own
    m_evidence = evidence;
    render();
}

void IdentityHistoryTab::readTrails()
{
    if (!m_audit || m_id.isEmpty()) {
        m_found = AuditTrailSearch::Found{};
        render();
        return;
    }
    const quint64 generation = ++m_generation;
    m_readingTrails = true;
    auto *watcher = new QFutureWatcher<AuditTrailSearch::Found>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another identity, or a newer read
        m_readingTrails = false;
        m_found = watcher->result();
        render();
    });
    watcher->setFuture(
        QtConcurrent::run(&AuditTrailSearch::aboutIdentity, m_audit->directory(), m_audit->scope().authority, m_id));
}

void IdentityHistoryTab::onRecorded(const AuditRecord &record)
{
    // The record as written, stamped with who and where: added to what was read, no re-read.
    if (!m_found || m_id.isEmpty())
        return;
    for (const AuditTarget &t : record.targets) {
        if (t.id == m_id && t.kind == QLatin1String("identity")) {
            m_found->records.append(record);
            render();
            return;
        }
    }
}

void IdentityHistoryTab::render()
{
    if (!m_evidence || !m_found)
        return;
    const QList<HistoryEvent> events = IdentityHistory::build(*m_evidence, m_found->records);
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(events.size());
    for (const HistoryEvent &e : events) {
        auto *item = new QTreeWidgetItem({DisplayTime::cell(e.time), e.title});
        item->setToolTip(1, PlainText::toolTip(e.title));
        if (e.problem)
            item->setForeground(1, StatusColors::text(StatusColors::Tone::Error));
        QStringList about;
        if (!e.detail.isEmpty())
            about.append(e.detail);
        if (!e.reason.isEmpty())
            about.append(tr("Reason: %1").arg(e.reason));
        about.append(e.by.isEmpty() ? IdentityHistory::sourceName(e.source) : tr("by %1").arg(e.by));
        auto *line = new QTreeWidgetItem(item, {QString(), about.join(QStringLiteral(" · "))});
        line->setToolTip(1, PlainText::toolTip(line->text(1)));
        line->setForeground(1, StatusColors::text(StatusColors::Tone::Muted));
        line->setFlags(line->flags() & ~Qt::ItemIsSelectable);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_list->expandAll();
    m_status->setText(events.isEmpty() ? tr("Nothing is known about this identity yet.")
                                       : tr("%Ln event(s), newest first.", nullptr, int(events.size())));
    m_limits->setText(IdentityHistory::limits(*m_evidence, m_found->problem).join(QLatin1Char(' ')));
}
